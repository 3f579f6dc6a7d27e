"""Diffraction (ITU-R P.526): knife edge, Fresnel parameter, earth bulge, Bullington and Deygout
over terrain profiles, against values worked out by hand.

Every expected value is computed here with plain ``math``, step by step, never by calling the
module under test.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from coverage_planner.core.engine.propagation import (
    bullington_loss,
    deygout_loss,
    earth_bulge_m,
    fresnel_v,
    knife_edge_loss,
)

C = 299_792_458.0
log = math.log10


def j_hand(v: float) -> float:
    """ITU-R P.526 J(v), by hand."""
    if v <= -0.78:
        return 0.0
    return 6.9 + 20 * log(math.sqrt((v - 0.1) ** 2 + 1) + v - 0.1)


def v_hand(h: float, d1: float, d2: float, f_mhz: float) -> float:
    lam = C / (f_mhz * 1e6)
    return h * math.sqrt(2 * (d1 + d2) / (lam * d1 * d2))


# --------------------------------------------------------------------------- knife edge


def test_knife_edge_reference_values():
    # J(0) = 6.9 + 20 log10(sqrt(0.01 + 1) - 0.1) = 6.9 + 20 log10(0.90499) = 6.03 dB
    assert 6.9 + 20 * log(math.sqrt(1.01) - 0.1) == pytest.approx(6.03, abs=0.01)
    assert knife_edge_loss(0.0) == pytest.approx(j_hand(0.0), abs=1e-12)
    assert knife_edge_loss(0.0) == pytest.approx(6.02, abs=0.02)
    # J(1) = 6.9 + 20 log10(sqrt(0.81 + 1) + 0.9) = 13.93 dB
    assert knife_edge_loss(1.0) == pytest.approx(6.9 + 20 * log(math.sqrt(1.81) + 0.9), abs=1e-12)
    assert knife_edge_loss(1.0) == pytest.approx(13.9, abs=0.05)
    # J(-0.78) ~ 0 (the formula gives 0.004 dB just above; 0 from -0.78 down)
    assert knife_edge_loss(-0.7799) == pytest.approx(0.0, abs=0.01)
    assert knife_edge_loss(-0.78) == 0.0
    assert knife_edge_loss(-3.0) == 0.0
    assert math.isnan(knife_edge_loss(np.nan))
    v = np.linspace(-0.78, 5, 50)
    assert np.all(np.diff(knife_edge_loss(v)) > 0)


def test_fresnel_v_and_bulge_by_hand():
    lam = C / 900e6
    assert fresnel_v(10.0, 2000.0, 3000.0, 900.0) == pytest.approx(
        10 * math.sqrt(2 * 5000 / (lam * 2000 * 3000)), rel=1e-12)
    # 20 km + 20 km, k = 4/3: 2e4 * 2e4 / (2 * 4/3 * 6371e3) = 23.54 m
    assert earth_bulge_m(20_000.0, 20_000.0) == pytest.approx(4e8 / (2 * 4 / 3 * 6_371_000), rel=1e-12)
    assert earth_bulge_m(20_000.0, 20_000.0) == pytest.approx(23.54, abs=0.01)
    assert earth_bulge_m(20_000.0, 20_000.0, k=np.inf) == 0.0


# ---------------------------------------------------------------- terrain profiles


D10 = np.linspace(0.0, 10_000.0, 101)  # 100 m spacing, point 50 at 5 km


def single_edge(height: float) -> np.ndarray:
    h = np.zeros_like(D10)
    h[50] = height
    return h


@pytest.mark.parametrize("k", [np.inf, 4.0 / 3.0])
def test_single_knife_edge_midway(k):
    # antennas 30 m over flat ground at 0 m, edge 60 m at 5 km, 900 MHz
    bulge = 0.0 if k == np.inf else 5000 * 5000 / (2 * k * 6_371_000)  # 1.47 m at k = 4/3
    h_above_line = 60.0 + bulge - 30.0
    expected = j_hand(v_hand(h_above_line, 5000, 5000, 900))
    assert expected > 15
    prof = single_edge(60.0)
    assert bullington_loss(D10, prof, 30.0, 30.0, 900.0, k=k) == pytest.approx(expected, abs=1e-9)
    assert deygout_loss(D10, prof, 30.0, 30.0, 900.0, k=k) == pytest.approx(expected, abs=1e-9)


def test_edge_clearly_below_line_of_sight_gives_zero():
    # an edge 0.78 Fresnel parameter below the line is in the free zone: v = -1.0 -> 0 dB
    factor = v_hand(1.0, 5000, 5000, 900)          # v per metre of height at mid-path
    edge = 30.0 - 1.0 / factor                      # v = -1.0
    prof = single_edge(edge)
    assert bullington_loss(D10, prof, 30.0, 30.0, 900.0, k=np.inf) == 0.0
    assert deygout_loss(D10, prof, 30.0, 30.0, 900.0, k=np.inf) == 0.0
    # within the Fresnel zone but below the line (v = -0.5) there is some loss: LOS case of Bullington
    prof = single_edge(30.0 - 0.5 / factor)
    assert bullington_loss(D10, prof, 30.0, 30.0, 900.0, k=np.inf) == pytest.approx(j_hand(-0.5), abs=1e-9)


def test_two_edges_deygout_and_bullington_by_hand():
    # edges of 60 m at 3 km and 7 km, antennas 30 m, flat earth, 900 MHz
    prof = np.zeros_like(D10)
    prof[30] = prof[70] = 60.0
    # Deygout: both edges have the same v (30 m above the line, 3 / 7 km): principal = first
    jp = j_hand(v_hand(30.0, 3000, 7000, 900))
    # secondary on the receiver side: line from the top of edge 1 (60 m at 3 km) to Rx (30 m at 10 km)
    line_at_7km = 60.0 - 30.0 * 4000 / 7000
    jr = j_hand(v_hand(60.0 - line_at_7km, 4000, 3000, 900))
    deygout = jp + jr
    # Bullington: steepest slopes from each end meet at 5 km, 80 m high: 50 m above the line
    s_tim = (60 - 30) / 3000
    s_rim = (60 - 30) / 3000
    d_b = (30 - 30 + s_rim * 10_000) / (s_tim + s_rim)
    assert d_b == pytest.approx(5000)
    bull = j_hand(v_hand(30 + s_tim * d_b - 30, d_b, 10_000 - d_b, 900))
    assert deygout_loss(D10, prof, 30.0, 30.0, 900.0, k=np.inf) == pytest.approx(deygout, abs=1e-9)
    assert bullington_loss(D10, prof, 30.0, 30.0, 900.0, k=np.inf) == pytest.approx(bull, abs=1e-9)
    assert deygout > bull > jp  # Bullington's single equivalent edge under-estimates two edges
    # principal edge only
    assert deygout_loss(D10, prof, 30.0, 30.0, 900.0, k=np.inf, max_edges=1) == pytest.approx(jp, abs=1e-9)


def test_earth_curvature_obstructs_long_flat_path():
    # 40 km over the sea (0 m), 10 m antennas: the k = 4/3 bulge is 23.5 m at mid-path
    d = np.linspace(0.0, 40_000.0, 401)
    z = np.zeros_like(d)
    for method in (bullington_loss, deygout_loss):
        assert method(d, z, 10.0, 10.0, 10_000.0, k=4.0 / 3.0) > 10.0
        assert method(d, z, 10.0, 10.0, 10_000.0, k=np.inf) == pytest.approx(0.0, abs=1e-9)
    # at 900 MHz and k = inf, the midpoint 10 m below the line is inside the first Fresnel zone
    expected = j_hand(v_hand(-10.0, 20_000, 20_000, 900))
    assert 0 < expected < 5
    assert bullington_loss(d, z, 10.0, 10.0, 900.0, k=np.inf) == pytest.approx(expected, abs=1e-9)
    # with the bulge (23.54 m at mid-path, 13.54 m above the antenna line) the path is
    # trans-horizon; Bullington's equivalent edge is where the horizon rays from both ends meet.
    r_eff = 4 / 3 * 6_371_000
    bulge = [x * (40_000 - x) / (2 * r_eff) for x in d[1:-1]]
    s_tim = max((b - 10.0) / x for b, x in zip(bulge, d[1:-1]))   # steepest ray from Tx
    s_rim = max((b - 10.0) / (40_000 - x) for b, x in zip(bulge, d[1:-1]))
    d_b = (10.0 - 10.0 + s_rim * 40_000) / (s_tim + s_rim)
    assert d_b == pytest.approx(20_000)                             # symmetric path
    h_b = s_tim * d_b                                               # above the 10 m antenna line
    assert h_b > 20_000 * 20_000 / (2 * r_eff) - 10.0               # higher than the bulge itself
    expected = j_hand(v_hand(h_b, d_b, 40_000 - d_b, 900))
    assert bullington_loss(d, z, 10.0, 10.0, 900.0) == pytest.approx(expected, abs=1e-9)


def test_profile_batch_matches_single_profiles():
    rng = np.random.default_rng(7)
    profiles = np.cumsum(rng.normal(0, 15, size=(5, 101)), axis=1) + 500.0
    h_tx = np.array([30.0, 40.0, 20.0, 30.0, 60.0])
    for method in (bullington_loss, deygout_loss):
        batch = method(D10, profiles, h_tx, 1.5, 1800.0)
        assert batch.shape == (5,)
        single = [method(D10, profiles[i], h_tx[i], 1.5, 1800.0) for i in range(5)]
        assert batch == pytest.approx(single, abs=1e-9)
        assert np.all(batch >= 0)
    # per-profile distances (2-D) give the same as shared ones
    d2 = np.broadcast_to(D10, profiles.shape)
    assert bullington_loss(d2, profiles, h_tx, 1.5, 1800.0) == pytest.approx(
        bullington_loss(D10, profiles, h_tx, 1.5, 1800.0))


def test_deygout_never_below_principal_edge():
    rng = np.random.default_rng(3)
    profiles = np.cumsum(rng.normal(0, 20, size=(20, 101)), axis=1)
    full = deygout_loss(D10, profiles, 30.0, 1.5, 900.0)
    principal = deygout_loss(D10, profiles, 30.0, 1.5, 900.0, max_edges=1)
    deeper = deygout_loss(D10, profiles, 30.0, 1.5, 900.0, max_edges=7)
    assert np.all(full >= principal - 1e-12)
    assert np.all(deeper >= full - 1e-12)


def test_empirical_corrections_by_hand():
    prof = single_edge(60.0)
    j = j_hand(v_hand(30.0, 5000, 5000, 900))
    # P.526 §4.5.1: L_b = L_uc + [1 - exp(-L_uc/6)] (10 + 0.02 d_km)
    assert bullington_loss(D10, prof, 30.0, 30.0, 900.0, k=np.inf, empirical_correction=True) == (
        pytest.approx(j + (1 - math.exp(-j / 6)) * (10 + 0.02 * 10), abs=1e-9))
    # older P.526 Deygout: J(vp) + T [J(vt) + J(vr) + C], T = 1 - exp(-J(vp)/6), C = 8 + 0.04 D_km
    assert deygout_loss(D10, prof, 30.0, 30.0, 900.0, k=np.inf, empirical_correction=True) == (
        pytest.approx(j + (1 - math.exp(-j / 6)) * (0 + 0 + 8 + 0.04 * 10), abs=1e-9))
    with pytest.raises(ValueError):
        deygout_loss(D10, prof, 30.0, 30.0, 900.0, max_edges=1, empirical_correction=True)


def test_profile_input_errors():
    with pytest.raises(ValueError, match="increasing"):
        bullington_loss([0.0, 10.0, 10.0], [0.0, 0.0, 0.0], 10.0, 10.0, 900.0)
    with pytest.raises(ValueError):
        deygout_loss([0.0], [0.0], 10.0, 10.0, 900.0)
    # a profile without intermediate points has no obstacle
    assert bullington_loss([0.0, 1000.0], [0.0, 0.0], 10.0, 10.0, 900.0) == 0.0
    assert deygout_loss([0.0, 1000.0], [0.0, 0.0], 10.0, 10.0, 900.0) == 0.0


def test_nan_in_profile_propagates():
    prof = single_edge(60.0)
    prof[10] = np.nan
    assert math.isnan(bullington_loss(D10, prof, 30.0, 30.0, 900.0))
    assert math.isnan(deygout_loss(D10, prof, 30.0, 30.0, 900.0))
