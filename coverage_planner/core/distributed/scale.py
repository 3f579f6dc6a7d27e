"""The same analysis partitioned on Dask: from a laptop (a local cluster) to many machines.

:func:`analyse_distributed` gives the :class:`~coverage_planner.core.analysis.villages.CoverageResult`
that :func:`~coverage_planner.core.analysis.villages.analyse` gives, bit for bit, with the per-cell work
spread over Dask workers:

1. *Partition* (client). Masts (cells sharing a site, position and height, as in
   :mod:`~coverage_planner.core.engine.coverage`) are binned into square tiles of ``tile_m``
   (default twice the cell radius) and each tile's masts are cut into tasks of at most
   ``masts_per_task``. A task carries its cells, the village points within reach of its masts
   (the masts' bounding box grown by a *halo* of ``max_radius_m`` + one pixel: exactly the
   points the engine's distance test can pick) and the DEM window its masts' terrain discs
   can touch (the masts' pixels ± the radius in pixels, and two more). Each mast belongs to one task only, so no work is
   repeated; only points in the halo are shipped to several tasks.
2. *Compute* (workers). Each task reads its DEM window — a rasterio windowed read of the
   metric GeoTIFF (the folder's own DEM when it is projected, else the engine's reprojected
   grid written once into the cache folder), never the whole grid — and runs
   :func:`~coverage_planner.core.engine.coverage.mast_point_levels` on every mast with the engine's
   float16 rounding. The window is wrapped in a :class:`WindowGrid` that does the pixel
   arithmetic in the full grid's frame, so every mast's disc holds exactly the pixels (and
   the floats) it holds on the whole grid, and the levels come out bit for bit the same. Masts are read from / written to the engine's disk cache under the engine's own
   keys (with the points' *global* indices), so a single-process run and a Dask run share it.
3. *Reduce* (workers). A task does not send per-cell levels back (at 120,000 cells those would
   be hundreds of millions of numbers). It reduces them, per village point and per
   (technology, operator): the best level and the lowest-numbered cell reaching it (the tie
   rule of :func:`~coverage_planner.core.analysis.villages.best_levels`), plus a flag where a level is
   NaN. That is (technologies × operators) × points of the task, a few hundred kB.
4. *Gather* (client). Reduced arrays are merged into one (technologies × operators) × points
   array as tasks finish (``max`` with the same tie rule: merging is order-free), so the client
   holds O(points) memory, not O(cells × points). The per-technology best and best cell follow
   from it, and :func:`~coverage_planner.core.analysis.villages.classify` runs on a *reduced per-cell
   list* (each point listed only under the cells that win a (technology, operator) there),
   which makes it return exactly what it returns on the full per-cell levels.

Dask is imported only here, inside the functions that need it.
"""

from __future__ import annotations

import math
import os
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.common.errors import CancelledError
from coverage_planner.core.engine import coverage
from coverage_planner.core.engine.terrain import Grid, file_digest, radius_in_px

Progress = Callable[[float, str], None]

#: most masts one task computes (a task then takes a few seconds on one core)
MAX_MASTS_PER_TASK = 64
#: how long to wait for a scheduler given by address
CONNECT_TIMEOUT = "20s"
#: how often a run checks ``cancelled()`` while it waits for tasks (seconds)
CANCEL_POLL_S = 0.25
#: environment of the worker processes of :func:`local_cluster`. Dask's nanny sets
#: MALLOC_TRIM_THRESHOLD_, which switches off glibc's adaptive mmap threshold: every numpy
#: temporary above 128 kB is then mmap'ed and page-faulted afresh, and a mast costs about
#: 1.25× the CPU time (measured on a 2,400-cell folder). A fixed 32 MB mmap threshold keeps
#: them on the heap (docs/cluster.md says the same for ``dask worker``).
WORKER_ENV = {"MALLOC_MMAP_THRESHOLD_": str(32 * 2**20)}


# --- the DEM, by window ----------------------------------------------------------------------

