"""Best received level per technology and carrier over the whole area (for the map).

Every mast's terrain is swept once on a coarse grid and each of its cells' received power is
spread onto the grid and kept where it beats what is there (``fmax``). Two processes share the
masts; each returns its partial maxima, merged here. The result is cached under a key made of
every mast's key and the grid, like the per-mast village results.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

import numpy as np
import pandas as pd

from coverage_planner.core import viewshed
from coverage_planner.core.atomicfile import replacing
from coverage_planner.core.coverage import cell_keys, group_masts, mast_key, run_prefix
from coverage_planner.core.errors import CancelledError
from coverage_planner.core.priority import lower_worker_priority
from coverage_planner.core.terrain import Grid

_W: dict = {}


def _init(grid, cells, profile):
    _W.update(grid=grid, cells=cells, profile=profile)


def _init_pool_worker(grid, cells, profile):
    lower_worker_priority()
    _init(grid, cells, profile)


def _layers_of(cells: pd.DataFrame) -> list[tuple[str, str]]:
    return sorted(set(zip(cells["technology"], cells["operator"])))


def _chunk(groups: list) -> dict:
    grid, cells, profile = _W["grid"], _W["cells"], _W["profile"]
    out = {key: np.full(grid.shape, np.nan, np.float32) for key in _layers_of(cells)}
    for idx in groups:
        mast = cells.iloc[idx]
        first = mast.iloc[0]
        sw = viewshed.sweep(grid, float(first.x), float(first.y), float(first.height_m),
                            profile.max_radius_m)
        geom = viewshed.geometry(sw, profile.receiver_height_m)
        levels = viewshed.received_power(sw, geom, mast, profile)
        r = sw.radius_px
        r0, c0 = sw.row0 - r, sw.col0 - r
        rr0, cc0 = max(r0, 0), max(c0, 0)
        rr1, cc1 = min(r0 + 2 * r + 1, grid.shape[0]), min(c0 + 2 * r + 1, grid.shape[1])
        if rr0 >= rr1 or cc0 >= cc1:
            continue
        for cell, lv in zip(mast.itertuples(), levels):
            lv = np.where(np.isfinite(lv), lv, np.nan)
            win = lv[rr0 - r0:rr1 - r0, cc0 - c0:cc1 - c0]  # geometry() is window-shaped
            target = out[(cell.technology, cell.operator)][rr0:rr1, cc0:cc1]
            np.fmax(target, win, out=target)
    return out


def composites(grid: Grid, cells: pd.DataFrame, profile, *, workers: int | None = None,
               progress: Callable | None = None, cancelled: Callable | None = None,
               use_cache: bool = True) -> dict:
    """{(technology, operator): best level (dBm, float32, NaN = none)} on ``grid``."""
    groups = group_masts(cells)
    prefix = run_prefix(grid, "composite", profile)
    keys = cell_keys(cells)
    digest = hashlib.sha256("".join(mast_key(prefix, keys, g) for g in groups)
                            .encode()).hexdigest()[:32]
    from coverage_planner.core.paths import cache_dir

    path = cache_dir() / "composites" / f"{digest}.npz"
    if use_cache and path.exists():
        with np.load(path) as data:
            return {tuple(k.split("|")): data[k].astype(np.float32) for k in data.files}
    workers = workers or min(2, os.cpu_count() or 1)
    n_chunks = max(1, min(len(groups), 8 * workers))
    chunks = [groups[k::n_chunks] for k in range(n_chunks)]
    result = {key: np.full(grid.shape, np.nan, np.float32) for key in _layers_of(cells)}

    def merge(part: dict, done: int) -> None:
        for key, arr in part.items():
            np.fmax(result[key], arr, out=result[key])
        if progress:
            progress(done / len(chunks), f"{done}/{len(chunks)}")

    if workers <= 1:
        _init(grid, cells, profile)
        for k, chunk in enumerate(chunks, start=1):
            if cancelled and cancelled():
                raise CancelledError()
            merge(_chunk(chunk), k)
    else:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor, as_completed

        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_pool_worker,
                                 initargs=(grid, cells, profile)) as pool:
            futures = [pool.submit(_chunk, c) for c in chunks]
            for k, fut in enumerate(as_completed(futures), start=1):
                if cancelled and cancelled():
                    for f in futures:
                        f.cancel()
                    raise CancelledError()
                merge(fut.result(), k)
    if use_cache:
        with replacing(path, ".npz") as tmp:
            np.savez_compressed(tmp, **{"|".join(k): v.astype(np.float16)
                                        for k, v in result.items()})
    return result
