"""The analysis runner without any window: progress arrives in the GUI thread, Cancel stops the
engine at its next check, errors become messages, and only the newest run reports.
"""

from __future__ import annotations

import threading

from gui_helpers import wait_signal
from PySide6.QtCore import QThread

from coverage_planner.core.common.errors import CancelledError, DataError
from coverage_planner.core.common.text import Text
from coverage_planner.gui.analysis import AnalysisRunner


def test_progress_then_result_in_the_gui_thread(qapp):
    seen = []

    def engine(project, progress, cancelled):
        for i in range(5):
            progress((i + 1) / 5, f"{i + 1}/5")
        return ("result of", project)

    runner = AnalysisRunner(analyse=engine)
    runner.progress.connect(lambda f, m: seen.append((f, m, QThread.currentThread())))
    (result,) = wait_signal(runner.finished, lambda: runner.start("P"))
    assert result == ("result of", "P")
    assert not runner.running
    qapp.processEvents()
    assert [m for _, m, _ in seen] == ["1/5", "2/5", "3/5", "4/5", "5/5"]
    assert all(thread is qapp.thread() for _, _, thread in seen)


def test_cancel_reaches_the_engine(qapp):
    started = threading.Event()

    def engine(project, progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise CancelledError()

    runner = AnalysisRunner(analyse=engine)
    runner.start("P")
    assert started.wait(5)
    wait_signal(runner.cancelled, runner.cancel)
    assert not runner.running


def test_errors_become_messages(qapp):
    def broken(project, progress, cancelled):
        raise DataError("dem.tif", Text("unreadable", "không đọc được"), Text("replace it", "thay"))

    runner = AnalysisRunner(analyse=broken)
    runner.lang = "vi"
    (message,) = wait_signal(runner.failed, lambda: runner.start("P"))
    assert "dem.tif" in message and "không đọc được" in message

    runner = AnalysisRunner(analyse=lambda p, progress, cancelled: 1 / 0)
    (message,) = wait_signal(runner.failed, lambda: runner.start("P"))
    assert message.startswith("ZeroDivisionError")


def test_only_the_newest_run_reports(qapp):
    gate = threading.Event()

    def engine(project, progress, cancelled):
        if project == "old":
            gate.wait(5)
        return project

    runner = AnalysisRunner(analyse=engine)
    results = []
    runner.finished.connect(results.append)
    runner.start("old")
    wait_signal(runner.finished, lambda: runner.start("new"))
    gate.set()
    for _ in range(20):
        qapp.processEvents()
        threading.Event().wait(0.01)
    assert results == ["new"]
