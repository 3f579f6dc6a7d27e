"""The best server at every point, kept as arrays, and updated where an edit reaches.

Every cell's levels at the points within its reach (``per_cell``: per cell position, the point
indices and the levels in dBm) reduce to, per point:

- the best level per (technology, operator): who serves a village, per carrier;
- the best level per technology and the cell giving it (the lowest cell position among equal
  levels): the best server.

:func:`best_levels` computes them for a whole run. :class:`LevelIndex` keeps a run's entries
ordered by point as well, so that :meth:`LevelIndex.update` recomputes them for a
scenario only at the points the removed, moved or new cells reach: a what-if edit of one mast
touches a few hundred of the province's points, not all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd

from coverage_planner.core.project.profile import TECHNOLOGIES


class BestLevels(NamedTuple):
    """Per point (arrays of the points' length)."""

    #: (technology, operator) -> best level (dBm, float32; -inf where no cell reaches)
    level: dict
    #: technology -> best level (dBm, float32; -inf where no cell reaches)
    best: dict
    #: technology -> position of the best cell in the cells' table (-1 where none)
    best_cell: dict


#: entries reduced at a time in a full run: bounds the memory beside the per-cell levels
CHUNK_ENTRIES = 1 << 21


class Entries(NamedTuple):
    """(cell, point, level) triples."""

    cell: np.ndarray  # int64: a cell's position
    point: np.ndarray  # int64
    level: np.ndarray  # float32

    @classmethod
    def of(cls, per_cell: list, first: int = 0) -> Entries:
        """The entries of ``per_cell``, its cells numbered from ``first``."""
        sizes = np.array([len(near) for near, _ in per_cell], dtype=np.int64)
        if sizes.sum() == 0:
            return cls(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))
        return cls(np.repeat(np.arange(first, first + len(per_cell), dtype=np.int64), sizes),
                   np.concatenate([near for near, _ in per_cell]).astype(np.int64),
                   np.concatenate([lv for _, lv in per_cell]).astype(np.float32, copy=False))


def _codes(cells: pd.DataFrame, groups: list) -> tuple[np.ndarray, np.ndarray]:
    """Per cell: its technology's position in TECHNOLOGIES, and its (technology, operator)
    position in ``groups`` (appended to when new)."""
    tech = cells["technology"].to_numpy()
    op = cells["operator"].to_numpy()
    t_code = np.array([TECHNOLOGIES.index(t) for t in tech], dtype=np.int64)
    g_code = np.zeros(len(tech), dtype=np.int64)
    if len(tech):
        for pair in pd.MultiIndex.from_arrays([tech, op]).unique():
            if pair not in groups:
                groups.append(pair)
            g_code[(tech == pair[0]) & (op == pair[1])] = groups.index(pair)
    return t_code, g_code


def _reduce(e: Entries, t_code: np.ndarray, g_code: np.ndarray, n_groups: int, n: int):
    """Per group and point the best level; per technology and point the best level and cell.

    ``e.cell`` indexes ``t_code``/``g_code`` and is the position reported as the best cell;
    ``e.point`` lies in ``range(n)``.
    """
    nt = len(TECHNOLOGIES)
    level = np.full(n_groups * n, -np.inf, np.float32)
    with np.errstate(invalid="ignore"):  # NaN levels are expected (see below)
        np.maximum.at(level, g_code[e.cell] * n + e.point, e.level)
    # a NaN level (no ground under the point) spoils its pair's level, as np.maximum does, but
    # never wins the best server: a later cell replaces the best only when strictly better
    ok = ~np.isnan(e.level)
    lv, cells = e.level[ok], e.cell[ok]
    tkey = t_code[cells] * n + e.point[ok]
    best = np.full(nt * n, -np.inf, np.float32)
    np.maximum.at(best, tkey, lv)
    # among the cells at the best level, the lowest position
    top = lv == best[tkey]
    cell = np.full(nt * n, np.iinfo(np.int64).max, np.int64)
    np.minimum.at(cell, tkey[top], cells[top])
    cell[cell == np.iinfo(np.int64).max] = -1
    return level.reshape(n_groups, n), best.reshape(nt, n), cell.reshape(nt, n)


