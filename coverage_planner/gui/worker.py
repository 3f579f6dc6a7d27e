"""Run a function off the GUI thread and hand its result (and progress) back to the GUI thread.

The work runs in Python threads (``concurrent.futures``), not in ``QThreadPool``: a Qt pool
thread gets a fresh Python thread state for every call, which frees thread-local state that
pyproj (hence geopandas ``to_crs`` / ``GeoDataFrame(crs=...)``) keeps per thread, and the second
call then crashes the process.

Results come back through the signals of one dispatcher object that lives in the GUI thread for
the whole session, so worker threads never emit on an object that may be deleted meanwhile (and
no per-task QObject is ever destroyed with a deletion pending: PySide crashes on that). A task's
callbacks are dropped when its owner is gone.
"""

from __future__ import annotations

import atexit
import itertools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger(__name__)

_EXECUTOR: ThreadPoolExecutor | None = None
_IDS = itertools.count(1)


def _executor() -> ThreadPoolExecutor:
    global _EXECUTOR
    if _EXECUTOR is None:
        _EXECUTOR = ThreadPoolExecutor(max_workers=2, thread_name_prefix="coverage-planner")
        atexit.register(_EXECUTOR.shutdown, wait=False, cancel_futures=True)
    return _EXECUTOR


class _Dispatcher(QObject):
    """Created in the GUI thread; emitting from a worker thread queues to the GUI thread."""

    done = Signal(int, bool, object)  # task id, ok, result or exception
    progress = Signal(int, float, str)  # task id, fraction, message

    def __init__(self) -> None:
        super().__init__()
        # task id -> (owner, on_finished, on_failed, on_progress)
        self.callbacks: dict[int, tuple] = {}
        self.done.connect(self._on_done)
        self.progress.connect(self._on_progress)

    def _live(self, task_id: int, pop: bool):
        entry = self.callbacks.pop(task_id, None) if pop else self.callbacks.get(task_id)
        if entry is None or not shiboken6.isValid(entry[0]):
            self.callbacks.pop(task_id, None)
            return None
        return entry

    def _on_done(self, task_id: int, ok: bool, value) -> None:
        entry = self._live(task_id, pop=True)
        if entry is not None:
            (entry[1] if ok else entry[2])(value)

    def _on_progress(self, task_id: int, fraction: float, message: str) -> None:
        entry = self._live(task_id, pop=False)
        if entry is not None and entry[3] is not None:
            entry[3](fraction, message)


_DISPATCHER: _Dispatcher | None = None


def _dispatcher() -> _Dispatcher:
    global _DISPATCHER
    if _DISPATCHER is None or not shiboken6.isValid(_DISPATCHER):
        _DISPATCHER = _Dispatcher()
        app = QCoreApplication.instance()
        if app is not None:
            _DISPATCHER.moveToThread(app.thread())
    return _DISPATCHER


def _emit(signal, *args) -> bool:
    try:
        signal.emit(*args)
    except RuntimeError:  # the application is shutting down
        return False
    return True


def _call(task_id: int, fn: Callable, dispatcher: _Dispatcher, with_progress: bool) -> None:
    def progress(fraction, message="") -> None:
        _emit(dispatcher.progress, task_id, float(fraction), str(message))

    try:
        result = fn(progress) if with_progress else fn()
    except Exception as exc:  # shown to the user as a message, never as a traceback
        log.debug("background task failed", exc_info=True)
        _emit(dispatcher.done, task_id, False, exc)
    else:
        _emit(dispatcher.done, task_id, True, result)


def run_in_background(
    fn: Callable,
    owner: QObject,
    on_finished: Callable[[object], None],
    on_failed: Callable[[BaseException], None],
    on_progress: Callable[[float, str], None] | None = None,
) -> int:
    """Start ``fn`` in a worker thread; ``on_finished(result)`` or ``on_failed(exc)`` then run
    in the GUI thread, unless ``owner`` was deleted meanwhile. Returns the task's id.

    With ``on_progress``, ``fn`` is called as ``fn(progress)``: ``progress(fraction, message)``
    may be called from the worker thread and ``on_progress`` runs in the GUI thread.
    """
    dispatcher = _dispatcher()
    task_id = next(_IDS)
    # registered before the work starts: a quick answer must not arrive to nobody
    dispatcher.callbacks[task_id] = (owner, on_finished, on_failed, on_progress)
    _executor().submit(_call, task_id, fn, dispatcher, on_progress is not None)
    return task_id


def forget(task_id: int) -> None:
    """Drop a task's callbacks: its result (still computed) is thrown away."""
    if _DISPATCHER is not None and shiboken6.isValid(_DISPATCHER):
        _DISPATCHER.callbacks.pop(task_id, None)


class BusyTasks:
    """Background tasks a busy indicator (the status bar's) shows while any of them runs."""

    def __init__(self, indicator) -> None:
        self.indicator = indicator
        self._tasks: set[int] = set()

    @property
    def pending(self) -> bool:
        return bool(self._tasks)

    def run(self, fn: Callable, owner: QObject, on_finished: Callable[[object], None],
            on_failed: Callable[[BaseException], None]) -> int:
        """:func:`run_in_background`, shown by the indicator until it finished or failed."""
        holder: list[int] = []

        def end(callback: Callable, value) -> None:
            self._tasks.discard(holder[0])
            self.indicator.setVisible(self.pending)
            callback(value)

        task = run_in_background(fn, owner, lambda result: end(on_finished, result),
                                 lambda exc: end(on_failed, exc))
        holder.append(task)
        self._tasks.add(task)
        self.indicator.setVisible(True)
        return task
