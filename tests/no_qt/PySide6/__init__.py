# Placed first on PYTHONPATH by `make test` for the Qt-free packages: any import of PySide6 fails.
raise ImportError("PySide6 must not be imported by coverage_planner.core, .mapview or .datagen")
