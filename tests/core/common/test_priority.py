"""The engine's pool workers run nicer than the window when the desktop app asks for it."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from coverage_planner.core.common import priority
from coverage_planner.core.engine import coverage

pytestmark = pytest.mark.skipif(not hasattr(os, "nice"), reason="no process niceness here")


def _niceness(chunk):
    return chunk, os.nice(0)


def _init_noop(*args):
    pass


def _pool_niceness(monkeypatch, niceness: int) -> set[int]:
    monkeypatch.setattr(priority, "WORKER_NICENESS", niceness)
    monkeypatch.setattr(coverage, "_init_worker", _init_noop)
    monkeypatch.setattr(coverage, "_run_chunk", _niceness)
    seen = []
    coverage._run_pool([1, 2, 3, 4], 2, (None, None, None, None), seen.append, None)
    assert sorted(c for c, _ in seen) == [1, 2, 3, 4]
    return {n for _, n in seen}


def test_pool_workers_are_nicer_and_the_caller_is_not(monkeypatch):
    base = os.nice(0)
    if base + 3 > 19:
        pytest.skip("already at the lowest priority")
    assert _pool_niceness(monkeypatch, 3) == {base + 3}
    assert os.nice(0) == base  # the window's own process keeps its priority


def test_the_cli_leaves_the_priority_alone(monkeypatch):
    # the default, in a fresh process (the window's tests set it in this one)
    out = subprocess.run([sys.executable, "-c", "from coverage_planner.core.common import priority; "
                          "print(priority.WORKER_NICENESS)"], capture_output=True, text=True)
    assert out.stdout.strip() == "0"  # a batch run keeps its full speed
    assert _pool_niceness(monkeypatch, 0) == {os.nice(0)}
