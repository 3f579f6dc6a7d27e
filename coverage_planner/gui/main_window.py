"""The main window: the map in the middle, the layers dock, counts in the status bar."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
)

from coverage_planner.core.errors import DataError
from coverage_planner.core.model import Project
from coverage_planner.core.text import current_language
from coverage_planner.gui.about import AboutDialog
from coverage_planner.gui.layers_dock import LayersDock
from coverage_planner.gui.map_view import MapView
from coverage_planner.gui.project_model import OpenedProject, ProjectModel, open_folder, prepare
from coverage_planner.gui.worker import TaskSignals, run_in_background
from coverage_planner.mapview.escape import text_of
from coverage_planner.mapview.summary import ProjectSummary

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signals
    -------
    mapReady : the current project's map finished drawing
    loadFailed(str) : opening failed; the message shown (the previous project stays open)
    """

    mapReady = Signal()
    loadFailed = Signal(str)

    def __init__(self, lang: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.model = ProjectModel(self)
        self.message_box: QMessageBox | None = None
        self._tasks: dict[int, TaskSignals] = {}
        self._latest = 0  # only the newest open request is applied

        self.setWindowTitle(self.tr("Coverage Planner"))
        self.resize(1280, 800)
        self.map = MapView(self)
        self.setCentralWidget(self.map)
        self.layers_dock = LayersDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.layers_dock)
        self.resizeDocks([self.layers_dock], [290], Qt.Orientation.Horizontal)
        self._build_status_bar()
        self._build_menus()

        self.model.projectChanged.connect(self._on_project_changed)
        self.map.pageReady.connect(self._on_page_ready)
        self.map.pageFailed.connect(self._on_page_failed)
        self.map.bridge.villageSelected.connect(self._on_village_selected)

    # ---- building -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel(self)
        self.synthetic_label = QLabel(self)
        self.synthetic_label.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.synthetic_label)
        bar.addPermanentWidget(self.busy)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open data folder…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_folder)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.layers_dock.toggleViewAction())

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Coverage Planner"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # ---- opening --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start_dir = ""
        if self.model.project is not None and self.model.project.root is not None:
            start_dir = str(self.model.project.root)
        path = QFileDialog.getExistingDirectory(self, self.tr("Open data folder"), start_dir)
        if path:
            self.open_folder(path)

    def open_folder(self, path: str | Path) -> None:
        """Load a data folder in the background; errors are shown, the open project stays."""
        lang, path = self.lang, str(path)
        self._run(lambda: open_folder(path, lang), self.tr("Opening {0}…").format(path))

    def set_project(self, project: Project, source: str | None = None) -> None:
        """Show a project built in code (tests, scripts); the page is built in the background."""
        lang = self.lang
        self._run(lambda: prepare(project, lang, source), self.tr("Drawing the map…"))

    def _run(self, fn, message: str) -> None:
        self._latest += 1
        ticket = self._latest
        self.busy.setVisible(True)
        self.statusBar().showMessage(message)
        self._tasks[ticket] = run_in_background(
            fn,
            self,
            lambda result: self._on_opened(ticket, result),
            lambda exc: self._on_open_failed(ticket, exc),
        )

    def _task_done(self, ticket: int) -> bool:
        """Forget the task; True when it is the newest request (older ones are dropped)."""
        signals = self._tasks.pop(ticket, None)
        if signals is not None:
            signals.deleteLater()
        if not self._tasks:
            self.busy.setVisible(False)
        return ticket == self._latest

    def _on_opened(self, ticket: int, opened: OpenedProject) -> None:
        if not self._task_done(ticket):
            opened.discard()
            return
        self.statusBar().clearMessage()
        self.model.set_current(opened)

    def _on_open_failed(self, ticket: int, exc: BaseException) -> None:
        if not self._task_done(ticket):
            return
        self.statusBar().clearMessage()
        if isinstance(exc, DataError):
            text = exc.message(self.lang)
        else:
            # unexpected: a short message for the user, the traceback only in the log
            log.error("opening failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = f"{type(exc).__name__}: {exc}"
        self.show_message(QMessageBox.Icon.Warning, self.tr("Cannot open the data"), text)
        self.loadFailed.emit(text)

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A window-modal message that does not block (tests read ``self.message_box``)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages are not markup
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        return box

    # ---- reacting to the model ------------------------------------------------------------
    def _on_project_changed(self) -> None:
        opened = self.model.current
        if opened is None:
            return
        self.map.show_page(opened.page)
        self.layers_dock.show_summary(opened.summary)
        self.counts_label.setText(self.counts_text(opened.summary))
        synthetic = [i.name for i in opened.summary.layers if i.origin == "synthetic"]
        self.synthetic_label.setText(self.tr("Synthetic data") if synthetic else "")
        self.synthetic_label.setToolTip(", ".join(synthetic))
        root = opened.project.root
        name = Path(root).name if root is not None else (opened.source or self.tr("unsaved"))
        self.setWindowTitle(self.tr("Coverage Planner — {0}").format(name))

    def counts_text(self, s: ProjectSummary) -> str:
        return self.tr(
            "Villages: {0} · Households: {1} · Sites: {2} (cells: {3}) · "
            "Fiber: {4} km · Access points: {5} · Wi-Fi: {6}"
        ).format(f"{s.villages:,}", f"{s.households:,}", f"{s.sites:,}", f"{s.cells:,}",
                 f"{s.fiber_km:,.1f}", f"{s.fiber_access_points:,}", f"{s.wifi:,}")

    def _on_page_ready(self, errors: list) -> None:
        self.model.release_previous()
        if errors:
            self.statusBar().showMessage(
                self.tr("Some layers could not be drawn: {0}").format("; ".join(errors)), 10000)
        self.mapReady.emit()

    def _on_page_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("The map could not be shown: {0}").format(reason))

    def _on_village_selected(self, village_id: str) -> None:
        project = self.model.project
        if project is None or project.villages is None or "village_id" not in project.villages:
            return
        villages = project.villages
        match = villages[villages["village_id"].astype(str) == village_id]
        if match.empty:
            return
        row = match.iloc[0]
        self.statusBar().showMessage(
            self.tr("Village {0}: {1}, {2}, {3}").format(
                village_id, text_of(row.get("name")), text_of(row.get("commune")),
                text_of(row.get("district"))),
            15000,
        )

    # ---- help and closing -----------------------------------------------------------------
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.model.project, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event) -> None:  # noqa: N802
        self._latest += 1  # results still on their way are discarded
        self.model.close()
        super().closeEvent(event)
