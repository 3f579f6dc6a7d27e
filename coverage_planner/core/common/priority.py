"""The engine's worker processes yield the CPU to the window.

On a 2-core laptop the coverage pool's processes would otherwise take both cores while the
window paints and the map page renders. The desktop app sets :data:`WORKER_NICENESS` (forked
workers inherit it); the CLI leaves it at 0, so a batch run keeps its full speed. Niceness
only matters when something else wants the CPU: an idle machine gives the workers all of it.
"""

from __future__ import annotations

import os

#: added to the niceness of the engine's worker processes (0: unchanged)
WORKER_NICENESS = 0


def lower_worker_priority() -> None:
    """Called first in a pool worker process (never in the caller's own process). A spawned
    worker learns the niceness from ``$COVERAGE_PLANNER_WORKER_NICENESS``, which
    :func:`set_worker_niceness` sets for it."""
    niceness = WORKER_NICENESS or int(os.environ.get("COVERAGE_PLANNER_WORKER_NICENESS", "0") or 0)
    if niceness > 0 and hasattr(os, "nice"):
        try:
            os.nice(niceness)
        except OSError:  # not allowed here: run at the normal priority
            pass


def set_worker_niceness(niceness: int) -> None:
    """The niceness of this process's engine workers, forked or spawned."""
    global WORKER_NICENESS
    WORKER_NICENESS = int(niceness)
    os.environ["COVERAGE_PLANNER_WORKER_NICENESS"] = str(int(niceness))


def exit_with_parent(interval_s: float = 1.0) -> None:
    """In a long-lived worker process: end it when the process that started it is gone.

    A pool worker waits on its pipe; if its parent ends with ``os._exit`` (or crashes) the
    worker may wait forever, holding the parent's standard output open for whoever reads it. A
    daemon thread checks the parent every ``interval_s`` and ends the worker when it is gone."""
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval_s)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def worker_init() -> None:
    """First in every engine worker process (the coverage and composite pools, the map's layers
    worker): lower priority, and end with the process that started it."""
    lower_worker_priority()
    exit_with_parent()


def pool_context():
    """The multiprocessing context for the engine's worker pools: ``fork`` (the workers share
    the parent's arrays for free) only while this process runs a single thread; ``spawn``
    otherwise. Forking a process whose other threads hold a lock (the window's workers, a numba
    kernel being loaded) leaves the child waiting on that lock for ever: seen as coverage
    layers that never finished at 15,000 villages."""
    import multiprocessing as mp
    import threading

    if "fork" in mp.get_all_start_methods() and threading.active_count() == 1:
        return mp.get_context("fork")
    return mp.get_context("spawn")
