"""The main window: the map in the middle, the village table below it, the dashboard, the
what-if results and the layers on the right, the what-if panel on the left, counts and the
analysis' progress (with Cancel) in the status bar.

Widgets talk to the application model (:mod:`.project_model`, and its what-if part
:mod:`.whatif`), never to each other: the table writes the filter and the selection into it, the
map and the dashboard follow; every what-if edit is a core command pushed through the model.

Project files (File → Open project / Save project) hold the data folder and every scenario's
edits; an autosave keeps them in a recovery file (:mod:`.autosave`) that the next start offers
to recover when the app did not quit cleanly.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QToolBar,
    QToolButton,
)

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.project import autosave
from coverage_planner.core.project.model import Project
from coverage_planner.gui import compute
from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.analysis import AnalysisRunner
from coverage_planner.gui.controllers.planner import Planner
from coverage_planner.gui.dialogs.about import AboutDialog
from coverage_planner.gui.dialogs.export_dialog import Exporter
from coverage_planner.gui.i18n import (
    LANGUAGES,
    install_language,
    locale_for,
    normalise,
    system_language,
)
from coverage_planner.gui.map import map_layers
from coverage_planner.gui.map.layers_dock import LayersDock
from coverage_planner.gui.map.map_view import MapView
from coverage_planner.gui.planning.autosave import AutoSaver
from coverage_planner.gui.planning.delta_dock import DeltaDock
from coverage_planner.gui.planning.whatif_dock import WhatIfDock
from coverage_planner.gui.planning.whatif_model import NO_EDITS, WhatIfModel, edits_key
from coverage_planner.gui.project_model import (
    MapPage,
    ProjectModel,
    build_page,
    open_folder,
    prepare,
)
from coverage_planner.gui.tables.dashboard import DashboardDock
from coverage_planner.gui.tables.village_table import VillageTableDock
from coverage_planner.gui.worker import run_in_background
from coverage_planner.mapview import basemaps
from coverage_planner.mapview.escape import js_json, text_of
from coverage_planner.mapview.page import write_result
from coverage_planner.mapview.summary import ProjectSummary

log = logging.getLogger(__name__)

#: a what-if edit waits this long for the next one before its coverage layers are computed
SCENARIO_LAYERS_DELAY_MS = 700


class MainWindow(QMainWindow):
    """Signals
    -------
    mapReady : the current project's map finished drawing
    loadFailed(str) : opening failed; the message shown (the previous project stays open)
    coverageShown : the map shows the current coverage result (villages coloured by status)
    analysisFailed(str) : the coverage analysis failed; the message shown
    languageChanged(str) : "vi" or "en"
    projectOpened(str) : a project file (or a recovered one: "") was opened; its scenarios are
        restored
    coverageLayersShown(int) : the coverage images per technology and carrier (their number)
        were sent to the map's layer control

    ``decide``: None asks the user with message boxes; tests and scripts set a function
    ``decide(question) -> answer`` instead: "recover" -> "yes" | "no", "save_changes" (unsaved
    scenario edits, before quitting or opening another project) -> "save" | "discard" |
    "cancel".
    """

    mapReady = Signal()
    loadFailed = Signal(str)
    userLayerOpened = Signal(str)
    coverageShown = Signal()
    analysisFailed = Signal(str)
    languageChanged = Signal(str)
    projectOpened = Signal(str)
    coverageLayersShown = Signal(int)

    def __init__(self, lang: str | None = None, parent=None) -> None:
        super().__init__(parent)
        settings = app_settings.app_settings()
        self.lang = normalise(lang) or app_settings.saved_language(settings) or system_language()
        install_language(self.lang)
        self.model = ProjectModel(self)
        self.whatif = WhatIfModel(self.model, self)
        self.whatif.lang = self.lang
        self.runner = AnalysisRunner(self)
        self.runner.lang = self.lang
        # the coverage images per technology and carrier, after the analysis (same machinery)
        self.layers_runner = AnalysisRunner(self, analyse=map_layers.layers_images)
        self.layers_runner.lang = self.lang
        self.online = app_settings.online_maps(settings)
        self._hillshade: tuple | None = None  # (png, bounds) of the open project's DEM
        self._coverage_images: list[dict] | None = None  # map_layers.coverage_images()
        # the what-if edits (whatif.edits_key) the coverage layers show, and those computing
        self._layers_key: str | None = None
        self._layers_pending: str | None = None
        self._layers_declined = False  # the user cancelled the baseline's layers
        self._layers_timer = QTimer(self)  # the scenario's layers follow edits, not each one
        self._layers_timer.setSingleShot(True)
        self._layers_timer.setInterval(SCENARIO_LAYERS_DELAY_MS)
        self._layers_timer.timeout.connect(self._update_scenario_layers)
        self._images_ticket = 0  # images computed for a project closed meanwhile are dropped
        self.message_box: QMessageBox | None = None
        self.decide = None  # see the class docstring
        self.project_path: Path | None = None  # the project file the scenarios were saved to
        self._tasks: set[int] = set()  # opening and page building in progress (the busy bar)
        self._latest = 0  # only the newest open request is applied
        self._page_ticket = 0  # only the newest page rebuild is applied
        self._result_seq = 0
        self._result_pending: dict[int, object] = {}  # seq -> result on its way to the map
        self._map_result = None  # the result the map shows
        self._coverage_state = "none"  # none | running | done | cancelled | failed | no_dem
        self._coverage_error = ""
        self.map_counts: dict = {}  # villages per status, as the page counted them

        self.resize(1400, 900)
        self.map = MapView(self)
        self.map.set_online(self.online)
        self.setCentralWidget(self.map)
        self.layers_dock = LayersDock(self)
        self.table_dock = VillageTableDock(self.model, self)
        self.dashboard = DashboardDock(self.model, self)
        self.whatif_dock = WhatIfDock(self.whatif, self)
        self.delta_dock = DeltaDock(self.whatif, self.model, self)
        self.table_dock.set_language(self.lang)
        self.dashboard.set_language(self.lang)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dashboard)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.delta_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.layers_dock)
        self.tabifyDockWidget(self.dashboard, self.delta_dock)
        self.tabifyDockWidget(self.delta_dock, self.layers_dock)
        self.dashboard.raise_()
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.whatif_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.table_dock)
        self.resizeDocks([self.dashboard], [400], Qt.Orientation.Horizontal)
        self.resizeDocks([self.whatif_dock], [340], Qt.Orientation.Horizontal)
        self.resizeDocks([self.table_dock], [230], Qt.Orientation.Vertical)
        # the map keeps its room until the planner starts editing (show_whatif_panel); a saved
        # layout brings the panel back as the user left it
        self.whatif_dock.hide()
        self.planner = Planner(self)
        self.exporter = Exporter(self)
        self.autosaver = AutoSaver(self.whatif, self)
        self._build_status_bar()
        self._build_menus()
        self._build_toolbar()
        self._restore_window(settings)

        self.model.projectChanged.connect(self._on_project_changed)
        self.model.pageChanged.connect(self._on_page_changed)
        self.model.resultChanged.connect(self._on_result_changed)
        self.model.villageSelected.connect(self._on_model_village_selected)
        self.map.pageReady.connect(self._on_page_ready)
        self.map.pageFailed.connect(self._on_page_failed)
        self.map.resultShown.connect(self._on_map_result_shown)
        self.map.resultFailed.connect(self._on_map_result_failed)
        self.map.bridge.villageSelected.connect(self._on_map_village_clicked)
        self.runner.started.connect(self._on_analysis_started)
        self.runner.progress.connect(self._on_analysis_progress)
        self.runner.finished.connect(self._on_analysis_finished)
        self.runner.failed.connect(self._on_analysis_failed)
        self.runner.cancelled.connect(self._on_analysis_cancelled)
        self.layers_runner.started.connect(self._on_layers_started)
        self.layers_runner.progress.connect(self._on_layers_progress)
        self.layers_runner.finished.connect(self._on_layers_finished)
        self.layers_runner.failed.connect(self._on_layers_failed)
        self.layers_runner.cancelled.connect(self._on_layers_cancelled)
        self.whatif.edited.connect(self._update_title)
        self.whatif.resultReady.connect(self._layers_timer.start)
        self.whatif.stackChanged.connect(self._on_whatif_stack_changed)
        self.coverageShown.connect(self.start_coverage_layers)
        self.whatif.scenariosChanged.connect(self._update_title)
        self.autosaver.failed.connect(lambda message: self.statusBar().showMessage(
            self.tr("The autosave failed: {0}").format(message), 10000))
        self.retranslate_ui()

    # ---- building -------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.coverage_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.synthetic_label = QLabel(self)
        self.synthetic_label.setStyleSheet("color: #a15c00; font-weight: bold;")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.analysis_bar = QProgressBar(self)
        self.analysis_bar.setRange(0, 1000)
        self.analysis_bar.setMaximumWidth(160)
        self.analysis_bar.setTextVisible(True)
        self.analysis_bar.setFormat("%p %")
        self.analysis_bar.setVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_analysis)
        bar.addPermanentWidget(self.coverage_label)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.synthetic_label)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.analysis_bar)
        bar.addPermanentWidget(self.cancel_button)

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_folder)
        self.file_menu.addAction(self.open_action)
        self.open_layer_action = QAction(self)
        self.open_layer_action.triggered.connect(self.choose_layer)
        self.file_menu.addAction(self.open_layer_action)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.clear_recent_action = QAction(self)
        self.clear_recent_action.triggered.connect(self._clear_recent)
        self.file_menu.addSeparator()
        self.open_project_action = QAction(self)
        self.open_project_action.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.open_project_action.triggered.connect(self.choose_project)
        self.save_project_action = QAction(self)
        self.save_project_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_project_action.triggered.connect(lambda: self.save_project())
        self.save_project_as_action = QAction(self)
        self.save_project_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_project_as_action.triggered.connect(lambda: self.save_project(ask=True))
        self.file_menu.addAction(self.planner.new_scenario_action)
        self.file_menu.addAction(self.open_project_action)
        self.file_menu.addAction(self.save_project_action)
        self.file_menu.addAction(self.save_project_as_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.exporter.export_action)
        self.file_menu.addAction(self.exporter.report_action)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        planner = self.planner
        self.edit_menu = menu_bar.addMenu("")
        self.edit_menu.addAction(planner.undo_action)
        self.edit_menu.addAction(planner.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(planner.add_site_action)
        self.edit_menu.addAction(planner.add_ap_action)
        self.edit_menu.addAction(planner.add_cable_action)
        self.edit_menu.addAction(planner.stop_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(planner.delete_site_action)

        self.view_menu = menu_bar.addMenu("")
        self.view_menu.addAction(self.table_dock.toggleViewAction())
        self.view_menu.addAction(self.dashboard.toggleViewAction())
        self.view_menu.addAction(self.whatif_dock.toggleViewAction())
        self.view_menu.addAction(self.delta_dock.toggleViewAction())
        self.view_menu.addAction(self.layers_dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.online_action = QAction(self)
        self.online_action.setCheckable(True)
        self.online_action.setChecked(self.online)
        self.online_action.toggled.connect(self.set_online_maps)
        self.view_menu.addAction(self.online_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)  # a language's own name: never translated
            action.setCheckable(True)
            action.setChecked(code == self.lang)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.coverage_menu = menu_bar.addMenu("")
        self.run_action = QAction(self)
        self.run_action.setShortcut(QKeySequence("F5"))
        self.run_action.triggered.connect(self.start_analysis)
        self.cancel_action = QAction(self)
        self.cancel_action.setEnabled(False)
        self.cancel_action.triggered.connect(self.cancel_analysis)
        self.coverage_menu.addAction(self.run_action)
        self.coverage_menu.addAction(self.cancel_action)
        self.coverage_menu.addSeparator()
        self.compute_action = QAction(self)
        self.compute_action.triggered.connect(self.show_compute_dialog)
        self.coverage_menu.addAction(self.compute_action)

        self.plan_menu = menu_bar.addMenu("")
        self.plan_menu.addAction(planner.suggest_action)
        self.plan_menu.addAction(planner.fiber_action)
        self.plan_menu.addSeparator()
        self.plan_menu.addAction(planner.compare_action)

        self.help_menu = menu_bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        planner = self.planner
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("WhatIfToolBar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.whatif_panel_action = self.whatif_dock.toggleViewAction()
        for action in (self.whatif_panel_action, None, planner.undo_action, planner.redo_action,
                       None, planner.add_site_action,
                       planner.add_ap_action, planner.add_cable_action,
                       planner.delete_site_action, None, planner.suggest_action,
                       planner.fiber_action, planner.compare_action):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def retranslate_ui(self) -> None:
        """Every text of the window in the current language (also on QEvent.LanguageChange)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open data folder…"))
        self.open_project_action.setText(self.tr("Open &project…"))
        self.save_project_action.setText(self.tr("&Save project"))
        self.save_project_as_action.setText(self.tr("Save project &as…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.plan_menu.setTitle(self.tr("&Planning"))
        self.toolbar.setWindowTitle(self.tr("What-if tools"))
        self.planner.retranslate()
        self.exporter.retranslate()
        self.recent_menu.setTitle(self.tr("Recent &folders"))
        self.open_layer_action.setText(self.tr("Open &layer…"))
        self.clear_recent_action.setText(self.tr("&Clear the list"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.online_action.setText(self.tr("Online base map (OpenStreetMap)"))
        self.online_action.setToolTip(self.tr(
            "Offer OpenStreetMap tiles as a base map. Off: the map never uses the network."))
        self.coverage_menu.setTitle(self.tr("&Coverage"))
        self.run_action.setText(self.tr("&Run the coverage analysis"))
        self.cancel_action.setText(self.tr("&Cancel the analysis"))
        self.compute_action.setText(self.tr("Compute &engine…"))
        self.compute_action.setToolTip(self.tr(
            "Compute on this computer or on Dask workers (big folders)"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Coverage Planner"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the coverage analysis"))
        self.analysis_bar.setToolTip(self.tr("Coverage analysis: masts computed"))
        self._update_title()
        opened = self.model.current
        if opened is not None:
            self._show_counts(opened.summary)
        self._update_coverage_label()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _restore_window(self, settings) -> None:
        geometry = settings.value(app_settings.GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = settings.value(app_settings.STATE)
        if state:
            self.restoreState(state)

    def save_window(self) -> None:
        settings = app_settings.app_settings()
        settings.setValue(app_settings.GEOMETRY, self.saveGeometry())
        settings.setValue(app_settings.STATE, self.saveState())
        settings.sync()

    # ---- language -------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the whole window (menus, docks, map) to ``lang`` without a restart."""
        lang = normalise(lang) or "en"
        self.language_actions[lang].setChecked(True)
        if lang == self.lang:
            return
        self.lang = lang
        self.runner.lang = lang
        self.layers_runner.lang = lang
        self.whatif.lang = lang
        install_language(lang)  # every widget gets QEvent.LanguageChange
        app_settings.save_language(lang)
        self.table_dock.set_language(lang)
        self.dashboard.set_language(lang)
        self.retranslate_ui()
        self.planner.refresh_language()
        self.delta_dock.refresh()
        self.whatif_dock.retranslate()
        self._rebuild_page()
        self._send_base_maps()
        self._send_coverage_layers()
        self.languageChanged.emit(lang)

    def _rebuild_page(self) -> None:
        """The map page again, in the current language, with the result when there is one."""
        opened = self.model.current
        if opened is None:
            return
        self._page_ticket += 1
        ticket = self._page_ticket
        project, lang, result, online = opened.project, self.lang, self.model.result, self.online

        def done(page: MapPage) -> None:
            self._task_finished(task)
            if ticket != self._page_ticket or self.model.current is not opened:
                page.discard()
                return
            self.model.set_page(page)

        def failed(exc: BaseException) -> None:
            self._task_finished(task)
            log.error("map page failed", exc_info=(type(exc), exc, exc.__traceback__))
            self.statusBar().showMessage(self.tr("The map could not be shown: {0}").format(exc))

        task = run_in_background(lambda: build_page(project, lang, result, online), self,
                                 done, failed)
        self._task_started(task)

    def _task_started(self, task: int) -> None:
        self._tasks.add(task)
        self.busy.setVisible(True)

    def _task_finished(self, task: int) -> None:
        self._tasks.discard(task)
        self.busy.setVisible(bool(self._tasks))

    # ---- opening --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start_dir = ""
        if self.model.project is not None and self.model.project.root is not None:
            start_dir = str(self.model.project.root)
        path = QFileDialog.getExistingDirectory(self, self.tr("Open data folder"), start_dir)
        if path:
            self.open_folder(path)

    def choose_layer(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open layer"), "",
            self.tr("Layers (*.gpkg *.geojson *.json *.shp *.zip *.kml *.kmz *.csv);;All files (*)"))
        if path:
            self.open_layer(path)

    def open_layer(self, path: str | Path) -> None:
        """Read any file the loaders read and draw it on top of the map (a layer-control box);
        a bad file shows its message and changes nothing."""
        from coverage_planner.core.io import read_layer
        from coverage_planner.mapview.userlayer import user_layer_payload

        path = Path(path)

        def work():
            return user_layer_payload(read_layer(path), path.name)

        def done(data) -> None:
            self.map.run_js(f"cpAddUserLayer({js_json(data)})")
            self.statusBar().showMessage(self.tr("{0}: {1} features").format(path.name,
                                                                           data["count"]), 8000)
            self.userLayerOpened.emit(path.name)

        def failed(exc: BaseException) -> None:
            text = exc.message(self.lang) if isinstance(exc, DataError) else \
                f"{type(exc).__name__}: {exc}"
            self.show_message(QMessageBox.Icon.Warning, self.tr("Cannot open the layer"), text)
            self.loadFailed.emit(text)

        run_in_background(work, self, done, failed)

    def may_close_project(self) -> bool:
        """Before another project replaces this one: unsaved scenario edits are saved or
        discarded as the user says; False when the user cancels."""
        if not (self.whatif.is_modified() and self.whatif.has_edits()):
            return True
        answer = self.ask("save_changes")
        return answer == "discard" or (answer == "save" and self.save_project())

    def open_folder(self, path: str | Path) -> None:
        """Load a data folder in the background; errors are shown, the open project stays."""
        if not self.may_close_project():
            return
        lang, path, online = self.lang, str(path), self.online
        self._run(lambda: open_folder(path, lang, online), self.tr("Opening {0}…").format(path))

    def set_project(self, project: Project, source: str | None = None) -> None:
        """Show a project built in code (tests, scripts); the page is built in the background."""
        lang, online = self.lang, self.online
        self._run(lambda: prepare(project, lang, source, online), self.tr("Drawing the map…"))

    def _fill_recent_menu(self) -> None:
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

    def _clear_recent(self) -> None:
        app_settings.clear_recent_folders()

    # ---- project files (scenarios) ---------------------------------------------------------
    def choose_project(self) -> None:
        start = str(self.project_path.parent) if self.project_path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), start,
            self.tr("Coverage Planner projects (*.gpkg);;All files (*)"))
        if path:
            self.open_project(path)

    def open_project(self, path: str | Path) -> None:
        """Open a project file: its data folder (in the background), then every scenario."""
        from coverage_planner.core.project import projectfile

        if not self.may_close_project():
            return
        lang, path, online = self.lang, Path(path), self.online

        def work():
            pf = projectfile.load(path)
            return open_folder(str(pf.data_folder), lang, online), pf, path, True

        self._run(work, self.tr("Opening {0}…").format(path))

    def open_recovered(self, pf) -> None:
        """Open the data folder of a recovered autosave and restore its scenarios (unsaved)."""
        lang, online = self.lang, self.online

        def work():
            return open_folder(str(pf.data_folder), lang, online), pf, None, False

        self._run(work, self.tr("Recovering the last session…"))

    def save_project(self, path: str | Path | None = None, ask: bool = False) -> bool:
        """Save every scenario with the data folder to a project file (atomic). Without
        ``path``: the project's file, else (or with ``ask``) the user chooses one."""
        from coverage_planner.core.project import projectfile

        pf = self.whatif.snapshot()
        if pf is None:
            self.show_message(QMessageBox.Icon.Warning, self.tr("Save project"), self.tr(
                "This project was not opened from a data folder: there is nothing a project "
                "file could point to."))
            return False
        if path is None and (ask or self.project_path is None):
            start = str(self.project_path or Path(pf.data_folder).parent / "plan.gpkg")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save project"), start,
                self.tr("Coverage Planner projects (*.gpkg)"))
            if not chosen:
                return False
            path = chosen if chosen.lower().endswith(".gpkg") else chosen + ".gpkg"
        path = Path(path or self.project_path)
        try:
            projectfile.save(pf, path)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the scenarios stay open
            log.error("project not saved", exc_info=True)
            self.show_message(QMessageBox.Icon.Warning, self.tr("Save project"),
                              self.tr("The project could not be saved: {0}").format(exc))
            return False
        self.project_path = path
        self.whatif.mark_saved()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 8000)
        return True

    def ask(self, question: str) -> str:
        """Ask the user (or ``self.decide``): see the class docstring for the answers."""
        if self.decide is not None:
            return self.decide(question)
        Button = QMessageBox.StandardButton
        if question == "recover":
            answer = QMessageBox.question(
                self, self.tr("Recover your work?"),
                self.tr("Coverage Planner did not quit normally last time. Recover the "
                        "scenarios saved automatically then?"),
                Button.Yes | Button.No, Button.Yes)
            return "yes" if answer == Button.Yes else "no"
        if question == "save_changes":
            answer = QMessageBox.question(
                self, self.tr("Save the scenarios?"),
                self.tr("The scenarios have changes that are not saved in a project file."),
                Button.Save | Button.Discard | Button.Cancel, Button.Save)
            return {Button.Save: "save", Button.Discard: "discard"}.get(answer, "cancel")
        raise ValueError(question)

    def offer_recovery(self) -> bool:
        """At start: when the last session left a recovery file with edits, offer to recover
        it. True when the recovered project is being opened (the caller opens nothing else)."""
        path = autosave.recovery_path()
        autosave.remove_stale_temporaries(path)  # left by a save a crash interrupted
        try:
            pf = autosave.load_recovery(path)
        except DataError as exc:
            log.warning("recovery file unreadable: %s", exc.message("en"))
            autosave.set_aside(path)
            return False
        if pf is None:
            return False
        if not autosave.has_edits(pf):
            autosave.remove_recovery(path)
            return False
        if self.ask("recover") != "yes":
            autosave.set_aside(path)  # kept beside it as "-declined", never silently lost
            return False
        autosave.keep_copy(path, "recovered")  # in case its data folder fails to open
        self.open_recovered(pf)
        return True

    def show_whatif_panel(self) -> None:
        """Open the what-if panel (when the planner starts editing)."""
        if self.whatif_dock.isHidden():
            self.whatif_dock.show()
        self.whatif_dock.raise_()

    def show_delta(self) -> None:
        """Bring the what-if results to the front (after an edit)."""
        if self.delta_dock.isHidden():
            self.delta_dock.show()
        self.delta_dock.raise_()

    def _run(self, fn, message: str) -> None:
        self._latest += 1
        ticket = self._latest
        self.statusBar().showMessage(message)
        holder: list[int] = []
        task = run_in_background(
            fn,
            self,
            lambda result: self._on_opened(holder[0], ticket, result),
            lambda exc: self._on_open_failed(holder[0], ticket, exc),
        )
        holder.append(task)
        self._task_started(task)

    def _task_done(self, task: int, ticket: int) -> bool:
        """Forget the task; True when it is the newest request (older ones are dropped)."""
        self._task_finished(task)
        return ticket == self._latest

    def _on_opened(self, task: int, ticket: int, opened) -> None:
        pf = path = None
        saved = True
        if isinstance(opened, tuple):  # a project file: (opened, ProjectFile, path, saved)
            opened, pf, path, saved = opened
        if not self._task_done(task, ticket):
            opened.discard()
            return
        self.statusBar().clearMessage()
        if opened.source is not None and opened.project.root is not None:
            app_settings.add_recent_folder(opened.source)
        self.model.set_current(opened)
        if pf is not None:
            problems = self.whatif.restore(pf, saved=saved)
            self.project_path = path
            self._update_title()
            if self.whatif.has_edits():
                self.show_whatif_panel()
            if problems:
                self.show_message(QMessageBox.Icon.Warning, self.tr("Open project"),
                                  "\n".join(problems))
            self.projectOpened.emit(str(path or ""))
        # the language or the online maps changed while it was opening
        if opened.page.lang != self.lang or opened.page.online != self.online:
            self._rebuild_page()

    def _on_open_failed(self, task: int, ticket: int, exc: BaseException) -> None:
        if not self._task_done(task, ticket):
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
        self._map_result = None
        self.project_path = None
        self.planner.close_dialogs()
        self.planner.set_mode(None)
        self.whatif.reset(opened.project, opened.source)
        self._reset_map_images(opened)
        self.map.show_page(opened.page.index)
        self.layers_dock.show_summary(opened.summary)
        self._show_counts(opened.summary)
        self._update_title()
        self.start_analysis()

    def _on_page_changed(self) -> None:
        page = self.model.page
        if page is not None:
            self._map_result = None
            self.map.show_page(page.index)

    def _show_counts(self, summary: ProjectSummary) -> None:
        # short in the bar (messages need the room), every count in the tooltip
        loc = locale_for(self.lang)
        self.counts_label.setText(self.tr("{0} villages · {1} sites · {2} km of fiber").format(
            loc.toString(summary.villages), loc.toString(summary.sites),
            loc.toString(float(summary.fiber_km), "f", 0)))
        self.counts_label.setToolTip(self.counts_text(summary))
        synthetic = [i.name for i in summary.layers if i.origin == "synthetic"]
        self.synthetic_label.setText(self.tr("Synthetic data") if synthetic else "")
        self.synthetic_label.setToolTip(", ".join(synthetic))

    def _update_title(self) -> None:
        opened = self.model.current
        if opened is None:
            self.setWindowTitle(self.tr("Coverage Planner"))
            return
        root = opened.project.root
        name = Path(root).name if root is not None else (opened.source or self.tr("unsaved"))
        if self.project_path is not None:
            name = f"{self.project_path.name} ({name})"
        if self.whatif.is_modified():
            name += " *"
        self.setWindowTitle(self.tr("Coverage Planner — {0}").format(name))

    def counts_text(self, s: ProjectSummary) -> str:
        loc = locale_for(self.lang)
        return self.tr(
            "Villages: {0} · Households: {1} · Sites: {2} (cells: {3}) · "
            "Fiber: {4} km · Access points: {5} · Wi-Fi: {6}"
        ).format(loc.toString(s.villages), loc.toString(s.households), loc.toString(s.sites),
                 loc.toString(s.cells), loc.toString(float(s.fiber_km), "f", 1),
                 loc.toString(s.fiber_access_points), loc.toString(s.wifi))

    def _on_page_ready(self, errors: list) -> None:
        self.model.release_previous()
        if errors:
            self.statusBar().showMessage(
                self.tr("Some layers could not be drawn: {0}").format("; ".join(errors)), 10000)
        page = self.model.page
        self._map_result = page.result if page is not None else None
        if self.model.selected:
            self.map.focus_village(self.model.selected, fly=False)
        self.mapReady.emit()
        if self.model.result is not None:
            if self._map_result is self.model.result:
                self.coverageShown.emit()
            else:
                self._show_result_on_map()

    def _on_page_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("The map could not be shown: {0}").format(reason))

    # ---- the coverage analysis ------------------------------------------------------------
    def start_analysis(self) -> None:
        """Compute coverage for the open project in the background (progress + Cancel)."""
        project = self.model.project
        if project is None:
            return
        if self.model.result is not None:
            self.model.set_result(None)
        self.whatif.analysis_started()
        self.layers_runner.cancel(quiet=True)  # started again once the analysis is done
        self._layers_declined = False
        if project.dem_path is None:
            self.runner.cancel(quiet=True)
            self._set_coverage_state("no_dem")
            self.statusBar().showMessage(self.tr(
                "No elevation model (dem.tif or .hgt) in this folder: coverage cannot be "
                "computed."), 15000)
            return
        self.runner.start(project)

    def show_compute_dialog(self) -> None:
        """Coverage → Compute engine…: this computer or Dask, and from what folder size."""
        from coverage_planner.gui.dialogs.compute_dialog import ComputeDialog

        project = self.model.project
        counts = (len(project.cells), len(project.villages)) if project is not None else None
        dialog = ComputeDialog(app_settings.compute_settings(), counts, self.lang, self)
        try:
            if dialog.exec():
                self.statusBar().showMessage(
                    self.tr("Compute engine: {0}").format(dialog.engine_text()), 10000)
        finally:
            dialog.deleteLater()

    def cancel_analysis(self) -> None:
        if self.runner.running:
            self.runner.cancel()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage(self.tr("Cancelling the coverage analysis…"))
        elif self.layers_runner.running:
            self.layers_runner.cancel()
            self.cancel_button.setEnabled(False)
            self.statusBar().showMessage(self.tr("Cancelling the coverage layers…"))

    def _analysis_widgets(self, running: bool) -> None:
        self.analysis_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.cancel_action.setEnabled(running)
        self.run_action.setEnabled(not running)

    def _on_analysis_started(self) -> None:
        self._analysis_message = ""
        self.analysis_bar.setValue(0)
        self._analysis_widgets(True)
        self._set_coverage_state("running")
        self.statusBar().showMessage(self.tr("Computing coverage…"))

    def _on_analysis_progress(self, fraction: float, message: str) -> None:
        self.analysis_bar.setValue(round(1000 * fraction))
        self._analysis_message = message
        if not message:
            self.statusBar().showMessage(self.tr("Computing coverage…"))
        elif compute.is_count(message):
            self.statusBar().showMessage(self.tr("Computing coverage: {0} masts").format(message))
        else:  # a sentence of gui.compute: where the work runs (Dask, N workers)
            self.statusBar().showMessage(message)

    def _on_analysis_finished(self, result) -> None:
        self._analysis_widgets(False)
        note = getattr(self, "_analysis_message", "")
        # "Coverage computed (Dask: 2 workers at …)": said here, then kept in the label's tooltip
        self._engine_note = "" if compute.is_count(note) else note
        if self._engine_note:
            self.statusBar().showMessage(self._engine_note, 15000)
        else:
            self.statusBar().clearMessage()
        self._set_coverage_state("done")
        self.model.set_result(result)
        self.whatif.set_baseline(result)
        # the coverage layers start once the map shows the result (coverageShown): their
        # Python-heavy start would otherwise compete with drawing the table, dashboard and map

    def _on_analysis_failed(self, message: str) -> None:
        self._analysis_widgets(False)
        self._coverage_error = message
        self._set_coverage_state("failed")
        self.statusBar().showMessage(self.tr("The coverage analysis failed: {0}").format(message))
        self.analysisFailed.emit(message)

    def _on_analysis_cancelled(self) -> None:
        self._analysis_widgets(False)
        self._set_coverage_state("cancelled")
        self.statusBar().showMessage(self.tr("Coverage analysis cancelled."), 10000)

    def _set_coverage_state(self, state: str) -> None:
        self._coverage_state = state
        self._update_coverage_label()

    def _update_coverage_label(self) -> None:
        state = self._coverage_state
        result = self.model.result
        label = self.coverage_label
        label.setStyleSheet("")
        label.setToolTip("")
        if state == "done" and result is not None:
            loc = locale_for(self.lang)
            s = result.summary
            label.setText(self.tr("Without fiber: {0} · No signal: {1} · Weak pockets: {2}")
                          .format(loc.toString(s["without_fixed_broadband"]),
                                  loc.toString(s["no_signal"]),
                                  loc.toString(s["weak_signal_pockets"])))
            label.setStyleSheet("color: #b2182b; font-weight: bold;")
            label.setToolTip(getattr(self, "_engine_note", ""))
        elif state == "running":
            label.setText(self.tr("Computing coverage…"))
        elif state == "cancelled":
            label.setText(self.tr("Coverage not computed (cancelled; F5 runs it)"))
        elif state == "failed":
            label.setText(self.tr("Coverage failed"))
            label.setToolTip(self._coverage_error)
        elif state == "no_dem":
            label.setText(self.tr("No elevation model: no coverage"))
        else:
            label.setText("")

    def _on_result_changed(self) -> None:
        if self.model.result is None:
            self.map_counts = {}
        self._update_coverage_label()
        self._show_result_on_map()

    def _show_result_on_map(self) -> None:
        """Write the result next to the page (worker thread), then have the page load it."""
        result, page = self.model.result, self.model.page
        if result is None or page is None or not self.map.ready or self._map_result is result:
            return
        if any(r is result for r in self._result_pending.values()):
            return
        # what the page shows, when nothing else is on its way: only the changed villages go
        previous = self._map_result if not self._result_pending else None
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

    def _on_map_result_shown(self, seq: int, counts) -> None:
        result = self._result_pending.pop(seq, None)
        if result is None or result is not self.model.result:
            return
        self._map_result = result
        self.map_counts = counts if isinstance(counts, dict) else {}
        self.coverageShown.emit()

    def _on_map_result_failed(self, reason: str) -> None:
        self._result_pending.clear()
        self.statusBar().showMessage(
            self.tr("The map could not show the coverage: {0}").format(reason), 10000)

    # ---- base maps and coverage layers ----------------------------------------------------
    def set_online_maps(self, on: bool) -> None:
        """Offer OpenStreetMap as a base map (remembered); off, the page uses no network."""
        on = bool(on)
        if self.online_action.isChecked() != on:
            self.online_action.setChecked(on)  # toggled() comes back here
            return
        if on == self.online:
            return
        self.online = on
        app_settings.save_online_maps(on)
        self.map.set_online(on)
        self._send_base_maps()
        self._rebuild_page()  # the page's CSP names the tile host only when online

    def _reset_map_images(self, opened) -> None:
        """A new project: its hillshade (background, cached by the DEM), no coverage layers."""
        self._images_ticket += 1
        ticket = self._images_ticket
        self.layers_runner.cancel(quiet=True)
        self._hillshade = None
        self._coverage_images = None
        self._layers_key = self._layers_pending = None
        self._layers_declined = False
        self._send_coverage_layers()
        self._send_base_maps()
        dem = opened.project.dem_path
        if dem is None:
            return

        def done(image) -> None:
            self._task_finished(task)
            if ticket == self._images_ticket:
                self._hillshade = image
                self._send_base_maps()

        def failed(exc: BaseException) -> None:
            self._task_finished(task)
            log.error("hillshade failed", exc_info=(type(exc), exc, exc.__traceback__))
            if ticket == self._images_ticket:
                self.statusBar().showMessage(
                    self.tr("The terrain base map could not be drawn: {0}").format(exc), 10000)

        task = run_in_background(lambda: map_layers.hillshade_image(dem), self, done, failed)
        self._task_started(task)

    def _send_base_maps(self) -> None:
        project = self.model.project
        if project is None:
            self.map.show_base_maps(None)
            return
        self.map.show_base_maps(basemaps.base_maps_payload(
            self._hillshade, self.online, project.provenance, self.lang))

    def _send_coverage_layers(self) -> None:
        if not self._coverage_images:
            self.map.show_coverage_layers(None)
            return
        self.map.show_coverage_layers(basemaps.coverage_payload(self._coverage_images, self.lang))

    def start_coverage_layers(self) -> None:
        """Compute the coverage images per technology and carrier (background, cancellable)."""
        project = self.model.project
        if project is None or project.dem_path is None or self._coverage_images is not None:
            return
        if self._layers_declined or (self.layers_runner.running
                                     and self._layers_pending == NO_EDITS):
            return  # cancelled by the user, or already on their way
        if self.model.result is None:
            return  # after the analysis (it runs first: same CPU, and it is what users wait for)
        self._layers_pending = NO_EDITS
        self.layers_runner.start(project)

    def _on_whatif_stack_changed(self) -> None:
        """Another edit: a scenario's layers still computing are out of date; they give the CPU
        to the new answer and are computed again once it is there."""
        self._layers_timer.stop()
        if self._scenario_layers() and self.layers_runner.running:
            self.layers_runner.cancel(quiet=True)
            self._layers_pending = None
            self._analysis_widgets(False)
            self.statusBar().clearMessage()

    def _update_scenario_layers(self) -> None:
        """The coverage layers of the active scenario (or the baseline's again), once the
        baseline's are on the map: only the masts the edits touch are swept again."""
        project = self.model.project
        if project is None or project.dem_path is None or self._coverage_images is None:
            return  # the baseline's layers come first (start_coverage_layers)
        scenario = self.whatif.active
        key = edits_key(scenario) if scenario is not None else NO_EDITS
        if key in (self._layers_key, self._layers_pending):
            return
        self._layers_pending = key
        if key == NO_EDITS:
            self.layers_runner.start(project)
        else:
            self.layers_runner.start((scenario.project(), project))

    def _scenario_layers(self) -> bool:
        return self._layers_pending not in (None, NO_EDITS)

    def _on_layers_started(self) -> None:
        self.analysis_bar.setValue(0)
        self._analysis_widgets(True)
        self.statusBar().showMessage(
            self.tr("Updating the coverage layers for the scenario…") if self._scenario_layers()
            else self.tr("Computing the coverage layers…"))

    def _on_layers_progress(self, fraction: float, message: str) -> None:
        self.analysis_bar.setValue(round(1000 * fraction))
        if self._scenario_layers():
            self.statusBar().showMessage(
                self.tr("Updating the coverage layers for the scenario: {0}").format(message))
            return
        self.statusBar().showMessage(self.tr("Computing the coverage layers: {0}").format(message)
                                     if message else self.tr("Computing the coverage layers…"))

    def _on_layers_finished(self, images) -> None:
        self._analysis_widgets(False)
        self.statusBar().clearMessage()
        self._coverage_images = list(images or [])
        self._layers_key, self._layers_pending = self._layers_pending, None
        self._send_coverage_layers()
        self.coverageLayersShown.emit(len(self._coverage_images))

    def _on_layers_failed(self, message: str) -> None:
        self._analysis_widgets(False)
        self._layers_pending = None
        self.statusBar().showMessage(
            self.tr("The coverage layers could not be computed: {0}").format(message), 15000)

    def _on_layers_cancelled(self) -> None:
        self._analysis_widgets(False)
        if self._layers_pending == NO_EDITS:
            self._layers_declined = True  # the user's Cancel: not again until F5 or a new folder
        self._layers_pending = None
        self.statusBar().showMessage(self.tr("Coverage layers cancelled."), 10000)

    # ---- selection ------------------------------------------------------------------------
    def _on_map_village_clicked(self, village_id: str) -> None:
        self.model.select_village(village_id, "map")

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
        if self.model.result is not None and not self.table_dock.selected_id() == village_id:
            message += " " + self.tr("(hidden by the table's filter)")
        self.statusBar().showMessage(message, 15000)

    # ---- help and closing -----------------------------------------------------------------
    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.model.project, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.may_close_project():
            event.ignore()
            return
        self.autosaver.finish()  # a clean quit: the recovery file goes
        self.planner.close_dialogs()
        self._latest += 1  # results still on their way are discarded
        self._page_ticket += 1
        self.runner.cancel(quiet=True)
        self.layers_runner.cancel(quiet=True)
        self._images_ticket += 1
        self.save_window()
        self.model.close()
        super().closeEvent(event)