def _merge(acc: tuple, reduced: tuple, at=slice(None)) -> None:
    """Merge reduced best values into accumulated ones (in place, at the points ``at``): the
    higher level wins; at equal levels the lower cell position (order-free)."""
    level, top, top_cell = acc
    lv, tp, tc = reduced
    with np.errstate(invalid="ignore"):
        level[:, at] = np.maximum(level[:, at], lv)
    cur, cur_c = top[:, at], top_cell[:, at]
    take = (tp > cur) | ((tp == cur) & (tc >= 0) & ((cur_c < 0) | (tc < cur_c)))
    top[:, at] = np.where(take, tp, cur)
    top_cell[:, at] = np.where(take, tc, cur_c)


def _accumulate(per_cell: list, t_code, g_code, n_groups: int, n: int) -> tuple:
    """The reduced best values of a whole run, a chunk of cells at a time."""
    acc = (np.full((n_groups, n), -np.inf, np.float32),
           np.full((len(TECHNOLOGIES), n), -np.inf, np.float32),
           np.full((len(TECHNOLOGIES), n), -1, np.int64))
    sizes = np.array([len(near) for near, _ in per_cell], dtype=np.int64)
    bounds = np.searchsorted(np.cumsum(sizes), np.arange(CHUNK_ENTRIES, sizes.sum() + 1,
                                                         CHUNK_ENTRIES), side="right")
    start = 0
    for stop in [*bounds.tolist(), len(per_cell)]:
        if stop > start:
            e = Entries.of(per_cell[start:stop], start)
            _merge(acc, _reduce(e, t_code, g_code, n_groups, n))
            start = stop
    reached = np.bincount(g_code, weights=sizes, minlength=n_groups) > 0
    return acc, reached


def _as_best(groups: list, acc: tuple, reached: np.ndarray) -> BestLevels:
    level, top, top_cell = acc
    # a (technology, operator) without any cell reaching a point is left out
    return BestLevels({g: level[i] for i, g in enumerate(groups) if reached[i]},
                      {t: top[k] for k, t in enumerate(TECHNOLOGIES)},
                      {t: top_cell[k] for k, t in enumerate(TECHNOLOGIES)})


def best_levels(cells: pd.DataFrame, per_cell: list, n_points: int) -> BestLevels:
    """The best levels of a whole run (see the module docstring)."""
    groups: list = []
    t_code, g_code = _codes(cells, groups)
    acc, reached = _accumulate(per_cell, t_code, g_code, len(groups), n_points)
    return _as_best(groups, acc, reached)


