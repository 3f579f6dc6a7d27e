"""The CLI's memory grows with the folder at a rate a national run can afford.

``coverage-planner summary`` runs in a child process on two generated folders at the national
village density (the same per-village and per-cell work as a national run), 3,000 and 9,000
villages; each child reports its peak resident memory. The growth between them, projected
linearly to 100,000 villages and 120,000 cells, must fit a planner's 8 GB machine with room
for the rest (≤ 6 GB). A regression that holds a dense cells × villages matrix or every
cell's levels at full precision would break it. Measured national runs are in the closing
notes and ``python -m benchmarks scale``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from coverage_planner.datagen import national

pytestmark = pytest.mark.slow

SIZES = ((3_000, 3_600), (9_000, 10_800))  # villages, cells (the national ratio 100k : 120k)
NATIONAL = (100_000, 120_000)
BUDGET_BYTES = 6 * 2**30

CHILD = """
import json, resource, sys
from coverage_planner.cli import main
code = main(["summary", sys.argv[1], "--json"])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"code": code, "peak": peak}), file=sys.stderr)
"""


def _peak(folder, cache) -> tuple[dict, int]:
    env = dict(os.environ, COVERAGE_PLANNER_CACHE=str(cache))
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder)], capture_output=True,
                         text=True, env=env, timeout=900)
    report = json.loads(out.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, out.stderr[-2000:]
    return json.loads(out.stdout), report["peak"]


def test_peak_memory_projected_to_a_national_folder_fits_a_laptop(tmp_path):
    peaks = []
    for villages, cells in SIZES:
        folder = tmp_path / f"v{villages}"
        national.build(folder, national.Params(villages=villages, cells=cells, seed=5))
        summary, peak = _peak(folder, tmp_path / f"cache{villages}")
        assert summary["villages_total"] == villages  # the run did the whole folder
        peaks.append(peak)
    (v1, _), (v2, _) = SIZES
    per_village = max(0.0, (peaks[1] - peaks[0]) / (v2 - v1))  # with its 1.2 cells
    projected = peaks[1] + per_village * (NATIONAL[0] - v2)
    print(f"peaks {[p / 2**20 for p in peaks]} MB; {per_village / 1024:.1f} KB per village "
          f"(and 1.2 cells); national projection {projected / 2**30:.2f} GB")
    assert projected <= BUDGET_BYTES