@dataclass(frozen=True)
class WindowGrid(Grid):
    """Rows ``row_off``… and columns ``col_off``… of a larger grid.

    ``x0`` and ``y0`` are the *full* grid's: pixel indices are worked out exactly as on the full
    grid and then shifted by whole pixels, so a mast's terrain disc read from the window holds
    the very pixels (and floats) it holds on the full grid, as long as the window holds the
    disc. (Only the engine's per-point path is meant to run on it: a raster made on a window
    would carry the window's offsets, not the full grid's.)
    """

    row_off: int = 0
    col_off: int = 0

    def rc(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        row, col = Grid.rc(self, x, y)
        return row - self.row_off, col - self.col_off

    def centre_xy(self, row, col):
        return Grid.centre_xy(self, np.asarray(row) + self.row_off,
                              np.asarray(col) + self.col_off)

    @property
    def transform(self):
        from affine import Affine

        return Affine(self.res, 0.0, self.x0 + self.col_off * self.res,
                      0.0, -self.res, self.y0 - self.row_off * self.res)


@dataclass(frozen=True)
class DemSource:
    """A metric DEM that workers read by window: a raster file on the grid's pixel lattice.

    The geometry (``x0``, ``y0``, ``res``, ``crs``, ``digest``, ``shape``) is the engine's
    :class:`Grid`'s, worked out once on the client; workers only read pixel values.
    """

    path: str
    x0: float
    y0: float
    res: float
    crs: str
    digest: str
    shape: tuple[int, int]

    def read(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        if r1 <= r0 or c1 <= c0:
            return np.empty((max(0, r1 - r0), max(0, c1 - c0)), np.float32)
        import rasterio
        import rasterio.errors
        from rasterio.windows import Window

        try:
            with rasterio.open(self.path) as src:
                # as terrain.load_grid reads the whole file, so the values are the same floats
                return src.read(1, window=Window(c0, r0, c1 - c0, r1 - r0),
                                masked=True).astype(np.float32).filled(np.nan)
        except rasterio.errors.RasterioIOError as exc:
            problem = str(exc)
        # a plain OSError, raised outside the handler (no rasterio error chained to it), is
        # what Dask can send back to the client as it is
        raise OSError(problem)


def window_grid(dem: DemSource | Grid, window: tuple[int, int, int, int]) -> WindowGrid:
    """The window ``(r0, r1, c0, c1)`` of a DEM source or of an in-memory (scattered) grid."""
    r0, r1, c0, c1 = window
    if isinstance(dem, Grid):
        z = np.ascontiguousarray(dem.z[r0:r1, c0:c1])
    else:
        z = dem.read(r0, r1, c0, c1)
    return WindowGrid(z, dem.x0, dem.y0, dem.res, dem.crs, dem.digest, r0, c0)


def dem_source(dem_path: str | Path) -> DemSource:
    """The metric DEM workers will read for the folder's ``dem_path``.

    A projected DEM is read in place (it is what :func:`terrain.load_grid` uses as it is). A
    geographic one (SRTM, the embedded 3″ GeoTIFF) is reprojected on the client by
    :func:`terrain.load_grid` (cached) and written once as a tiled float32 GeoTIFF into the
    cache folder; on a cluster that folder must then be shared (``COVERAGE_PLANNER_CACHE``).
    """
    import rasterio

    from coverage_planner.core.engine.terrain import load_grid

    path = Path(dem_path).resolve()
    with rasterio.open(path) as src:
        projected = src.crs is not None and src.crs.is_projected
        if projected:
            t = src.transform
            return DemSource(str(path), t.c, t.f, abs(t.a), src.crs.to_string(),
                             file_digest(path), (src.height, src.width))
    grid = load_grid(path)
    return DemSource(str(write_metric_dem(grid)), grid.x0, grid.y0, grid.res, grid.crs,
                     grid.digest, grid.shape)


def write_metric_dem(grid: Grid) -> Path:
    """The grid as a tiled float32 GeoTIFF in the cache folder (written once per content)."""
    import rasterio
    from affine import Affine

    from coverage_planner.core.common.paths import cache_dir

    tag = coverage._digest([grid.digest, grid.crs, grid.res, grid.x0, grid.y0, grid.shape])
    path = cache_dir() / "dem" / f"metric-{tag}.tif"
    if path.exists():
        return path
    h, w = grid.shape
    with replacing(path, ".tif", empty=True) as tmp, rasterio.open(
            tmp, "w", driver="GTiff", dtype="float32", count=1, width=w, height=h,
            crs=grid.crs, nodata=float("nan"),
            transform=Affine(grid.res, 0.0, grid.x0, 0.0, -grid.res, grid.y0),
            tiled=True, blockxsize=256, blockysize=256, compress="deflate",
            predictor=3, BIGTIFF="IF_SAFER") as dst:
        dst.write(grid.z.astype(np.float32), 1)
    return path


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


def _peak_rss() -> int:
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
                   computed, cached, time.perf_counter() - t0, os.getpid(), _peak_rss(),
                   values, {"read_dem": t_read, "cpu": time.thread_time() - cpu0})


# --- gathering -------------------------------------------------------------------------------

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


# --- the cluster -----------------------------------------------------------------------------

def local_cluster(workers: int | None = None, processes: bool = True, **kwargs):
    """A ``distributed.LocalCluster`` of ``workers`` processes (default: one per CPU), one
    thread each, with :data:`WORKER_ENV`; extra keyword arguments go to ``LocalCluster``."""
    import logging

    import dask
    from distributed import LocalCluster

    options = {"n_workers": workers or os.cpu_count() or 1, "threads_per_worker": 1,
               "processes": processes, "dashboard_address": ":0",
               "silence_logs": logging.ERROR, **kwargs}
    env = {f"distributed.nanny.pre-spawn-environ.{k}": v for k, v in WORKER_ENV.items()}
    with dask.config.set(env):
        return LocalCluster(**options)


class _Session:
    """A Dask client for the run: the caller's, one to an address, or a new LocalCluster."""

    def __init__(self, client_or_address, workers: int | None, processes: bool = True):
        from distributed import Client

        self.cluster = None
        self.own_client = True
        if client_or_address is None:
            self.cluster = local_cluster(workers, processes=processes)
            self.client = Client(self.cluster)
        elif isinstance(client_or_address, Client):
            self.client, self.own_client = client_or_address, False
        elif isinstance(client_or_address, str):
            from coverage_planner.core.distributed.cluster import connect

            # the checks the CLI and the window get: unreachable, silent (no hang)
            self.client = connect(client_or_address, CONNECT_TIMEOUT)
        else:  # a cluster object (LocalCluster, SSHCluster...)
            self.client = Client(client_or_address)

    def close(self) -> None:
        if self.own_client:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@dataclass
class RunStats:
    """What a distributed run did (for the benchmark and the log)."""

    tasks: int = 0
    masts: int = 0
    masts_computed: int = 0
    masts_cached: int = 0
    workers: int = 0
    seconds_start: float = 0.0  # client / cluster start
    seconds_plan: float = 0.0
    seconds_compute: float = 0.0  # submit to last task gathered
    seconds_classify: float = 0.0
    task_seconds: float = 0.0  # summed over tasks (worker wall time)
    task_cpu_seconds: float = 0.0  # summed over tasks (worker CPU time)
    peak_rss: dict = field(default_factory=dict)  # worker pid -> peak RSS (bytes)
    gathered_bytes: int = 0  # reduced arrays received by the client
    per_cell_bytes: int = 0  # what gathering per-cell levels (float32 + int32) would have been


def analyse_distributed(project, client_or_address=None, *, workers: int | None = None,
                        progress: Progress | None = None,
                        cancelled: Callable[[], bool] | None = None, use_cache: bool = True,
                        grid: Grid | None = None, tile_m: float | None = None,
                        masts_per_task: int | None = None, processes: bool = True,
                        stats: RunStats | None = None):
    """:func:`analysis.analyse` on Dask workers; the same :class:`CoverageResult`.

    Parameters
    ----------
    project : the loaded :class:`~coverage_planner.core.project.model.Project`
    client_or_address : a ``distributed.Client``, a scheduler address
        (``"tcp://host:8786"``), a cluster object, or None for a new ``LocalCluster`` of
        ``workers`` processes with one thread each (closed at the end)
    workers : size of the new local cluster (default: the number of CPUs)
    progress : ``progress(fraction, message)``, called on the client as tasks finish
    cancelled : polled between tasks; True cancels the run (:class:`CancelledError`)
    use_cache : read and write each mast's levels in the engine's disk cache (on the workers:
        give them the same ``COVERAGE_PLANNER_CACHE``, a shared folder on a cluster)
    grid : an in-memory metric grid instead of the project's DEM; it is scattered once to every
        worker (fine for a province, not for a country: files are read by window instead)
    tile_m, masts_per_task : partitioning (default: twice the cell radius; enough tasks for 8
        per worker, at most :data:`MAX_MASTS_PER_TASK`)
    processes : for a new local cluster: worker processes (True) or threads in this process
    stats : a :class:`RunStats` filled with timings, task counts and workers' peak memory

    Returns
    -------
    CoverageResult
        identical to ``analyse(project)`` (same levels, classification and summary)
    """
    from coverage_planner.core.analysis.villages import (
        CoverageResult,
        classify,
        summarise,
        village_points,
    )
    from coverage_planner.core.engine.linkbudget import validity_notes

    stats = stats if stats is not None else RunStats()
    profile = project.profile
    if grid is None:
        if project.dem_path is None:
            raise ValueError("the coverage engine needs an elevation model (dem.tif or .hgt)")
        dem = dem_source(project.dem_path)
    else:
        dem = grid
    crs = dem.crs
    pts = village_points(project, crs)
    cells = coverage.metric_cells(project.cells, crs)
    combos, combo = combos_of(cells) if len(cells) else ([], np.empty(0, np.int32))
    gathered = Gathered(len(combos), len(pts.xy))
    if len(cells):
        _run(project, cells, pts, dem, grid is not None, gathered, client_or_address, workers,
             processes, progress, cancelled, use_cache, tile_m, masts_per_task, stats)
    t0 = time.perf_counter()
    per_cell = gathered.per_cell(combo, len(cells))
    table = classify(project, cells, per_cell, pts, crs)
    result = CoverageResult(table, summarise(project, table, cells), profile.to_dict(),
                            sorted(cells["operator"].unique()), validity_notes(cells, profile))
    stats.seconds_classify = time.perf_counter() - t0
    return result


def _run(project, cells, pts, dem, scatter, gathered, client_or_address, workers, processes,
         progress, cancelled, use_cache, tile_m, masts_per_task, stats: RunStats) -> None:
    profile = project.profile
    t0 = time.perf_counter()
    keys = None
    if use_cache:
        groups = coverage.group_masts(cells)
        prefix = coverage.run_prefix(dem, coverage.points_digest(pts.xy), profile)
        cell_keys = coverage.cell_keys(cells)
        keys = [coverage.mast_key(prefix, cell_keys, idx) for idx in groups]
    if progress:
        progress(0.0, "starting Dask")
    session = _Session(client_or_address, workers, processes)
    try:
        client = session.client
        stats.seconds_start = time.perf_counter() - t0
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or (workers or 1))
        stats.workers = n_workers
        t1 = time.perf_counter()
        n_masts = len(coverage.group_masts(cells))
        per_task = masts_per_task or max(1, min(MAX_MASTS_PER_TASK,
                                                math.ceil(n_masts / (8 * n_workers))))
        plan = plan_tasks(cells, pts.xy, dem, profile, tile_m=tile_m, masts_per_task=per_task,
                          keys=keys)
        stats.tasks, stats.masts = len(plan.tasks), plan.n_masts
        stats.seconds_plan = time.perf_counter() - t1
        _compute(client, plan, dem, scatter, profile, gathered, progress, cancelled, use_cache,
                 stats)
    finally:
        session.close()


