"""Run a function off the GUI thread and hand its result back to the GUI thread.

The work runs in Python threads (``concurrent.futures``), not in ``QThreadPool``: a Qt pool
thread gets a fresh Python thread state for every call, which frees thread-local state that
pyproj (hence geopandas ``to_crs`` / ``GeoDataFrame(crs=...)``) keeps per thread, and the second
call then crashes the process. Results come back through Qt signals, queued to the GUI thread.
"""

from __future__ import annotations

import atexit
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_EXECUTOR: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    global _EXECUTOR
    if _EXECUTOR is None:
        _EXECUTOR = ThreadPoolExecutor(max_workers=2, thread_name_prefix="coverage-planner")
        atexit.register(_EXECUTOR.shutdown, wait=False, cancel_futures=True)
    return _EXECUTOR


class TaskSignals(QObject):
    """Lives in the GUI thread (it has a parent there), so its signals arrive queued there."""

    finished = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised


def _call(fn: Callable[[], object], signals: TaskSignals) -> None:
    try:
        result = fn()
    except Exception as exc:  # shown to the user as a message, never as a traceback
        log.debug("background task failed", exc_info=True)
        signals.failed.emit(exc)
    else:
        signals.finished.emit(result)


def run_in_background(
    fn: Callable[[], object],
    parent: QObject,
    on_finished: Callable[[object], None],
    on_failed: Callable[[BaseException], None],
) -> TaskSignals:
    """Start ``fn()`` in a worker thread; ``on_finished(result)`` or ``on_failed(exc)`` then run
    in the GUI thread. Call ``deleteLater()`` on the returned signals once one has arrived
    (otherwise the parent deletes them when it goes).
    """
    signals = TaskSignals(parent)  # C++-owned by the parent: deleted in the GUI thread
    # connected before the work starts: a quick failure must not be emitted to nobody
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    _executor().submit(_call, fn, signals)
    return signals
