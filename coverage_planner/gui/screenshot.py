"""Screenshot of the main window, headless: ``python -m coverage_planner.gui.screenshot OUT.png [DATA_DIR]``.

Opens the window offscreen, waits until the page reports ``window.cpReady`` and, when the data
has an elevation model, until the coverage analysis finished and the villages are coloured by
status; lets the compositor deliver a frame, grabs the window to PNG and exits (non-zero on
failure). Uses its own temporary settings (never the user's language or window layout) and
never offers or writes the user's recovery file.

What-if options, applied once the coverage is shown: ``--whatif "operator=Viettel,lon=..,
lat=..,technology=4G"`` (repeatable) adds sites and waits until the map and the delta panel show
their effect; ``--suggest K`` runs the suggested-sites dialog, ``--fiber-plan`` the fiber
extensions (their dialogs are grabbed beside OUT.png as OUT-suggest.png, OUT-fiber.png).
``--coverage-layer "4G Viettel"`` waits for the coverage layers and switches that one on (its
dBm legend shows).
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
         select: str | None = None, whatif: list[str] | None = None,
         suggest: int | None = None, fiber_plan: bool = False,
         coverage_layer: str | None = None) -> int:
    settings_dir = tempfile.TemporaryDirectory(prefix="coverage-planner-settings-")
    os.environ.setdefault("COVERAGE_PLANNER_SETTINGS",
                          str(Path(settings_dir.name) / "settings.ini"))
    # never the user's recovery file
    os.environ["COVERAGE_PLANNER_RECOVERY"] = str(Path(settings_dir.name) / "recovery.gpkg")
    app = create_application(offscreen=True)
    from PySide6.QtCore import QTimer

    window = create_main_window(data_dir, lang=lang, recover=False)
    window.decide = lambda question: "discard" if question == "save_changes" else "no"
    window.resize(*size)
    window.show()
    state = {"code": 1, "tries": 0, "grabbing": False, "planning": False}
    extra: list = []  # (dialog, path) grabbed too

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
        for dialog, path in extra:
            dialog.grab().save(path, "PNG")
            print(path)
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

    def wait_for(predicate, then, waited: int = 0) -> None:
        if predicate():
            then()
        elif waited > TIMEOUT_MS:
            fail("timed out waiting for the what-if tools")
        else:
            QTimer.singleShot(100, lambda: wait_for(predicate, then, waited + 100))

    def plan() -> None:
        """The what-if steps, one after the other, then the grab."""
        steps = []
        w = window.whatif
        if whatif:
            def add_sites(done) -> None:
                from coverage_planner.core.planning.templates import parse_site

                window.show_whatif_panel()
                for text in whatif:
                    w.add_site(parse_site(text))
                window.show_delta()

                def shown() -> None:
                    window.map.fit_overlay("edits", 11)
                    QTimer.singleShot(1200, done)  # the flight

                wait_for(lambda: not w.busy and w.result is window.model.result
                         and window._map_result is window.model.result, shown)
            steps.append(add_sites)
        if suggest:
            def suggestions(done) -> None:
                dialog = window.planner.show_suggest()
                dialog.set_values(k=suggest)
                dialog.move(window.geometry().right() - dialog.width(), window.geometry().top())
                dialog.run()
                extra.append((dialog, str(Path(out).with_name(Path(out).stem + "-suggest.png"))))
                wait_for(lambda: dialog.suggestion is not None and not dialog.running,
                         lambda: QTimer.singleShot(800, done))
            steps.append(suggestions)
        if fiber_plan:
            def fiber(done) -> None:
                dialog = window.planner.show_fiber_plan()
                extra.append((dialog, str(Path(out).with_name(Path(out).stem + "-fiber.png"))))
                wait_for(lambda: dialog.lines is not None and not dialog.running,
                         lambda: QTimer.singleShot(800, done))
            steps.append(fiber)

        def run(i: int) -> None:
            if i == len(steps):
                ready_to_grab(planned=True, layered=True)
            else:
                steps[i](lambda: run(i + 1))

        wait_for(lambda: w.evaluator is not None or not steps, lambda: run(0))

    def layer_on() -> None:
        tech, _, operator = (coverage_layer or "").partition(" ")
        key = json.dumps(f"coverage_{tech}_{operator.strip()}")
        window.map.run_js(
            f"cpShowCoverageLayer({key}, true) ? '' : JSON.stringify(cpCoverageState().layers"
            ".map(function (l) { return l.key; }))",
            lambda missing: fail(f"no coverage layer {coverage_layer} (there are: {missing})")
            if missing else QTimer.singleShot(SETTLE_MS, lambda: ready_to_grab(layered=True)))

    def ready_to_grab(planned: bool = False, layered: bool = False) -> None:
        if coverage_layer and not layered:
            if not state.get("layering") and window.model.result is not None:
                state["layering"] = True
                wait_for(lambda: window._coverage_images is not None, layer_on)
            return
        if (whatif or suggest or fiber_plan) and not planned:
            if not state["planning"] and window.model.result is not None:
                state["planning"] = True
                plan()
            return
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
    parser.add_argument("--whatif", action="append", metavar="SITE",
                        help='add a site first, e.g. "operator=Viettel,lon=104.05,lat=22.62,'
                             'technology=4G" (repeatable): the delta panel shows its effect')
    parser.add_argument("--suggest", type=int, metavar="K",
                        help="run the suggested-sites dialog for K sites (grabbed too)")
    parser.add_argument("--fiber-plan", action="store_true",
                        help="run the suggested fiber extensions (the dialog is grabbed too)")
    parser.add_argument("--coverage-layer", metavar="TECH CARRIER",
                        help='switch one coverage layer on before the grab, e.g. "4G Viettel"')
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    return take(args.out, args.data_dir, (width, height), args.lang, args.select, args.whatif,
                args.suggest, args.fiber_plan, args.coverage_layer)


if __name__ == "__main__":
    sys.exit(main())
