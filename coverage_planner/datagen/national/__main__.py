"""``python -m coverage_planner.datagen.national OUT --villages N --cells M`` (see the package)."""

from coverage_planner.datagen.national import main

if __name__ == "__main__":
    raise SystemExit(main())
