"""Map images made in the core: hillshade, the dBm ramp, coverage composites."""

from __future__ import annotations

import numpy as np
import pytest
from engine_world import World, make_grid, ridge
from PIL import Image

from coverage_planner.core.analysis.villages import analyse
from coverage_planner.core.engine import rendering
from coverage_planner.core.engine.composites import composites
from coverage_planner.core.engine.coverage import metric_cells


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))


def test_hillshade_lights_slopes_facing_the_sun():
    y, x = np.mgrid[0:50, 0:50].astype(float)
    facing_nw = (x + y) * 10.0  # rows run south, columns east: rises to the SE, faces the NW
    facing_se = -facing_nw
    assert np.nanmean(rendering.hillshade(facing_nw, 30.0)) > \
        np.nanmean(rendering.hillshade(facing_se, 30.0)) + 0.3
    flat_shade = rendering.hillshade(np.full((10, 10), 5.0), 30.0)
    assert np.allclose(flat_shade, np.sin(np.radians(45.0)))


def test_ramp_is_transparent_below_the_floor_and_greener_when_stronger():
    rgba = rendering.ramp_colours(np.array([[-130.0, -110.0, -70.0, np.nan]]), floor=-115.0)
    assert rgba[0, 0, 3] == 0 and rgba[0, 3, 3] == 0
    assert rgba[0, 1, 3] > 0 and rgba[0, 2, 3] > 0
    assert rgba[0, 2, 1] > rgba[0, 1, 1] - 0  # green channel grows with the level
    assert rgba[0, 1, 0] > rgba[0, 2, 0]  # red fades


def test_hillshade_png_is_in_web_mercator_with_lonlat_bounds(tmp_path):
    grid = make_grid(ridge())
    path, (south, west, north, east) = rendering.hillshade_png(grid, tmp_path / "h.png")
    img = Image.open(path)
    assert img.mode == "RGBA" and img.size[0] > 100
    assert 21.0 < south < north < 23.5 and 103.0 < west < east < 105.0


def test_composite_matches_the_village_levels_and_the_ridge_shadow():
    w = World()
    w.cell("S", 200, 200, technology="4G", eirp_dbm=40.0, tilt_deg=np.nan)
    w.village("A", 200, 140)
    w.village("B", 200, 260)
    z = ridge(col=230, height=250.0, base=100.0)
    grid = make_grid(z)
    project = w.project()
    villages = analyse(project, grid=grid, workers=1).villages.set_index("village_id")
    comp = composites(grid, metric_cells(project.cells, grid.crs), project.profile, workers=1)
    layer = comp[("4G", "Viettel")]
    assert layer[200, 140] == pytest.approx(villages.loc["A", "level_4G"], abs=0.2)
    assert layer[200, 260] == pytest.approx(villages.loc["B", "level_4G"], abs=0.2)
    assert layer[200, 260] < layer[200, 140] - 20  # behind the ridge
    # cached: a second call reads the file
    again = composites(grid, metric_cells(project.cells, grid.crs), project.profile, workers=1)
    assert np.allclose(np.nan_to_num(again[("4G", "Viettel")], nan=-999),
                       np.nan_to_num(layer, nan=-999), atol=0.1)


def test_coarse_grid_averages_blocks():
    grid = make_grid(np.arange(16, dtype=np.float32).reshape(4, 4))
    coarse = rendering.coarse_grid(grid, 2)
    assert coarse.shape == (2, 2) and coarse.res == grid.res * 2
    assert coarse.z[0, 0] == pytest.approx(np.mean([0, 1, 4, 5]))
