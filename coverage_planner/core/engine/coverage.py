"""Per-cell coverage over the terrain: levels at the villages' points, rasters, the disk cache.

Cells are grouped into *masts* (same site, position and antenna height): a mast's terrain
profiles are sampled once (:mod:`coverage_planner.core.engine.paths`: one path to each point
within reach, or radials for a raster) and every cell on it (2G/3G/4G/5G sectors) reuses them;
the profile's model gives each path's loss (:mod:`coverage_planner.core.engine.pathloss`) and
the link budget the levels, at the villages' points only (:func:`mast_point_levels`) or over the
whole disc (:func:`cell_raster`). The line-of-sight mask of a raster comes from the ring sweep
(:mod:`coverage_planner.core.engine.sweep`, which agrees with gdal_viewshed).

Results are cached per mast in the user's cache folder, under a key made of every cell's
parameters, the DEM's digest, the points' digest, the profile's radio settings and
:data:`MODEL_VERSION`: a second start computes nothing, and any change recomputes just the
masts it touches.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass

import numpy as np
import pandas as pd

from coverage_planner.core.common import priority
from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.common.errors import CancelledError
from coverage_planner.core.common.priority import pool_context
from coverage_planner.core.engine import mast_levels, sweep, viewshed
from coverage_planner.core.engine.terrain import Grid, fan_geometry, radius_in_px

MODEL_VERSION = "5"
CELL_FIELDS = ["site_id", "cell_id", "operator", "technology", "frequency_mhz", "height_m",
               "eirp_dbm", "azimuth_deg", "beamwidth_deg", "tilt_deg", "x", "y"]
#: cell fields that shape its coverage when the sites table has them
OPTIONAL_CELL_FIELDS = ["bandwidth_mhz", "propagation_model"]
PROFILE_FIELDS = ["receiver_height_m", "indoor_loss_db", "max_radius_m", "models",
                  "hata_environment", "clutter", "calibration", "terrain_heights"]

Progress = Callable[[float, str], None]


@dataclass
class Masts:
    """Cells in metric coordinates, grouped by mast."""

    cells: pd.DataFrame  # CELL_FIELDS (+ OPTIONAL_CELL_FIELDS), index = position in project.cells
    groups: list[np.ndarray]  # per mast: positions (iloc) into ``cells``


def metric_cells(cells, crs: str) -> pd.DataFrame:
    """The cells' table with x, y in ``crs`` (metres)."""
    pts = cells.geometry.to_crs(crs)
    out = pd.DataFrame(cells.drop(columns=cells.geometry.name)).copy()
    out["x"], out["y"] = pts.x.to_numpy(), pts.y.to_numpy()
    for col in ("azimuth_deg", "beamwidth_deg", "tilt_deg"):
        if col not in out:
            out[col] = np.nan if col != "tilt_deg" else 0.0
    out = out.reset_index(drop=True)
    return out


def group_masts(cells: pd.DataFrame) -> list[np.ndarray]:
    if len(cells) == 0:
        return []
    keys = cells[["site_id", "x", "y", "height_m"]].round({"x": 1, "y": 1, "height_m": 2})
    codes = keys.groupby(list(keys.columns), sort=True, dropna=False).ngroup().to_numpy()
    order = np.argsort(codes, kind="stable")
    splits = np.flatnonzero(np.diff(codes[order])) + 1
    return np.split(order, splits)


def _digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()[:32]


def points_digest(xy: np.ndarray) -> str:
    return hashlib.sha256(np.ascontiguousarray(np.round(xy, 1)).tobytes()).hexdigest()[:20]


def cell_keys(cells: pd.DataFrame) -> np.ndarray:
    """One string per cell with every parameter that shapes its coverage."""
    cols = CELL_FIELDS + [c for c in OPTIONAL_CELL_FIELDS if c in cells]
    parts = []
    for col in cols:
        values = cells[col]
        if col in ("x", "y"):
            values = values.round(1)
        # Python values, as Series.map(str) formats them (the disk cache's keys), at list speed
        parts.append(map(str, values.tolist()))
    return np.array(["|".join(row) for row in zip(*parts)], dtype=object)


def run_prefix(grid: Grid, pts_digest: str, profile) -> str:
    settings = {k: getattr(profile, k) for k in PROFILE_FIELDS}
    if settings["terrain_heights"] == "interpolated":  # the default keeps the earlier keys
        del settings["terrain_heights"]
    return _digest([MODEL_VERSION, grid.digest, pts_digest, settings])


def mast_key(prefix: str, keys: np.ndarray, idx: np.ndarray) -> str:
    text = prefix + "\n" + "\n".join(keys[idx])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def mast_point_levels(grid: Grid, cells: pd.DataFrame, pts: np.ndarray, profile):
    """Levels (dBm, float32, shape (n_cells, k)) of a mast's cells at the points within reach,
    and the indices (k,) of those points: one terrain profile per point
    (:func:`coverage_planner.core.engine.mast_levels.mast_point_levels`), the link budget at the
    points."""
    return mast_levels.mast_point_levels(grid, cells, pts, profile)


def cell_raster(grid: Grid, cell: pd.Series, profile, los_only: bool = False):
    """One cell's received power (dBm, NaN outside the radius) or line-of-sight mask (uint8,
    1 visible) on the grid, as ``(array, transform)`` of the window around the site."""
    if los_only:
        sw = sweep.sweep(grid, float(cell.x), float(cell.y), float(cell.height_m),
                         profile.max_radius_m)
        mask = viewshed.visible(sw, profile.receiver_height_m)
        return mask.astype(np.uint8), sw.transform()
    return mast_levels.power_raster(grid, cell, profile)


