"""The best server kept as arrays: an incremental update gives exactly what a full reduction of
the new cells gives, ties, NaN levels and operators new to the baseline included."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from coverage_planner.core.analysis.levels import LevelIndex, best_levels
from coverage_planner.core.project.profile import TECHNOLOGIES

OPERATORS = ("Viettel", "VNPT", "MobiFone")


def random_cells(rng, n: int, operators=OPERATORS) -> pd.DataFrame:
    return pd.DataFrame({"technology": rng.choice(TECHNOLOGIES, n),
                         "operator": rng.choice(operators, n)})


def random_levels(rng, n_cells: int, n_points: int, nan_share: float = 0.0) -> list:
    out = []
    for _ in range(n_cells):
        k = int(rng.integers(0, n_points // 2))
        near = np.sort(rng.choice(n_points, k, replace=False)).astype(np.int32)
        # whole dB only: many ties between cells, the rule for them is checked too
        lv = rng.integers(-130, -60, k).astype(np.float32)
        lv[rng.random(k) < nan_share] = np.nan
        out.append((near, lv))
    return out


def cell_by_cell(cells: pd.DataFrame, per_cell: list, n_points: int):
    """The reference: one cell after the other, a cell replacing the best only when strictly
    better (the rule the vectorised reduction must keep)."""
    from coverage_planner.core.analysis.levels import BestLevels

    level = {}
    best = {t: np.full(n_points, -np.inf, np.float32) for t in TECHNOLOGIES}
    best_cell = {t: np.full(n_points, -1, np.int64) for t in TECHNOLOGIES}
    for c, (tech, op) in enumerate(zip(cells["technology"], cells["operator"])):
        near, lv = per_cell[c]
        if len(near) == 0:
            continue
        arr = level.setdefault((tech, op), np.full(n_points, -np.inf, np.float32))
        with np.errstate(invalid="ignore"):
            np.maximum.at(arr, near, lv)
        better = lv > best[tech][near]
        best[tech][near[better]] = lv[better]
        best_cell[tech][near[better]] = c
    return BestLevels(level, best, best_cell)


def changed(index: LevelIndex, kept, extra_cells: pd.DataFrame, extra_levels: list):
    """The best levels from the baseline's: its cells ``kept`` (new positions, -1: gone) and
    ``extra_cells`` (technology, operator, position) with their levels."""
    fresh = {i: (int(p), t, o, lv) for i, (p, t, o, lv) in enumerate(zip(
        extra_cells["position"], extra_cells["technology"], extra_cells["operator"],
        extra_levels))}
    return index.update(index.baseline_state(), np.asarray(kept), fresh).best


def assert_same(a, b) -> None:
    assert set(a.level) == set(b.level)
    for g in a.level:
        np.testing.assert_array_equal(a.level[g], b.level[g], err_msg=str(g))
    for t in TECHNOLOGIES:
        np.testing.assert_array_equal(a.best[t], b.best[t], err_msg=t)
        np.testing.assert_array_equal(a.best_cell[t], b.best_cell[t], err_msg=t)


def scenario(rng, cells, per_cell, n_points, operators=OPERATORS, nan_share=0.0,
             reorder=False):
    """Remove some baseline cells, add new ones, and shuffle them into new positions (the kept
    ones in their order, or with ``reorder`` in any order, as an undone removal leaves them)."""
    n = len(cells)
    keep = rng.random(n) > 0.3
    n_extra = int(rng.integers(0, 6))
    extra_cells = random_cells(rng, n_extra, operators)
    extra_levels = random_levels(rng, n_extra, n_points, nan_share)
    # new positions: the kept baseline cells in order, the new ones at random places among them
    n_new = int(keep.sum()) + n_extra
    slots = rng.permutation(n_new)
    extra_pos = np.sort(slots[:n_extra])
    base_pos = rng.permutation(slots[n_extra:]) if reorder else np.sort(slots[n_extra:])
    kept = np.full(n, -1, np.int64)
    kept[np.flatnonzero(keep)] = base_pos
    new_cells = pd.DataFrame({"technology": [""] * n_new, "operator": [""] * n_new})
    new_levels: list = [None] * n_new
    for b in np.flatnonzero(keep):
        new_cells.iloc[kept[b]] = cells.iloc[b].to_numpy()
        new_levels[kept[b]] = per_cell[b]
    for j, p in enumerate(extra_pos):
        new_cells.iloc[p] = extra_cells.iloc[j].to_numpy()
        new_levels[p] = extra_levels[j]
    extra_cells = extra_cells.assign(position=extra_pos)
    return kept, extra_cells, extra_levels, new_cells, new_levels


@pytest.mark.parametrize("seed", range(16))
def test_an_update_equals_a_full_reduction_of_the_new_cells(seed):
    rng = np.random.default_rng(seed)
    n_points = int(rng.integers(5, 60))
    cells = random_cells(rng, int(rng.integers(1, 25)))
    per_cell = random_levels(rng, len(cells), n_points, nan_share=0.05 if seed % 3 == 0 else 0)
    index = LevelIndex(cells, per_cell, n_points)
    assert_same(index.best, cell_by_cell(cells, per_cell, n_points))
    # a new carrier in the scenario only (a what-if site of an operator without sites yet)
    operators = OPERATORS + ("Vietnamobile",) if seed % 4 == 1 else OPERATORS
    kept, extra_cells, extra_levels, new_cells, new_levels = scenario(
        rng, cells, per_cell, n_points, operators, nan_share=0.05 if seed % 3 == 0 else 0,
        reorder=seed % 2 == 1)
    got = changed(index, kept, extra_cells, extra_levels)
    assert_same(got, cell_by_cell(new_cells, new_levels, n_points))
    if seed % 2 == 0:  # cells in their order: only the points they reach can differ
        touched = [per_cell[c][0] for c in np.flatnonzero(kept < 0)] + [n for n, _ in
                                                                         extra_levels]
        untouched = np.setdiff1d(np.arange(n_points), np.concatenate([[], *touched]))
        for t in TECHNOLOGIES:
            np.testing.assert_array_equal(got.best[t][untouched], index.best.best[t][untouched])


@pytest.mark.parametrize("chunk", [1, 7, 1 << 21])
def test_a_full_run_reduced_in_chunks_is_the_same(chunk, monkeypatch):
    from coverage_planner.core.analysis import levels

    rng = np.random.default_rng(99)
    cells = random_cells(rng, 30)
    per_cell = random_levels(rng, 30, 40, nan_share=0.02)
    whole = best_levels(cells, per_cell, 40)
    monkeypatch.setattr(levels, "CHUNK_ENTRIES", chunk)
    assert_same(best_levels(cells, per_cell, 40), whole)
    assert_same(whole, cell_by_cell(cells, per_cell, 40))


def test_a_tie_goes_to_the_lower_position_also_after_an_update():
    cells = pd.DataFrame({"technology": ["4G", "4G"], "operator": ["VNPT", "Viettel"]})
    per_cell = [(np.array([0, 1]), np.array([-80.0, -90.0], np.float32)),
                (np.array([0, 1]), np.array([-80.0, -85.0], np.float32))]
    index = LevelIndex(cells, per_cell, 2)
    assert index.best.best_cell["4G"].tolist() == [0, 1]
    # a new cell at position 0 with the same -80 dBm at point 0: it wins the tie
    new = pd.DataFrame({"technology": ["4G"], "operator": ["MobiFone"], "position": [0]})
    got = changed(index, np.array([1, 2]), new,
                                [(np.array([0]), np.array([-80.0], np.float32))])
    assert got.best_cell["4G"].tolist() == [0, 2]
    assert got.best["4G"].tolist() == [-80.0, -85.0]
    # removing the Viettel cell that served point 1 falls back to the VNPT cell there
    got = changed(index, np.array([0, -1]), new.iloc[:0], [])
    assert got.best_cell["4G"].tolist() == [0, 0]
    assert got.best["4G"].tolist() == [-80.0, -90.0]
    assert ("4G", "Viettel") not in got.level  # no Viettel 4G cell reaches anything now


def test_cells_put_back_out_of_order_break_ties_by_their_new_positions():
    # an undone removal appends the site's rows at the end: two cells tied at -80 dBm swap
    cells = pd.DataFrame({"technology": ["4G", "4G"], "operator": ["VNPT", "Viettel"]})
    per_cell = [(np.array([0]), np.array([-80.0], np.float32)),
                (np.array([0]), np.array([-80.0], np.float32))]
    index = LevelIndex(cells, per_cell, 1)
    assert index.best.best_cell["4G"].tolist() == [0]
    got = changed(index, np.array([1, 0]), cells.iloc[:0].assign(position=[]), [])
    assert got.best_cell["4G"].tolist() == [0]  # now the Viettel cell, first in the table
    swapped = cells.iloc[[1, 0]].reset_index(drop=True)
    assert_same(got, cell_by_cell(swapped, per_cell[::-1], 1))


@pytest.mark.parametrize("seed", range(12))
def test_a_chain_of_states_each_from_the_last_equals_full_reductions(seed):
    """What the what-if evaluator does edit after edit: each state from the previous one, new
    cells that stay (same key) moving to other positions, cells going and coming back."""
    rng = np.random.default_rng(100 + seed)
    n_points = int(rng.integers(5, 50))
    cells = random_cells(rng, int(rng.integers(2, 20)))
    per_cell = random_levels(rng, len(cells), n_points, nan_share=0.05 if seed % 3 == 0 else 0)
    index = LevelIndex(cells, per_cell, n_points)
    pool_cells = random_cells(rng, 6, OPERATORS + ("Vietnamobile",))
    pool = {f"new{j}": (pool_cells.iloc[j]["technology"], pool_cells.iloc[j]["operator"],
                        random_levels(rng, 1, n_points)[0]) for j in range(6)}
    state = index.baseline_state()
    for _ in range(6):
        keep = rng.random(len(cells)) > 0.25
        chosen = [k for k in pool if rng.random() < 0.5]
        n_new = int(keep.sum()) + len(chosen)
        slots = rng.permutation(n_new)
        base_pos = slots[len(chosen):] if seed % 2 else np.sort(slots[len(chosen):])
        kept = np.full(len(cells), -1, np.int64)
        kept[np.flatnonzero(keep)] = base_pos
        fresh = {k: (int(p), pool[k][0], pool[k][1], pool[k][2])
                 for k, p in zip(chosen, slots[: len(chosen)])}
        new_cells = [None] * n_new
        new_levels = [None] * n_new
        for b in np.flatnonzero(keep):
            new_cells[kept[b]] = (cells.iloc[b]["technology"], cells.iloc[b]["operator"])
            new_levels[kept[b]] = per_cell[b]
        for p, tech, op, lv in fresh.values():
            new_cells[p], new_levels[p] = (tech, op), lv
        table = pd.DataFrame(new_cells, columns=["technology", "operator"])
        state = index.update(state, kept, fresh)
        assert_same(state.best, cell_by_cell(table, new_levels, n_points))
