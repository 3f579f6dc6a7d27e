"""``cluster.in_helper_thread``: the wait for a call that may block past its own timeout."""

from __future__ import annotations

import threading

import pytest

from coverage_planner.core.common.errors import CancelledError
from coverage_planner.core.distributed.cluster import DeadlinePassed, in_helper_thread


class Late:
    def __init__(self) -> None:
        self.closed = threading.Event()

    def close(self) -> None:
        self.closed.set()


def test_value_and_error_come_back():
    assert in_helper_thread(lambda: 42, deadline_s=5) == 42
    with pytest.raises(ValueError, match="bad"):
        in_helper_thread(lambda: (_ for _ in ()).throw(ValueError("bad")), deadline_s=5)


@pytest.mark.parametrize("how", ["deadline", "cancel"])
def test_giving_up_closes_what_comes_late(how):
    release = threading.Event()
    late = Late()

    def blocked():
        release.wait(10)
        return late, "address"  # a tuple: each item with a close() is closed

    kwargs = {"deadline_s": 0.2} if how == "deadline" else {"cancelled": lambda: True}
    with pytest.raises(DeadlinePassed if how == "deadline" else CancelledError):
        in_helper_thread(blocked, **kwargs)
    assert not late.closed.is_set()  # still blocked: nothing to close yet
    release.set()
    assert late.closed.wait(5)
