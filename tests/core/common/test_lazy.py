"""lazy_property computes once per instance, and a process forked while another thread is
inside it does not wait for ever (functools.cached_property in Python 3.11 does: one lock per
property, held across the fork) - the engine forks its pool beside the what-if thread."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from coverage_planner.core.common.lazy import lazy_property


class Thing:
    calls = 0

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.gate = gate

    @lazy_property
    def value(self) -> int:
        """A slow value."""
        Thing.calls += 1
        if self.gate is not None:
            self.gate.wait(10)
        return 42


def test_computed_once_per_instance():
    Thing.calls = 0
    a, b = Thing(), Thing()
    assert (a.value, a.value, b.value) == (42, 42, 42)
    assert Thing.calls == 2
    assert Thing.value.__doc__ == "A slow value." and isinstance(Thing.value, lazy_property)


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="needs fork")
def test_a_fork_while_another_thread_computes_it_does_not_hang():
    gate = threading.Event()
    inside = threading.Thread(target=lambda: Thing(gate).value)  # held inside the property
    inside.start()
    try:
        pid = os.fork()
        if pid == 0:  # the child: a new instance's value, at once
            os._exit(0 if Thing().value == 42 else 1)
        for _ in range(100):  # up to 10 s
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            threading.Event().wait(0.1)
        else:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            pytest.fail("the forked child hung on the property")
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        gate.set()
        inside.join()
