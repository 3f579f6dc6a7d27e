"""Shared by the propagation tests (one module per family, as in core.engine.propagation)."""

from __future__ import annotations

import warnings

import pytest


@pytest.fixture
def no_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield
