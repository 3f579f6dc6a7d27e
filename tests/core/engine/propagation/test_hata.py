"""Okumura-Hata, COST-231 Hata, the dispatcher and the point-to-area loss, against values worked
out by hand from the published formulas.

Every expected value is computed here with plain ``math``, step by step, never by calling the
module under test.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from coverage_planner.core.engine.propagation import (
    ModelValidityWarning,
    cost231_hata_loss,
    hata_loss,
    okumura_hata_loss,
    path_loss_area,
)

C = 299_792_458.0
log = math.log10


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
