"""Terrain profiles (engine.paths) and the model dispatch over them (engine.pathloss): the point
and the raster shapes agree, the profiles are where they say, and each model keeps its limits."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from engine_world import RES, X0, Y0, make_grid

from coverage_planner.core.engine import pathloss, paths, propagation
from coverage_planner.core.engine.clutter import clutter_loss, height_gain_loss
from coverage_planner.core.engine.mast_levels import point_levels, window_levels
from coverage_planner.core.project.profile import CoverageProfile

RNG = np.random.default_rng(12)


def rough(n: int = 120) -> np.ndarray:
    """Hilly terrain: a few smooth ridges plus noise (m)."""
    y, x = np.mgrid[0:n, 0:n] * RES
    z = (300 + 120 * np.sin(x / 900.0) * np.cos(y / 1300.0) + 60 * np.sin((x + y) / 400.0)
         + RNG.normal(0, 3, (n, n)))
    return z.astype(np.float32)


def radial_profiles(r: int = 6, n: int = 80) -> np.ndarray:
    d = np.arange(n) * 50.0
    base = 200 + 80 * np.sin(d[None, :] / 700.0 + np.arange(r)[:, None])
    return base + RNG.normal(0, 4, (r, n))


def test_bilinear_sampling_is_exact_on_a_plane():
    yy, xx = np.mgrid[0:40, 0:50]
    grid = make_grid(10.0 + 0.5 * xx - 0.25 * yy)
    # a pixel centre (row, col) is at x = X0 + (col + 0.5) RES, y = Y0 - (row + 0.5) RES
    col = RNG.uniform(0, 49, 200)
    row = RNG.uniform(0, 39, 200)
    z = paths.sample(grid, X0 + (col + 0.5) * RES, Y0 - (row + 0.5) * RES)
    np.testing.assert_allclose(z, 10.0 + 0.5 * col - 0.25 * row, atol=1e-3)


def test_point_paths_start_at_the_mast_and_end_at_each_point():
    grid = make_grid(rough())
    sx, sy = X0 + 30.5 * RES, Y0 - 40.5 * RES
    xs = X0 + RNG.uniform(2, 118, 50) * RES
    ys = Y0 - RNG.uniform(2, 118, 50) * RES
    seen = np.zeros(50, bool)
    for b in paths.point_batches(grid, sx, sy, xs, ys):
        seen[b.index] = True
        np.testing.assert_allclose(b.heights[:, 0], paths.sample(grid, sx, sy), atol=1e-3)
        np.testing.assert_allclose(b.heights[:, -1], paths.sample(grid, xs[b.index], ys[b.index]),
                                   atol=1e-3)
        np.testing.assert_allclose(b.d_total, np.hypot(xs[b.index] - sx, ys[b.index] - sy))
        assert b.heights.shape[1] >= np.ceil(b.d_total.max() / RES)  # about a pixel apart
    assert seen.all()


@pytest.mark.parametrize("model", ["free-space", "38901-rma", "hata", "p452"])
def test_along_equals_paths_on_every_prefix(model):
    h = radial_profiles()
    step = 50.0
    along, los_a = pathloss.loss_along(model, h, step, 30.0, 1.5, 900.0)
    for j in (2, 7, 30, 79):
        one, los_p = pathloss.path_loss(model, h[:, :j + 1], np.full(len(h), j * step), 30.0, 1.5,
                                        900.0)
        np.testing.assert_allclose(along[:, j], one, atol=1e-6)
        np.testing.assert_array_equal(los_a[:, j], los_p)


def test_line_of_sight_over_a_ridge_and_over_flat_ground():
    n = 101
    flat = np.full((1, n), 100.0)
    assert pathloss.los_paths(flat, [5000.0], 30.0, 1.5)[0]
    ridge = flat.copy()
    ridge[0, 50] = 160.0  # 60 m above the ground, the line passes ~15 m there
    assert not pathloss.los_paths(ridge, [5000.0], 30.0, 1.5)[0]
    # the earth's bulge alone hides a low receiver 60 km away behind flat ground
    assert not pathloss.los_paths(flat, [60_000.0], 10.0, 1.5)[0]


def test_free_space_model_is_friis():
    h = radial_profiles()
    loss, _ = pathloss.path_loss("free-space", h, np.full(len(h), 4000.0), 30.0, 1.5, 1800.0)
    np.testing.assert_allclose(loss, propagation.free_space_loss(4000.0, 1800.0))


def test_hata_quick_keeps_its_height_range_and_the_terrain_floor():
    h = radial_profiles(r=20, n=200)
    d = np.full(20, 199 * 50.0)
    quick, _ = pathloss.path_loss("hata", h, d, 30.0, 1.5, 900.0)
    floor, _ = pathloss.path_loss("p452", h, d, 30.0, 1.5, 900.0)
    assert (quick >= floor - 1e-9).all()
    hb = pathloss._hata_heights_paths(h, d, 30.0)
    assert hb.min() >= 30.0 and hb.max() <= 200.0
    # a mast 500 m above the valley is taken at 200 m, not 300 m as the old engine clipped it
    valley = np.full((1, 200), 0.0)
    valley[0, 0] = 500.0
    assert pathloss._hata_heights_paths(valley, d[:1], 30.0)[0] == 200.0


def test_unknown_model_is_refused():
    with pytest.raises(ValueError, match="unknown propagation model"):
        pathloss.path_loss("okumura-2", np.zeros((1, 5)), [100.0], 30.0, 1.5, 900.0)


def test_clutter_height_gain_loss():
    # no clutter height, no loss; a receiver among 15 m trees at 900 MHz loses ~19 dB (P.452
    # eq. 57 by hand: 10.25 · 0.998 · e^-0.05 · (1 + tanh 3.15) - 0.33)
    assert height_gain_loss(1.5, 0.0, 0.0, 900.0) == 0.0
    expect = (10.25 * (0.25 + 0.375 * (1 + np.tanh(7.5 * 0.4))) * np.exp(-0.05)
              * (1 - np.tanh(6 * (1.5 / 15 - 0.625))) - 0.33)
    assert float(height_gain_loss(1.5, 15.0, 50.0, 900.0)) == pytest.approx(expect)
    # a mast above the trees is not affected
    assert float(height_gain_loss(40.0, 15.0, 50.0, 900.0)) == 0.0
    codes = np.array([0, 5, 6])
    table = {"forest": {"extra_db": 2.0}}
    got = clutter_loss(codes, 1.5, 900.0, table)
    assert got[0] == 0.0 and got[2] == 0.0 and got[1] == pytest.approx(expect + 2.0)
    np.testing.assert_allclose(clutter_loss(codes, 1.5, 900.0, table, height_gain=False),
                               [0.0, 2.0, 0.0])


def _cell(x, y, model_f=900.0):
    return pd.DataFrame([{
        "site_id": "S", "cell_id": "S-1", "operator": "Viettel", "technology": "2G",
        "frequency_mhz": model_f, "height_m": 30.0, "eirp_dbm": 58.0, "azimuth_deg": np.nan,
        "beamwidth_deg": np.nan, "tilt_deg": 0.0, "x": x, "y": y}])


@pytest.mark.parametrize("model", ["free-space", "p452"])
def test_raster_and_points_agree_at_pixel_centres(model):
    grid = make_grid(rough())
    profile = CoverageProfile(max_radius_m=1200.0, models={"2G": model})
    sx, sy = X0 + 60.5 * RES, Y0 - 60.5 * RES
    cells = _cell(sx, sy)
    win, row0, col0, r = window_levels(grid, cells, profile)
    rr, cc = RNG.integers(-r + 3, r - 3, (2, 60))
    keep = np.hypot(rr, cc) <= r - 2
    rr, cc = rr[keep], cc[keep]
    px = X0 + (col0 + cc + 0.5) * RES
    py = Y0 - (row0 + rr + 0.5) * RES
    pts = point_levels(grid, cells, px, py, profile)[0]
    ras = win[0, rr + r, cc + r]
    # the raster takes each pixel's nearest radial sample: within a pixel of the exact path
    err = np.abs(pts - ras)
    assert np.median(err) < 1.0
    assert np.isfinite(ras).all()


def test_clutter_on_the_grid_lowers_the_level_at_forest_points():
    z = rough()
    codes = np.full(z.shape, 6, np.int8)  # open
    codes[:, 80:] = 5  # forest to the east
    grid = make_grid(z).with_clutter(codes)
    plain = make_grid(z)
    assert grid.digest != plain.digest
    profile = CoverageProfile(max_radius_m=3000.0, models={"2G": "p452"})
    sx, sy = X0 + 60.5 * RES, Y0 - 60.5 * RES
    px = X0 + np.array([40.5, 100.5]) * RES
    py = Y0 - np.array([60.5, 60.5]) * RES
    with_c = point_levels(grid, _cell(sx, sy), px, py, profile)[0]
    without = point_levels(plain, _cell(sx, sy), px, py, profile)[0]
    assert with_c[0] == pytest.approx(without[0])  # open land: no clutter loss
    assert without[1] - with_c[1] == pytest.approx(
        float(height_gain_loss(1.5, 15.0, 50.0, 900.0)), abs=0.01)


def test_a_cell_may_name_its_own_model():
    """A sites table's ``propagation_model`` overrides the profile's model for that cell only:
    its levels, the statements, the validity notes and the cache key follow it."""
    from coverage_planner.core.engine.coverage import cell_keys
    from coverage_planner.core.engine.linkbudget import model_statements, validity_notes

    grid = make_grid(rough())
    sx, sy = X0 + 60.5 * RES, Y0 - 60.5 * RES
    px = X0 + RNG.uniform(20, 100, 40) * RES
    py = Y0 - RNG.uniform(20, 100, 40) * RES
    two = pd.concat([_cell(sx, sy), _cell(sx, sy).assign(cell_id="S-2")], ignore_index=True)
    two["propagation_model"] = ["itm", ""]
    profile = CoverageProfile(max_radius_m=3000.0, models={"2G": "p452"})
    lv = point_levels(grid, two, px, py, profile)
    as_itm = point_levels(grid, _cell(sx, sy), px, py,
                          CoverageProfile(max_radius_m=3000.0, models={"2G": "itm"}))[0]
    as_p452 = point_levels(grid, _cell(sx, sy), px, py, profile)[0]
    np.testing.assert_array_equal(lv[0], as_itm)
    np.testing.assert_array_equal(lv[1], as_p452)
    assert np.abs(as_itm - as_p452).max() > 1.0
    said = [t.en for t in model_statements(two, profile)]
    assert len(said) == 2 and said[0].startswith("2G (1 cells): Longley") and "P.452" in said[1]
    assert [t.en for t in model_statements(_cell(sx, sy), profile)][0].startswith("2G: ")
    low = two.assign(frequency_mhz=10.0)  # below both models' ranges: one note per model
    notes = [t.en for t in validity_notes(low, profile) if "outside" in t.en]
    assert any("'itm'" in n for n in notes) and any("'p452'" in n for n in notes)
    keys = cell_keys(two)
    assert keys[0] != cell_keys(two.assign(propagation_model=""))[0]