def _finishing(pending: dict, cancelled):
    """Futures of ``pending`` as they finish; ``cancelled()`` is polled every
    :data:`CANCEL_POLL_S` meanwhile (a task may run for a while, a worker may be gone), and
    True raises :class:`CancelledError`."""
    from distributed import wait

    while pending:
        if cancelled and cancelled():
            raise CancelledError()
        try:
            finished = wait(list(pending), timeout=CANCEL_POLL_S if cancelled else None,
                            return_when="FIRST_COMPLETED").done
        except TimeoutError:
            continue
        for fut in finished:
            if cancelled and cancelled():
                raise CancelledError()
            yield fut


def _compute(client, plan: Plan, dem, scatter, profile, gathered: Gathered, progress, cancelled,
             use_cache, stats: RunStats) -> None:
    import uuid

    t0 = time.perf_counter()
    # an in-memory grid goes to every worker once; a DEM file is read by window in each task
    dem_arg = client.scatter(dem, broadcast=True, hash=False) if scatter else dem
    run = uuid.uuid4().hex[:8]
    # the biggest tasks first: fewer stragglers at the end
    tasks = sorted(plan.tasks, key=lambda t: -t.n_masts)
    pending = {client.submit(run_task, t, dem_arg, profile, len(plan.combos), use_cache,
                             key=f"coverage-task-{run}-{t.tid}", pure=False): t.n_masts
               for t in tasks}
    done = 0
    if progress:
        progress(0.0, f"0/{plan.n_masts}")
    try:
        for fut in _finishing(pending, cancelled):
            try:
                r = fut.result()
            except OSError as exc:  # a worker could not read the DEM (or the cache)
                from coverage_planner.core.distributed.cluster import worker_cannot_read

                path = getattr(dem, "path", None) or "the elevation model"
                raise worker_cannot_read(str(path), exc) from None
            done += pending.pop(fut)
            del fut  # the worker may drop the result now
            gathered.merge(r)
            stats.masts_computed += r.masts_computed
            stats.masts_cached += r.masts_cached
            stats.task_seconds += r.seconds
            stats.task_cpu_seconds += r.timings.get("cpu", 0.0)
            stats.peak_rss[r.pid] = max(stats.peak_rss.get(r.pid, 0), r.peak_rss)
            stats.gathered_bytes += (r.best.nbytes + r.cell.nbytes + r.index.nbytes
                                     + (r.nan.nbytes if r.nan is not None else 0))
            stats.per_cell_bytes += 8 * r.per_cell_values
            if progress:
                progress(done / max(plan.n_masts, 1), f"{done}/{plan.n_masts}")
    except BaseException:
        client.cancel(list(pending))
        raise
    stats.seconds_compute = time.perf_counter() - t0
