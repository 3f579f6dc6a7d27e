"""The map: a QWebEngineView showing the page that ``coverage_planner.mapview`` wrote."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWebEngineWidgets import QWebEngineView

from coverage_planner.gui.bridge import MapBridge

log = logging.getLogger(__name__)

LOCAL_SCHEMES = frozenset({"file", "qrc", "data", "about", "blob"})


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that would leave the machine; remembers what it blocked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
        url = info.requestUrl()
        if url.scheme().lower() not in LOCAL_SCHEMES:
            self.blocked.append(url.toString())
            info.block(True)


class MapPage(QWebEnginePage):
    """Stays on local pages: links to the web are not followed; console errors are logged."""

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        return url.scheme().lower() in LOCAL_SCHEMES

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:  # noqa: N802
        log.debug("map page: %s (%s:%s)", message, source, line)


class MapView(QWebEngineView):
    """Loads a map page from a file and tells when its layers are drawn.

    Signals
    -------
    pageReady(list) : the page set ``window.cpReady``; the list holds layers that failed to draw
    pageFailed(str) : the page did not load or did not draw in time
    """

    pageReady = Signal(list)
    pageFailed = Signal(str)
    POLL_MS = 50
    TIMEOUT_MS = 60_000

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPage(MapPage(self))
        self.interceptor = LocalOnlyInterceptor(self)
        self.page().setUrlRequestInterceptor(self.interceptor)
        self.bridge = MapBridge(self)
        self._channel = QWebChannel(self.page())
        self._channel.registerObject("cpBridge", self.bridge)
        self.page().setWebChannel(self._channel)
        self.ready = False
        self._generation = 0  # answers from a page that was replaced meanwhile are ignored
        self._waited_ms = 0
        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_MS)
        self._poll.timeout.connect(self._check_ready)
        self.loadFinished.connect(self._on_load_finished)

    def show_page(self, index_html: str | Path) -> None:
        """Load ``index.html`` from disk (never ``setHtml``: it fails above 2 MB)."""
        self.ready = False
        self._poll.stop()
        self._generation += 1
        self.load(QUrl.fromLocalFile(str(Path(index_html).resolve())))

    def run_js(self, script: str, callback=None) -> None:
        """Run ``script`` in the page; objects come back as '' unless JSON.stringify'd."""
        if callback is None:
            self.page().runJavaScript(script)
        else:
            self.page().runJavaScript(script, 0, callback)

    def _on_load_finished(self, ok: bool) -> None:
        if not ok:
            self.pageFailed.emit("load failed")
            return
        self._waited_ms = 0
        self._poll.start()

    def _check_ready(self) -> None:
        self._waited_ms += self.POLL_MS
        if self._waited_ms > self.TIMEOUT_MS:
            self._poll.stop()
            self.pageFailed.emit("the map did not finish drawing")
            return
        generation = self._generation
        self.run_js(
            "window.cpReady === true ? JSON.stringify(window.cpErrors || []) : ''",
            lambda answer: self._on_ready_answer(generation, answer),
        )

    def _on_ready_answer(self, generation: int, answer) -> None:
        if generation != self._generation or not answer or self.ready:
            return
        self._poll.stop()
        self.ready = True
        try:
            errors = [str(e) for e in json.loads(answer)]
        except (TypeError, ValueError):
            errors = []
        for error in errors:
            log.warning("map layer not drawn: %s", error)
        self.pageReady.emit(errors)
