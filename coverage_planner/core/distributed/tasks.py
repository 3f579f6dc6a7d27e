"""The unit of work of a distributed run: a few nearby masts, the points they reach, their DEM window.

*Partition* (client, :func:`plan_tasks`). Masts (cells sharing a site, position and height, as
in :mod:`~coverage_planner.core.engine.coverage`) are binned into square tiles of ``tile_m``
(default twice the cell radius) and each tile's masts are cut into tasks of at most
``masts_per_task``. A task carries its cells, the village points within reach of its masts (the
masts' bounding box grown by a *halo* of ``max_radius_m`` + one pixel: exactly the points the
engine's distance test can pick) and the DEM window its masts' terrain discs can touch (the
masts' pixels ± the radius in pixels, and two more). Each mast belongs to one task only, so no
work is repeated; only points in the halo are shipped to several tasks.

*Compute and reduce* (worker, :func:`run_task`). The task reads its DEM window
(:func:`~coverage_planner.core.distributed.dem_windows.window_grid`) and runs
:func:`~coverage_planner.core.engine.coverage.mast_point_levels` on every mast with the engine's
float16 rounding, reading and writing the engine's disk cache under the engine's own keys (with
the points' *global* indices), so a single-process run and a Dask run share it. It sends back
no per-cell levels, only their reduction per point and (technology, operator): a
:class:`~coverage_planner.core.distributed.gather.Reduced`.
"""

from __future__ import annotations

import math
import os
import resource
import time
from dataclasses import dataclass

import numpy as np
import pandas as pd

from coverage_planner.core.distributed.dem_windows import window_grid
from coverage_planner.core.distributed.gather import Reduced
from coverage_planner.core.engine import coverage
from coverage_planner.core.engine.terrain import Grid, radius_in_px

#: most masts one task computes (a task then takes a few seconds on one core)
MAX_MASTS_PER_TASK = 64


# --- partitioning ----------------------------------------------------------------------------

@dataclass
class Task:
    """One unit of work: a few nearby masts, the points they can reach, their DEM window."""

    tid: int
    cells: pd.DataFrame  # the task's cells (metric columns), in project order
    cell_index: np.ndarray  # (n,) their positions in the project's cells
    combo: np.ndarray  # (n,) their (technology, operator) number
    groups: list  # per mast: positions into ``cells``
    keys: list  # per mast: the engine's cache key
    pts_xy: np.ndarray  # (m, 2) the points within reach, in project order
    pts_index: np.ndarray  # (m,) their positions in the project's points
    window: tuple  # (r0, r1, c0, c1) of the DEM

    @property
    def n_masts(self) -> int:
        return len(self.groups)


@dataclass
class Plan:
    tasks: list
    combos: list  # [(technology, operator)], the rows of the reduced arrays
    n_masts: int
    tile_m: float
    halo_m: float
    masts_per_task: int


def combos_of(cells: pd.DataFrame) -> tuple[list, np.ndarray]:
    """The (technology, operator) pairs present, sorted, and each cell's pair number."""
    pairs = list(zip(cells["technology"].astype(str), cells["operator"].astype(str)))
    combos = sorted(set(pairs))
    number = {c: k for k, c in enumerate(combos)}
    return combos, np.array([number[p] for p in pairs], dtype=np.int32)


