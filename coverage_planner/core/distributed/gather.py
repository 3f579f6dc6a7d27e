"""What a task sends back and how the client merges it: O(points) memory, not O(cells × points).

A task does not send per-cell levels back (at 120,000 cells those would be hundreds of millions
of numbers). It reduces them, per village point and per (technology, operator): the best level
and the lowest-numbered cell reaching it (the tie rule of
:func:`~coverage_planner.core.analysis.levels.best_levels`), plus a flag where a level is NaN
(:class:`Reduced`, a few hundred kB). The client merges these into one (technologies ×
operators) × points array as tasks finish (:class:`Gathered`: ``max`` with the same tie rule, so
merging is order-free), and hands :func:`~coverage_planner.core.analysis.villages.classify` a
*reduced per-cell list* on which it returns exactly what it returns on the full per-cell levels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass
class Reduced:
    """A task's answer: per (technology, operator) and point, the best level and its cell."""

    tid: int
    index: np.ndarray  # (m,) global point positions (only points something reaches)
    best: np.ndarray  # (K, m) float32, -inf where no cell of the pair reaches
    cell: np.ndarray  # (K, m) int64 cell position, -1 where none
    nan: np.ndarray | None  # (K, m) bool, a NaN level of the pair at the point (None: none)
    masts_computed: int = 0
    masts_cached: int = 0
    seconds: float = 0.0
    pid: int = 0
    peak_rss: int = 0  # bytes, the worker process's peak so far
    per_cell_values: int = 0  # how many per-cell levels the reduction replaced
    timings: dict = field(default_factory=dict)


class Gathered:
    """The merged reduction over all points: (K, n) best level, cell and NaN flag."""

    def __init__(self, n_combos: int, n_points: int):
        self.best = np.full((n_combos, n_points), -np.inf, np.float32)
        self.cell = np.full((n_combos, n_points), -1, np.int64)
        self.nan = np.zeros((n_combos, n_points), bool)

    def merge(self, r: Reduced) -> None:
        if len(r.index) == 0:
            return
        cur_b, cur_c = self.best[:, r.index], self.cell[:, r.index]
        # the higher level wins; at equal levels the lower-numbered cell (order-free)
        take = (r.best > cur_b) | ((r.best == cur_b) & (r.cell >= 0)
                                   & ((cur_c < 0) | (r.cell < cur_c)))
        self.best[:, r.index] = np.where(take, r.best, cur_b)
        self.cell[:, r.index] = np.where(take, r.cell, cur_c)
        if r.nan is not None:
            self.nan[:, r.index] |= r.nan

    def per_cell(self, combo: np.ndarray, n_cells: int) -> list:
        """A reduced per-cell list for :func:`analysis.classify`: cell c lists the points where
        it is the best of its (technology, operator) — with that level — and, where a level of
        the pair is NaN, the pair's first cell lists the point with NaN. ``best_levels`` then
        yields the very arrays it yields on the full per-cell levels."""
        k, p = np.nonzero(self.cell >= 0)
        c, lv = self.cell[k, p], self.best[k, p]
        if self.nan.any():
            first = np.full(len(self.best), -1, np.int64)
            for kk in range(len(first)):
                hits = np.flatnonzero(combo == kk)
                first[kk] = hits[0] if len(hits) else -1
            kn, pn = np.nonzero(self.nan)
            c = np.concatenate([c, first[kn]])
            p = np.concatenate([p, pn])
            lv = np.concatenate([lv, np.full(len(pn), np.nan, np.float32)])
        order = np.argsort(c, kind="stable")
        c, p, lv = c[order], p[order].astype(np.int32), lv[order].astype(np.float32)
        bounds = np.searchsorted(c, np.arange(n_cells + 1))
        return [(p[a:b], lv[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]
