"""ITU-R P.452-16 delta-Bullington model (propagation.p452) against pycraf's P.452-16 (the
reference fixture), along == path on prefixes, its limits, and its refusals."""

from __future__ import annotations

import subprocess
import sys
import warnings

import numpy as np
import pytest
from reference_paths import load_reference_paths, stats

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.engine.propagation.common import ModelValidityWarning, free_space_loss
from coverage_planner.core.engine.propagation.diffraction import (
    earth_bulge_m,
    fresnel_v,
    knife_edge_loss,
)
from coverage_planner.core.engine.propagation.p452 import (
    P452InputError,
    p452_loss_along,
    p452_path_loss,
)


@pytest.fixture(scope="module")
def paths():
    return load_reference_paths()


def _ours(p):
    return p452_path_loss(p["heights"], p["d_total_m"], p["h_tx_m"], p["h_rx_m"], p["f_mhz"])


def test_against_pycraf_p452(paths):
    """|mean| <= 2 dB and RMS <= 4 dB against pycraf's L_bd50, on LOS and obstructed paths."""
    results = {p["id"]: _ours(p) for p in paths}
    for los in (True, False):
        group = [p for p in paths if p["p452_los"] == los]
        errors = [results[p["id"]].loss_db[0] - p["p452_lbd_db"] for p in group]
        mean, rms, worst = stats(errors)
        print(f"P.452 vs pycraf L_bd50, {'LOS' if los else 'obstructed'} ({len(group)} paths): "
              f"mean {mean:+.3f} dB, RMS {rms:.3f} dB, max |error| {worst:.3f} dB")
        assert abs(mean) <= 2.0 and rms <= 4.0
        # the diffraction part is the same recommendation: equal to the fixture's rounding
        ld_errors = [results[p["id"]].diffraction_db[0] - p["p452_ld_db"] for p in group]
        assert stats(ld_errors)[2] < 0.01
    assert all(bool(results[p["id"]].los[0]) == p["p452_los"] for p in paths)


def _prefix_reference(h, step, h_tx, h_rx, f):
    n = h.size
    out = np.empty(n)
    los = np.zeros(n, bool)
    with warnings.catch_warnings():  # the first prefixes are shorter than 250 m
        warnings.simplefilter("ignore", ModelValidityWarning)
        for j in range(1, n):
            r = p452_path_loss(h[: j + 1], j * step, h_tx, h_rx, f)
            out[j], los[j] = r.loss_db[0], r.los[0]
    out[0], los[0] = out[1], los[1]
    return out, los


def test_along_equals_path_on_every_prefix(paths):
    rng = np.random.default_rng(7)
    n = 90
    rows = [p["heights"][:n] for p in paths if p["heights"].size >= n][:6]
    rows.append(1200.0 + np.cumsum(rng.normal(0.0, 12.0, n)))  # rough random terrain
    rows.append(np.full(n, 300.0))  # flat: smooth-earth terms only
    rows.append(np.full(n, 300.0))  # flat, 27 km, 2 m mast: beyond the smooth-earth horizon
    heights = np.vstack(rows)
    r = heights.shape[0]
    step = rng.uniform(60.0, 90.0, r)
    h_tx = rng.uniform(15.0, 50.0, r)
    step[-1], h_tx[-1] = 300.0, 2.0
    f = rng.choice([900.0, 1800.0, 2100.0], r)
    loss, los = p452_loss_along(heights, step, h_tx, 1.5, f)
    assert loss.shape == los.shape == heights.shape
    assert los.any() and (~los).any()
    # the flat row exercises the smooth-earth terms: diffraction > 0 while in line of sight
    fspl = free_space_loss(np.arange(1, n) * step[-2], f[-2])
    assert los[-2].all() and (loss[-2, 1:] - fspl).max() > 1.0
    assert los[-1, 1] and not los[-1, -1]
    for i in range(r):
        ref, ref_los = _prefix_reference(heights[i], step[i], h_tx[i], 1.5, f[i])
        np.testing.assert_allclose(loss[i], ref, rtol=0, atol=1e-7)
        np.testing.assert_array_equal(los[i], ref_los)


def test_flat_earth_short_path_is_free_space(no_warnings):
    """Flat ground, 1 km, 30 m / 10 m antennas: clear of the earth and of Fresnel zone 1."""
    res = p452_path_loss(np.full((1, 41), 120.0), 1000.0, 30.0, 10.0, 1800.0)
    assert res.los[0]
    assert res.diffraction_db[0] == 0.0
    assert res.loss_db[0] == pytest.approx(free_space_loss(1000.0, 1800.0), abs=1e-9)
    assert res.fspl_db[0] == pytest.approx(free_space_loss(1000.0, 1800.0), abs=1e-9)


