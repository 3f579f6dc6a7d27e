"""Terrain heights at the DEM's own posts (engine.dem_posts, the profile's ``terrain_heights``):
the nearest post of the source file, not the reprojected grid interpolated twice."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from engine_world import make_grid, write_geographic_dem
from pyproj import Transformer

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.engine import dem_posts, paths, terrain
from coverage_planner.core.engine.coverage import run_prefix
from coverage_planner.core.engine.linkbudget import model_statements
from coverage_planner.core.engine.mast_levels import point_levels, power_raster
from coverage_planner.core.engine.rendering import coarse_grid
from coverage_planner.core.project.profile import CoverageProfile

PPD = 1200  # 3″ posts, as SRTM
LON0, LAT0 = 103.70, 22.45  # the north-west corner of the test DEM (outer edge)
N = 300  # posts per side: 0.25° (~27 km)
RNG = np.random.default_rng(3)


@pytest.fixture
def geo_dem(tmp_path, monkeypatch):
    """A geographic 3″ DEM with rough relief (every post a different height), its file path."""
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    z = (800 + 300 * np.sin(np.arange(N) / 17.0)[None, :] * np.cos(np.arange(N) / 23.0)[:, None]
         + RNG.uniform(-40, 40, (N, N))).astype(np.float32)
    return write_geographic_dem(tmp_path / "dem.tif", z, LON0, LAT0, PPD), z


def post_centres(grid, rows, cols):
    """Metric (x, y) on ``grid`` of the posts (rows, cols) of the test DEM."""
    lon = LON0 + (cols + 0.5) / PPD
    lat = LAT0 - (rows + 0.5) / PPD
    return Transformer.from_crs("EPSG:4326", grid.crs, always_xy=True).transform(lon, lat)


def test_a_reprojected_grid_remembers_its_source(geo_dem):
    path, _ = geo_dem
    grid = terrain.load_grid(path)
    assert grid.source == str(path)
    again = terrain.load_grid(path)  # from the disk cache
    assert again.source == str(path)
    assert grid.with_clutter(np.zeros(grid.shape, np.int8)).source == str(path)
    assert coarse_grid(grid, 4).source == str(path)  # the province-wide images' grid


def test_posts_read_the_source_exactly_where_interpolation_smooths(geo_dem):
    path, z = geo_dem
    grid = terrain.load_grid(path)
    rows = RNG.integers(20, N - 20, 400)
    cols = RNG.integers(20, N - 20, 400)
    x, y = post_centres(grid, rows, cols)
    posts = paths.ground(grid, x, y, "dem-posts")
    np.testing.assert_array_equal(posts, z[rows, cols])
    smooth = paths.ground(grid, x, y, "interpolated")
    assert np.abs(smooth - z[rows, cols]).mean() > 5.0  # bilinear twice: not the posts
    # a point anywhere inside a post's cell takes that post (within 40 % of a post of its centre)
    lon = LON0 + (cols + 0.5 + RNG.uniform(-0.4, 0.4, 400)) / PPD
    lat = LAT0 - (rows + 0.5 + RNG.uniform(-0.4, 0.4, 400)) / PPD
    x2, y2 = Transformer.from_crs("EPSG:4326", grid.crs, always_xy=True).transform(lon, lat)
    np.testing.assert_array_equal(paths.ground(grid, x2, y2, "dem-posts"), z[rows, cols])


def test_the_fitted_reprojection_matches_pyproj():
    tr = Transformer.from_crs("EPSG:32648", "EPSG:4326", always_xy=True)
    x = 400_000 + RNG.uniform(-15_000, 15_000, 5000)
    y = 2_480_000 + RNG.uniform(-15_000, 15_000, 5000)
    lon, lat = dem_posts._to_source("EPSG:32648", "EPSG:4326", x, y, 0.01 / PPD)
    ex, ey = tr.transform(x, y)
    assert np.abs(lon - ex).max() < 1e-6 and np.abs(lat - ey).max() < 1e-6  # < 0.1 m


def test_outside_the_source_the_grid_height_is_used(geo_dem):
    path, _ = geo_dem
    grid = terrain.load_grid(path)
    x = np.array([grid.x0 - 2000.0, grid.x0 + 100 * grid.res])  # 2 km west of the source
    y = np.array([grid.y0 - 100 * grid.res] * 2)
    got = paths.ground(grid, x, y, "dem-posts")
    assert np.isfinite(got).all()
    assert got[0] == paths.sample(grid, x[:1], y[:1])[0]  # the interpolated (edge) height
    assert got[1] != paths.sample(grid, x[1:], y[1:])[0]  # inside: a post


def test_a_grid_without_a_source_is_its_own_posts():
    z = RNG.uniform(0, 500, (40, 40)).astype(np.float32)
    grid = make_grid(z)
    rows, cols = RNG.integers(0, 40, 100), RNG.integers(0, 40, 100)
    x, y = grid.centre_xy(rows, cols)
    x = x + RNG.uniform(-0.45, 0.45, 100) * grid.res
    y = y + RNG.uniform(-0.45, 0.45, 100) * grid.res
    np.testing.assert_array_equal(paths.ground(grid, x, y, "dem-posts"), z[rows, cols])
    with pytest.raises(ValueError, match="dem-posts"):
        paths.ground(grid, x, y, "cubic")


def test_profiles_and_levels_follow_the_setting(geo_dem):
    path, z = geo_dem
    grid = terrain.load_grid(path)
    cx, cy = post_centres(grid, np.array([150]), np.array([150]))
    cell = pd.Series({"x": cx[0], "y": cy[0], "height_m": 30.0, "technology": "2G",
                      "frequency_mhz": 900.0, "eirp_dbm": 60.0, "azimuth_deg": np.nan,
                      "beamwidth_deg": np.nan, "tilt_deg": np.nan, "operator": "t",
                      "site_id": "S", "cell_id": "S-1"})
    posts = CoverageProfile(max_radius_m=8000.0, models={"2G": "itm"},
                            terrain_heights="dem-posts")
    smooth = CoverageProfile(max_radius_m=8000.0, models={"2G": "itm"})
    rows, cols = RNG.integers(80, 220, 60), RNG.integers(80, 220, 60)
    px, py = post_centres(grid, rows, cols)
    for b in paths.point_batches(grid, cx[0], cy[0], px, py, heights="dem-posts"):
        np.testing.assert_array_equal(b.heights[:, -1], z[rows[b.index], cols[b.index]])
        assert b.heights[0, 0] == z[150, 150]
    a = point_levels(grid, pd.DataFrame([cell]), px, py, posts)
    b = point_levels(grid, pd.DataFrame([cell]), px, py, smooth)
    assert np.isfinite(a).all() and np.abs(a - b).max() > 1.0
    ra, _ = power_raster(grid, cell, posts)
    rb, _ = power_raster(grid, cell, smooth)
    both = np.isfinite(ra) & np.isfinite(rb)
    assert both.sum() > 10_000 and np.abs(ra - rb)[both].mean() > 0.5


def test_the_setting_is_checked_stated_and_part_of_the_cache_key():
    with pytest.raises(DataError) as err:
        CoverageProfile.from_dict({"terrain_heights": "cubic"}, "profile.json")
    assert "dem-posts" in str(err.value) and "terrain_heights" in str(err.value)
    grid = make_grid(np.zeros((10, 10), np.float32))
    default = CoverageProfile()
    posts = CoverageProfile.from_dict({"terrain_heights": "dem-posts"})
    assert run_prefix(grid, "p", default) != run_prefix(grid, "p", posts)
    cells = pd.DataFrame({"technology": ["2G"]})
    assert not any("posts" in t.en for t in model_statements(cells, default))
    stated = [t for t in model_statements(cells, posts) if "posts" in t.en]
    assert stated and "SPLAT!" in stated[0].vi
