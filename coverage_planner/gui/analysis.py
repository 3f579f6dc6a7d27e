"""Run the coverage analysis off the GUI thread, with progress and a Cancel.

The engine's ``progress(fraction, message)`` is called in the worker thread and reaches the GUI
thread through :mod:`.worker`; ``cancelled()`` reads a flag the GUI thread sets. Only the newest
run reports: a run started for a project that was closed meanwhile is dropped.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from coverage_planner.core.common.errors import CancelledError, DataError
from coverage_planner.gui.worker import forget, run_in_background

log = logging.getLogger(__name__)


def default_analyse(project, progress, cancelled):
    """This computer's engine, or Dask for a big folder when the settings say so
    (:mod:`.compute`, Coverage → Compute engine…)."""
    from coverage_planner.gui import compute

    return compute.analyse(project, progress, cancelled)


class AnalysisRunner(QObject):
    """Signals
    -------
    started : a run began
    progress(float, str) : fraction done (0..1) and the engine's message
    finished(object) : the CoverageResult
    failed(str) : a message for the user (the exception is logged)
    cancelled : the run stopped at the user's request
    """

    started = Signal()
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent=None, analyse=None) -> None:
        super().__init__(parent)
        self._analyse = analyse or default_analyse
        self._ticket = 0
        self._running: int | None = None
        self._cancel: threading.Event | None = None
        self._task: int | None = None
        self.lang = "en"

    @property
    def running(self) -> bool:
        return self._running is not None

    def start(self, project) -> None:
        """Analyse ``project``; a run in progress is cancelled and its result dropped."""
        self.cancel(quiet=True)
        self._ticket += 1
        ticket = self._ticket
        flag = threading.Event()
        self._cancel = flag
        self._running = ticket
        analyse = self._analyse

        def work(progress):
            result = analyse(project, progress, flag.is_set)
            if flag.is_set():
                raise CancelledError()
            return result

        self.started.emit()
        self._task = run_in_background(
            work, self,
            lambda result: self._on_finished(ticket, result),
            lambda exc: self._on_failed(ticket, exc),
            lambda fraction, message: self._on_progress(ticket, fraction, message),
        )

    def cancel(self, quiet: bool = False) -> None:
        """Ask the running analysis to stop (it stops at its next check, within a second or so).

        ``quiet``: the run is forgotten at once and reports nothing (a new project replaces it).
        """
        if self._cancel is not None:
            self._cancel.set()
        if quiet and self._running is not None:
            self._running = None
            self._ticket += 1
            if self._task is not None:
                forget(self._task)
                self._task = None

    def _done(self, ticket: int) -> bool:
        """Forget the run; True when it is the newest (older ones report nothing)."""
        if ticket != self._ticket:
            return False
        self._running = None
        self._cancel = None
        self._task = None
        return True

    def _on_progress(self, ticket: int, fraction: float, message: str) -> None:
        if ticket == self._ticket and self._running is not None:
            self.progress.emit(max(0.0, min(1.0, fraction)), message)

    def _on_finished(self, ticket: int, result) -> None:
        if self._done(ticket):
            self.finished.emit(result)

    def _on_failed(self, ticket: int, exc: BaseException) -> None:
        if not self._done(ticket):
            return
        if isinstance(exc, CancelledError):
            self.cancelled.emit()
            return
        if isinstance(exc, DataError):
            self.failed.emit(exc.message(self.lang))
            return
        log.error("coverage analysis failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.failed.emit(f"{type(exc).__name__}: {exc}")
