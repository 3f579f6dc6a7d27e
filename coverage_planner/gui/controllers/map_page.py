"""The map follows the application model: :class:`MapPageController`.

The open project's page (built off the GUI thread; again on a language switch or when the online
base map changes its CSP), the coverage result drawn on it (written next to the page off the GUI
thread: only the villages that changed since the result the page shows), and the selected
village (a click on the map selects it in the model; the model's selection flies the map there).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from coverage_planner.gui.project_model import MapPage, build_page
from coverage_planner.gui.worker import run_in_background
from coverage_planner.mapview.escape import text_of
from coverage_planner.mapview.page import write_result

log = logging.getLogger(__name__)


class MapPageController(QObject):
    """Emits the window's ``mapReady`` (a page finished drawing) and ``coverageShown`` (the page
    shows the model's result)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.map = window.map
        self.map_result = None  # the result the map shows
        self.map_counts: dict = {}  # villages per status, as the page counted them
        self._page_ticket = 0  # only the newest page rebuild is applied
        self._result_seq = 0
        self._result_pending: dict[int, object] = {}  # seq -> result on its way to the map

        self.model.projectChanged.connect(self._on_project_changed)
        self.model.pageChanged.connect(self._on_page_changed)
        self.model.resultChanged.connect(self._on_result_changed)
        self.model.villageSelected.connect(self._on_model_village_selected)
        self.map.pageReady.connect(self._on_page_ready)
        self.map.pageFailed.connect(self._on_page_failed)
        self.map.resultShown.connect(self._on_result_shown)
        self.map.resultFailed.connect(self._on_result_failed)
        self.map.bridge.villageSelected.connect(
            lambda village_id: self.model.select_village(village_id, "map"))
        window.languageChanged.connect(self.rebuild_page)

    def _status(self):
        return self.window.statusBar()

    # ---- the page -------------------------------------------------------------------------
    def _on_project_changed(self) -> None:
        opened = self.model.current
        if opened is not None:
            self.map_result = None
            self.map.show_page(opened.page.index)

    def _on_page_changed(self) -> None:
        page = self.model.page
        if page is not None:
            self.map_result = None
            self.map.show_page(page.index)

    def rebuild_page(self) -> None:
        """The map page again, in the current language, with the result when there is one."""
        opened = self.model.current
        if opened is None:
            return
        self._page_ticket += 1
        ticket = self._page_ticket
        w = self.window
        project, lang, result, online = opened.project, w.lang, self.model.result, w.online

        def done(page: MapPage) -> None:
            if ticket != self._page_ticket or self.model.current is not opened:
                page.discard()
                return
            self.model.set_page(page)

        def failed(exc: BaseException) -> None:
            log.error("map page failed", exc_info=(type(exc), exc, exc.__traceback__))
            self._status().showMessage(self.tr("The map could not be shown: {0}").format(exc))

        w.tasks.run(lambda: build_page(project, lang, result, online), self, done, failed)

    def _on_page_ready(self, errors: list) -> None:
        self.model.release_previous()
        if errors:
            self._status().showMessage(
                self.tr("Some layers could not be drawn: {0}").format("; ".join(errors)), 10000)
        page = self.model.page
        self.map_result = page.result if page is not None else None
        if self.model.selected:
            self.map.focus_village(self.model.selected, fly=False)
        self.window.mapReady.emit()
        if self.model.result is not None:
            if self.map_result is self.model.result:
                self.window.coverageShown.emit()
            else:
                self.show_result()

    def _on_page_failed(self, reason: str) -> None:
        self._status().showMessage(self.tr("The map could not be shown: {0}").format(reason))

    # ---- the coverage result ----------------------------------------------------------------
    def _on_result_changed(self) -> None:
        if self.model.result is None:
            self.map_counts = {}
        self.show_result()

    def show_result(self) -> None:
        """Write the result next to the page (worker thread), then have the page load it."""
        result, page = self.model.result, self.model.page
        if result is None or page is None or not self.map.ready or self.map_result is result:
            return
        if any(r is result for r in self._result_pending.values()):
            return
        # what the page shows, when nothing else is on its way: only the changed villages go
        previous = self.map_result if not self._result_pending else None
        self._result_seq += 1
        seq, generation = self._result_seq, self.map.generation
        self._result_pending[seq] = result
        index, lang = page.index, page.lang

        def written(relative: str) -> None:
            if generation != self.map.generation or self.model.result is not result:
                self._result_pending.pop(seq, None)  # the page changed: it gets it on ready
                return
            self.map.show_result(relative, seq)

        def failed(exc: BaseException) -> None:
            self._result_pending.pop(seq, None)
            log.error("result not written", exc_info=(type(exc), exc, exc.__traceback__))

        run_in_background(lambda: write_result(index, result, lang, seq, previous), self,
                          written, failed)

    def _on_result_shown(self, seq: int, counts) -> None:
        result = self._result_pending.pop(seq, None)
        if result is None or result is not self.model.result:
            return
        self.map_result = result
        self.map_counts = counts if isinstance(counts, dict) else {}
        self.window.coverageShown.emit()

    def _on_result_failed(self, reason: str) -> None:
        self._result_pending.clear()
        self._status().showMessage(
            self.tr("The map could not show the coverage: {0}").format(reason), 10000)

    # ---- the selected village ---------------------------------------------------------------
    def _on_model_village_selected(self, village_id: str, origin: str) -> None:
        self.map.focus_village(village_id or None, fly=origin != "map")
        if village_id:
            self._show_village_message(village_id)

    def _show_village_message(self, village_id: str) -> None:
        project = self.model.project
        if project is None or project.villages is None or "village_id" not in project.villages:
            return
        villages = project.villages
        match = villages[villages["village_id"].astype(str) == village_id]
        if match.empty:
            return
        row = match.iloc[0]
        message = self.tr("Village {0}: {1}, {2}, {3}").format(
            village_id, text_of(row.get("name")), text_of(row.get("commune")),
            text_of(row.get("district")))
        if self.model.result is not None and not self.window.table_dock.selected_id() \
                == village_id:
            message += " " + self.tr("(hidden by the table's filter)")
        self._status().showMessage(message, 15000)

    def close(self) -> None:
        self._page_ticket += 1  # a page still being built is discarded
