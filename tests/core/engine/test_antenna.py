"""Sector antenna patterns (36.814 / 38.901 style), checked against hand-worked values."""

from __future__ import annotations

import math

import numpy as np
import pytest

from coverage_planner.core.engine import propagation
from coverage_planner.core.engine.antenna import (
    antenna_gain_db,
    depression_angle_deg,
    horizontal_gain_db,
    vertical_gain_db,
    wrap_angle_deg,
)


def test_reexported_from_propagation():
    assert propagation.antenna_gain_db is antenna_gain_db
    assert propagation.horizontal_gain_db is horizontal_gain_db
    assert propagation.vertical_gain_db is vertical_gain_db


def test_horizontal_sector_pattern():
    # boresight 0 dB; half the 65 degree beamwidth off: -12 (32.5/65)^2 = -3 dB
    assert horizontal_gain_db(120.0, 120.0) == 0.0
    assert horizontal_gain_db(120.0 + 32.5, 120.0) == pytest.approx(-3.0)
    assert horizontal_gain_db(120.0 - 32.5, 120.0) == pytest.approx(-3.0)
    # behind: -min(12 (180/65)^2 = 92, 25) = -25 dB front-to-back
    assert horizontal_gain_db(300.0, 120.0) == pytest.approx(-25.0)
    assert horizontal_gain_db(300.0, 120.0, front_to_back_db=30.0) == pytest.approx(-30.0)


def test_horizontal_wraps_around_north():
    # bearing 350, azimuth 10: 20 degrees off -> -12 (20/65)^2 = -1.136 dB
    expected = -12 * (20 / 65) ** 2
    assert horizontal_gain_db(350.0, 10.0) == pytest.approx(expected)
    assert horizontal_gain_db(10.0, 350.0) == pytest.approx(expected)
    assert horizontal_gain_db(350.0, 10.0) == pytest.approx(horizontal_gain_db(30.0, 10.0))
    assert wrap_angle_deg(340.0) == pytest.approx(-20.0)


def test_omni_when_azimuth_or_beamwidth_nan():
    phi = np.array([0.0, 90.0, 180.0, 270.0])
    assert np.all(horizontal_gain_db(phi, np.nan) == 0.0)
    assert np.all(horizontal_gain_db(phi, 45.0, beamwidth_deg=np.nan) == 0.0)
    # per-cell arrays: one sector, one omni
    out = horizontal_gain_db(180.0, np.array([0.0, np.nan]))
    assert out == pytest.approx([-25.0, 0.0])


def test_vertical_pattern():
    # theta = tilt -> 0; tilt + 5 with 10 degree beamwidth -> -12 (5/10)^2 = -3 dB
    assert vertical_gain_db(6.0, 6.0) == 0.0
    assert vertical_gain_db(11.0, 6.0) == pytest.approx(-3.0)
    assert vertical_gain_db(1.0, 6.0) == pytest.approx(-3.0)
    assert vertical_gain_db(60.0, 6.0) == pytest.approx(-20.0)  # SLA_v floor
    assert vertical_gain_db(30.0, np.nan) == 0.0


def test_depression_angle_convention():
    # a point 100 m below the antenna 1 km away is 5.71 degrees below the horizon (positive)
    assert depression_angle_deg(1100.0, 1000.0, 1000.0) == pytest.approx(math.degrees(math.atan(0.1)))
    assert depression_angle_deg(1000.0, 1100.0, 1000.0) < 0


def test_combined_pattern():
    # half beamwidth off in both planes: -3 + -3 = -6 dB
    assert antenna_gain_db(32.5, 9.0, 0.0, 4.0) == pytest.approx(-6.0)
    # back lobe and far off vertically: -(25 + 20) capped at -A_m = -25 dB
    assert antenna_gain_db(180.0, 60.0, 0.0, 4.0) == pytest.approx(-25.0)
    # omni horizontally keeps the vertical pattern
    assert antenna_gain_db(123.0, 9.0, np.nan, 4.0) == pytest.approx(-3.0)


def test_patterns_vectorised():
    phi = np.linspace(0, 359, 360).reshape(36, 10)
    theta = np.full_like(phi, 3.0)
    out = antenna_gain_db(phi, theta, 90.0, 3.0)
    assert out.shape == (36, 10)
    assert out.max() == 0.0 and out.min() == pytest.approx(-25.0)
    assert np.all(out <= 0)
