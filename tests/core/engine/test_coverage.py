"""Per-mast coverage: grouping, the raster path against the village path, the disk cache."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from engine_world import World, make_grid, ridge, small_profile, xy

from coverage_planner.core.analysis.villages import analyse
from coverage_planner.core.engine import coverage
from coverage_planner.core.engine.coverage import (
    cell_raster,
    group_masts,
    mast_point_levels,
    metric_cells,
)

Z = ridge(col=230, height=250.0, base=100.0)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    path = tmp_path / "cache"
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(path))
    return path


def two_masts() -> World:
    """S1 (4G + 2G, one mast) west of the ridge, S2 (3G) east of it; three villages."""
    w = World()
    w.cell("S1", 200, 150, "S1-4G", technology="4G", frequency_mhz=1800, eirp_dbm=58)
    w.cell("S1", 200, 150, "S1-2G", technology="2G", frequency_mhz=900, eirp_dbm=50)
    w.cell("S2", 200, 260, "S2-3G", technology="3G", frequency_mhz=2100, eirp_dbm=50,
           operator="VNPT")
    w.village("A", 200, 100)
    w.village("B", 200, 200)
    w.village("C", 120, 300)
    w.cluster("A", 210, 100, 60)
    w.cluster("A", 190, 100, 40)
    return w


# ---------------------------------------------------------------------------- masts


def test_cells_on_one_mast_share_a_fan():
    w = World()
    w.cell("S1", 200, 150, technology="4G")
    w.cell("S2", 100, 100, technology="4G")
    w.cell("S1", 200, 150, technology="2G", frequency_mhz=900)
    w.cell("S1", 200, 150, technology="5G", frequency_mhz=3500, height_m=20.0)  # lower antenna
    cells = metric_cells(w.project().cells, "EPSG:32648")
    groups = sorted(sorted(g.tolist()) for g in group_masts(cells))
    assert groups == [[0, 2], [1], [3]]
    # metric coordinates are the pixel centres we asked for
    assert (cells.loc[1, "x"], cells.loc[1, "y"]) == pytest.approx(xy(100, 100), abs=1e-6)


def test_raster_and_village_levels_agree():
    """The per-cell GeoTIFF (radials, each pixel its nearest radial sample) and the village path
    (one exact profile per village) agree at a village's pixel within the radials' sampling."""
    w = two_masts()
    grid = make_grid(Z)
    profile = small_profile()
    cells = metric_cells(w.project().cells, grid.crs)
    rng = np.random.default_rng(5)
    rows, cols = rng.integers(40, 360, 60), rng.integers(40, 360, 60)
    pts = np.column_stack(grid.centre_xy(rows, cols))
    mast = cells.iloc[[0, 1]]
    lv, near = mast_point_levels(grid, mast, pts, profile)
    assert len(near) > 40  # most points lie within the 5 km radius
    for c in range(2):
        raster, transform = cell_raster(grid, mast.iloc[c], profile)
        assert raster.dtype == np.float32
        r0 = round((grid.y0 - transform.f) / grid.res)
        c0 = round((transform.c - grid.x0) / grid.res)
        got = raster[rows[near] - r0, cols[near] - c0]
        err = np.abs(got - lv[c])
        assert np.isfinite(got).all()
        assert np.median(err) < 1.0 and np.quantile(err, 0.9) < 4.0, np.sort(err)[-10:]
    mask, _ = cell_raster(grid, mast.iloc[0], profile, los_only=True)
    assert mask.dtype == np.uint8 and set(np.unique(mask)) == {0, 1}
    # east of the ridge (col 230) nothing on the mast's row is visible, west of it everything on
    # the grid is; off the grid (the window reaches 50 px past its west edge) nothing is
    row = 200 - r0
    assert c0 == -50
    assert mask[row, 231 - c0:].sum() == 0
    assert mask[row, -c0:230 - c0 + 1].all()
    assert mask[row, :-c0].sum() == 0
    assert np.isnan(cell_raster(grid, mast.iloc[0], profile)[0][row, :-c0]).all()


# ----------------------------------------------------------------------------- cache (8)


@pytest.fixture
def spy(monkeypatch):
    """Record the site of every mast the engine actually computes."""
    calls: list = []
    real = coverage.mast_point_levels

    def counting(grid, cells, pts, profile):
        calls.append(cells["site_id"].iloc[0])
        return real(grid, cells, pts, profile)

    monkeypatch.setattr(coverage, "mast_point_levels", counting)
    return calls


def cache_files(cache) -> dict:
    return {p.relative_to(cache): p.stat().st_mtime_ns for p in cache.rglob("*.npz")}


def run(project, grid, **kwargs):
    return analyse(project, grid=grid, workers=1, **kwargs)


def test_second_run_computes_nothing_and_gives_the_same_table(cache, spy):
    grid = make_grid(Z)
    project = two_masts().project()
    first = run(project, grid)
    assert sorted(spy) == ["S1", "S2"]
    files = cache_files(cache)
    assert len([f for f in files if f.parts[0] == "cells"]) == 2
    assert len([f for f in files if f.parts[0] == "runs"]) == 1

    spy.clear()
    second = run(project, grid)
    assert spy == []
    assert cache_files(cache) == files  # nothing written, nothing rewritten
    pd.testing.assert_frame_equal(first.villages, second.villages)
    assert first.summary == second.summary

    # without the bundle, the per-mast entries are read: still nothing computed
    third = run(project, grid, bundle=False)
    assert spy == []
    pd.testing.assert_frame_equal(first.villages, third.villages)

    # and with the cache off, everything is computed, to the same result
    fresh = run(project, grid, use_cache=False)
    assert sorted(spy) == ["S1", "S2"]
    pd.testing.assert_frame_equal(first.villages, fresh.villages)


def test_changing_one_cell_recomputes_only_its_mast(cache, spy):
    grid = make_grid(Z)
    w = two_masts()
    before = run(w.project(), grid)
    spy.clear()
    w.cells[2]["eirp_dbm"] += 6.0  # S2's 3G cell
    after = run(w.project(), grid)
    assert spy == ["S2"]
    t0, t1 = before.villages.set_index("village_id"), after.villages.set_index("village_id")
    pd.testing.assert_series_equal(t0["level_4G"], t1["level_4G"])
    pd.testing.assert_series_equal(t0["level_2G"], t1["level_2G"])
    reached = t0["level_3G"].notna()
    assert reached.sum() >= 2
    np.testing.assert_allclose(t1.loc[reached, "level_3G"] - t0.loc[reached, "level_3G"], 6.0,
                               atol=0.11)  # float16 cache + 0.1 dB rounding of the table


def test_a_damaged_cache_entry_is_recomputed(cache, spy):
    grid = make_grid(Z)
    project = two_masts().project()
    first = run(project, grid, bundle=False)
    spy.clear()
    victim = sorted((cache / "cells").rglob("*.npz"))[0]
    victim.write_bytes(b"not an npz")
    again = run(project, grid, bundle=False)
    assert len(spy) == 1
    pd.testing.assert_frame_equal(first.villages, again.villages)


def test_thresholds_reclassify_without_recomputing(cache, spy):
    grid = make_grid(Z)
    w = two_masts()
    before = run(w.project(), grid)
    spy.clear()
    strict = small_profile(signal_dbm={"2G": -20.0, "3G": -20.0, "4G": -20.0, "5G": -20.0},
                           broadband_dbm={"3G": -20.0, "4G": -20.0, "5G": -20.0},
                           weak_pocket_share=0.5, fiber_drop_reach_m=1.0)
    after = run(w.project(strict), grid)
    assert spy == []
    for col in ("level_2G", "level_3G", "level_4G"):
        pd.testing.assert_series_equal(before.villages[col], after.villages[col])
    assert before.villages["mobile_signal"].any()
    assert not after.villages["mobile_signal"].any()
    assert after.profile["signal_dbm"]["4G"] == -20.0


@pytest.mark.parametrize("change", [{"receiver_height_m": 10.0}, {"indoor_loss_db": 12.0},
                                    {"max_radius_m": 4000.0},
                                    {"models": {"2G": "free-space"}}])
def test_radio_settings_recompute_every_mast(cache, spy, change):
    grid = make_grid(Z)
    w = two_masts()
    before = run(w.project(), grid)
    spy.clear()
    after = run(w.project(small_profile(**change)), grid)
    assert sorted(spy) == ["S1", "S2"]
    assert not before.villages["level_2G"].equals(after.villages["level_2G"])


def test_moving_a_village_recomputes_every_mast(cache, spy):
    grid = make_grid(Z)
    w = two_masts()
    run(w.project(), grid)
    spy.clear()
    w.villages[2]["row"] += 4
    run(w.project(), grid)
    assert sorted(spy) == ["S1", "S2"]


def test_cache_stays_in_the_folder_it_is_told(cache, spy):
    run(two_masts().project(), make_grid(Z))
    assert cache.is_dir() and any(cache.rglob("*.npz"))


def test_reordered_cells_keep_their_own_levels(cache, spy):
    """Rows of the sites file in another order (same cells): the warm cache must hand every
    cell its own levels, not those of the cell that used to sit at its position."""
    grid = make_grid(Z)
    w = two_masts()
    before = run(w.project(), grid).villages
    w.cells.insert(0, w.cells.pop())  # S2's cell first; S1's two cells keep their order
    spy.clear()
    after = run(w.project(), grid).villages
    assert spy == []  # every mast is still in the cache
    pd.testing.assert_frame_equal(before, after)
    # the same with the per-mast entries alone
    again = run(w.project(), grid, bundle=False).villages
    pd.testing.assert_frame_equal(before, again)
