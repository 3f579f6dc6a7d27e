"""Start Coverage Planner's window: ``python main.py [DATA_DIR]`` (default: the Lào Cai data)."""

import sys

from coverage_planner.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["gui", *sys.argv[1:]]))
