"""Opening things: :class:`LoadingController`.

File → Open data folder, Open project, Recent folders, Open layer; a recovered session; a
project built in code. Everything is read and its map page built off the GUI thread; only the
newest request is applied, and a bad folder or file is a message (the open project stays). Once
open, the project goes to the application model, its counts to the status bar and its layers to
the layers dock.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMenu, QMessageBox

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.project.model import Project
from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.i18n import locale_for
from coverage_planner.gui.project_model import open_folder, prepare
from coverage_planner.gui.worker import run_in_background
from coverage_planner.mapview.escape import js_json
from coverage_planner.mapview.summary import ProjectSummary

log = logging.getLogger(__name__)


class LoadingController(QObject):
    """Emits the window's ``loadFailed(str)`` (the message shown) and ``userLayerOpened(str)``.
    Project files' scenarios are restored by ``files`` (:class:`~.project_files.
    ProjectFilesController`) once their data folder is open."""

    def __init__(self, window, files) -> None:
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.files = files
        self._latest = 0  # only the newest open request is applied

        self.open_action = QAction(window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_folder)
        self.open_layer_action = QAction(window)
        self.open_layer_action.triggered.connect(self.choose_layer)
        self.open_project_action = QAction(window)
        self.open_project_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_project_action.triggered.connect(self.choose_project)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self.clear_recent_action = QAction(window)
        self.clear_recent_action.triggered.connect(self.clear_recent)
        self.counts_label = QLabel(window)
        self.synthetic_label = QLabel(window)
        self.synthetic_label.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.model.projectChanged.connect(self._on_project_changed)

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open data folder…"))
        self.open_project_action.setText(self.tr("Open &project…"))
        self.recent_menu.setTitle(self.tr("Recent &folders"))
        self.open_layer_action.setText(self.tr("Open &layer…"))
        self.clear_recent_action.setText(self.tr("&Clear the list"))
        opened = self.model.current
        if opened is not None:
            self.show_counts(opened.summary)

    # ---- asking the user what to open --------------------------------------------------------
    def choose_folder(self) -> None:
        start_dir = ""
        if self.model.project is not None and self.model.project.root is not None:
            start_dir = str(self.model.project.root)
        path = QFileDialog.getExistingDirectory(self.window, self.tr("Open data folder"),
                                                start_dir)
        if path:
            self.open_folder(path)

    def choose_layer(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open layer"), "",
            self.tr("Layers (*.gpkg *.geojson *.json *.shp *.zip *.kml *.kmz *.csv);;All files (*)"))
        if path:
            self.open_layer(path)

    def choose_project(self) -> None:
        project_path = self.files.project_path
        start = str(project_path.parent) if project_path else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), start,
            self.tr("Coverage Planner projects (*.gpkg);;All files (*)"))
        if path:
            self.open_project(path)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        folders = app_settings.recent_folders()
        for i, folder in enumerate(folders):
            label = f"&{i + 1} {folder}" if i < 9 else folder
            action = self.recent_menu.addAction(label)
            action.setData(folder)
            action.triggered.connect(lambda _checked=False, f=folder: self.open_folder(f))
        if not folders:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(folders))

    def clear_recent(self) -> None:
        app_settings.clear_recent_folders()

    # ---- opening ----------------------------------------------------------------------------
    def open_folder(self, path: str | Path) -> None:
        """Load a data folder in the background; errors are shown, the open project stays."""
        if not self.files.may_close_project():
            return
        w = self.window
        lang, path, online = w.lang, str(path), w.online
        self._open(lambda: open_folder(path, lang, online), self.tr("Opening {0}…").format(path))

    def set_project(self, project: Project, source: str | None = None) -> None:
        """Show a project built in code (tests, scripts); the page is built in the background."""
        lang, online = self.window.lang, self.window.online
        self._open(lambda: prepare(project, lang, source, online), self.tr("Drawing the map…"))

    def open_project(self, path: str | Path) -> None:
        """Open a project file: its data folder (in the background), then every scenario."""
        from coverage_planner.core.io.settings import project_profile
        from coverage_planner.core.project import projectfile

        if not self.files.may_close_project():
            return
        lang, path, online = self.window.lang, Path(path), self.window.online

        def work():
            pf = projectfile.load(path)
            profile = project_profile(pf, path)
            return open_folder(str(pf.data_folder), lang, online, profile), pf, path, True

        self._open(work, self.tr("Opening {0}…").format(path))

    def open_recovered(self, pf) -> None:
        """Open the data folder of a recovered autosave and restore its scenarios (unsaved)."""
        from coverage_planner.core.io.settings import project_profile
        from coverage_planner.core.project import autosave

        lang, online = self.window.lang, self.window.online

        def work():
            profile = project_profile(pf, autosave.recovery_path())
            return open_folder(str(pf.data_folder), lang, online, profile), pf, None, False

        self._open(work, self.tr("Recovering the last session…"))

    def open_layer(self, path: str | Path) -> None:
        """Read any file the loaders read and draw it on top of the map (a layer-control box);
        a bad file shows its message and changes nothing."""
        from coverage_planner.core.io import read_layer
        from coverage_planner.mapview.userlayer import user_layer_payload

        path = Path(path)
        w = self.window

        def work():
            return user_layer_payload(read_layer(path), path.name)

        def done(data) -> None:
            w.map.run_js(f"cpAddUserLayer({js_json(data)})")
            w.statusBar().showMessage(self.tr("{0}: {1} features").format(path.name,
                                                                        data["count"]), 8000)
            w.userLayerOpened.emit(path.name)

        def failed(exc: BaseException) -> None:
            text = exc.message(w.lang) if isinstance(exc, DataError) else \
                f"{type(exc).__name__}: {exc}"
            w.show_message(QMessageBox.Icon.Warning, self.tr("Cannot open the layer"), text)
            w.loadFailed.emit(text)

        run_in_background(work, self, done, failed)

    def _open(self, work, message: str) -> None:
        """``work()`` -> an OpenedProject, or (OpenedProject, ProjectFile, path, saved) for a
        project file, in the background; only the newest request is applied."""
        self._latest += 1
        ticket = self._latest
        self.window.statusBar().showMessage(message)
        self.window.tasks.run(work, self, lambda result: self._on_opened(ticket, result),
                              lambda exc: self._on_open_failed(ticket, exc))

    def _on_opened(self, ticket: int, opened) -> None:
        pf = path = None
        saved = True
        if isinstance(opened, tuple):  # a project file: (opened, ProjectFile, path, saved)
            opened, pf, path, saved = opened
        if ticket != self._latest:
            opened.discard()
            return
        w = self.window
        w.statusBar().clearMessage()
        if opened.source is not None and opened.project.root is not None:
            app_settings.add_recent_folder(opened.source)
        self.model.set_current(opened)
        if pf is not None:
            self.files.restore(pf, path, saved)
        # the language or the online maps changed while it was opening
        if opened.page.lang != w.lang or opened.page.online != w.online:
            w.map_page.rebuild_page()

    def _on_open_failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._latest:
            return
        w = self.window
        w.statusBar().clearMessage()
        if isinstance(exc, DataError):
            text = exc.message(w.lang)
        else:
            # unexpected: a short message for the user, the traceback only in the log
            log.error("opening failed", exc_info=(type(exc), exc, exc.__traceback__))
            text = f"{type(exc).__name__}: {exc}"
        w.show_message(QMessageBox.Icon.Warning, self.tr("Cannot open the data"), text)
        w.loadFailed.emit(text)

    def close(self) -> None:
        self._latest += 1  # results still on their way are discarded

    # ---- what is open -----------------------------------------------------------------------
    def _on_project_changed(self) -> None:
        opened = self.model.current
        if opened is not None:
            self.window.layers_dock.show_summary(opened.summary)
            self.show_counts(opened.summary)

    def show_counts(self, summary: ProjectSummary) -> None:
        # short in the bar (messages need the room), every count in the tooltip
        loc = locale_for(self.window.lang)
        self.counts_label.setText(self.tr("{0} villages · {1} sites · {2} km of fiber").format(
            loc.toString(summary.villages), loc.toString(summary.sites),
            loc.toString(float(summary.fiber_km), "f", 0)))
        self.counts_label.setToolTip(self.counts_text(summary))
        synthetic = [i.name for i in summary.layers if i.origin == "synthetic"]
        self.synthetic_label.setText(self.tr("Synthetic data") if synthetic else "")
        self.synthetic_label.setToolTip(", ".join(synthetic))

    def counts_text(self, s: ProjectSummary) -> str:
        loc = locale_for(self.window.lang)
        return self.tr(
            "Villages: {0} · Households: {1} · Sites: {2} (cells: {3}) · "
            "Fiber: {4} km · Access points: {5} · Wi-Fi: {6}"
        ).format(loc.toString(s.villages), loc.toString(s.households), loc.toString(s.sites),
                 loc.toString(s.cells), loc.toString(float(s.fiber_km), "f", 1),
                 loc.toString(s.fiber_access_points), loc.toString(s.wifi))
