"""Screenshot of the main window, headless: ``python -m coverage_planner.gui.screenshot OUT.png [DATA_DIR]``.

Opens the window offscreen, waits until the page reports ``window.cpReady``, lets the
compositor deliver a frame, grabs the window to PNG and exits (non-zero on failure).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coverage_planner.gui.app import create_application, create_main_window

TIMEOUT_MS = 120_000
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


def take(out: str, data_dir: str | None = None, size=(1400, 900), lang: str | None = None) -> int:
    app = create_application(offscreen=True)
    from PySide6.QtCore import QTimer

    window = create_main_window(data_dir, lang=lang)
    window.resize(*size)
    window.show()
    state = {"code": 1, "tries": 0}

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

    window.mapReady.connect(lambda: QTimer.singleShot(SETTLE_MS, grab))
    window.loadFailed.connect(fail)
    window.map.pageFailed.connect(fail)
    QTimer.singleShot(TIMEOUT_MS, lambda: fail("timed out waiting for the map"))
    app.exec()
    window.close()
    return state["code"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="PNG file to write")
    parser.add_argument("data_dir", nargs="?", help="data folder (default: the embedded data)")
    parser.add_argument("--lang", choices=("vi", "en"), help="language of the map")
    parser.add_argument("--size", default="1400x900", help="window size, e.g. 1400x900")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    return take(args.out, args.data_dir, (width, height), args.lang)


if __name__ == "__main__":
    sys.exit(main())
