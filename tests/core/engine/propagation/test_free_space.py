"""The free-space loss, against values worked out by hand.

Every expected value is computed here with plain ``math``, step by step, never by calling the
module under test.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from coverage_planner.core.engine.propagation import ModelValidityWarning, free_space_loss

C = 299_792_458.0
log = math.log10


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
