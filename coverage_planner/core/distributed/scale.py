"""The same analysis partitioned on Dask: from a laptop (a local cluster) to many machines.

:func:`analyse_distributed` gives the :class:`~coverage_planner.core.analysis.villages.CoverageResult`
that :func:`~coverage_planner.core.analysis.villages.analyse` gives, bit for bit, with the per-cell
work spread over Dask workers:

1. *Partition* (client, :mod:`~coverage_planner.core.distributed.tasks`). Masts are binned into
   square tiles and cut into tasks of a few masts; a task carries its cells, the village points
   within reach (the masts' bounding box grown by a halo of the cell radius plus one pixel) and
   the DEM window its masts' terrain discs can touch. Each mast belongs to one task only.
2. *Compute* (workers, :func:`~coverage_planner.core.distributed.tasks.run_task`). Each task reads
   its DEM window (:mod:`~coverage_planner.core.distributed.dem_windows`: a rasterio windowed
   read of a metric GeoTIFF, never the whole grid, in the full grid's pixel frame) and runs the
   engine's own :func:`~coverage_planner.core.engine.coverage.mast_point_levels` on every mast,
   through the engine's disk cache and under its keys.
3. *Reduce* (workers). Per village point and (technology, operator), the best level and the
   lowest-numbered cell reaching it, plus a NaN flag
   (:class:`~coverage_planner.core.distributed.gather.Reduced`): a few hundred kB per task
   instead of its per-cell levels.
4. *Gather* (client, :class:`~coverage_planner.core.distributed.gather.Gathered`). Reduced arrays
   are merged as tasks finish (order-free), so the client holds O(points) memory, not
   O(cells × points); classification runs on the reduced per-cell list it yields.

This module holds the run itself: the Dask session (a new :func:`local_cluster`, a scheduler
address through :func:`~coverage_planner.core.distributed.cluster.connect`, or the caller's
client), submitting the tasks, polling ``cancelled()`` while they run, and the
:class:`RunStats`. Dask is imported only here, inside the functions that need it.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from coverage_planner.core.common.errors import CancelledError
from coverage_planner.core.distributed.dem_windows import dem_source
from coverage_planner.core.distributed.gather import Gathered
from coverage_planner.core.distributed.tasks import (
    MAX_MASTS_PER_TASK,
    Plan,
    combos_of,
    plan_tasks,
    run_task,
)
from coverage_planner.core.engine import coverage
from coverage_planner.core.engine.terrain import Grid

Progress = Callable[[float, str], None]

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
    from coverage_planner.core.analysis.points import village_points
    from coverage_planner.core.analysis.summary import summarise
    from coverage_planner.core.analysis.villages import CoverageResult, classify
    from coverage_planner.core.engine.linkbudget import validity_notes

    stats = stats if stats is not None else RunStats()
    profile = project.profile
    if grid is None:
        if project.dem_path is None:
            raise ValueError("the coverage engine needs an elevation model (dem.tif or .hgt)")
        clutter = getattr(project, "clutter_path", None)
        dem = dem_source(project.dem_path, clutter) if clutter else dem_source(project.dem_path)
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
