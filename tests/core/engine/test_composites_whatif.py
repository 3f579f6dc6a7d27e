"""A scenario's coverage layers from the baseline's: only what the edits change is swept again,
and the layers equal a full run's."""

from __future__ import annotations

import numpy as np
import pytest
from engine_world import World, make_grid, ridge, small_profile

from coverage_planner.core.engine import composites as comp_mod
from coverage_planner.core.engine.composites import composites
from coverage_planner.core.engine.coverage import metric_cells

PROFILE = small_profile(max_radius_m=1500.0)  # 60 px discs on a 401 px grid


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))


def base_world() -> World:
    w = World()
    for k, (row, col) in enumerate(((60, 60), (60, 200), (60, 340), (200, 60), (200, 200),
                                    (340, 60), (340, 340), (250, 230))):
        w.cell(f"S{k}", row, col, technology="4G", tilt_deg=np.nan)
        if k % 2:
            w.cell(f"S{k}", row, col, technology="2G", frequency_mhz=900.0, tilt_deg=np.nan)
    w.cell("V1", 120, 300, technology="4G", operator="VNPT", tilt_deg=np.nan)
    return w


def cells_of(w: World, grid):
    return metric_cells(w.project(PROFILE).cells, grid.crs)


def same(a: dict, b: dict) -> None:
    """The very same values (both at the cache's float16 precision), NaN at the same pixels."""
    assert sorted(a) == sorted(b)
    for key in a:
        np.testing.assert_array_equal(a[key], b[key], err_msg=str(key))


def edited(kind: str) -> World:
    w = base_world()
    if kind == "add":
        w.cell("N", 330, 200, technology="4G", tilt_deg=np.nan)
    elif kind == "remove":
        w.cells = [c for c in w.cells if c["site_id"] != "S4"]
    elif kind == "move":
        for c in w.cells:
            if c["site_id"] == "S1":
                c["row"], c["col"] = 90, 230
    elif kind == "taller":
        for c in w.cells:
            if c["site_id"] == "S6":
                c["height_m"] = 45.0
    elif kind == "last_of_its_layer":
        w.cells = [c for c in w.cells if c["site_id"] != "V1"]
    elif kind == "new_layer":
        w.cell("M", 300, 120, technology="4G", operator="MobiFone", tilt_deg=np.nan)
    return w


@pytest.mark.parametrize("kind", ["add", "remove", "move", "taller", "last_of_its_layer",
                                  "new_layer"])
def test_scenario_layers_equal_a_full_run(kind, monkeypatch):
    grid = make_grid(ridge(col=230, height=250.0, base=100.0))
    base = cells_of(base_world(), grid)
    scenario = cells_of(edited(kind), grid)
    full = composites(grid, scenario, PROFILE, workers=1, use_cache=False)
    swept = []
    original = comp_mod._chunk
    monkeypatch.setattr(comp_mod, "_chunk", lambda groups: (swept.extend(groups),
                                                            original(groups))[1])
    composites(grid, base, PROFILE, workers=1)  # the baseline's layers, cached
    swept.clear()
    fast = composites(grid, scenario, PROFILE, workers=1, baseline_cells=base)
    same(full, fast)
    n_masts = len(comp_mod.group_masts(scenario))
    assert len(swept) < n_masts  # not every mast again
    if kind in ("add", "new_layer"):
        assert len(swept) == 1  # the new mast alone


def test_far_masts_are_not_swept_again_for_a_removal(monkeypatch):
    grid = make_grid(ridge(col=230, height=250.0, base=100.0))
    base = cells_of(base_world(), grid)
    w = base_world()
    w.cells = [c for c in w.cells if c["site_id"] != "S0"]  # the north-west corner
    scenario = cells_of(w, grid)
    composites(grid, base, PROFILE, workers=1)
    swept = []
    original = comp_mod._chunk
    monkeypatch.setattr(comp_mod, "_chunk", lambda groups: (swept.extend(groups),
                                                            original(groups))[1])
    composites(grid, scenario, PROFILE, workers=1, baseline_cells=base)
    sites = {scenario.iloc[g]["site_id"].iloc[0] for g in swept}
    # the masts within two disc radii of S0 (60, 60): S1 at (60, 200) and S3 at (200, 60)
    # are 140 px away, beyond 2 × 60 + 1: nothing to sweep again
    assert sites == set()