class LevelIndex:
    """A baseline run's levels in two flat arrays, by cell and by point, and its best levels.

    :attr:`per_cell` hands the levels out per cell as views into the flat arrays, so whoever
    keeps them (the what-if evaluator) keeps no second copy.
    """

    def __init__(self, cells: pd.DataFrame, per_cell: list, n_points: int):
        self.n_points = n_points
        self.n_cells = len(per_cell)
        self.groups: list = []
        self.t_code, self.g_code = _codes(cells, self.groups)
        sizes = np.array([len(near) for near, _ in per_cell], dtype=np.int64)
        self.cell_ptr = np.concatenate([[0], np.cumsum(sizes)])
        index = np.int32 if self.cell_ptr[-1] < 2**31 and n_points < 2**31 else np.int64
        self.point = np.concatenate([np.zeros(0, index)] + [near for near, _ in per_cell]
                                    ).astype(index, copy=False)
        self.level = np.concatenate([np.zeros(0, np.float32)] + [lv for _, lv in per_cell]
                                    ).astype(np.float32, copy=False)
        a, b = self.cell_ptr[:-1], self.cell_ptr[1:]
        self.per_cell = [(self.point[i:j], self.level[i:j]) for i, j in zip(a, b)]
        # the same entries by point (cell and level; a point's run from point_ptr): a radix
        # sort where point numbers fit in 16 bits
        key = self.point.astype(np.uint16) if n_points <= 1 << 16 else self.point
        order = np.argsort(key, kind="stable")
        self.bp_cell = np.repeat(np.arange(self.n_cells, dtype=index), sizes)[order]
        self.bp_level = self.level[order]
        del order
        self.point_ptr = _pointers(self.point, n_points)
        self.acc, self.reached = _accumulate(self.per_cell, self.t_code, self.g_code,
                                             len(self.groups), n_points)
        self.best = _as_best(self.groups, self.acc, self.reached)

    def _of_cells(self, cells: np.ndarray) -> Entries:
        """Every entry of these cells."""
        a, b = self.cell_ptr[cells], self.cell_ptr[cells + 1]
        idx = _ranges(a, b)
        return Entries(np.repeat(cells, b - a), self.point[idx].astype(np.int64), self.level[idx])

    def _at_points(self, points: np.ndarray) -> Entries:
        """Every entry at these points."""
        a, b = self.point_ptr[points], self.point_ptr[points + 1]
        idx = _ranges(a, b)
        return Entries(self.bp_cell[idx].astype(np.int64), np.repeat(points, b - a),
                       self.bp_level[idx])

    def baseline_state(self) -> LevelState:
        """The baseline's cells, all in their places, and their best levels."""
        return LevelState(np.arange(self.n_cells, dtype=np.int64), {}, list(self.groups),
                          self.acc, self.reached)

    def update(self, prev: LevelState, kept: np.ndarray, fresh: dict) -> LevelState:
        """The best levels of another set of cells, from those of ``prev``.

        Parameters
        ----------
        prev : a state of the same baseline (:meth:`baseline_state`, or an earlier result)
        kept : per baseline cell, its position in the new cells' table (-1: not in it)
        fresh : the new table's other cells: key -> ``(position, technology, operator,
            (near, levels))``; a key names a cell's parameters, so a cell with the same key in
            ``prev`` has the same levels

        Cells in both states keep their best values (renumbered to the new positions). New
        ones are merged in where they reach. Where a cell that went held a best value (or a NaN
        spoilt one), the point is computed again from every cell of the new state there: the
        points near it, not all it reaches. Cells in both states whose order changed (an
        undone removal puts a site's rows back at the end) count as gone and new, so that a tie
        between equal levels goes to the lower new position, as in a full run.
        """
        kept = np.asarray(kept, np.int64)
        groups = list(prev.groups)
        keys = list(fresh)
        frame = pd.DataFrame({"technology": [fresh[k][1] for k in keys],
                              "operator": [fresh[k][2] for k in keys]})
        f_t, f_g = _codes(frame, groups)
        f_pos = np.array([fresh[k][0] for k in keys], np.int64)
        n_new = int(max(kept.max(initial=-1), f_pos.max(initial=-1))) + 1
        t_code = np.zeros(n_new, np.int64)
        g_code = np.zeros(n_new, np.int64)
        live = kept >= 0
        t_code[kept[live]], g_code[kept[live]] = self.t_code[live], self.g_code[live]
        t_code[f_pos], g_code[f_pos] = f_t, f_g

        # the cells in both states, in order
        was = prev.kept >= 0
        both_b = np.flatnonzero(was & live)
        both_f = [k for k in keys if k in prev.fresh]
        p_old = np.concatenate([prev.kept[both_b],
                                np.array([prev.fresh[k][0] for k in both_f], np.int64)])
        p_new = np.concatenate([kept[both_b], np.array([fresh[k][0] for k in both_f], np.int64)])
        order = np.argsort(p_old, kind="stable")
        in_place = np.zeros(len(p_old), bool)
        in_place[order] = p_new[order] == np.sort(p_new)
        stays_b = np.zeros(len(kept), bool)
        stays_b[both_b[in_place[: len(both_b)]]] = True
        stays_f = {k for k, ok in zip(both_f, in_place[len(both_b):]) if ok}
        moved = np.full(int(max(prev.kept.max(initial=0),
                                max((v[0] for v in prev.fresh.values()), default=0))) + 1,
                        -1, np.int64)
        moved[p_old[in_place]] = p_new[in_place]

        p_level, p_top, p_cell = prev.acc
        level = np.full((len(groups), self.n_points), -np.inf, np.float32)
        level[: len(p_level)] = p_level
        acc = (level, p_top.copy(), np.where(p_cell >= 0, moved[np.maximum(p_cell, 0)], -1))

        # new cells (and those out of their order) merged in
        came = np.flatnonzero(live & ~stays_b)
        new_b = self._of_cells(came)
        new = _join([Entries(kept[new_b.cell], new_b.point, new_b.level)]
                    + [_entries_of(fresh[k][3], fresh[k][0]) for k in keys if k not in stays_f])
        if len(new.cell):
            at, local = _local(new.point, self.n_points)
            _merge(acc, _reduce(new._replace(point=local[new.point]), t_code, g_code,
                                len(groups), len(at)), at)

        # where a cell that went held a best value: every cell of the new state there again
        went_b = np.flatnonzero(was & ~stays_b)
        old_b = self._of_cells(went_b)
        gone = [(Entries(prev.kept[old_b.cell], old_b.point, old_b.level),
                 self.t_code[old_b.cell], self.g_code[old_b.cell])]
        for k, (pos, tech, op, levels) in prev.fresh.items():
            if k not in stays_f:
                e = _entries_of(levels, pos)
                gi = groups.index((tech, op))
                gone.append((e, np.full(len(e.cell), TECHNOLOGIES.index(tech), np.int64),
                             np.full(len(e.cell), gi, np.int64)))
        lost = [e.point[(e.level == p_level[g, e.point]) | np.isnan(p_level[g, e.point])
                        | (p_cell[t, e.point] == e.cell)] for e, t, g in gone]
        again, local = _local(np.concatenate(lost), self.n_points)
        if len(again):
            base = self._at_points(again)
            base = Entries(kept[base.cell], base.point, base.level)
            base = Entries(*(a[base.cell >= 0] for a in base))
            near = []
            for k in keys:
                e = _entries_of(fresh[k][3], fresh[k][0])
                near.append(Entries(*(a[local[e.point] >= 0] for a in e)))
            e = _join([base] + near)
            for arr, values in zip(acc, _reduce(e._replace(point=local[e.point]), t_code,
                                                 g_code, len(groups), len(again))):
                arr[:, again] = values
        # a (technology, operator) is listed while a cell of the new state reaches some point
        sizes = np.diff(self.cell_ptr)
        reached = np.bincount(self.g_code[live], weights=sizes[live], minlength=len(groups)) > 0
        for k, gi in zip(keys, f_g):
            reached[gi] |= len(fresh[k][3][0]) > 0
        return LevelState(kept, dict(fresh), groups, acc, reached)


