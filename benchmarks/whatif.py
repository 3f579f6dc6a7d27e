"""What-if edits in the window: the embedded data and 15,000 villages / 10,000 cells.

Each folder is opened by ``python -m coverage_planner.gui.whatifprobe --json`` in its own
process (offscreen, a fresh engine cache), which makes 20 edits at different places (adding,
moving, editing and removing masts, one after the other in one scenario) and times each from
the edit to the new classification in the application model (the answer), to the map showing
it, and the GUI thread's longest stall meanwhile; then a mast dragged without letting go (the
live preview) and the sweep of one 3-sector mast alone over the terrain (the engine's part of
an added mast; the ratio says how much of an answer is not the sweep).

``python -m benchmarks whatif --json`` prints one JSON object keyed ``embedded`` and
``villages_15000``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import Row, timed

SECTION = "whatif"
BIG = (15_000, 10_000)
QUICK_BIG = (3_000, 2_000)
EDITS = 20
#: the goals of issue 11, per data size: answer median, map median, longest stall (ms)
GOALS = {"embedded": (100, 300, 100), "villages_15000": (300, 600, 100)}
#: the last run's figures (what --json prints)
LAST: dict = {}


def probe(folder: Path, cache: Path, edits: int = EDITS) -> dict:
    env = dict(os.environ, COVERAGE_PLANNER_CACHE=str(cache), QT_QPA_PLATFORM="offscreen",
               QTWEBENGINE_DISABLE_SANDBOX="1")
    out = subprocess.run([sys.executable, "-m", "coverage_planner.gui.whatifprobe", str(folder),
                          "--json", "--edits", str(edits)], capture_output=True, text=True,
                         env=env, timeout=3600)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"whatifprobe failed ({out.returncode}): {out.stderr[-800:]}")
    return json.loads(lines[-1])


def _show(name: str, r: dict) -> None:
    print(f"  {name}: {r.get('villages', 0):,} villages, {r.get('cells', 0):,} cells")
    for e in r.get("edits", []):
        print(f"    {e['kind']:6} answer {e['answer_ms']:7.1f} ms  map {e['map_ms']:7.1f} ms  "
              f"stall {e['stall_ms']:6.1f} ms  (evaluator {e['core_ms']} ms)")
    print(f"    answer median {r['answer_ms_median']} ms (p95 {r['answer_ms_p95']}), map median "
          f"{r['map_ms_median']} ms (p95 {r['map_ms_p95']}), longest stall "
          f"{r['stall_ms_max']} ms; live preview median {r.get('preview_ms_median')} ms; "
          f"one mast's sweep {r['sweep_ms_one_mast']} ms (answer / sweep "
          f"{r['answer_per_sweep']}x)", flush=True)


def measure(work: Path, quick: bool = False) -> dict:
    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.datagen import national

    villages, cells = QUICK_BIG if quick else BIG
    folder = work / f"whatif-{villages}"
    t_gen, _ = timed(lambda: national.build(folder, national.Params(villages=villages,
                                                                    cells=cells, seed=11)))
    print(f"  generated {villages:,} villages / {cells:,} cells in {t_gen:.1f} s", flush=True)
    edits = 8 if quick else EDITS
    out = {"embedded": probe(default_data_dir(), work / "cache-whatif-base", edits)}
    _show("embedded data", out["embedded"])
    out[f"villages_{villages}"] = probe(folder, work / "cache-whatif-big", edits)
    _show(f"{villages:,} villages", out[f"villages_{villages}"])
    return out


def run(work: Path, quick: bool = False, png_dir: Path | None = None) -> list[Row]:
    LAST.clear()
    LAST.update(measure(work, quick))
    rows = []
    for name, r in LAST.items():
        answer, on_map, stall = GOALS.get(name, GOALS["villages_15000"])
        rows += [
            Row(SECTION, f"{name}: answer median (p95)",
                f"{r['answer_ms_median']:.0f} ms ({r['answer_ms_p95']:.0f})",
                f"<= {answer} ms", r["answer_ms_median"] <= answer),
            Row(SECTION, f"{name}: map median (p95)",
                f"{r['map_ms_median']:.0f} ms ({r['map_ms_p95']:.0f})",
                f"<= {on_map} ms", r["map_ms_median"] <= on_map),
            Row(SECTION, f"{name}: longest GUI stall", f"{r['stall_ms_max']:.0f} ms",
                f"<= {stall} ms", r["stall_ms_max"] <= stall),
            Row(SECTION, f"{name}: one mast's sweep / answer per sweep",
                f"{r['sweep_ms_one_mast']:.0f} ms / {r['answer_per_sweep']}x"),
        ]
        if r.get("preview_ms_median") is not None:
            rows.append(Row(SECTION, f"{name}: live preview while dragging (median)",
                            f"{r['preview_ms_median']:.0f} ms"))
    return rows
