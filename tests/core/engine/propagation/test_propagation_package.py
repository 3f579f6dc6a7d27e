"""What every model of the propagation package shares: scalars or arrays in and the same shape
out, broadcasting, and a documented public API.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from coverage_planner.core.engine import propagation
from coverage_planner.core.engine.propagation import (
    cost231_hata_loss,
    free_space_loss,
    hata_loss,
    knife_edge_loss,
    okumura_hata_loss,
    path_loss_area,
    rma_loss,
    uma_loss,
)

log = math.log10


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
    assert "validity" in propagation.__doc__
    for name in propagation.__all__:
        obj = getattr(propagation, name)
        if callable(obj):
            assert obj.__doc__, name
