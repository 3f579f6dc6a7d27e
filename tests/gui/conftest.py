"""Qt fixtures: one main window per test module (each window costs ~600 MB), headless."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor

from coverage_planner.gui.main_window import MainWindow

TIMEOUT_MS = 30_000


def wait_signal(signal, action=None, timeout_ms: int = TIMEOUT_MS) -> list:
    """Run ``action`` and wait for ``signal``; returns its arguments (fails on timeout)."""
    loop = QEventLoop()
    got: list = []

    def on_signal(*args):
        got.append(args)
        loop.quit()

    signal.connect(on_signal)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    try:
        if action is not None:
            action()
        if not got:
            loop.exec()
    finally:
        signal.disconnect(on_signal)
        timer.stop()
    assert got, f"timed out after {timeout_ms} ms waiting for {signal}"
    return list(got[0])


def run_js(window: MainWindow, script: str, timeout_ms: int = 10_000):
    """Evaluate ``script`` in the map page and return its value (JSON decoded if a string)."""
    loop = QEventLoop()
    box: list = []

    def done(value):
        box.append(value)
        loop.quit()

    window.map.page().runJavaScript(script, 0, done)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not box:
        loop.exec()
    assert box, f"no answer from the page for: {script[:80]}"
    value = box[0]
    if isinstance(value, str) and value[:1] in "[{":
        return json.loads(value)
    return value


class RequestRecorder(QWebEngineUrlRequestInterceptor):
    """Records every URL the web engine requests (profile level, before the page's own)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def interceptRequest(self, info) -> None:  # noqa: N802
        self.urls.append(info.requestUrl().toString())


@pytest.fixture(scope="module")
def requests_seen(qapp):
    recorder = RequestRecorder()
    yield recorder


@pytest.fixture(scope="module")
def window(qapp, requests_seen, make_project):
    """A shown MainWindow (English UI, Vietnamese map) with the tiny project drawn."""
    win = MainWindow(lang="vi")
    win.map.page().profile().setUrlRequestInterceptor(requests_seen)
    win.resize(1200, 800)
    win.show()
    wait_signal(win.mapReady, lambda: win.set_project(make_project()))
    yield win
    win.map.page().profile().setUrlRequestInterceptor(None)
    win.close()
    win.deleteLater()
    # delete now, while the recorder still exists and before the next module's window
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@pytest.fixture
def js(window):
    """js(script) -> the value of ``script`` in the map page (JSON decoded)."""
    return lambda script, timeout_ms=10_000: run_js(window, script, timeout_ms)


@pytest.fixture
def wait():
    """wait(signal, action=None, timeout_ms=...) -> the signal's arguments."""
    return wait_signal
