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
    # what set_worker_niceness does for spawned workers (the pools spawn beside other threads)
    monkeypatch.setenv("COVERAGE_PLANNER_WORKER_NICENESS", str(niceness))
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
    # and spawned workers too (another thread running: the pool spawns)
    import threading

    event = threading.Event()
    helper = threading.Thread(target=event.wait)
    helper.start()
    try:
        assert _pool_niceness(monkeypatch, 3) == {base + 3}
    finally:
        event.set()
        helper.join()


def test_the_cli_leaves_the_priority_alone(monkeypatch):
    # the default, in a fresh process (the window's tests set it in this one)
    out = subprocess.run([sys.executable, "-c", "from coverage_planner.core.common import priority; "
                          "print(priority.WORKER_NICENESS)"], capture_output=True, text=True)
    assert out.stdout.strip() == "0"  # a batch run keeps its full speed
    assert _pool_niceness(monkeypatch, 0) == {os.nice(0)}


def test_pools_fork_only_from_a_single_thread():
    """A fork beside other threads can leave the child on a lock one of them held."""
    import threading

    event = threading.Event()
    helper = threading.Thread(target=event.wait)
    helper.start()
    try:
        assert priority.pool_context().get_start_method() == "spawn"
    finally:
        event.set()
        helper.join()
    out = subprocess.run([sys.executable, "-c", "from coverage_planner.core.common import "
                          "priority; print(priority.pool_context().get_start_method())"],
                         capture_output=True, text=True)
    assert out.stdout.strip() == "fork"


def test_pool_workers_end_with_the_process_that_started_them():
    """A process that runs the coverage pool and ends with os._exit (as the what-if probe does)
    leaves no worker behind: each ends within a few seconds, so nothing keeps holding the
    standard output of whoever started that process."""
    import time

    code = (
        "import os, sys\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from coverage_planner.core.common.priority import pool_context\n"
        "from coverage_planner.core.engine import coverage\n"
        "coverage._init_worker = lambda *a: None\n"
        "pool = ProcessPoolExecutor(2, mp_context=pool_context(),\n"
        "                           initializer=coverage._init_pool_worker, initargs=(1, 2, 3, 4))\n"
        "print(' '.join(str(p) for p in {pool.submit(os.getpid).result() for _ in range(8)}))\n"
        "sys.stdout.flush()\n"
        "os._exit(0)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    pids = [int(p) for p in out.split()]
    assert pids

    def alive(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/status") as fh:
                return "\tZ" not in next(line for line in fh if line.startswith("State:"))
        except (FileNotFoundError, ProcessLookupError):
            return False

    deadline = time.monotonic() + 10.0
    while any(alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(p) for p in pids)
