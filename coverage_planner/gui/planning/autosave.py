"""Work is never lost: the scenarios go to the recovery file (:mod:`coverage_planner.core.project.autosave`)
after every what-if edit and every few minutes, off the GUI thread, one save at a time (edits
made during a save are saved next, the newest state only). A clean quit removes the file.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from coverage_planner.core.project import autosave
from coverage_planner.gui.worker import run_in_background

log = logging.getLogger(__name__)

INTERVAL_MS = 3 * 60 * 1000


class AutoSaver(QObject):
    """Signals
    -------
    saved(str) : the recovery file was written (its path)
    failed(str) : a save failed (the next edit or the timer tries again)
    """

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, whatif, parent=None, path: str | Path | None = None,
                 interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.whatif = whatif
        self._path = Path(path) if path else None
        self._dirty = False
        self._saving = False
        self._closed = False
        self._lock = threading.Lock()  # held by the worker while it writes
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._kick)
        self.timer.start()
        whatif.edited.connect(self.schedule)

    @property
    def path(self) -> Path:
        return self._path or autosave.recovery_path()

    @property
    def pending(self) -> bool:
        """A save is running or waiting."""
        return self._saving or self._dirty

    def schedule(self) -> None:
        """Something changed: save it (now, or after the save in progress)."""
        if self._closed:
            return
        self._dirty = True
        self._kick()

    def _kick(self) -> None:
        if self._saving or not self._dirty or self._closed:
            return
        if not self.whatif.has_edits() and not self.path.exists():
            self._dirty = False  # nothing to lose yet
            return
        pf = self.whatif.snapshot()
        if pf is None:  # a project built in code has no folder to reopen
            self._dirty = False
            return
        self._dirty = False
        self._saving = True
        path, lock = self.path, self._lock

        def work():
            with lock:
                if self._closed:
                    return None
                return str(autosave.save_recovery(pf, path))

        run_in_background(work, self, self._on_saved, self._on_failed)

    def _on_saved(self, path) -> None:
        self._saving = False
        if path:
            self.saved.emit(path)
        self._kick()

    def _on_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._dirty = True  # the timer tries again
        log.warning("autosave failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.failed.emit(f"{type(exc).__name__}: {exc}")

    def save_now(self) -> Path | None:
        """Save at once in this thread (e.g. before a risky step); None when nothing to save."""
        pf = self.whatif.snapshot()
        if pf is None or self._closed:
            return None
        with self._lock:
            path = autosave.save_recovery(pf, self.path)
        self._dirty = False
        return path

    def finish(self) -> None:
        """A clean quit: no more saves, and the recovery file is removed (after a save that is
        still writing, so that it cannot bring the file back)."""
        self._closed = True
        self.timer.stop()
        with self._lock:
            autosave.remove_recovery(self.path)
