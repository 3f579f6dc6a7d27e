"""Terrain: the metric grid, fans of rays, the transmitter's horizon and line of sight."""

from __future__ import annotations

import math

import numpy as np
import pytest
from engine_world import CRS, KA, RES, X0, Y0, flat, make_grid, ridge, write_dem, xy

from coverage_planner.core.engine.terrain import (
    fan_geometry,
    line_of_sight,
    load_grid,
    make_fan,
    to_window,
)


def east_ray(fan) -> int:
    """Index of the ray closest to due east (its samples stay on the site's row out to ~400 px)."""
    n_rays = fan_geometry(fan.radius_px)[-1]
    return int(np.rint(n_rays / 4))


# ------------------------------------------------------------------------------- the grid


def test_projected_geotiff_is_read_as_it_is(tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    z = ridge(n=41, col=20)
    grid = load_grid(write_dem(tmp_path / "dem.tif", z))
    assert grid.crs == CRS
    assert (grid.x0, grid.y0, grid.res) == (X0, Y0, RES)
    np.testing.assert_array_equal(grid.z, z)
    # a metric DEM is used in place: nothing is reprojected into the cache
    assert not (tmp_path / "cache" / "dem").exists()


def test_pixel_lookup_round_trips_through_centres():
    grid = make_grid(flat(50))
    rows, cols = np.array([0, 7, 49]), np.array([3, 0, 49])
    x, y = grid.centre_xy(rows, cols)
    r, c = grid.rc(x, y)
    np.testing.assert_array_equal(r, rows)
    np.testing.assert_array_equal(c, cols)
    # the pixel's top-left corner belongs to it; one metre west is the neighbour
    assert grid.rc(X0 + 3 * RES, Y0 - 5 * RES) == (5, 3)
    assert grid.rc(X0 + 3 * RES - 1.0, Y0 - 5 * RES) == (5, 2)
    assert np.isnan(grid.height_at(X0 - 1.0, Y0 - 1.0))


# ---------------------------------------------------------------------- the horizon scan


def test_horizon_is_the_ridge_behind_it_and_the_previous_sample_before_it():
    """One-pixel ridge 30 px east of the site: every sample beyond takes it as its horizon."""
    grid = make_grid(ridge(col=230, height=250.0, base=100.0))
    fan = make_fan(grid, *xy(200, 200), 30.0, 5000.0)
    i = east_ray(fan)
    ridge_d = 30 * RES
    j_ridge = 29  # sample index of distance 30 px
    assert fan.dist[j_ridge] == ridge_d
    drop = fan.dist ** 2 / (2 * KA)
    np.testing.assert_allclose(fan.z[i], np.where(np.arange(len(fan.dist)) == j_ridge, 250.0,
                                                  100.0) - drop, atol=1e-9)
    beyond = slice(j_ridge + 1, None)
    np.testing.assert_array_equal(fan.horizon_d[i, beyond], ridge_d)
    np.testing.assert_allclose(fan.horizon_h[i, beyond], 250.0 - drop[j_ridge], atol=1e-9)
    np.testing.assert_allclose(fan.horizon[i, beyond], (250.0 - drop[j_ridge] - 130.0) / ridge_d)
    # before the ridge, over flat ground within the radio horizon, the slope keeps rising: the
    # horizon of each sample is the previous sample
    before = np.arange(1, j_ridge + 1)
    np.testing.assert_array_equal(fan.horizon_d[i, before], fan.dist[before - 1])
    assert np.isneginf(fan.horizon[i, 0]) and fan.horizon_d[i, 0] == 0.0


def test_restricted_fan_matches_the_full_fan():
    grid = make_grid(ridge(col=230))
    full = make_fan(grid, *xy(200, 200), 30.0, 5000.0)
    rays = np.array([5, 314, 900])
    part = make_fan(grid, *xy(200, 200), 30.0, 5000.0, rays=rays)
    for name in ("z", "horizon", "horizon_d", "horizon_h"):
        np.testing.assert_array_equal(getattr(part, name), getattr(full, name)[rays])


# ------------------------------------------------------------- earth curvature and LOS


def test_line_of_sight_ends_at_the_radio_horizon_on_a_flat_earth():
    """Flat ground, 10 m mast, 1.5 m receiver, k = 4/3: visible out to
    sqrt(2 k a h_tx) + sqrt(2 k a h_rx) = 13.04 + 5.05 = 18.08 km, nothing beyond."""
    res = 100.0
    grid = make_grid(flat(501, 0.0), res=res)
    h_tx, h_rx = 10.0, 1.5
    horizon = math.sqrt(2 * KA * h_tx) + math.sqrt(2 * KA * h_rx)
    assert 18_000 < horizon < 18_200
    fan = make_fan(grid, *xy(250, 250, res), h_tx, 25_000.0)
    los = line_of_sight(fan, h_rx)
    assert los.shape == (1571, 250)  # every ray of a 250 px radius, every sample
    near = fan.dist <= horizon - 150.0
    far = fan.dist >= horizon + 150.0
    assert los[:, near].all()
    assert not los[:, far].any()
    # the window spreads the same disc: pixels within the horizon are lit, beyond are dark
    win = to_window(fan, los, fill=False, dtype=bool)
    dr, dc = np.mgrid[-250:251, -250:251]
    r = np.hypot(dr, dc) * res
    assert win[r <= horizon - 150.0].all()
    assert not win[r >= horizon + 150.0].any()


def test_a_flat_earth_sees_everything():
    grid = make_grid(flat(501, 0.0), res=100.0)
    fan = make_fan(grid, *xy(250, 250, 100.0), 10.0, 25_000.0, k=math.inf)
    assert line_of_sight(fan, 1.5).all()


def test_a_ridge_casts_a_shadow_that_a_tall_receiver_sees_over():
    grid = make_grid(ridge(col=230, height=250.0, base=100.0))
    fan = make_fan(grid, *xy(200, 200), 30.0, 5000.0)
    i = east_ray(fan)
    los = line_of_sight(fan, 1.5)[i]
    assert los[:29].all()  # up to and including the ridge top
    assert not los[30:].any()
    # at 1500 m the line from the antenna (130 m) over the crest (250 m at 750 m) is at
    # 130 + 2 x 120 = 370 m: a receiver needs ~270 m above the 100 m ground to see over it
    # (270.07 m with the curvature drops of 0.03 m at the crest and 0.13 m at the receiver)
    assert line_of_sight(fan, 270.2)[i][59]
    assert not line_of_sight(fan, 269.9)[i][59]


# ------------------------------------------------------------------------------- rays


@pytest.mark.parametrize("radius_px", [40, 200, 800])
def test_rays_are_at_most_a_pixel_apart_at_the_edge(radius_px):
    ray_dr, ray_dc, dist, *_, n_rays = fan_geometry(radius_px)
    assert n_rays >= 2 * math.pi * radius_px
    assert ray_dr.shape == (n_rays, radius_px)
    assert dist[0] == 1 and dist[-1] == radius_px
    # the outermost samples of neighbouring rays are neighbours
    step = np.hypot(np.diff(ray_dr[:, -1]), np.diff(ray_dc[:, -1]))
    assert step.max() <= math.sqrt(2) + 1e-9
