"""python -m coverage_planner.datagen.laocai OUT_DIR — rebuild the embedded data set."""

import sys
import time
from pathlib import Path

from coverage_planner.datagen.laocai.build import build


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else Path("gis_data/laocai")
    start = time.perf_counter()
    hashes = build(out)
    print(f"wrote {len(hashes)} files to {out} in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