# --- running all masts, with the cache and two processes ----------------------------------

_WORKER: dict = {}


def _init_worker(grid, cells, pts, profile):
    _WORKER.update(grid=grid, cells=cells, pts=pts, profile=profile)


def _run_chunk(chunk):
    w = _WORKER
    out = []
    for key, idx in chunk:
        levels, near = mast_point_levels(w["grid"], w["cells"].iloc[idx], w["pts"], w["profile"])
        # levels are kept as float16 (0.06 dB at -100 dBm) in the cache: round fresh results the
        # same way so that a cached and a fresh run classify identically
        out.append((key, idx, levels.astype(np.float16).astype(np.float32), near))
    return out


def _cache_path(key: str):
    from coverage_planner.core.common.paths import cache_dir

    return cache_dir() / "cells" / key[:2] / f"{key}.npz"


def _save(key: str, levels: np.ndarray, near: np.ndarray) -> None:
    with replacing(_cache_path(key), ".npz") as tmp:
        np.savez(tmp, levels=levels.astype(np.float16), near=near)


def _load(key: str):
    path = _cache_path(key)
    if not path.exists():
        return None
    try:
        with np.load(path) as data:
            return data["levels"].astype(np.float32), data["near"]
    except (OSError, ValueError, KeyError, EOFError):
        return None  # a damaged entry is recomputed


def all_point_levels(grid: Grid, cells: pd.DataFrame, pts: np.ndarray, profile, *,
                     use_cache: bool = True, bundle: bool = True, workers: int | None = None,
                     progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None):
    """Levels of every cell at the points: a list, per cell position, of (near idx, levels)."""
    groups = group_masts(cells)
    prefix = run_prefix(grid, points_digest(pts), profile)
    keys = cell_keys(cells)
    mast_keys = [mast_key(prefix, keys, idx) for idx in groups]
    # the bundle is stored in cell order: its key must say which position holds which cell
    bundle_key = _digest([mast_keys, [idx.tolist() for idx in groups]])
    if use_cache and bundle:
        hit = _load_bundle(bundle_key, len(cells))
        if hit is not None:
            if progress:
                progress(1.0, f"{len(groups)}/{len(groups)}")
            return hit
    per_cell: list = [None] * len(cells)
    todo = []
    for key, idx in zip(mast_keys, groups):
        hit = _load(key) if use_cache else None
        if hit is None:
            todo.append((key, idx))
        else:
            for row, c in enumerate(idx):
                per_cell[c] = (hit[1], hit[0][row])
    total = len(groups)
    done = total - len(todo)
    if progress:
        progress(done / max(total, 1), f"{done}/{total}")

    def take(results):
        nonlocal done
        for key, idx, levels, near in results:
            if use_cache:
                _save(key, levels, near)
            for row, c in enumerate(idx):
                per_cell[c] = (near, levels[row])
            done += 1
        if progress:
            progress(done / max(total, 1), f"{done}/{total}")

    workers = workers or min(2, os.cpu_count() or 1)
    chunks = [todo[k:k + 25] for k in range(0, len(todo), 25)]
    if workers <= 1 or len(todo) < 40:
        _init_worker(grid, cells, pts, profile)
        for chunk in chunks:
            if cancelled and cancelled():
                raise CancelledError()
            take(_run_chunk(chunk))
    else:
        _run_pool(chunks, workers, (grid, cells, pts, profile), take, cancelled)
    if use_cache and bundle:
        _save_bundle(bundle_key, per_cell)
    return per_cell


def _init_pool_worker(*initargs) -> None:
    priority.worker_init()  # lower priority; end with the process that started it
    _init_worker(*initargs)


def _run_pool(chunks, workers, initargs, take, cancelled) -> None:
    ctx = pool_context()
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_pool_worker,
                             initargs=initargs) as pool:
        futures = [pool.submit(_run_chunk, chunk) for chunk in chunks]
        for fut in as_completed(futures):
            if cancelled and cancelled():
                for f in futures:
                    f.cancel()
                raise CancelledError()
            take(fut.result())


def _bundle_path(key: str):
    from coverage_planner.core.common.paths import cache_dir

    return cache_dir() / "runs" / f"{key}.npz"


def _save_bundle(key: str, per_cell: list) -> None:
    """Every cell's levels in one file: a warm start reads one file, not one per mast."""
    sizes = np.array([len(near) for near, _ in per_cell], dtype=np.int64)
    near = np.concatenate([n for n, _ in per_cell]).astype(np.int32) if len(per_cell) else []
    levels = np.concatenate([lv for _, lv in per_cell]).astype(np.float16) if len(per_cell) else []
    with replacing(_bundle_path(key), ".npz") as tmp:
        np.savez(tmp, sizes=sizes, near=near, levels=levels)


def _load_bundle(key: str, n_cells: int):
    path = _bundle_path(key)
    if not path.exists():
        return None
    try:
        with np.load(path) as data:
            sizes, near, levels = data["sizes"], data["near"], data["levels"].astype(np.float32)
    except (OSError, ValueError, KeyError, EOFError):
        return None
    if len(sizes) != n_cells:
        return None
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    return [(near[a:b], levels[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]


def disc_offsets(grid: Grid, radius_m: float):
    """Pixel offsets of a disc of ``radius_m`` (for composites)."""
    *_, win_dr, win_dc, _, _, _ = fan_geometry(radius_in_px(grid, radius_m))
    return win_dr, win_dc
