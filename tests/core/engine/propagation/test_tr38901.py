"""3GPP TR 38.901 RMa and UMa path losses, against values worked out by hand from Table 7.4.1-1.

Every expected value is computed here with plain ``math``, step by step, never by calling the
module under test.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from coverage_planner.core.engine.propagation import ModelValidityWarning, rma_loss, uma_loss

log = math.log10


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
