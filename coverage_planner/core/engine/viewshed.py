"""Line of sight from a ring sweep: the visibility mask, and each path's terms for the link budget.

A cell is visible when its ground plus the receiver's height reaches the line-of-sight height
the sweep carried to it (:mod:`coverage_planner.core.engine.sweep`); the obstacle behind that
height is at the distance ``d1`` the sweep carried too
(:func:`~coverage_planner.core.engine.sweep.carry_d1`).

With the antenna at height H, the obstacle at distance d1 and height ``Zo``, the line of sight
``L(d) = H + (Zo − H)·d/d1`` and the receiver at ``R = z + h_rx``, the direct path passes d1 at
``H + (R − H)·d1/d``, so the obstacle stands above it by::

    h = Zo − H − (R − H)·d1/d = d1·(L − R)/d

and Fresnel's ``v = h·sqrt(2d / (λ·d1·(d − d1)))``; :func:`geometry` returns the frequency-free
``geo_v = h·sqrt(2d / (d1·d2))`` like :func:`coverage_planner.core.engine.linkbudget.path_geometry`.
"""

from __future__ import annotations

import numpy as np

from coverage_planner.core.engine.sweep import Sweep
from coverage_planner.core.engine.terrain import Grid


def visible_rel(sw: Sweep, h_rx: float) -> np.ndarray:
    """Ring order: True where a receiver ``h_rx`` above the ground sees the antenna."""
    return sw.rel + np.float32(h_rx) >= sw.los_rel  # NaN ground: False


def visible(sw: Sweep, h_rx: float) -> np.ndarray:
    """The line-of-sight mask (bool) on the window: False outside the disc and the grid."""
    return sw.to_window(visible_rel(sw, h_rx), fill=False)


def ring_geometry(sw: Sweep, h_rx: float, pos: np.ndarray | None = None) -> dict:
    """:func:`geometry`'s terms (float32) in ring order, at ring positions ``pos`` (all cells of
    the disc if None)."""
    if pos is None:
        def pick(v):
            return v
    else:
        def pick(v):
            return v[pos]
    # the antenna's own cell counts as one pixel away (a fan's first sample)
    d = np.maximum(pick(sw.dist_m), np.float32(sw.res))
    rx = pick(sw.rel) + np.float32(h_rx)  # the receiver, relative to the antenna
    los_h = pick(sw.los_rel)
    d1 = pick(sw.d1_in)
    valid = pick(sw.valid)
    with np.errstate(invalid="ignore", divide="ignore"):
        gap = los_h - rx  # L - R: -inf next to the antenna, NaN without ground
        d2 = np.maximum(d - d1, np.float32(1.0))
        # h = d1 (L - R) / d and v' = h sqrt(2 d / (d1 d2)) = (L - R) sqrt(2 d1 / (d d2))
        q = np.float32(2.0) * np.maximum(d1, np.float32(1.0))
        q /= d
        q /= d2
        np.sqrt(q, out=q)
        geo_v = gap * q
        geo_v[d1 <= 0] = -np.inf  # no obstacle (the cells next to the antenna)
        theta = np.arctan2(-rx, d)  # below the antenna's horizontal: positive
        np.degrees(theta, out=theta)
    los = (rx >= los_h) & valid
    return {"d": d, "geo_v": geo_v, "theta": theta, "los": los, "valid": valid,
            "h_eff": sw.sector_heights[pick(sw.plan.sector)], "bearing": pick(sw.plan.bearing)}


def geometry(sw: Sweep, h_rx: float) -> dict:
    """The terms of :func:`coverage_planner.core.engine.linkbudget.path_geometry` (``d``, ``geo_v``,
    ``theta``, ``los``, ``valid``, ``h_eff``) and ``bearing`` (degrees) per window cell.

    Outside the disc ``valid`` and ``los`` are False and the others NaN. The antenna's own
    cell is taken one pixel away, in sight, with no obstacle.
    """
    geom = ring_geometry(sw, h_rx)
    fills = {"los": False, "valid": False}
    return {key: sw.to_window(np.asarray(v), fill=fills.get(key, np.nan))
            for key, v in geom.items()}


def point_geometry(grid: Grid, sw: Sweep, x, y, h_rx: float) -> tuple[dict, np.ndarray]:
    """:func:`geometry` at points (x, y): the terms for those inside the disc, and that mask."""
    row, col = grid.rc(x, y)
    dr, dc = np.asarray(row) - sw.row0, np.asarray(col) - sw.col0
    r = sw.radius_px
    inside = (np.abs(dr) <= r) & (np.abs(dc) <= r)
    flat = (dr[inside] + r) * sw.size + (dc[inside] + r)
    pos = sw.plan.inv[flat]
    inside[inside] = pos < sw.plan.n
    return ring_geometry(sw, h_rx, pos[pos < sw.plan.n]), inside
