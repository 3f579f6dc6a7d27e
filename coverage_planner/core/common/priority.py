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
    """Called first in a pool worker process (never in the caller's own process)."""
    if WORKER_NICENESS > 0 and hasattr(os, "nice"):
        try:
            os.nice(WORKER_NICENESS)
        except OSError:  # not allowed here: run at the normal priority
            pass