def plan_tasks(cells: pd.DataFrame, pts: np.ndarray, dem, profile, *, tile_m: float | None = None,
               masts_per_task: int = MAX_MASTS_PER_TASK, keys: list | None = None) -> Plan:
    """Partition the masts into spatial tasks (see the module docstring).

    ``cells`` are the engine's metric cells (:func:`coverage.metric_cells`), ``pts`` every
    village point (metric, in the engine's order), ``dem`` a :class:`DemSource` or a Grid (only
    its geometry is used), ``keys`` the engine's cache key of every mast (or None).
    """
    groups = coverage.group_masts(cells) if len(cells) else []
    combos, combo = combos_of(cells) if len(cells) else ([], np.empty(0, np.int32))
    tile_m = float(tile_m or 2.0 * profile.max_radius_m)
    # the engine keeps a point when its squared distance is within (radius + res)²: a box
    # this much wider than the masts' holds every such point
    halo = profile.max_radius_m + dem.res + 1.0
    if not groups:
        return Plan([], combos, 0, tile_m, halo, masts_per_task)
    first = np.array([g[0] for g in groups])
    mx, my = cells["x"].to_numpy()[first], cells["y"].to_numpy()[first]
    tx = np.floor((mx - mx.min()) / tile_m).astype(np.int64)
    ty = np.floor((my.max() - my) / tile_m).astype(np.int64)
    order = np.lexsort((np.arange(len(groups)), tx, ty))  # tile by tile, masts in engine order
    tile = (ty * (tx.max() + 1) + tx)[order]
    starts = np.r_[0, np.flatnonzero(np.diff(tile)) + 1, len(order)]
    # points sorted by x once: each task takes a slice, then filters on y
    by_x = np.argsort(pts[:, 0], kind="stable")
    xs = pts[by_x, 0]
    radius_px = radius_in_px(dem, profile.max_radius_m)
    height, width = dem.shape
    x_all, y_all = cells["x"].to_numpy(), cells["y"].to_numpy()
    tasks = []
    for a, b in zip(starts[:-1], starts[1:]):
        tile_masts = order[a:b]
        n_chunks = math.ceil(len(tile_masts) / masts_per_task)
        for chunk in np.array_split(tile_masts, n_chunks):
            idx = [groups[g] for g in chunk]
            pos = np.sort(np.concatenate(idx))
            local = np.searchsorted(pos, np.concatenate(idx))
            sizes = [len(g) for g in idx]
            local_groups = np.split(local, np.cumsum(sizes)[:-1])
            gx, gy = mx[chunk], my[chunk]
            lo = np.searchsorted(xs, gx.min() - halo, side="left")
            hi = np.searchsorted(xs, gx.max() + halo, side="right")
            cand = np.sort(by_x[lo:hi])
            ok = (pts[cand, 1] >= gy.min() - halo) & (pts[cand, 1] <= gy.max() + halo)
            pidx = cand[ok]
            # the DEM pixels every mast's disc can touch (clipped to the grid, where the
            # full grid has no values either)
            rows, cols = Grid.rc(dem, x_all[pos], y_all[pos])
            window = (int(max(0, rows.min() - radius_px - 2)),
                      int(min(height, rows.max() + radius_px + 3)),
                      int(max(0, cols.min() - radius_px - 2)),
                      int(min(width, cols.max() + radius_px + 3)))
            tasks.append(Task(
                tid=len(tasks), cells=cells.iloc[pos], cell_index=pos, combo=combo[pos],
                groups=local_groups, keys=[keys[g] for g in chunk] if keys else [None] * len(chunk),
                pts_xy=pts[pidx], pts_index=pidx.astype(np.int64), window=window))
    return Plan(tasks, combos, len(groups), tile_m, halo, masts_per_task)


# --- the work on a worker --------------------------------------------------------------------

def peak_rss() -> int:
    """This process's peak resident memory (bytes)."""
    try:  # Linux: the high-water mark of this process's own memory (reset by exec)
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    # elsewhere; on Linux ru_maxrss would also count the parent's peak before a spawn's exec
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) * (1 if os.uname().sysname == "Darwin" else 1024)


def run_task(task: Task, dem, profile, n_combos: int, use_cache: bool = True) -> Reduced:
    """Compute the task's masts on its DEM window and reduce them (runs on a worker)."""
    t0, cpu0 = time.perf_counter(), time.thread_time()
    grid = window_grid(dem, task.window)
    t_read = time.perf_counter() - t0
    per_cell: list = [None] * len(task.cells)
    computed = cached = 0
    for key, idx in zip(task.keys, task.groups):
        hit = coverage._load(key) if use_cache and key else None
        if hit is not None:
            levels, near_global = hit
            near = np.searchsorted(task.pts_index, near_global)
            if (len(near) and (near.max() >= len(task.pts_index)
                               or not np.array_equal(task.pts_index[near], near_global))):
                hit = None  # cannot happen with the engine's keys; recompute to be safe
            else:
                cached += 1
        if hit is None:
            levels, near = coverage.mast_point_levels(grid, task.cells.iloc[idx], task.pts_xy,
                                                      profile)
            # the engine's rounding (coverage._run_chunk): float16 as in its cache
            levels = levels.astype(np.float16).astype(np.float32)
            if use_cache and key:
                coverage._save(key, levels, task.pts_index[near].astype(np.int32))
            computed += 1
        for row, c in enumerate(idx):
            per_cell[c] = (near, levels[row])
    m = len(task.pts_index)
    best = np.full((n_combos, m), -np.inf, np.float32)
    cell = np.full((n_combos, m), -1, np.int64)
    nan = None
    # cells in project order with a strict '>': a tie goes to the lower-numbered cell, as in
    # analysis.best_levels
    for c, (near, lv) in enumerate(per_cell):
        if near is None or len(near) == 0:
            continue
        k = task.combo[c]
        bad = np.isnan(lv)
        if bad.any():
            nan = np.zeros((n_combos, m), bool) if nan is None else nan
            nan[k, near[bad]] = True
        better = lv > best[k, near]
        best[k, near[better]] = lv[better]
        cell[k, near[better]] = task.cell_index[c]
    keep = (cell >= 0).any(axis=0)
    if nan is not None:
        keep |= nan.any(axis=0)
        nan = nan[:, keep]
    values = sum(len(near) for near, _ in per_cell if near is not None)
    return Reduced(task.tid, task.pts_index[keep], best[:, keep], cell[:, keep], nan,
                   computed, cached, time.perf_counter() - t0, os.getpid(), peak_rss(),
                   values, {"read_dem": t_read, "cpu": time.thread_time() - cpu0})
