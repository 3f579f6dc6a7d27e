"""How responsive the window is on a data folder: ``python -m coverage_planner.gui.loadprobe
DATA_DIR [--json]``.

Opens the main window offscreen on DATA_DIR (its own settings, no recovery offer) with a
:class:`~.stallwatch.StallWatch` running, waits until the coverage, the what-if evaluator and
the coverage images are ready, then times what a planner does in the village table (sort,
filter, carrier, language) and three what-if BTS added one after the other (to the answer,
and to the map showing it). Prints the milestones, the GUI thread's longest stalls (and what
it and the other threads were doing) and the table timings; ``--json`` prints one JSON object
instead (what ``python -m benchmarks responsiveness`` reads). Exit code 1 when the folder
fails to open or the analysis fails.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT_S = 900


def probe(data_dir: str, lang: str = "en") -> dict:
    settings = tempfile.TemporaryDirectory(prefix="coverage-planner-probe-")
    os.environ["COVERAGE_PLANNER_SETTINGS"] = str(Path(settings.name) / "settings.ini")
    os.environ["COVERAGE_PLANNER_RECOVERY"] = str(Path(settings.name) / "recovery.gpkg")
    t_start = time.perf_counter()
    from coverage_planner.gui.app import create_application

    app = create_application(offscreen=True)
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    import coverage_planner.gui.main_window  # noqa: F401 (the start-up imports, timed apart)
    from coverage_planner.gui.app import create_main_window
    from coverage_planner.gui.stallwatch import StallWatch
    from coverage_planner.gui.tables.village_filter import VillageFilter

    t_imports = time.perf_counter() - t_start
    watch = StallWatch().start()
    t0 = time.perf_counter()
    marks: dict[str, float] = {}
    failure: list[str] = []

    def mark(name: str) -> None:
        marks.setdefault(name, round(time.perf_counter() - t0, 3))

    window = create_main_window(data_dir, lang=lang, recover=False)
    window.decide = lambda question: "discard" if question == "save_changes" else "no"
    window.resize(1400, 900)
    window.show()
    mark("window_shown")
    window.mapReady.connect(lambda: mark("map_ready"))
    window.coverageShown.connect(lambda: mark("coverage_shown"))
    window.analysisFailed.connect(failure.append)
    window.loadFailed.connect(failure.append)

    def wait(predicate) -> bool:
        deadline = time.perf_counter() + TIMEOUT_S
        while not predicate() and not failure:
            if time.perf_counter() > deadline:
                failure.append("timed out")
                return False
            loop = QEventLoop()
            QTimer.singleShot(50, loop.quit)
            loop.exec()
        return not failure

    ok = wait(lambda: "coverage_shown" in marks)
    ok = ok and wait(lambda: window.whatif.evaluator is not None)
    if ok:
        mark("whatif_ready")
    ok = ok and wait(lambda: window._coverage_images is not None)
    if ok:
        mark("coverage_images")
    loading = watch.stalls[:]
    table: dict[str, float] = {}
    if ok:
        dock = window.table_dock
        steps = (
            ("sort_households", lambda: dock.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)),
            ("sort_name", lambda: dock.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)),
            ("filter_no_fiber", lambda: dock.set_filter(VillageFilter(status="no_fiber"))),
            ("carrier", lambda: dock.set_filter(VillageFilter(status="no_fiber",
                                                               carrier="Viettel"))),
            ("search", lambda: dock.set_filter(VillageFilter(search="thon"))),
            ("clear", lambda: dock.set_filter(VillageFilter())),
            ("language", lambda: window.set_language("vi" if lang == "en" else "en")),
        )
        for name, step in steps:
            t = time.perf_counter()
            step()
            app.processEvents()
            table[name] = round(time.perf_counter() - t, 4)
    whatif: list[dict] = []
    if ok:
        whatif = _whatif_edits(window, wait)
    watch.stop()
    result = window.model.result
    out = {
        "data_dir": str(data_dir),
        "villages": int(len(result.villages)) if result is not None else None,
        "cells": int(len(window.model.project.cells)) if window.model.project is not None
        else None,
        "imports_s": round(t_imports, 3),
        "milestones_s": marks,
        "max_stall_ms": round(max((s.seconds for s in loading), default=0.0) * 1000),
        "stalls_over_100ms": len(loading),
        "stalls": [{"at_s": round(s.start, 2), "ms": round(s.seconds * 1000),
                    "gui": [w.rsplit("/", 1)[-1] for w in s.where()[:3]],
                    "others": [w.rsplit("/", 1)[-1]
                               for w in sorted(s.others, key=lambda k: -s.others[k])[:3]]}
                   for s in sorted(loading, key=lambda s: -s.seconds)[:8]],
        "table_s": table,
        "whatif_s": whatif,
        "failure": failure[0] if failure else None,
        "report": watch.report(),
    }
    window.close()
    settings.cleanup()
    return out


def _whatif_edits(window, wait, n: int = 3) -> list[dict]:
    """Add ``n`` BTS one after the other near the first village without signal (or the first
    village): seconds to the answer (the delta) and to the map showing it."""
    from coverage_planner.core.planning.templates import parse_site

    v = window.model.result.villages
    gaps = v[~v["mobile_signal"].astype(bool)] if "mobile_signal" in v else v.iloc[:0]
    first = (gaps if len(gaps) else v).iloc[0]
    operator = sorted(window.model.project.cells["operator"].astype(str).unique())[0]
    window.whatif.new_scenario()
    out = []
    for k in range(n):
        spec = parse_site(f"operator={operator},lon={float(first['centre_lon']) + 0.01 * k},"
                          f"lat={float(first['centre_lat'])},height=30,technology=4G")
        t0 = time.perf_counter()
        window.whatif.add_site(spec)
        wait(lambda: not window.whatif.busy and window.whatif.result is window.model.result)
        t1 = time.perf_counter()
        wait(lambda: window._map_result is window.model.result)
        out.append({"answer": round(t1 - t0, 3), "map": round(time.perf_counter() - t0, 3)})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coverage_planner.gui.loadprobe",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir")
    parser.add_argument("--lang", default="en", choices=("en", "vi"))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    out = probe(args.data_dir, args.lang)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        print(f"{out['villages']} villages, {out['cells']} cells; imports {out['imports_s']} s")
        for name, t in out["milestones_s"].items():
            print(f"  {t:8.2f} s  {name}")
        print(out["report"])
        for name, t in out["table_s"].items():
            print(f"  table {name}: {t * 1000:.0f} ms")
        for k, e in enumerate(out["whatif_s"], start=1):
            print(f"  what-if edit {k}: answer {e['answer']:.2f} s, on the map {e['map']:.2f} s")
        if out["failure"]:
            print(f"failed: {out['failure']}", file=sys.stderr)
    return 1 if out["failure"] else 0


if __name__ == "__main__":
    sys.exit(main())
