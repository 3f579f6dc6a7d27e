"""The engine's grid for a project: its DEM on a metric grid, with its clutter raster if any."""

from __future__ import annotations

from pathlib import Path

from coverage_planner.core.engine.terrain import Grid, load_clutter, load_grid


def project_grid(project) -> Grid:
    """The project's DEM on the engine's metric grid (cached), with the clutter class codes of
    ``project.clutter_path`` on the same pixels when the data folder has a clutter raster."""
    if project.dem_path is None:
        raise ValueError("the coverage engine needs an elevation model (dem.tif or .hgt)")
    grid = load_grid(project.dem_path)
    clutter = getattr(project, "clutter_path", None)
    if clutter is not None and Path(clutter).exists():
        grid = grid.with_clutter(load_clutter(clutter, grid))
    return grid
