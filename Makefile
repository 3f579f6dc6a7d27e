# Coverage Planner — two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
HEADLESS := QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox

.PHONY: run test bench lint data screenshot translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -e '.[test]'
	touch $@

## Create the venv if needed, install, open the app on the embedded Lào Cai data.
run: $(VENV)/.installed
	$(PY) main.py

## Install with test dependencies, check the import contracts and run the whole suite headless.
test: $(VENV)/.installed-test
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .
	# the Qt-free packages once more where importing PySide6 fails
	$(HEADLESS) PYTHONPATH=tests/no_qt $(PY) -m pytest -q -p no:pytest-qt -m "not slow or dask" tests/core tests/cli tests/datagen tests/mapview
	$(HEADLESS) $(PY) -m pytest -q -m "not dask" tests

$(VENV)/.installed-bench: pyproject.toml $(VENV)/.installed-test
	$(PIP) install -e '.[test,bench]'
	touch $@

## Benchmarks: figures and ratios against gdal_viewshed / SPLAT! where installed (Debian: apt
## install splat gdal-bin), and the radio models against the reference implementations.
bench: $(VENV)/.installed-bench
	$(PY) -m benchmarks

## Rebuild the embedded Lào Cai data set from gis_data/sources (deterministic).
data: $(VENV)/.installed
	$(PY) -m coverage_planner.datagen.laocai gis_data/laocai

## Screenshot of the main window (offscreen) into screenshots/main_window.png
screenshot: $(VENV)/.installed
	$(HEADLESS) $(VENV)/bin/coverage-planner screenshot screenshots/main_window.png

## Refresh the Qt translation catalogues (.ts) from the GUI sources and compile them (.qm).
translations: $(VENV)/.installed
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(sort $(shell find coverage_planner/gui -name '*.py')) -ts resources/translations/coverage_planner_vi.ts resources/translations/coverage_planner_en.ts
	$(VENV)/bin/pyside6-lrelease resources/translations/coverage_planner_vi.ts -qm resources/translations/coverage_planner_vi.qm
	$(VENV)/bin/pyside6-lrelease resources/translations/coverage_planner_en.ts -qm resources/translations/coverage_planner_en.qm

lint: $(VENV)/.installed-test
	$(VENV)/bin/lint-imports
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
