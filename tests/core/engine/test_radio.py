"""Propagation models against values worked out by hand from the published formulas.

Every expected value is computed here with plain ``math``, step by step, never by calling the
module under test.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from coverage_planner.core.engine import radio
from coverage_planner.core.engine.radio import (
    ModelValidityWarning,
    bullington_loss,
    cost231_hata_loss,
    deygout_loss,
    earth_bulge_m,
    free_space_loss,
    fresnel_v,
    hata_loss,
    knife_edge_loss,
    okumura_hata_loss,
    path_loss_area,
    rma_loss,
    uma_loss,
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


@pytest.fixture
def no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


# ------------------------------------------------------------------------------ free space


def test_free_space_1km_900mhz(no_warnings):
    # 20 log10(1 km) = 0; 20 log10(900) = 59.085; constant 20 log10(4 pi 1e9 / c) = 32.4478
    constant = 20 * log(4 * math.pi * 1e9 / C)
    assert constant == pytest.approx(32.4478, abs=1e-4)
    expected = 0.0 + 20 * log(900) + constant
    assert expected == pytest.approx(91.53, abs=0.01)
    assert free_space_loss(1000.0, 900.0) == pytest.approx(expected, abs=1e-9)


def test_free_space_equals_friis_form():
    # 20 log10(4 pi d / lambda) at 2.5 km, 1800 MHz
    lam = C / 1800e6
    assert free_space_loss(2500.0, 1800.0) == pytest.approx(20 * log(4 * math.pi * 2500 / lam), abs=1e-9)


def test_free_space_non_positive_distance_warns():
    with pytest.warns(ModelValidityWarning):
        free_space_loss(np.array([0.0, 100.0]), 900.0)


# ---------------------------------------------------------------------------- Okumura-Hata


def hata_urban_900_hand(a_hm: float) -> float:
    """Hata urban loss, 900 MHz, h_b = 30 m, d = 5 km, for a given a(h_m)."""
    lf = log(900)          # 2.954243
    lhb = log(30)          # 1.477121
    ld = log(5)            # 0.698970
    return 69.55 + 26.16 * lf - 13.82 * lhb - a_hm + (44.9 - 6.55 * lhb) * ld


def test_okumura_hata_urban_medium_city(no_warnings):
    lf = log(900)
    # a(hm) medium/small city: (1.1 log f - 0.7) hm - (1.56 log f - 0.8), hm = 1.5 -> 0.0159 dB
    a_hm = (1.1 * lf - 0.7) * 1.5 - (1.56 * lf - 0.8)
    assert a_hm == pytest.approx(0.0159, abs=1e-3)
    expected = hata_urban_900_hand(a_hm)
    assert expected == pytest.approx(151.02, abs=0.01)
    assert okumura_hata_loss(5.0, 900.0, 30.0, 1.5) == pytest.approx(expected, abs=1e-9)


def test_okumura_hata_large_city():
    # f >= 400 MHz: a(hm) = 3.2 (log 11.75 hm)^2 - 4.97
    a_hm = 3.2 * log(11.75 * 1.5) ** 2 - 4.97
    assert okumura_hata_loss(5.0, 900.0, 30.0, 1.5, city="large") == pytest.approx(
        hata_urban_900_hand(a_hm), abs=1e-9)
    # f <= 200 MHz: a(hm) = 8.29 (log 1.54 hm)^2 - 1.1, at 150 MHz, hb 50 m, hm 3 m, d 10 km
    a_hm = 8.29 * log(1.54 * 3) ** 2 - 1.1
    expected = 69.55 + 26.16 * log(150) - 13.82 * log(50) - a_hm + (44.9 - 6.55 * log(50)) * log(10)
    assert okumura_hata_loss(10.0, 150.0, 50.0, 3.0, city="large") == pytest.approx(expected, abs=1e-9)


def test_okumura_hata_suburban_and_open():
    lf = log(900)
    urban = hata_urban_900_hand((1.1 * lf - 0.7) * 1.5 - (1.56 * lf - 0.8))
    suburban = urban - 2 * log(900 / 28) ** 2 - 5.4             # -9.94 dB
    open_area = urban - 4.78 * lf ** 2 + 18.33 * lf - 40.94    # -28.6 dB
    assert okumura_hata_loss(5.0, 900.0, 30.0, 1.5, "suburban") == pytest.approx(suburban, abs=1e-9)
    assert okumura_hata_loss(5.0, 900.0, 30.0, 1.5, "open") == pytest.approx(open_area, abs=1e-9)
    assert urban - suburban == pytest.approx(9.94, abs=0.01)
    assert urban - open_area == pytest.approx(28.6, abs=0.1)


def test_okumura_hata_outside_range_warns_once():
    with pytest.warns(ModelValidityWarning, match="frequency 2500") as record:
        okumura_hata_loss(np.array([2.0, 5.0, 10.0]), 2500.0, 30.0, 1.5)
    assert len(record) == 1


def test_okumura_hata_many_bad_values_warn_once():
    with pytest.warns(ModelValidityWarning) as record:
        okumura_hata_loss(np.linspace(0.1, 50, 1000), np.full(1000, 3000.0), 10.0, 20.0)
    assert len(record) == 1
    message = str(record[0].message)
    for what in ("frequency", "base height", "mobile height", "distance"):
        assert what in message


def test_bad_environment_rejected():
    with pytest.raises(ValueError):
        okumura_hata_loss(5.0, 900.0, 30.0, 1.5, environment="rural")
    with pytest.raises(ValueError):
        hata_loss(5.0, 900.0, 30.0, 1.5, city="huge")


# ------------------------------------------------------------------------------- COST-231


def cost231_1800_hand() -> float:
    """COST-231 Hata, 1800 MHz, hb 30 m, hm 1.5 m, d 5 km, medium city (C_m = 0)."""
    lf = log(1800)                                   # 3.255273
    a_hm = (1.1 * lf - 0.7) * 1.5 - (1.56 * lf - 0.8)  # medium-city a(hm), ~0.044 dB
    return 46.3 + 33.9 * lf - 13.82 * log(30) - a_hm + (44.9 - 6.55 * log(30)) * log(5) + 0.0


def test_cost231_urban_1800(no_warnings):
    expected = cost231_1800_hand()
    assert expected == pytest.approx(160.82, abs=0.01)
    assert cost231_hata_loss(5.0, 1800.0, 30.0, 1.5) == pytest.approx(expected, abs=1e-9)
    assert cost231_hata_loss(5.0, 1800.0, 30.0, 1.5, metropolitan=True) == pytest.approx(expected + 3.0)


def test_cost231_suburban_uses_hata_correction():
    expected = cost231_1800_hand() - 2 * log(1800 / 28) ** 2 - 5.4
    assert cost231_hata_loss(5.0, 1800.0, 30.0, 1.5, "suburban") == pytest.approx(expected, abs=1e-9)


def test_cost231_outside_range_warns():
    with pytest.warns(ModelValidityWarning, match="COST-231"):
        cost231_hata_loss(5.0, 900.0, 30.0, 1.5)


# ---------------------------------------------------------------------- dispatcher, area


def test_hata_dispatch(no_warnings):
    lf = log(900)
    oh = hata_urban_900_hand((1.1 * lf - 0.7) * 1.5 - (1.56 * lf - 0.8))
    out = hata_loss(np.array([5.0, 5.0]), np.array([900.0, 1800.0]), 30.0, 1.5)
    assert out == pytest.approx([oh, cost231_1800_hand()], abs=1e-9)
    # 1500 MHz belongs to COST-231
    lf = log(1500)
    cost_1500 = (46.3 + 33.9 * lf - 13.82 * log(30) - ((1.1 * lf - 0.7) * 1.5 - (1.56 * lf - 0.8))
                 + (44.9 - 6.55 * log(30)) * log(5))
    assert hata_loss(5.0, 1500.0, 30.0, 1.5) == pytest.approx(cost_1500, abs=1e-9)


def test_hata_2100_uses_cost231_with_warning():
    lf = log(2100)
    expected = (46.3 + 33.9 * lf - 13.82 * log(30) - ((1.1 * lf - 0.7) * 1.5 - (1.56 * lf - 0.8))
                + (44.9 - 6.55 * log(30)) * log(5))
    with pytest.warns(ModelValidityWarning, match="2100") as record:
        assert hata_loss(5.0, 2100.0, 30.0, 1.5) == pytest.approx(expected, abs=1e-9)
    assert len(record) == 1


def test_hata_short_distance_warns_but_evaluates():
    with pytest.warns(ModelValidityWarning, match="distance"):
        short = hata_loss(0.2, 900.0, 30.0, 1.5)
    lf = log(900)
    expected = hata_urban_900_hand((1.1 * lf - 0.7) * 1.5 - (1.56 * lf - 0.8)) + (
        44.9 - 6.55 * log(30)) * (log(0.2) - log(5))
    assert short == pytest.approx(expected, abs=1e-9)


def test_path_loss_area_never_below_free_space(no_warnings):
    d = np.array([0.0, 10.0, 100.0, 300.0, 1000.0, 5000.0, 15000.0])
    out = path_loss_area(d, 900.0, 30.0, 1.5)
    slant = np.hypot(d, 30.0 - 1.5)
    fs = np.array([20 * log(s / 1000) + 20 * log(900) + 20 * log(4 * math.pi * 1e9 / C) for s in slant])
    assert np.all(out >= fs - 1e-9)
    assert np.all(np.isfinite(out))
    # at d = 0 only the free-space loss over the 28.5 m height difference remains
    assert out[0] == pytest.approx(fs[0], abs=1e-9)
    # close in the Hata formula is below free space: the floor is used
    assert out[1] == pytest.approx(fs[1], abs=1e-9)
    # at 5 km Hata wins
    lf = log(900)
    assert out[5] == pytest.approx(hata_urban_900_hand((1.1 * lf - 0.7) * 1.5 - (1.56 * lf - 0.8)), abs=1e-9)


def test_path_loss_area_warns_beyond_20km():
    with pytest.warns(ModelValidityWarning, match="distance"):
        path_loss_area(30_000.0, 900.0, 30.0, 1.5)


# ------------------------------------------------------------------------ 3GPP 38.901 RMa


def rma_pl1_hand(d3d: float, fc_ghz: float, h: float = 5.0) -> float:
    return (20 * log(40 * math.pi * d3d * fc_ghz / 3)
            + min(0.03 * h ** 1.72, 10) * log(d3d)
            - min(0.044 * h ** 1.72, 14.77)
            + 0.002 * log(h) * d3d)


def test_rma_los_below_breakpoint(no_warnings):
    # 3.5 GHz, h_BS 35 m, h_UT 1.5 m: d_BP = 2 pi 35 1.5 3.5e9 / 3e8 = 3848.5 m
    d_bp = 2 * math.pi * 35 * 1.5 * 3.5e9 / 3e8
    assert d_bp == pytest.approx(3848.5, abs=0.1)
    d3d = math.hypot(1000, 35 - 1.5)
    # h = 5 m: 5^1.72 = 15.93; min(0.03 * 15.93, 10) = 0.478; min(0.044 * 15.93, 14.77) = 0.701
    assert min(0.03 * 5 ** 1.72, 10) == pytest.approx(0.478, abs=1e-3)
    assert min(0.044 * 5 ** 1.72, 14.77) == pytest.approx(0.701, abs=1e-3)
    expected = rma_pl1_hand(d3d, 3.5)
    assert rma_loss(1000.0, 3500.0) == pytest.approx(expected, abs=1e-9)


def test_rma_los_above_breakpoint(no_warnings):
    d_bp = 2 * math.pi * 35 * 1.5 * 3.5e9 / 3e8
    d3d = math.hypot(6000, 33.5)
    # PL2 = PL1(d_BP) + 40 log10(d_3D / d_BP)
    expected = rma_pl1_hand(d_bp, 3.5) + 40 * log(d3d / d_bp)
    assert rma_loss(6000.0, 3500.0) == pytest.approx(expected, abs=1e-9)
    # the two branches meet at the breakpoint (within the d_3D vs d_2D difference)
    below, above = rma_loss(np.array([d_bp - 1e-6, d_bp + 1e-6]), 3500.0)
    assert above == pytest.approx(below, abs=0.01)


def test_rma_nlos(no_warnings):
    d3d = math.hypot(2000, 33.5)
    h, w, hbs, hut, fc = 5.0, 20.0, 35.0, 1.5, 3.5
    nlos_prime = (161.04 - 7.1 * log(w) + 7.5 * log(h)
                  - (24.37 - 3.7 * (h / hbs) ** 2) * log(hbs)
                  + (43.42 - 3.1 * log(hbs)) * (log(d3d) - 3)
                  + 20 * log(fc)
                  - (3.2 * log(11.75 * hut) ** 2 - 4.97))
    los = rma_pl1_hand(d3d, fc)  # 2 km is below the 3848 m breakpoint
    assert nlos_prime > los
    assert rma_loss(2000.0, 3500.0, los=False) == pytest.approx(max(los, nlos_prime), abs=1e-9)


def test_rma_los_mask_broadcasts_and_nlos_range_warns():
    out = rma_loss(np.array([1000.0, 1000.0]), 3500.0, los=np.array([True, False]))
    assert out[1] > out[0]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rma_loss(8000.0, 3500.0, los=True)  # LOS is valid to 10 km
    with pytest.warns(ModelValidityWarning, match="NLOS distance"):
        rma_loss(8000.0, 3500.0, los=False)  # NLOS only to 5 km
    with pytest.warns(ModelValidityWarning, match="frequency"):
        rma_loss(1000.0, 40_000.0)


# ------------------------------------------------------------------------ 3GPP 38.901 UMa


def test_uma_los_below_and_above_breakpoint(no_warnings):
    # h_E = 1 m: d'_BP = 4 (25 - 1)(1.5 - 1) 3.5e9 / 3e8 = 560 m
    d_bp = 4 * 24 * 0.5 * 3.5e9 / 3e8
    assert d_bp == pytest.approx(560.0)
    d3d = math.hypot(200, 23.5)
    assert uma_loss(200.0, 3500.0) == pytest.approx(28.0 + 22 * log(d3d) + 20 * log(3.5), abs=1e-9)
    d3d = math.hypot(1000, 23.5)
    expected = 28.0 + 40 * log(d3d) + 20 * log(3.5) - 9 * log(d_bp ** 2 + 23.5 ** 2)
    assert uma_loss(1000.0, 3500.0) == pytest.approx(expected, abs=1e-9)


def test_uma_nlos(no_warnings):
    d3d = math.hypot(1000, 23.5)
    los = 28.0 + 40 * log(d3d) + 20 * log(3.5) - 9 * log(560.0 ** 2 + 23.5 ** 2)
    nlos_prime = 13.54 + 39.08 * log(d3d) + 20 * log(3.5) - 0.6 * (1.5 - 1.5)
    assert uma_loss(1000.0, 3500.0, los=False) == pytest.approx(max(los, nlos_prime), abs=1e-9)


def test_uma_other_base_height_warns():
    with pytest.warns(ModelValidityWarning, match="h_BS"):
        uma_loss(500.0, 3500.0, h_bs_m=30.0)


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


# ------------------------------------------------------------------------ vectorisation


@pytest.mark.parametrize("call", [
    lambda d: free_space_loss(d * 1000, 900.0),
    lambda d: okumura_hata_loss(d, 900.0, 30.0, 1.5),
    lambda d: cost231_hata_loss(d, 1800.0, 30.0, 1.5),
    lambda d: hata_loss(d, 900.0, 30.0, 1.5),
    lambda d: path_loss_area(d * 1000, 900.0, 30.0, 1.5),
    lambda d: rma_loss(d * 1000, 900.0),
    lambda d: uma_loss(d * 1000, 3500.0, los=False),
    lambda d: knife_edge_loss(d - 2),
])
def test_arrays_in_same_shape_out(call):
    d = np.linspace(1.0, 4.0, 12).reshape(3, 4)
    out = call(d)
    assert isinstance(out, np.ndarray) and out.shape == (3, 4)
    # element-wise equal to scalar calls
    assert out[1, 2] == pytest.approx(call(float(d[1, 2])))
    assert isinstance(call(2.0), float)


def test_broadcasting_frequency_against_distance():
    out = free_space_loss(np.array([[1000.0], [2000.0]]), np.array([900.0, 1800.0, 2100.0]))
    assert out.shape == (2, 3)
    assert out[1, 0] - out[0, 0] == pytest.approx(20 * log(2))


def test_public_api_documented():
    assert "validity" in radio.__doc__
    for name in radio.__all__:
        obj = getattr(radio, name)
        if callable(obj):
            assert obj.__doc__, name
