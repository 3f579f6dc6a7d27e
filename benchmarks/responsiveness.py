"""The window under load: the embedded data and ten times it (15,000 villages, 10,000 cells).

Each folder is opened by ``python -m coverage_planner.gui.loadprobe --json`` in its own process
(offscreen, a fresh engine cache: the first open a planner sees), which watches the GUI thread
from a second thread while the folder loads, the coverage is computed, the what-if evaluator and
the coverage images are built, then times the village table's sort, filters, carrier and
language, and three what-if BTS (to the answer and to the map). Reported: the milestones, the
longest GUI stall and how many passed 100 ms (with what the GUI thread and the others were
doing), each table operation, with the ratio of the 10× folder to the embedded one (work that
follows the screen, not the row count, stays near 1), and the what-if timings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import Row, timed

SECTION = "responsiveness"
TEN_TIMES = (15_000, 10_000)
QUICK = (3_000, 2_000)
#: a stall a user sees as a hitch, not a freeze
STALL_GOAL_MS = 250
TABLE_GOAL_MS = 150


def _probe(folder: Path, cache: Path) -> dict:
    env = dict(os.environ, COVERAGE_PLANNER_CACHE=str(cache), QT_QPA_PLATFORM="offscreen",
               QTWEBENGINE_DISABLE_SANDBOX="1")
    out = subprocess.run([sys.executable, "-m", "coverage_planner.gui.loadprobe", str(folder),
                          "--json"], capture_output=True, text=True, env=env, timeout=1800)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        raise RuntimeError(f"loadprobe failed ({out.returncode}): {out.stderr[-500:]}")
    return json.loads(lines[-1])


def _show(name: str, r: dict) -> None:
    print(f"  {name}: {r['villages']:,} villages, {r['cells']:,} cells")
    for mark, t in r["milestones_s"].items():
        print(f"    {t:7.2f} s  {mark}")
    print(f"    longest GUI stall {r['max_stall_ms']} ms; {r['stalls_over_100ms']} over 100 ms")
    for s in r["stalls"][:4]:
        print(f"      {s['ms']:5d} ms at {s['at_s']:6.1f} s  GUI: {'; '.join(s['gui']) or 'Qt'}"
              f"  others: {'; '.join(s['others']) or '-'}")
    print("    table: " + ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in r["table_s"].items()))
    print("    what-if BTS: " + ", ".join(f"answer {e['answer']:.2f} s / map {e['map']:.2f} s"
                                        for e in r.get("whatif_s", [])))


def run(work: Path, quick: bool = False, png_dir: Path | None = None) -> list[Row]:
    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.datagen import national

    villages, cells = QUICK if quick else TEN_TIMES
    folder = work / "ten-times"
    t_gen, _ = timed(lambda: national.build(folder, national.Params(villages=villages,
                                                                    cells=cells, seed=11)))
    print(f"  generated {villages:,} villages / {cells:,} cells in {t_gen:.1f} s")
    base = _probe(default_data_dir(), work / "cache-resp-base")
    _show("embedded data", base)
    big = _probe(folder, work / "cache-resp-big")
    _show("10x data", big)
    rows = []
    for name, r in (("embedded", base), (f"{villages // 1000}k villages", big)):
        m = r["milestones_s"]
        rows.append(Row(SECTION, f"{name}: map / coverage / images (s)",
                        f"{m.get('map_ready', 0):.1f} / {m.get('coverage_shown', 0):.1f} / "
                        f"{m.get('coverage_images', 0):.1f}"))
        rows.append(Row(SECTION, f"{name}: longest GUI stall", f"{r['max_stall_ms']} ms",
                        f"<= {STALL_GOAL_MS} ms", r["max_stall_ms"] <= STALL_GOAL_MS))
    worst = max(big["table_s"].values()) * 1000
    rows.append(Row(SECTION, f"{villages // 1000}k villages: slowest table operation",
                    f"{worst:.0f} ms", f"<= {TABLE_GOAL_MS} ms", worst <= TABLE_GOAL_MS))
    for name, r in (("embedded", base), (f"{villages // 1000}k villages", big)):
        edits = r.get("whatif_s") or []
        if edits:
            rows.append(Row(SECTION, f"{name}: what-if BTS, answer / on the map (median)",
                            f"{sorted(e['answer'] for e in edits)[len(edits) // 2]:.2f} s / "
                            f"{sorted(e['map'] for e in edits)[len(edits) // 2]:.2f} s"))
    ratios = [big["table_s"][k] / max(base["table_s"][k], 1e-4) for k in big["table_s"]]
    rows.append(Row(SECTION, "table operations 10x / 1x (median)",
                    f"{sorted(ratios)[len(ratios) // 2]:.1f}x"))
    return rows