@pytest.mark.parametrize("edge_index", [100, 60, 150])
def test_single_knife_edge_is_bullington_of_p526_j(edge_index):
    """One sharp edge over flat ground, antennas high enough that the smooth-earth term is 0:
    L_d = J(v) + [1 - exp(-J/6)] (10 + 0.02 d), v of the edge above the Tx-Rx chord with the
    earth's bulge (P.526 J(v) within the delta-Bullington definition)."""
    n, d_total, f, edge = 201, 10_000.0, 900.0, 80.0
    h = np.zeros(n)
    h[edge_index] = edge
    d1 = edge_index * d_total / (n - 1)
    res = p452_path_loss(h, d_total, 40.0, 40.0, f)
    clearance = edge + earth_bulge_m(d1, d_total - d1) - 40.0
    v = fresnel_v(clearance, d1, d_total - d1, f)
    j = knife_edge_loss(v)
    expected = j + (1.0 - np.exp(-j / 6.0)) * (10.0 + 0.02 * d_total / 1000.0)
    assert not res.los[0]
    assert j > 6.0  # a real obstruction
    assert res.diffraction_db[0] == pytest.approx(expected, abs=1e-6)
    # horizontal polarisation only changes the spherical-earth term, 0 here
    res_h = p452_path_loss(h, d_total, 40.0, 40.0, f, polarization="horizontal")
    assert res_h.diffraction_db[0] == pytest.approx(res.diffraction_db[0], abs=1e-12)


def test_low_flat_path_has_spherical_earth_loss():
    """Beyond the radio horizon of flat ground the smooth-earth term is all the loss."""
    res = p452_path_loss(np.zeros(401), 60_000.0, 10.0, 1.5, 900.0)
    assert not res.los[0]
    assert res.diffraction_db[0] > 20.0


def test_more_ridges_lose_more(paths):
    """Obstructed paths lose more than LOS ones on average (sanity on the terrain)."""
    los = [_ours(p).diffraction_db[0] for p in paths if p["p452_los"]]
    obs = [_ours(p).diffraction_db[0] for p in paths if not p["p452_los"]]
    assert np.mean(obs) > np.mean(los) + 10.0


def test_nan_heights():
    h = np.vstack([np.full(50, 100.0), np.full(50, 100.0)])
    h[1, 20] = np.nan
    res = p452_path_loss(h, 4000.0, 30.0, 1.5, 900.0)
    assert np.isfinite(res.loss_db[0]) and np.isnan(res.loss_db[1]) and not res.los[1]
    loss, los = p452_loss_along(h, 80.0, 30.0, 1.5, 900.0)
    assert np.isfinite(loss[1, :20]).all() and np.isnan(loss[1, 20:]).all()
    np.testing.assert_allclose(loss[1, :20], loss[0, :20], atol=1e-9)
    assert not los[1, 20:].any()


@pytest.mark.parametrize("call", [
    lambda: p452_path_loss(np.zeros((2, 3, 4)), 1000.0, 30.0, 1.5, 900.0),
    lambda: p452_path_loss(np.zeros((2, 1)), 1000.0, 30.0, 1.5, 900.0),
    lambda: p452_path_loss(np.zeros((2, 10)), [1000.0, 2000.0, 3000.0], 30.0, 1.5, 900.0),
    lambda: p452_path_loss(np.zeros((2, 10)), 1000.0, np.ones((2, 2)), 1.5, 900.0),
    lambda: p452_path_loss(np.zeros((2, 10)), 1000.0, -5.0, 1.5, 900.0),
    lambda: p452_path_loss(np.zeros((2, 10)), 0.0, 30.0, 1.5, 900.0),
    lambda: p452_path_loss(np.zeros((2, 10)), 1000.0, 30.0, 1.5, 900.0, polarization="x"),
    lambda: p452_path_loss(np.zeros((2, 10)), 1000.0, 30.0, 1.5, 900.0, k=0.0),
    lambda: p452_loss_along(np.zeros(10)[:, None], 75.0, 30.0, 1.5, 900.0),
    lambda: p452_loss_along(np.zeros((3, 10)), [75.0, 75.0], 30.0, 1.5, 900.0),
    lambda: p452_loss_along(np.zeros((3, 10)), 75.0, 30.0, 1.5, np.nan),
])
def test_bad_input_raises(call):
    with pytest.raises(ValueError) as info:
        call()
    assert isinstance(info.value, DataError) and isinstance(info.value, P452InputError)
    assert info.value.message("vi") != info.value.message("en")


def test_importing_the_model_does_not_import_numba():
    code = ("import sys, coverage_planner.core.engine.propagation.p452; "
            "sys.exit('numba' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
