"""The instant answer to a what-if edit: recompute only what changed, and say what it changed.

:class:`Evaluator` computes the baseline once (every cell's levels at the villages' points,
from the disk cache on a warm start) and keeps the best server at every point as arrays
(:class:`~coverage_planner.core.analysis.levels.LevelIndex`). For a scenario's state it finds
the cells that differ from the baseline's (new, moved, edited, removed) by comparing the two
tables column by column; only new or edited masts go through the terrain engine (tens of
milliseconds each, remembered for undo and redo), and the best servers are recomputed only at
the points those cells reach. The village table and the summaries are then rebuilt, vectorised.
:func:`delta` compares two results.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.analysis.levels import BestLevels, LevelIndex
from coverage_planner.core.analysis.points import village_points
from coverage_planner.core.analysis.summary import summarise
from coverage_planner.core.analysis.villages import CoverageResult, village_table
from coverage_planner.core.engine.coverage import (
    CELL_FIELDS,
    OPTIONAL_CELL_FIELDS,
    all_point_levels,
    cell_keys,
    metric_cells,
)
from coverage_planner.core.engine.linkbudget import validity_notes
from coverage_planner.core.engine.terrain import Grid
from coverage_planner.core.project.grid import project_grid
from coverage_planner.core.project.model import Project

FLAGS = {
    "signal": "mobile_signal",
    "broadband": "mobile_broadband",
    "5g": "has_5g",
    "fiber": "fixed_broadband",
}
#: new and edited cells' levels kept in memory (a cell's are tens of kB)
MAX_FRESH_CELLS = 512
#: the cell fields compared to tell an unchanged cell (x, y: by its lon/lat)
_COMPARED = [c for c in CELL_FIELDS if c not in ("x", "y")] + OPTIONAL_CELL_FIELDS


class Evaluator:
    """Baseline levels kept in memory; :meth:`evaluate` recomputes only edited masts."""

    def __init__(self, baseline: Project, grid: Grid | None = None, progress=None,
                 cancelled=None, workers: int | None = None):
        self.baseline = baseline
        self.grid = grid or project_grid(baseline)
        self.pts = village_points(baseline, self.grid.crs)
        cells = metric_cells(baseline.cells, self.grid.crs)
        per_cell = all_point_levels(self.grid, cells, self.pts.xy, baseline.profile,
                                    progress=progress, cancelled=cancelled, workers=workers)
        self.index = LevelIndex(cells, per_cell, len(self.pts.xy))
        del per_cell  # the index holds the same levels, flat (its per_cell are views)
        #: every cell's levels at the points, by the cell's key (new cells join after edits)
        self._known = dict(zip(cell_keys(cells), self.index.per_cell))
        #: new and edited cells' levels, the most recently used last (undo, redo and a mast
        #: dragged back find them; the oldest go beyond MAX_FRESH_CELLS)
        self._fresh: OrderedDict = OrderedDict()
        self._last = None  # the state evaluated last (analysis.levels.LevelState)
        self.computed_masts = 0
        self.cells = cells
        self._base = _comparable(baseline.cells)
        self.result = self._result(baseline, cells, self.index.best)

    @property
    def levels(self) -> BestLevels:
        """The baseline's best levels at the points."""
        return self.index.best

    def _result(self, project: Project, cells: pd.DataFrame, levels: BestLevels
                ) -> CoverageResult:
        table = village_table(project, cells, levels, self.pts, self.grid.crs)
        return CoverageResult(table, summarise(project, table, cells), project.profile.to_dict(),
                              sorted(cells["operator"].unique()),
                              validity_notes(cells, project.profile))

    def evaluate(self, project: Project, use_cache: bool = True) -> CoverageResult:
        """The result for ``project`` (same villages and profile as the baseline).

        ``use_cache`` keeps new masts' levels in the engine's disk cache (off for a passing
        state, such as each position of a mast being dragged).
        """
        cells, levels = self.state(project, use_cache)
        return self._result(project, cells, levels)

    def state(self, project: Project, use_cache: bool = True
              ) -> tuple[pd.DataFrame, BestLevels]:
        """The metric cells' table of ``project`` and the best levels at the points."""
        same, loc = self._unchanged(project.cells)
        fresh_pos = np.flatnonzero(~same)
        same_pos = np.flatnonzero(same)
        kept = np.full(len(self.cells), -1, np.int64)
        kept[loc[same_pos]] = same_pos
        fresh = metric_cells(project.cells.iloc[fresh_pos], self.grid.crs)
        own = [c for c in OPTIONAL_CELL_FIELDS if c in fresh and c not in self.cells]
        fresh = fresh.reindex(columns=[*self.cells.columns, *own])  # a new site's own model
        keys, per_cell = self._levels_of(fresh, project.profile, use_cache)
        cells = self.cells.iloc[loc[same_pos]]
        if len(fresh_pos):
            order = np.argsort(np.concatenate([same_pos, fresh_pos]), kind="stable")
            cells = pd.concat([cells, fresh], ignore_index=True).take(order)
        cells = cells.reset_index(drop=True)
        # a key names a cell's parameters; two alike in one table are told apart by their order
        seen: dict = {}
        named = {}
        for key, pos, tech, op, levels in zip(keys, fresh_pos, fresh["technology"],
                                              fresh["operator"], per_cell):
            seen[key] = seen.get(key, -1) + 1
            named[(key, seen[key])] = (int(pos), tech, op, levels)
        # from the state evaluated last when it is nearer (the next edit of a scenario), else
        # from the baseline: an edit costs what it changes, not what the scenario holds
        base = self.index.baseline_state()
        last = self._last if self._last is not None else base
        prev = last if last.distance(kept, named) < base.distance(kept, named) else base
        self._last = self.index.update(prev, kept, named)
        return cells, self._last.best

    def _unchanged(self, cells) -> tuple[np.ndarray, np.ndarray]:
        """Per row of ``cells``: whether it is a baseline cell as it was, and which one."""
        n = len(cells)
        base = self._base
        loc = self.baseline.cells.index.get_indexer(cells.index) \
            if cells.index.is_unique and self.baseline.cells.index.is_unique \
            else np.full(n, -1, np.int64)
        mine = _comparable(cells)
        if base is None or mine is None:
            return np.zeros(n, bool), loc
        same = loc >= 0
        at = np.maximum(loc, 0)
        for col in dict.fromkeys([*base, *mine]):
            if col not in base or col not in mine:
                # an optional field only one side has (a new site's own radio model): a
                # baseline cell is the same where the other side leaves it empty
                values = base[col][at] if col in base else mine[col]
                same &= pd.isna(values) | (values == "")
                continue
            a, b = mine[col], base[col][at]
            equal = np.asarray(a == b, dtype=bool)
            differ = np.flatnonzero(same & ~equal)
            if len(differ):  # NaN equals NaN here (a missing azimuth stays missing)
                same[differ] = pd.isna(a[differ]) & pd.isna(b[differ])
        return same, loc

    def _levels_of(self, cells: pd.DataFrame, profile, use_cache: bool = True
                   ) -> tuple[np.ndarray, list]:
        """Each cell's key and levels at the points: remembered, or computed (new or edited
        masts)."""
        if not len(cells):
            return np.zeros(0, dtype=object), []
        keys = cell_keys(cells)
        missing = np.array([k not in self._known and k not in self._fresh for k in keys])
        if missing.any():
            todo = cells[missing].reset_index(drop=True)
            fresh = all_point_levels(self.grid, todo, self.pts.xy, profile,
                                     use_cache=use_cache, bundle=False, workers=1)
            for k, levels in zip(keys[missing], fresh):
                self._fresh[k] = levels
            self.computed_masts += len(set(zip(*(todo[c].to_numpy() for c in
                                                 ("site_id", "x", "y", "height_m")))))
        for k in keys:
            if k in self._fresh:
                self._fresh.move_to_end(k)
        out = [self._known[k] if k in self._known else self._fresh[k] for k in keys]
        # the least recently used go first (a dragged mast's passing positions), never these
        while len(self._fresh) > max(MAX_FRESH_CELLS, len(keys)):
            self._fresh.popitem(last=False)
        return keys, out


