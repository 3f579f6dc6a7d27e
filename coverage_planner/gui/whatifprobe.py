"""How fast a what-if edit answers in the window: ``python -m coverage_planner.gui.whatifprobe
DATA_DIR [--edits N] [--json]``.

Opens the main window offscreen on DATA_DIR (its own settings, no recovery offer), waits until
the coverage, the what-if evaluator and the coverage images are ready, then makes ``N`` edits
one after the other at different places, in turn adding a mast, moving one, editing one (its
height) and removing one, as the what-if panel and the map's gestures do. For each edit it
times, from the edit:

- ``answer``: the new classification reported to the application model (the evaluation's
  result, from where the views follow);
- ``views``: the table, the dashboard and the what-if results showing it (the model's
  listeners done);
- ``map``: the page showing it;
- ``stall``: the GUI thread's longest pause meanwhile (a :class:`~.stallwatch.StallWatch`);
- ``core``: the evaluation's own share (evaluate and delta: in the what-if process when it runs,
  with the pipe, else in a worker thread).

Then it drags a mast across the map without letting go (the live preview) and times each
preview from the position sent to the rings drawn, and times the sweep of one 3-sector mast
alone over the terrain (the engine's part of an added mast). ``--json`` prints one object (what
``python -m benchmarks whatif`` reads). Exit code 1 when the folder fails to open.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT_S = 900
KINDS = ("add", "move", "edit", "remove")


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] if values else 0.0


def probe(data_dir: str, n_edits: int = 20, lang: str = "en") -> dict:
    settings = tempfile.TemporaryDirectory(prefix="coverage-planner-whatif-")
    os.environ["COVERAGE_PLANNER_SETTINGS"] = str(Path(settings.name) / "settings.ini")
    os.environ["COVERAGE_PLANNER_RECOVERY"] = str(Path(settings.name) / "recovery.gpkg")
    from coverage_planner.gui.app import create_application

    app = create_application(offscreen=True)
    from PySide6.QtCore import QEventLoop, QTimer

    from coverage_planner.gui.app import create_main_window
    from coverage_planner.gui.planning import whatif_evaluation
    from coverage_planner.gui.stallwatch import StallWatch

    failure: list[str] = []
    window = create_main_window(data_dir, lang=lang, recover=False)
    window.decide = lambda question: "discard" if question == "save_changes" else "no"
    window.resize(1400, 900)
    window.show()
    window.analysisFailed.connect(failure.append)
    window.loadFailed.connect(failure.append)

    def wait(predicate, timeout: float = TIMEOUT_S, step_ms: int = 5) -> bool:
        deadline = time.perf_counter() + timeout
        while not predicate() and not failure:
            if time.perf_counter() > deadline:
                failure.append("timed out")
                return False
            loop = QEventLoop()
            QTimer.singleShot(step_ms, loop.quit)
            loop.exec()
        return not failure

    ok = wait(lambda: window.map_page.map_result is not None
              and window.map_page.map_result is window.model.result, step_ms=50)
    ok = ok and wait(lambda: window.whatif.evaluation.evaluator is not None, step_ms=50)
    ok = ok and wait(lambda: window.layers.coverage_images is not None, step_ms=50)
    evaluation = window.whatif.evaluation
    if ok and whatif_evaluation.use_process():  # the what-if process, when it starts
        wait(lambda: evaluation.remote is not None, timeout=120, step_ms=50)
        failure[:] = [f for f in failure if f != "timed out"]
    out: dict = {"data_dir": str(data_dir), "failure": None,
                 "process": evaluation.remote is not None}
    if ok:
        core: list[float] = []
        answer = whatif_evaluation.ScenarioEvaluation.answer

        def timed_answer(self, scenario, preview=None):
            work = answer(self, scenario, preview)

            def timed():
                t0 = time.perf_counter()
                try:
                    return work()
                finally:
                    if preview is None:
                        core.append(time.perf_counter() - t0)
            return timed

        whatif_evaluation.ScenarioEvaluation.answer = timed_answer
        watch = StallWatch(tick_ms=10).start()
        try:
            edits = _edits(window, wait, watch, core, n_edits)
            previews = _drag(window, wait)
        finally:
            watch.stop()
            whatif_evaluation.ScenarioEvaluation.answer = answer
        out.update(_summary(window, edits, previews))
        out["stalls"] = watch.report(limit=5)
    out["failure"] = failure[0] if failure else None
    window.close()
    app.processEvents()
    settings.cleanup()
    return out


def _places(window, n: int):
    """Where the edits go: villages without 4G for new masts, sites spread over the area for
    moves, edits and removals (never the same site twice)."""
    import numpy as np

    v = window.model.result.villages
    gaps = v[~v["signal_4G"].astype(bool)] if "signal_4G" in v else v
    gaps = gaps if len(gaps) >= n else v
    rng = np.random.default_rng(7)
    villages = gaps.iloc[rng.choice(len(gaps), size=n, replace=len(gaps) < n)]
    sites = window.model.project.cells.drop_duplicates("site_id")
    sites = sites.iloc[rng.choice(len(sites), size=min(n, len(sites)), replace=False)]
    return villages, sites


def _edits(window, wait, watch, core: list, n: int) -> list[dict]:
    villages, sites = _places(window, n)
    window.whatif.new_scenario()
    wait(lambda: window.model.result is window.whatif.result or not window.whatif.busy)
    from coverage_planner.gui.planning.whatif_evaluation import ScenarioEvaluation

    arrived: list[float] = []  # when each result was reported, to go to the application model
    report = ScenarioEvaluation._report

    def timed_report(self, *args) -> None:
        arrived.append(time.perf_counter())
        report(self, *args)

    ScenarioEvaluation._report = timed_report
    try:
        return _timed_edits(window, wait, watch, core, n, arrived, villages, sites)
    finally:
        ScenarioEvaluation._report = report


def _timed_edits(window, wait, watch, core, n, arrived, villages, sites) -> list[dict]:
    from coverage_planner.core.planning.templates import parse_site

    operator = sorted(window.model.project.cells["operator"].astype(str).unique())[0]
    out = []
    for k in range(n):
        kind = KINDS[k % len(KINDS)]
        v = villages.iloc[k]
        s = sites.iloc[k % len(sites)]
        site_id, lon, lat = str(s["site_id"]), float(s.geometry.x), float(s.geometry.y)
        shown = window.map_page.map_result
        watch.max_gap = 0.0
        n_core = len(core)
        t0 = time.perf_counter()
        if kind == "add":
            window.whatif.add_site(parse_site(
                f"operator={operator},lon={float(v['centre_lon']) + 0.004},"
                f"lat={float(v['centre_lat'])},height=30,technology=4G"))
        elif kind == "move":
            window.whatif.move_site(site_id, lon + 0.012, lat + 0.006)
        elif kind == "edit":
            window.whatif.edit_site(site_id, {"height_m": float(s["height_m"]) + 15.0})
        else:
            window.whatif.remove_site(site_id)
        n_arrived = len(arrived)
        wait(lambda n_core=n_core, n_arrived=n_arrived: (
            len(core) > n_core and len(arrived) > n_arrived and not window.whatif.busy
            and window.whatif.result is window.model.result))
        t_views = time.perf_counter() - t0
        t_answer = arrived[-1] - t0
        wait(lambda shown=shown: window.map_page.map_result is window.model.result
             and window.map_page.map_result is not shown)
        t_map = time.perf_counter() - t0
        out.append({"kind": kind, "answer_ms": round(t_answer * 1000, 1),
                    "views_ms": round(t_views * 1000, 1), "map_ms": round(t_map * 1000, 1),
                    "stall_ms": round(watch.max_gap * 1000, 1),
                    "core_ms": round(core[-1] * 1000, 1) if len(core) > n_core else None})
    return out


def _drag(window, wait, steps: int = 12) -> list[float]:
    """Drag the last added mast east in ``steps`` moves without letting go: seconds from each
    position sent to its preview on the map (positions sent while one is out are folded)."""
    import json as _json

    page = window.map.page()
    marker = _json.loads(_run_js(page, wait, "JSON.stringify(cpEditMarkers())") or "[]")
    new = [m for m in marker if m.get("state") == "new" and m.get("draggable")]
    if not new:
        return []
    m = new[-1]
    out = []
    for k in range(1, steps + 1):
        before = _json.loads(_run_js(page, wait, "JSON.stringify(cpPreviewState())") or "{}")
        t0 = time.perf_counter()
        _run_js(page, wait, f"cpDragPreview({_json.dumps(m['id'])}, {m['lat']}, "
                            f"{m['lng'] + 0.004 * k})")

        def drawn():
            state = _json.loads(_run_js(page, wait, "JSON.stringify(cpPreviewState())") or "{}")
            return state.get("asked", 0) > before.get("asked", 0) and not state.get("busy")  # noqa: B023
        if wait(drawn, timeout=30):
            out.append(time.perf_counter() - t0)
    _run_js(page, wait, f"cpDragSite({_json.dumps(m['id'])}, {m['lat']}, "
                        f"{m['lng'] + 0.004 * steps})")
    return out


def _run_js(page, wait, script: str):
    box: list = []
    page.runJavaScript(script, 0, box.append)
    wait(lambda: bool(box), timeout=30, step_ms=1)
    return box[0] if box else None


def _sweep_ms(window, repeats: int = 7) -> float:
    """The engine's part of a new 3-sector mast: its sweep and link budget at the points."""
    import geopandas as gpd
    import pandas as pd

    from coverage_planner.core.engine.coverage import mast_point_levels, metric_cells
    from coverage_planner.core.planning.templates import parse_site, spec_cells

    ev = window.whatif.evaluation.evaluator
    v = window.model.result.villages.iloc[len(window.model.result.villages) // 2]
    spec = parse_site(f"operator=Viettel,lon={float(v['centre_lon'])},"
                      f"lat={float(v['centre_lat'])},height=30,technology=4G")
    rows = pd.DataFrame(spec_cells(spec))
    cells = gpd.GeoDataFrame(rows, geometry=gpd.points_from_xy(rows["lon"], rows["lat"]),
                             crs="EPSG:4326")
    metric = metric_cells(cells, ev.grid.crs)
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        mast_point_levels(ev.grid, metric, ev.pts.xy, window.model.project.profile)
        times.append(time.perf_counter() - t0)
    return statistics.median(times[1:]) * 1000


def _summary(window, edits: list[dict], previews: list[float]) -> dict:
    answer = [e["answer_ms"] for e in edits]
    views = [e["views_ms"] for e in edits]
    maps = [e["map_ms"] for e in edits]
    core = [e["core_ms"] for e in edits if e["core_ms"] is not None]
    sweep = _sweep_ms(window)
    median = statistics.median(answer) if answer else 0.0
    return {
        "villages": int(len(window.model.result.villages)),
        "cells": int(len(window.model.project.cells)),
        "edits": edits,
        "answer_ms_median": round(median, 1),
        "answer_ms_p95": round(_percentile(answer, 0.95), 1),
        "views_ms_median": round(statistics.median(views), 1) if views else 0.0,
        "map_ms_median": round(statistics.median(maps), 1) if maps else 0.0,
        "map_ms_p95": round(_percentile(maps, 0.95), 1),
        "stall_ms_max": round(max((e["stall_ms"] for e in edits), default=0.0), 1),
        "core_ms_median": round(statistics.median(core), 1) if core else None,
        "preview_ms_median": round(statistics.median(previews) * 1000, 1) if previews else None,
        "previews": len(previews),
        "sweep_ms_one_mast": round(sweep, 1),
        "answer_per_sweep": round(median / sweep, 1) if sweep else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coverage_planner.gui.whatifprobe",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--lang", default="en", choices=("en", "vi"))
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    out = probe(args.data_dir, args.edits, args.lang)
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
    else:
        for e in out.get("edits", []):
            print(f"  {e['kind']:6} answer {e['answer_ms']:7.1f} ms  views {e['views_ms']:7.1f} ms  "
                  f"map {e['map_ms']:7.1f} ms  "
                  f"stall {e['stall_ms']:6.1f} ms  core {e['core_ms']} ms")
        for key in ("answer_ms_median", "answer_ms_p95", "views_ms_median", "map_ms_median",
                    "map_ms_p95",
                    "stall_ms_max", "core_ms_median", "preview_ms_median", "sweep_ms_one_mast",
                    "answer_per_sweep"):
            print(f"{key}: {out.get(key)}")
        print(out.get("stalls", ""))
        if out["failure"]:
            print(f"failed: {out['failure']}", file=sys.stderr)
    return 1 if out["failure"] else 0


if __name__ == "__main__":
    code = main()
    # a measuring tool: no interpreter teardown once the figures are out (PySide6 has been seen
    # to abort in its last garbage collection after many page calls); the engine's pool
    # workers still computing the scenario's layers are ended first, so no one holds our pipes
    import multiprocessing

    for child in multiprocessing.active_children():
        child.kill()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
