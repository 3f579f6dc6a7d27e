"""Received power of a mast's cells by the ring sweep: at points, and as a raster of the disc.

One sweep of the mast's disc (:func:`coverage_planner.core.engine.sweep.sweep`), the path terms
where they are needed (:mod:`coverage_planner.core.engine.viewshed`), then the link budget
(:func:`coverage_planner.core.engine.linkbudget.levels`) for each cell of the mast.
"""

from __future__ import annotations

import numpy as np

from coverage_planner.core.engine.linkbudget import levels
from coverage_planner.core.engine.sweep import Sweep, sweep
from coverage_planner.core.engine.terrain import Grid
from coverage_planner.core.engine.viewshed import point_geometry, ring_geometry


def received_power(sw: Sweep, geom: dict, cells, profile) -> np.ndarray:
    """dBm for each cell (rows of ``cells``) over ``geom``'s cells: shape (n_cells, *shape);
    :func:`coverage_planner.core.engine.linkbudget.levels` with this sweep's antenna height."""
    return levels(geom, cells, profile, sw.h_tx)


def power_raster(grid: Grid, cell, profile) -> tuple[np.ndarray, object]:
    """One cell's received power (dBm, NaN outside the disc or the grid) on the sweep's window,
    and its transform: what ``coverage.cell_raster`` returns, by the ring sweep."""
    import pandas as pd

    sw = sweep(grid, float(cell.x), float(cell.y), float(cell.height_m), profile.max_radius_m)
    geom = ring_geometry(sw, profile.receiver_height_m)
    p = received_power(sw, geom, pd.DataFrame([cell]), profile)[0]
    p[~np.isfinite(p)] = np.nan
    return sw.to_window(p), sw.transform()


def mast_point_levels(grid: Grid, cells, pts: np.ndarray, profile):
    """:func:`coverage_planner.core.engine.coverage.mast_point_levels` by the ring sweep: levels (dBm,
    float32, (n_cells, k)) of a mast's cells at the points within reach, and their indices (k,).

    One sweep of the whole disc (line-of-sight heights and obstacle distances), then the link
    budget at the points' cells only.
    """
    first = cells.iloc[0]
    sx, sy, h = float(first.x), float(first.y), float(first.height_m)
    r2 = (profile.max_radius_m + grid.res) ** 2
    near = np.flatnonzero((pts[:, 0] - sx) ** 2 + (pts[:, 1] - sy) ** 2 <= r2)
    if len(near) == 0:
        return np.empty((len(cells), 0), np.float32), near.astype(np.int32)
    sw = sweep(grid, sx, sy, h, profile.max_radius_m)
    geom, inside = point_geometry(grid, sw, pts[near, 0], pts[near, 1],
                                  profile.receiver_height_m)
    return received_power(sw, geom, cells, profile), near[inside].astype(np.int32)