def _comparable(cells) -> dict | None:
    """The fields that shape a cell's coverage as arrays (object or float), with its position
    as lon/lat; None without a CRS."""
    if cells.crs is None:
        return None
    geo = cells.geometry if cells.crs.to_epsg() == 4326 else cells.geometry.to_crs(4326)
    out = {}
    for col in _COMPARED:
        if col in cells:
            values = cells[col].to_numpy()
            out[col] = values if values.dtype.kind == "f" else values.astype(object)
    out["lon"] = shapely.get_x(geo.values)
    out["lat"] = shapely.get_y(geo.values)
    return out


def delta(base: CoverageResult, new: CoverageResult, max_listed: int = 200) -> dict:
    """What changed between two results of the same villages."""
    b, n = base.villages, new.villages
    out: dict = {}
    for name, col in FLAGS.items():
        was, now = b[col].to_numpy(bool), n[col].to_numpy(bool)
        gained, lost = ~was & now, was & ~now
        out[f"villages_gained_{name}"] = int(gained.sum())
        out[f"villages_lost_{name}"] = int(lost.sum())
        out[f"gained_{name}"] = _listing(n, gained, max_listed)
        out[f"lost_{name}"] = _listing(n, lost, max_listed)
    hh = n["households"].to_numpy(float)
    out["households_gained"] = int(round(float(
        (hh * (n["signal_share"].to_numpy() - b["signal_share"].to_numpy())).sum())))
    out["households_gained_broadband"] = int(round(float(
        (hh * (n["broadband_share"].to_numpy() - b["broadband_share"].to_numpy())).sum())))
    out["households_gained_fiber"] = int(hh[~b["fixed_broadband"].to_numpy(bool)
                                            & n["fixed_broadband"].to_numpy(bool)].sum())
    out["gaps_served"] = {
        "no_signal": int((~b["mobile_signal"] & n["mobile_signal"]).sum()),
        "no_broadband": int((~b["mobile_broadband"] & n["mobile_broadband"]).sum()),
        "no_fiber": int((~b["fixed_broadband"] & n["fixed_broadband"]).sum()),
    }
    out["gaps_remaining"] = {
        "no_signal": int((~n["mobile_signal"]).sum()),
        "no_broadband": int((~n["mobile_broadband"]).sum()),
        "no_fiber": int((~n["fixed_broadband"]).sum()),
    }
    out["by_district"] = _by_district(b, n)
    out["summary"] = new.summary
    return out


def _listing(table: pd.DataFrame, which: np.ndarray, limit: int) -> list:
    cols = ["village_id", "name", "commune", "district", "households"]
    rows = np.flatnonzero(which)[:limit]
    values = [table[c].to_numpy()[rows].tolist() for c in cols]  # Python values, for JSON
    return [dict(zip(cols, row)) for row in zip(*values)]


def _by_district(b: pd.DataFrame, n: pd.DataFrame) -> dict:
    """Per district with a change, the villages gained (or lost: negative) per flag."""
    codes, names = pd.factorize(n["district"], sort=True)
    mine = codes >= 0
    diff = {name: np.bincount(codes[mine], minlength=len(names),
                              weights=(n[col].to_numpy(bool).astype(float)
                                       - b[col].to_numpy(bool))[mine])
            for name, col in FLAGS.items()}
    out = {}
    for g in np.flatnonzero(np.any([d != 0 for d in diff.values()], axis=0)):
        out[names[g]] = {name: int(round(float(d[g]))) for name, d in diff.items()}
    return out

