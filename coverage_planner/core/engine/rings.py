"""A mast's disc in Chebyshev rings: the plan the ring sweep runs on, cached per radius.

Ring k holds the cells with ``max(|Δrow|, |Δcol|) = k`` around the antenna's pixel. Every cell
knows its two neighbours on the previous ring toward the antenna, ``S = (i−1, j)`` and
``D = (i−1, j−1)`` (``i`` along the major axis, ``0 ≤ j ≤ i``), and their weights in the
line-of-sight height and in the obstacle distance it receives: what
:func:`coverage_planner.core.engine.sweep.sweep` needs to carry a whole ring in one numpy step.
Also here, all depending only on the radius (and the grid's resolution): each cell's bearing,
its flat offset in a grid of a given width, and how far the earth's curvature lowers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from coverage_planner.core.engine.terrain import EARTH_RADIUS_M


@dataclass(frozen=True)
class RingPlan:
    """The disc of radius ``radius_px`` in ring order, with each cell's two neighbours.

    Every array is in *ring order*: position 0 is the antenna's cell, then ring 1, ring 2...
    ``bounds[k]`` is the ``(start, stop)`` of ring k. Cells within a ring are in row-major order.
    """

    radius_px: int
    order: np.ndarray  # (N,) flat index in the (2R+1)² window of each ring-ordered cell
    dr: np.ndarray  # (N,) row offsets from the antenna
    dc: np.ndarray  # (N,) column offsets
    bounds: tuple  # ((start, stop), ...) per ring 0..R
    nn: np.ndarray  # (N, 2) ring positions of the straight neighbour S = (i-1, j) and the
    #                diagonal one D = (i-1, j-1) (on an axis D is S, on a diagonal S is D: the
    #                one with weight 0 then repeats the other)
    ab: np.ndarray  # (N, 2) float32 weights of S and D in L: (i - j)/(i - 1), j/(i - 1)
    w2: np.ndarray  # (N, 2) float32 crossing weights of S and D (for d1): (i - j)/i, j/i
    dist2: np.ndarray  # (N,) float32 squared distance (px²)
    dist: np.ndarray  # (N,) float32 distance (px)
    inv: np.ndarray  # ((2R+1)²,) ring position of each window cell; N outside the disc

    @property
    def size(self) -> int:
        return 2 * self.radius_px + 1

    @property
    def n(self) -> int:
        return len(self.order)

    @property
    def bearing(self) -> np.ndarray:
        """(N,) float32 degrees clockwise from north (built on first use, cached)."""
        return _bearings(self.radius_px)


@lru_cache(maxsize=8)
def ring_plan(radius_px: int) -> RingPlan:
    """The ring-ordered disc and its neighbour tables for a radius (cached, read-only)."""
    r = int(radius_px)
    size = 2 * r + 1
    dr, dc = np.mgrid[-r:r + 1, -r:r + 1].astype(np.int32)
    dr, dc = dr.ravel(), dc.ravel()
    dist2 = dr * dr + dc * dc
    flat = np.flatnonzero(dist2 <= r * r)
    ring = np.maximum(np.abs(dr), np.abs(dc))[flat].astype(np.int16 if r < 32_000 else np.int32)
    by_ring = np.argsort(ring, kind="stable")  # stable (radix): row-major within a ring
    order, ring = flat[by_ring], ring[by_ring]
    n = len(order)
    dr, dc = dr[order], dc[order]
    pos = np.full(size * size, -1, dtype=np.int64)
    pos[order] = np.arange(n)

    adr, adc = np.abs(dr), np.abs(dc)
    sr, sc = np.sign(dr), np.sign(dc)
    rows_major = adr >= adc  # |Δrow| ≥ |Δcol|: step back along the rows
    i = np.maximum(adr, adc)
    j = np.minimum(adr, adc)
    s_r = np.where(rows_major, dr - sr, dr)
    s_c = np.where(rows_major, dc, dc - sc)
    d_r, d_c = dr - sr, dc - sc
    centre = i == 0
    s_r[centre] = d_r[centre] = 0
    s_c[centre] = d_c[centre] = 0
    ns = pos[(s_r + r) * size + (s_c + r)]
    nd = pos[(d_r + r) * size + (d_c + r)]
    assert (ns >= 0).all() and (nd >= 0).all(), "a neighbour fell outside the disc"
    with np.errstate(divide="ignore", invalid="ignore"):
        a = np.where(i >= 2, (i - j) / np.maximum(i - 1, 1), 0.0)
        b = np.where(i >= 2, j / np.maximum(i - 1, 1), 0.0)
        wd = np.where(i >= 1, j / np.maximum(i, 1), 0.0)
    # where a weight is 0 keep the index on the previous ring all the same: on an axis D is S,
    # on a diagonal S is D
    nd = np.where(j == 0, ns, nd)
    ns = np.where((i == j) & (i > 0), nd, ns)
    bounds = []
    starts = np.searchsorted(ring, np.arange(r + 2))
    for k in range(r + 1):
        bounds.append((int(starts[k]), int(starts[k + 1])))
    dist2f = (dr * dr + dc * dc).astype(np.float32)
    inv = np.full(size * size, n, dtype=np.int64)
    inv[order] = np.arange(n)
    arrays = dict(order=order, dr=dr.astype(np.int32), dc=dc.astype(np.int32),
                  nn=np.stack([ns, nd], axis=1), ab=np.stack([a, b], axis=1).astype(np.float32),
                  w2=np.stack([1.0 - wd, wd], axis=1).astype(np.float32),
                  dist2=dist2f, dist=np.sqrt(dist2f), inv=inv)
    for v in arrays.values():
        v.setflags(write=False)
    return RingPlan(radius_px=r, bounds=tuple(bounds), **arrays)


@lru_cache(maxsize=8)
def _bearings(radius_px: int) -> np.ndarray:
    """Ring order: bearing (float32 degrees clockwise from north)."""
    plan = ring_plan(radius_px)
    bearing = np.mod(np.degrees(np.arctan2(plan.dc.astype(np.float32),
                                           -plan.dr.astype(np.float32))), np.float32(360.0))
    bearing.setflags(write=False)
    return bearing


@lru_cache(maxsize=8)
def grid_offsets(radius_px: int, ncols: int) -> np.ndarray:
    """Flat offsets in a grid of ``ncols`` columns of the ring-ordered disc cells."""
    plan = ring_plan(radius_px)
    out = plan.dr.astype(np.int64) * ncols + plan.dc
    out.setflags(write=False)
    return out


@lru_cache(maxsize=8)
def curvature_drop(radius_px: int, res: float, k: float) -> np.ndarray:
    """Ring order: how far the ground drops below the antenna's horizontal plane, d²/(2ka)."""
    out = ring_plan(radius_px).dist2 * np.float32(res * res / (2.0 * k * EARTH_RADIUS_M))
    out.setflags(write=False)
    return out
