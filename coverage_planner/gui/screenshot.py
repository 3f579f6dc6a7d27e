"""Screenshot of the main window, headless: ``python -m coverage_planner.gui.screenshot OUT.png [DATA_DIR]``.

Opens the window offscreen, waits until the page reports ``window.cpReady`` and, when the data
has an elevation model, until the coverage analysis finished and the villages are coloured by
status; lets the compositor deliver a frame, grabs the window to PNG and exits (non-zero on
failure). Uses its own temporary settings (never the user's language or window layout).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from coverage_planner.gui.app import create_application, create_main_window

TIMEOUT_MS = 240_000
SETTLE_MS = 400  # a grab the instant the page is drawn can still be blank


def image_varies(image) -> bool:
    """True when a QImage is not one flat colour (sampled on a grid)."""
    w, h = image.width(), image.height()
    if w == 0 or h == 0:
        return False
    first = image.pixel(0, 0)
    step_x, step_y = max(1, w // 40), max(1, h // 40)
    return any(image.pixel(x, y) != first
               for x in range(0, w, step_x) for y in range(0, h, step_y))


def map_drawn(window) -> bool:
    """The map area itself shows something (not a blank white page)."""
    image = window.map.grab().toImage()
    return image_varies(image)


def take(out: str, data_dir: str | None = None, size=(1400, 900), lang: str | None = None,
         select: str | None = None) -> int:
    settings_dir = tempfile.TemporaryDirectory(prefix="coverage-planner-settings-")
    os.environ.setdefault("COVERAGE_PLANNER_SETTINGS",
                          str(Path(settings_dir.name) / "settings.ini"))
    app = create_application(offscreen=True)
    from PySide6.QtCore import QTimer

    window = create_main_window(data_dir, lang=lang)
    window.resize(*size)
    window.show()
    state = {"code": 1, "tries": 0, "grabbing": False}

    def fail(message: str) -> None:
        print(f"screenshot: {message}", file=sys.stderr)
        app.exit(1)

    def grab() -> None:
        state["tries"] += 1
        if not map_drawn(window) and state["tries"] < 20:
            QTimer.singleShot(SETTLE_MS, grab)
            return
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(out, "PNG"):
            fail(f"cannot write {out}")
            return
        print(out)
        state["code"] = 0
        app.exit(0)

    def report(answer) -> None:
        """What the map draws and what the analysis counted, for scripts and tests."""
        result = window.model.result
        if result is not None:
            summary = {k: v for k, v in result.summary.items() if isinstance(v, int)}
            print("summary:", json.dumps(summary, sort_keys=True))
        if answer:
            print("map:", answer)

    def ready_to_grab() -> None:
        if state["grabbing"]:
            return
        state["grabbing"] = True
        if window.model.result is not None:
            window.map.run_js("JSON.stringify(cpVillageStyleCounts().keys)", report)
        if select:
            window.model.select_village(select)  # as from code: the table and the map follow
            QTimer.singleShot(1500, grab)  # the map flies to the village
        else:
            QTimer.singleShot(SETTLE_MS, grab)

    def on_map_ready() -> None:
        project = window.model.project
        # no elevation model: no coverage to wait for
        if project is not None and project.dem_path is None:
            ready_to_grab()

    window.mapReady.connect(on_map_ready)
    window.coverageShown.connect(ready_to_grab)
    window.analysisFailed.connect(lambda message: fail(f"the analysis failed: {message}"))
    window.loadFailed.connect(fail)
    window.map.pageFailed.connect(fail)
    QTimer.singleShot(TIMEOUT_MS, lambda: fail("timed out waiting for the map"))
    app.exec()
    window.close()
    settings_dir.cleanup()
    return state["code"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("data_dir", nargs="?", help="data folder (default: the embedded data)")
    parser.add_argument("--lang", choices=("vi", "en"), help="language of the window and map")
    parser.add_argument("--size", default="1400x900", help="window size, e.g. 1400x900")
    parser.add_argument("--select", metavar="VILLAGE_ID",
                        help="select this village (the map flies to it) before the grab")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    return take(args.out, args.data_dir, (width, height), args.lang, args.select)


if __name__ == "__main__":
    sys.exit(main())
