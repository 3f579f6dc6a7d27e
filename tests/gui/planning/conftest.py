"""The what-if tests' window: the ridge world (see ``write_ridge_folder``), one per module."""

from __future__ import annotations

import pytest
from gui_helpers import wait_whatif


@pytest.fixture(scope="module")
def win(ridge_win):
    return ridge_win


@pytest.fixture
def fresh_scenario(win):
    """The test starts on a new empty scenario, in select mode."""
    win.planner.set_mode(None)
    win.whatif.new_scenario()
    wait_whatif(win)
    yield
    win.planner.set_mode(None)
