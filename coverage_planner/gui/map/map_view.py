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

from coverage_planner.gui.map.bridge import MapBridge
from coverage_planner.mapview.basemaps import OSM_HOST
from coverage_planner.mapview.escape import js_json

log = logging.getLogger(__name__)

LOCAL_SCHEMES = frozenset({"file", "qrc", "data", "about", "blob"})


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that would leave the machine; remembers what it blocked.

    ``allowed_hosts`` (empty unless the user enabled online maps) are the only hosts reachable,
    over https only.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []
        self.allowed: list[str] = []
        self.allowed_hosts: frozenset[str] = frozenset()

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802
        url = info.requestUrl()
        scheme = url.scheme().lower()
        if scheme in LOCAL_SCHEMES:
            return
        if scheme == "https" and url.host().lower() in self.allowed_hosts:
            self.allowed.append(url.toString())
            return
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
    resultShown(int, object) : a coverage result (its sequence number) is drawn; the villages
        per status as the page counted them
    resultFailed(str) : a result could not be shown
    """

    pageReady = Signal(list)
    pageFailed = Signal(str)
    resultShown = Signal(int, object)
    resultFailed = Signal(str)
    POLL_MS = 50
    TIMEOUT_MS = 60_000
    RESULT_TIMEOUT_MS = 30_000

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
        self._result_seq = 0
        self._result_waited_ms = 0
        self._result_poll = QTimer(self)
        self._result_poll.setInterval(self.POLL_MS)
        self._result_poll.timeout.connect(self._check_result)
        self._focus: tuple[str | None, bool] | None = None  # applied once the page is ready
        # what-if overlays: JS function -> its last payload (JSON text), re-sent to a new page
        self._overlays: dict[str, str] = {}
        self.mode: str | None = None

    @property
    def generation(self) -> int:
        """Changes every time another page is loaded."""
        return self._generation

    def show_page(self, index_html: str | Path) -> None:
        """Load ``index.html`` from disk (never ``setHtml``: it fails above 2 MB)."""
        self.ready = False
        self._poll.stop()
        self._result_poll.stop()
        self._generation += 1
        self.load(QUrl.fromLocalFile(str(Path(index_html).resolve())))

    def show_result(self, relative_path: str, seq: int) -> None:
        """Show a result file written next to the page (``mapview.page.write_result``)."""
        if not self.ready:
            self.resultFailed.emit("the map is not ready")
            return
        self._result_seq = seq
        self._result_waited_ms = 0
        self.run_js(f"cpLoadResult({js_json(relative_path)}, {int(seq)})")
        self._result_poll.start()

    def focus_village(self, village_id: str | None, fly: bool = True) -> None:
        """Highlight a village (None: no village) and, with ``fly``, fly the map to it."""
        self._focus = (village_id, fly)
        if self.ready:
            self._apply_focus()

    # ---- what-if ------------------------------------------------------------------------------
    MODES = ("add_site", "add_ap", "add_cable")

    def set_mode(self, mode: str | None) -> None:
        """The edit mode: "add_site", "add_ap", "add_cable", or None (select and navigate)."""
        self.mode = mode if mode in self.MODES else None
        self._overlay("cpSetMode", self.mode)

    def set_online(self, online: bool) -> None:
        """Let the page reach OpenStreetMap's tile host (and nothing else), or nothing at all."""
        self.interceptor.allowed_hosts = frozenset({OSM_HOST}) if online else frozenset()

    def show_base_maps(self, payload: dict | None) -> None:
        """Base maps (``mapview.basemaps.base_maps_payload``); None removes them."""
        self._overlay("cpSetBaseMaps", payload)

    def show_coverage_layers(self, payload: dict | None) -> None:
        """Coverage images (``mapview.basemaps.coverage_payload``); None removes them."""
        self._overlay("cpSetCoverageLayers", payload)

    def show_edits(self, payload: dict | None) -> None:
        """The scenario's edits (``mapview.edits.edits_payload``); None removes them."""
        self._overlay("cpSetEdits", payload)

    def show_suggestions(self, payload: dict | None) -> None:
        self._overlay("cpShowSuggestions", payload)

    def show_fiber_plan(self, payload: dict | None) -> None:
        self._overlay("cpShowFiberPlan", payload)

    def show_rollout_plan(self, payload: dict | None) -> None:
        self._overlay("cpShowRolloutPlan", payload)

    def show_differences(self, payload: dict | None) -> None:
        self._overlay("cpShowDifferences", payload)

    def show_preview(self, payload: dict | None) -> None:
        """The live preview of a mast being dragged (``mapview.preview.preview_payload``; None:
        nothing to show). Transient: not drawn again on a new page."""
        if self.ready:
            self.run_js(f"cpShowPreview({js_json(payload)})")

    def fit_overlay(self, key: str, max_zoom: int = 12) -> None:
        """Fly to an overlay: "edits", "suggestions", "fiberPlan" or "differences"."""
        if self.ready:
            self.run_js(f"cpFitOverlay({js_json(key)}, {int(max_zoom)})")

    def _overlay(self, function: str, payload) -> None:
        self._overlays[function] = js_json(payload)
        if self.ready:
            self.run_js(f"{function}({self._overlays[function]})")

    def _apply_overlays(self) -> None:
        for function, data in self._overlays.items():
            self.run_js(f"{function}({data})")

    def _apply_focus(self) -> None:
        if self._focus is None:
            return
        village_id, fly = self._focus
        self._focus = None
        self.run_js(f"cpFocusVillage({js_json(village_id)}, {'true' if fly else 'false'})")

    def _check_result(self) -> None:
        self._result_waited_ms += self.POLL_MS
        if self._result_waited_ms > self.RESULT_TIMEOUT_MS:
            self._result_poll.stop()
            self.resultFailed.emit("the map did not show the result in time")
            return
        seq, generation = self._result_seq, self._generation
        self.run_js(
            f"window.cpResultSeq === {int(seq)} ? JSON.stringify(window.cpVillageCounts || {{}})"
            " : (window.cpResultError ? 'error: ' + window.cpResultError : '')",
            lambda answer: self._on_result_answer(generation, seq, answer),
        )

    def _on_result_answer(self, generation: int, seq: int, answer) -> None:
        if (generation != self._generation or seq != self._result_seq or not answer
                or not self._result_poll.isActive()):
            return
        self._result_poll.stop()
        if isinstance(answer, str) and answer.startswith("error: "):
            log.warning("map result: %s", answer)
            self.resultFailed.emit(answer[7:])
            return
        try:
            counts = json.loads(answer)
        except (TypeError, ValueError):
            counts = {}
        self.resultShown.emit(seq, counts)

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
        self._apply_overlays()
        self.pageReady.emit(errors)
        self._apply_focus()