@dataclass
class LevelState:
    """The best levels of one set of cells: the baseline's ``kept`` (per baseline cell, its
    position in this state's table, -1: not in it) and the ``fresh`` others (key ->
    ``(position, technology, operator, (near, levels))``), ``acc`` as :func:`_accumulate`
    gives it by this state's positions."""

    kept: np.ndarray
    fresh: dict
    groups: list
    acc: tuple
    reached: np.ndarray

    @property
    def best(self) -> BestLevels:
        return _as_best(self.groups, self.acc, self.reached)

    def distance(self, kept: np.ndarray, fresh: dict) -> int:
        """How many cells differ between this state and another (what an update costs)."""
        return int(np.count_nonzero((self.kept >= 0) != (np.asarray(kept) >= 0))
                   + len(self.fresh.keys() ^ fresh.keys()))


def _entries_of(levels: tuple, position: int) -> Entries:
    near, lv = levels
    return Entries(np.full(len(near), position, np.int64), np.asarray(near, np.int64),
                   np.asarray(lv, np.float32))


def _join(parts: list) -> Entries:
    if not parts:
        return Entries(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32))
    return Entries(*(np.concatenate(arrays) for arrays in zip(*parts)))


def _local(points: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The distinct ``points`` and a lookup (length ``n``) of their positions among them."""
    mask = np.zeros(n, bool)
    mask[points] = True
    at = np.flatnonzero(mask)
    local = np.full(n, -1, np.int64)
    local[at] = np.arange(len(at))
    return at, local


def _pointers(values: np.ndarray, n: int) -> np.ndarray:
    """Where each value's run starts (0..n) once ``values`` are sorted."""
    return np.concatenate([[0], np.cumsum(np.bincount(values, minlength=n))])


def _ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """``np.concatenate([np.arange(s, e) for s, e in zip(starts, ends)])``, vectorised."""
    lens = ends - starts
    total = int(lens.sum())
    if total == 0:
        return np.zeros(0, np.int64)
    offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(lens)[:-1]]), lens)
    return offsets + np.arange(total, dtype=np.int64)
