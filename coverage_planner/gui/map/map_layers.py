"""Images for the map made off the GUI thread: the hillshade base map and the coverage layers.

Both are written to the user's cache (``$COVERAGE_PLANNER_CACHE``), keyed by their content, with
their bounds beside them, so reopening a project or switching the language costs nothing. The
functions here have no Qt: they run in a worker thread (:mod:`coverage_planner.gui.worker`);
the coverage layers go through an :class:`~coverage_planner.gui.analysis.AnalysisRunner` for
progress and Cancel (:class:`~coverage_planner.gui.controllers.layers.MapLayersController`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import SimpleNamespace

import numpy as np

from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.common.errors import CancelledError

#: the composites are computed on the DEM's grid coarsened by this step
COVERAGE_STEP = 2


def _folder(name: str) -> Path:
    from coverage_planner.core.common.paths import cache_dir

    path = cache_dir() / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def _cached(png: Path) -> tuple[Path, tuple] | None:
    meta = png.with_suffix(".json")
    if png.is_file() and png.stat().st_size > 0 and meta.is_file():
        try:
            bounds = tuple(float(v) for v in json.loads(meta.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None
        if len(bounds) == 4:
            return png, bounds
    return None


def _remember(png: Path, bounds) -> tuple[Path, tuple]:
    with replacing(png.with_suffix(".json")) as tmp:  # other windows read it meanwhile
        tmp.write_text(json.dumps([float(v) for v in bounds]), encoding="utf-8")
    return png, tuple(float(v) for v in bounds)


def hillshade_image(dem_path) -> tuple[Path, tuple]:
    """The hillshade PNG of a DEM and its bounds (S, W, N, E), cached by the DEM's digest."""
    from coverage_planner.core.engine import rendering
    from coverage_planner.core.engine.terrain import load_grid

    grid = load_grid(dem_path)
    png = _folder("basemaps") / f"hillshade-{grid.digest}.png"
    hit = _cached(png)
    if hit is not None:
        return hit
    path, bounds = rendering.hillshade_png(grid, png)
    return _remember(path, bounds)


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", str(text))[:40] or "_"


def layers_images(target, progress=None, cancelled=None) -> list[dict]:
    """The layers runner's work: ``target`` is the project (its baseline layers) or a pair
    (a what-if scenario's project, the baseline project): :func:`coverage_images`.

    A scenario's layers are computed in a process of their own (:func:`_in_process`): in a
    thread of the window's process they held the GIL for hundreds of milliseconds right after
    each what-if answer, and the window stalled while the planner went on editing.
    """
    if isinstance(target, tuple):
        project, baseline = target
        if os.environ.get("COVERAGE_PLANNER_LAYERS_PROCESS", "1") != "0":
            try:
                return _in_process(project, baseline, cancelled)
            except BrokenProcessPool:
                _drop_pool()
        return coverage_images(project, progress, cancelled, baseline=baseline)
    return coverage_images(target, progress, cancelled)


_POOL: list = []


def _pool():
    """One warm worker process (spawned: the window's process has threads), started at the
    first scenario and kept."""
    if not _POOL:
        import multiprocessing as mp

        from coverage_planner.core.common.priority import worker_init

        _POOL.append(ProcessPoolExecutor(1, mp_context=mp.get_context("spawn"),
                                         initializer=worker_init))
    return _POOL[0]


def _drop_pool() -> None:
    if _POOL:
        _POOL.pop().shutdown(wait=False, cancel_futures=True)


def _slim(project) -> SimpleNamespace:
    """What :func:`coverage_images` reads of a project, and nothing else to pickle."""
    return SimpleNamespace(dem_path=project.dem_path, cells=project.cells,
                           profile=project.profile,
                           clutter_path=getattr(project, "clutter_path", None))


def _in_process(project, baseline, cancelled=None) -> list[dict]:
    """:func:`coverage_images` of a scenario in the worker process. A cancel returns at once
    (CancelledError); the worker finishes the stale job, which then lands in the cache."""
    future = _pool().submit(coverage_images, _slim(project), None, None, _slim(baseline))
    while True:
        if cancelled is not None and cancelled():
            future.cancel()
            raise CancelledError()
        try:
            return future.result(timeout=0.05)
        except FuturesTimeout:
            continue


def coverage_images(project, progress=None, cancelled=None, baseline=None) -> list[dict]:
    """One PNG per (technology, carrier): the best level over every cell, coloured along the dBm
    ramp, transparent under the technology's signal threshold.

    With ``baseline`` (the project a what-if scenario edits), only what the scenario's edits
    change is computed again (:func:`coverage_planner.core.engine.composites.composites`).

    Returns ``[{technology, operator, path, bounds}]`` (what
    :func:`coverage_planner.mapview.basemaps.coverage_payload` takes).
    """
    from coverage_planner.core.engine import rendering
    from coverage_planner.core.engine.composites import composites
    from coverage_planner.core.engine.coverage import metric_cells
    from coverage_planner.core.project.grid import project_grid

    if project.dem_path is None or project.cells is None or project.cells.empty:
        return []
    grid = rendering.coarse_grid(project_grid(project), COVERAGE_STEP)
    cells = metric_cells(project.cells, grid.crs)
    profile = project.profile

    def report(fraction, message=""):
        if progress is not None:
            progress(0.9 * float(fraction), message)

    base_cells = None
    if baseline is not None and baseline.cells is not None and not baseline.cells.empty:
        base_cells = metric_cells(baseline.cells, grid.crs)
    levels = composites(grid, cells, profile, progress=report, cancelled=cancelled,
                        baseline_cells=base_cells)
    folder = _folder("coverage_layers")
    out = []
    for k, ((tech, op), level) in enumerate(sorted(levels.items())):
        if cancelled is not None and cancelled():
            raise CancelledError()
        floor = float(profile.signal_dbm.get(tech, -125.0))
        digest = hashlib.sha256(np.ascontiguousarray(level).tobytes()
                                + f"|{grid.digest}|{floor}|v1".encode()).hexdigest()[:20]
        png = folder / f"{_safe(tech)}-{_safe(op)}-{digest}.png"
        hit = _cached(png)
        if hit is None:
            path, bounds = rendering.coverage_png(level, grid, png, floor=floor)
            hit = _remember(path, bounds)
        out.append({"technology": str(tech), "operator": str(op), "path": str(hit[0]),
                    "bounds": hit[1]})
        if progress is not None:
            progress(0.9 + 0.1 * (k + 1) / len(levels), f"{tech} {op}")
    return out
