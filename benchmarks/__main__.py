"""``python -m benchmarks [viewshed|splat|dataset|scale|responsiveness|whatif|models ...] [--quick]
[--png DIR] [--json]``

Runs the chosen benchmarks (all by default) in a temporary folder with a temporary engine cache,
prints what each measures as it goes and a table at the end: every figure, ratio and goal, and
MET / NOT MET. Times are never asserted: the exit status is 0 unless a benchmark crashed.
``--json`` prints instead, on standard output, the figures of the benchmarks that keep them
(``whatif``): one benchmark's object, or one object per benchmark (the progress goes to
standard error).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.common import CacheEnv, Row

BENCHES = ("viewshed", "splat", "dataset", "scale", "responsiveness", "whatif", "models")


def _module(name: str):
    if name == "viewshed":
        from benchmarks import viewshed as mod
    elif name == "splat":
        from benchmarks import splat as mod
    elif name == "scale":
        from benchmarks import scale as mod
    elif name == "responsiveness":
        from benchmarks import responsiveness as mod
    elif name == "whatif":
        from benchmarks import whatif as mod
    elif name == "models":
        from benchmarks import models as mod
    else:
        from benchmarks import dataset as mod
    return mod


def _versions() -> str:
    import numpy

    parts = [f"Python {platform.python_version()}", f"numpy {numpy.__version__}",
             f"{os.cpu_count()} CPUs"]
    gdalinfo = shutil.which("gdalinfo")
    if gdalinfo:
        out = subprocess.run([gdalinfo, "--version"], capture_output=True, text=True).stdout
        parts.append(out.strip().split(",")[0])
    if shutil.which("splat"):
        parts.append("SPLAT! installed")
    return ", ".join(parts) + f"; {_load()}"


def _load() -> str:
    """The machine's load: other work running beside the benchmarks slows them down."""
    try:
        one, five, _ = os.getloadavg()
    except OSError:
        return "load average unknown"
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


def print_table(rows: list[Row]) -> None:
    headers = ("benchmark", "figure", "value", "goal", "status")
    table = [(r.section, r.figure, r.value, r.goal, r.status) for r in rows]
    widths = [max(len(h), *(len(t[i]) for t in table)) if table else len(h)
              for i, h in enumerate(headers)]
    line = "  ".join("-" * w for w in widths)
    print()
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print(line)
    last = None
    for t in table:
        if last is not None and t[0] != last:
            print(line)
        last = t[0]
        print("  ".join(c.ljust(w) for c, w in zip(t, widths)).rstrip())
    goals = [r for r in rows if r.met is not None]
    met = sum(1 for r in goals if r.met)
    skipped = sum(1 for r in rows if r.skipped)
    print(line)
    print(f"goals met: {met}/{len(goals)}" + (f"; {skipped} comparison(s) skipped "
                                              "(anchor not installed)" if skipped else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("benches", nargs="*", metavar="BENCH",
                        help=f"which to run: {', '.join(BENCHES)} (default: all)")
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions, no roughness sweep, no ITWOM run")
    parser.add_argument("--png", type=Path, metavar="DIR",
                        help="also write comparison images (PNG) into DIR")
    parser.add_argument("--json", action="store_true",
                        help="print the figures as JSON on standard output (progress: stderr)")
    args = parser.parse_args(argv)
    unknown = [b for b in args.benches if b not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
    if args.json:
        with contextlib.redirect_stdout(sys.stderr):
            code = _run(args)
        kept = {b: _module(b).LAST for b in _chosen(args) if hasattr(_module(b), "LAST")}
        print(json.dumps(next(iter(kept.values())) if len(kept) == 1 else kept, indent=2))
        return code
    return _run(args)


def _chosen(args) -> list[str]:
    return [b for b in BENCHES if b in args.benches] or list(BENCHES)


def _run(args) -> int:
    chosen = _chosen(args)
    print(f"Coverage Planner benchmarks: {', '.join(chosen)}{' (quick)' if args.quick else ''}")
    print(f"  {_versions()}")
    rows: list[Row] = []
    failed = False
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="coverage-bench-") as tmp:
        work = Path(tmp)
        # never touch the user's cache: every benchmark works in this folder
        with CacheEnv(work / "cache"):
            for name in chosen:
                t0 = time.perf_counter()
                try:
                    rows += _module(name).run(work, quick=args.quick, png_dir=args.png)
                except Exception as exc:  # report and go on with the others
                    failed = True
                    traceback.print_exc()
                    rows.append(Row(name, "ERROR", f"{type(exc).__name__}: {exc}"[:80]))
                print(f"  ({name}: {time.perf_counter() - t0:.1f} s)\n", flush=True)
    print_table(rows)
    print(f"total {time.perf_counter() - t_all:.0f} s; {_load()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
