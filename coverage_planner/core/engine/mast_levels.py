"""Received power of a mast's cells over terrain profiles: at points, and as a raster.

- At points (villages, households, drive-test samples): one profile from the mast to each point
  within reach (:func:`coverage_planner.core.engine.paths.point_batches`), the model's loss at
  its end (:func:`coverage_planner.core.engine.pathloss.path_loss`), then the link budget
  (:func:`coverage_planner.core.engine.linkbudget.levels`).
- As a raster: radials around the mast, every sample a receiver
  (:func:`coverage_planner.core.engine.pathloss.loss_along`), each pixel of the disc taking its
  nearest radial sample.

The mast's cells share the profiles; each (model, frequency) is computed once per mast.
"""

from __future__ import annotations

import warnings

import numpy as np

from coverage_planner.core.engine import pathloss, paths
from coverage_planner.core.engine.linkbudget import PathTerms, levels
from coverage_planner.core.engine.terrain import EARTH_RADIUS_M, K_FACTOR, Grid


def _theta(tx_asl, rx_ground, h_rx: float, d) -> np.ndarray:
    """Degrees below the antenna's horizontal to the receiver (the earth's curvature lowers it)."""
    rx = rx_ground + h_rx - d * d / (2.0 * K_FACTOR * EARTH_RADIUS_M)
    return np.degrees(np.arctan2(tx_asl - rx, d))


def _mast(cells):
    first = cells.iloc[0]
    return float(first.x), float(first.y), float(first.height_m)


def point_levels(grid: Grid, cells, xs: np.ndarray, ys: np.ndarray, profile) -> np.ndarray:
    """Levels (dBm, float32, (n_cells, k)) of one mast's cells at the points (xs, ys), -inf
    where a point has no ground."""
    sx, sy, h_tx = _mast(cells)
    out = np.full((len(cells), len(xs)), -np.inf, np.float32)
    if len(xs) == 0:
        return out
    valid = paths.inside(grid, xs, ys)
    h_rx = float(profile.receiver_height_m)
    env = profile.hata_environment
    how = profile.terrain_heights
    batches = paths.point_batches(grid, sx, sy, xs, ys, heights=how)
    d = np.hypot(xs - sx, ys - sy)
    ground_tx = float(paths.ground(grid, sx, sy, how))
    ground_rx = paths.ground(grid, xs, ys, how).astype(np.float64)

    def compute(model, f):
        loss = np.empty(len(xs))
        for b in batches:
            loss[b.index] = pathloss.path_loss(model, b.heights, b.d_total, h_tx, h_rx, f,
                                               env)[0]
        return loss

    def angles():
        return (_theta(ground_tx + h_tx, ground_rx, h_rx, d),
                np.degrees(np.arctan2(xs - sx, ys - sy)) % 360.0)

    terms = PathTerms(
        d=np.maximum(d, 1.0), valid=valid, clutter_rx=grid.clutter_at(xs, ys),
        clutter_tx=int(grid.clutter_at(sx, sy)), h_tx=h_tx, angles=angles, compute=compute)
    out[:] = levels(terms, cells, profile)
    return out


def mast_point_levels(grid: Grid, cells, pts: np.ndarray, profile):
    """:func:`coverage_planner.core.engine.coverage.mast_point_levels`: levels (dBm, float32,
    (n_cells, k)) of a mast's cells at the points within reach that have ground, and their
    indices (k,)."""
    sx, sy, _ = _mast(cells)
    r2 = float(profile.max_radius_m) ** 2
    near = np.flatnonzero((pts[:, 0] - sx) ** 2 + (pts[:, 1] - sy) ** 2 <= r2)
    if len(near):
        near = near[paths.inside(grid, pts[near, 0], pts[near, 1])]
    if len(near) == 0:
        return np.empty((len(cells), 0), np.float32), near.astype(np.int32)
    lv = point_levels(grid, cells, pts[near, 0], pts[near, 1], profile)
    return lv, near.astype(np.int32)


def window_levels(grid: Grid, cells, profile) -> tuple[np.ndarray, int, int, int]:
    """Levels (dBm, float32, (n_cells, 2R+1, 2R+1), NaN outside the disc or the grid) of one
    mast's cells on the square window around its pixel, and that pixel's (row, col) and R."""
    sx, sy, h_tx = _mast(cells)
    rad = paths.radials(grid, sx, sy, float(profile.max_radius_m), profile.terrain_heights)
    h_rx = float(profile.receiver_height_m)
    env = profile.hata_environment
    r = rad.radius_px
    row0, col0 = (int(v) for v in grid.rc(sx, sy))
    ray, smp = rad.win_ray, rad.win_sample
    d = smp * rad.step
    hs = rad.heights
    rows, cols = row0 + rad.win_dr, col0 + rad.win_dc
    ok = (rows >= 0) & (rows < grid.shape[0]) & (cols >= 0) & (cols < grid.shape[1])
    valid = np.zeros(len(rows), bool)
    valid[ok] = np.isfinite(grid.z[rows[ok], cols[ok]])
    codes = np.zeros(len(rows), np.int8)
    if grid.clutter is not None:
        codes[ok] = grid.clutter[rows[ok], cols[ok]]

    need = np.zeros(hs.shape, bool)
    need[ray, smp] = True  # about half of the radials' samples are some pixel's nearest

    def compute(model, f):
        return pathloss.loss_along(model, hs, rad.step, h_tx, h_rx, f, env, need,
                                   los=False)[0][ray, smp]

    def angles():
        px, py = grid.centre_xy(rows, cols)
        return (_theta(hs[:, 0][ray] + h_tx, hs[ray, smp], h_rx, d),
                np.degrees(np.arctan2(px - sx, py - sy)) % 360.0)

    terms = PathTerms(d=d, valid=valid, clutter_rx=codes, clutter_tx=int(grid.clutter_at(sx, sy)),
                      h_tx=h_tx, angles=angles, compute=compute)
    lv = levels(terms, cells, profile)
    size = 2 * r + 1
    win = np.full((len(cells), size, size), np.nan, np.float32)
    win[:, rad.win_dr + r, rad.win_dc + r] = np.where(np.isfinite(lv), lv, np.nan)
    # the mast's own pixel: the best of its neighbours
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        win[:, r, r] = np.nanmax(win[:, r - 1:r + 2, r - 1:r + 2].reshape(len(cells), -1),
                                 axis=1)
    return win, row0, col0, r


def power_raster(grid: Grid, cell, profile) -> tuple[np.ndarray, object]:
    """One cell's received power (dBm, NaN outside the disc or the grid) on the window around
    its mast, and the window's transform (rasterio)."""
    import pandas as pd
    from rasterio.transform import from_origin

    win, row0, col0, r = window_levels(grid, pd.DataFrame([cell]), profile)
    transform = from_origin(grid.x0 + (col0 - r) * grid.res, grid.y0 - (row0 - r) * grid.res,
                            grid.res, grid.res)
    return win[0], transform
