"""Best received level per technology and carrier over the whole area (for the map).

Every mast's radials are sampled once on a coarse grid and each of its cells' received power
is spread onto the grid and kept where it beats what is there (``fmax``). Two processes share the
masts; each returns its partial maxima, merged here. The result is cached under a key made of
every mast's key and the grid, like the per-mast village results.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

import numpy as np
import pandas as pd

from coverage_planner.core.common import priority
from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.common.errors import CancelledError
from coverage_planner.core.common.priority import pool_context
from coverage_planner.core.engine import mast_levels
from coverage_planner.core.engine.coverage import cell_keys, group_masts, mast_key, run_prefix
from coverage_planner.core.engine.terrain import Grid

_W: dict = {}


def _init(grid, cells, profile):
    _W.update(grid=grid, cells=cells, profile=profile)


def _init_pool_worker(grid, cells, profile):
    priority.worker_init()  # lower priority; end with the process that started it
    _init(grid, cells, profile)


def _layers_of(cells: pd.DataFrame) -> list[tuple[str, str]]:
    return sorted(set(zip(cells["technology"], cells["operator"])))


def _chunk(groups: list) -> dict:
    grid, cells, profile = _W["grid"], _W["cells"], _W["profile"]
    out = {key: np.full(grid.shape, np.nan, np.float32) for key in _layers_of(cells)}
    for idx in groups:
        mast = cells.iloc[idx]
        levels, row0, col0, r = mast_levels.window_levels(grid, mast, profile)
        r0, c0 = row0 - r, col0 - r
        rr0, cc0 = max(r0, 0), max(c0, 0)
        rr1, cc1 = min(r0 + 2 * r + 1, grid.shape[0]), min(c0 + 2 * r + 1, grid.shape[1])
        if rr0 >= rr1 or cc0 >= cc1:
            continue
        for cell, lv in zip(mast.itertuples(), levels):
            win = lv[rr0 - r0:rr1 - r0, cc0 - c0:cc1 - c0]
            target = out[(cell.technology, cell.operator)][rr0:rr1, cc0:cc1]
            np.fmax(target, win, out=target)
    return out


def composites(grid: Grid, cells: pd.DataFrame, profile, *, workers: int | None = None,
               progress: Callable | None = None, cancelled: Callable | None = None,
               use_cache: bool = True, baseline_cells: pd.DataFrame | None = None) -> dict:
    """{(technology, operator): best level (dBm, float32, NaN = none)} on ``grid``.

    With ``baseline_cells`` (a what-if scenario's baseline), the scenario's layers start from
    the baseline's (cached after the first time) and only what the edits change is swept again:
    the added or changed masts, and around each removed or changed one every mast whose disc
    reaches its disc (:func:`_from_baseline`). The result is the one a full run gives.
    """
    groups = group_masts(cells)
    prefix = run_prefix(grid, "composite", profile)
    keys = cell_keys(cells)
    mast_keys = [mast_key(prefix, keys, g) for g in groups]
    digest = hashlib.sha256("".join(mast_keys).encode()).hexdigest()[:32]
    from coverage_planner.core.common.paths import cache_dir

    path = cache_dir() / "composites" / f"{digest}.npz"
    if use_cache and path.exists():
        with np.load(path) as data:
            return {tuple(k.split("|")): data[k].astype(np.float32) for k in data.files}
    result = {key: np.full(grid.shape, np.nan, np.float32) for key in _layers_of(cells)}
    if baseline_cells is not None:
        base = composites(grid, baseline_cells, profile, workers=workers, cancelled=cancelled,
                          use_cache=use_cache)
        groups = _from_baseline(grid, cells, groups, mast_keys, baseline_cells, base, result,
                                prefix, profile)
    workers = workers or min(2, os.cpu_count() or 1)
    n_chunks = max(1, min(len(groups), 8 * workers))
    chunks = [groups[k::n_chunks] for k in range(n_chunks)]

    def merge(part: dict, done: int) -> None:
        for key, arr in part.items():
            np.fmax(result[key], arr, out=result[key])
        if progress:
            progress(done / len(chunks), f"{done}/{len(chunks)}")

    if workers <= 1 or len(groups) < 8:  # a few masts: no processes to start
        _init(grid, cells, profile)
        for k, chunk in enumerate(chunks, start=1):
            if cancelled and cancelled():
                raise CancelledError()
            merge(_chunk(chunk), k)
    else:
        from concurrent.futures import ProcessPoolExecutor, as_completed

        ctx = pool_context()
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_pool_worker,
                                 initargs=(grid, cells, profile)) as pool:
            futures = [pool.submit(_chunk, c) for c in chunks]
            for k, fut in enumerate(as_completed(futures), start=1):
                if cancelled and cancelled():
                    for f in futures:
                        f.cancel()
                    raise CancelledError()
                merge(fut.result(), k)
    # float16 precision (1/32 dB at -100 dBm) whether computed or read from the cache: the same
    # values either way, so the images made from them (named by their digest) are reused
    result = {k: v.astype(np.float16).astype(np.float32) for k, v in result.items()}
    if use_cache:
        with replacing(path, ".npz") as tmp:
            np.savez_compressed(tmp, **{"|".join(k): v.astype(np.float16)
                                        for k, v in result.items()})
    return result


def _from_baseline(grid: Grid, cells: pd.DataFrame, groups: list, mast_keys: list,
                   base_cells: pd.DataFrame, base: dict, result: dict, prefix: str,
                   profile) -> list:
    """Fill ``result`` from the baseline's layers ``base``; return the masts to sweep again.

    A mast's levels reach at most ``max_radius_m``: a square window of that half-side around
    it. Where a baseline mast is gone (removed, moved or changed), its window is cleared in its
    layers and every scenario mast of those layers whose window overlaps it is swept again; the
    new masts are swept too. Elsewhere nothing changed, and ``fmax`` with the masts swept again
    leaves the baseline's values as they are.
    """
    from coverage_planner.core.engine.terrain import radius_in_px

    for key in result:
        if key in base:
            result[key][...] = base[key]
    kept = set(mast_keys)
    base_groups = group_masts(base_cells)
    base_keys = cell_keys(base_cells)
    base_set = {mast_key(prefix, base_keys, g) for g in base_groups}
    r = radius_in_px(grid, profile.max_radius_m)
    h, w = grid.shape
    cleared = []  # (row, col, layers) of the masts that are gone
    for g in base_groups:
        if mast_key(prefix, base_keys, g) in kept:
            continue
        mast = base_cells.iloc[g]
        row, col = (int(v) for v in grid.rc(float(mast["x"].iloc[0]), float(mast["y"].iloc[0])))
        layers = set(zip(mast["technology"], mast["operator"]))
        r0, r1, c0, c1 = max(row - r, 0), min(row + r + 1, h), max(col - r, 0), min(col + r + 1, w)
        for key in layers & set(result):
            if r0 < r1 and c0 < c1:
                result[key][r0:r1, c0:c1] = np.nan
        cleared.append((row, col, layers))
    todo = []
    for g, key in zip(groups, mast_keys):
        if key not in base_set:
            todo.append(g)
            continue
        mast = cells.iloc[g]
        row, col = (int(v) for v in grid.rc(float(mast["x"].iloc[0]), float(mast["y"].iloc[0])))
        layers = set(zip(mast["technology"], mast["operator"]))
        if any(abs(row - rr) <= 2 * r + 1 and abs(col - cc) <= 2 * r + 1 and layers & ll
               for rr, cc, ll in cleared):
            todo.append(g)
    return todo
