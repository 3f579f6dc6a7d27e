"""The Qt-free core: plain data in, plain data out. Never imports PySide6.

Rooms, from the bottom up (``lint-imports`` checks who may import whom; see pyproject.toml and
docs/architecture.md):

- ``common`` — bilingual text, errors, atomic file writes, paths, CRS helpers, worker priority.
  Imports nothing else of the project.
- ``engine`` — the radio engine: propagation models (P.452 delta-Bullington, ITM, Hata, 38.901),
  terrain profiles to points and along radials, clutter, antennas, link budget, terrain access,
  the line-of-sight sweep around a mast, per-cell coverage at points and the coverage images. It knows cells,
  grids and profiles as plain values, nothing of villages, scenarios or project files: it imports
  only ``common``.
- ``project`` — what a planner opens and saves: the loaded project (``model``), the coverage
  profile, the engine's grid for a project (DEM and clutter), project files with scenarios,
  autosave, and what a folder holds (``info``). Imports ``engine`` and ``common``.
- ``io`` — the loaders: read, check, repair and reproject every layer of a data folder into a
  ``project.model.Project``, with a message naming file, row and fix for what it refuses.
- ``analysis`` — per-village classification (signal, broadband, 5G, fiber, Wi-Fi, best server),
  the summaries behind the 2023 table and its wording. Built on ``engine`` and ``project``.
- ``planning`` — what-if scenarios as undoable commands, the incremental what-if evaluator,
  site suggestion, the fiber plan and the templates of a new mast. Built on ``analysis``.
- ``distributed`` — the same analysis partitioned on Dask, and the cluster connection.
- ``exports`` — gap lists, GeoTIFF rasters, the PDF report, in every format a carrier asks for.
"""
