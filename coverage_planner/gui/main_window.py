"""The main window: the map in the middle, the village table below it, the dashboard, the
what-if results and the layers on the right, the what-if panel on the left, counts and the
analysis' progress (with Cancel) in the status bar.

The window only assembles: docks, menus, toolbar and status bar. What happens is the
controllers' (:mod:`coverage_planner.gui.controllers`), one per responsibility, each talking to
the application model (:mod:`.project_model` and its what-if part,
:mod:`.planning.whatif_model`) and to the widgets' public methods; widgets never talk to each
other. The methods below that only hand over to a controller are the window's public API
(tests and scripts use it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QProgressBar, QToolBar

from coverage_planner.core.project.model import Project
from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.controllers.analysis_status import AnalysisController
from coverage_planner.gui.controllers.calibration import CalibrationController
from coverage_planner.gui.controllers.exporter import Exporter
from coverage_planner.gui.controllers.language import LanguageController
from coverage_planner.gui.controllers.layers import MapLayersController
from coverage_planner.gui.controllers.loading import LoadingController
from coverage_planner.gui.controllers.map_page import MapPageController
from coverage_planner.gui.controllers.measurements import MeasurementsController
from coverage_planner.gui.controllers.planner import Planner
from coverage_planner.gui.controllers.project_files import ProjectFilesController
from coverage_planner.gui.controllers.radio_models import RadioModelsController
from coverage_planner.gui.controllers.rollout import RolloutController
from coverage_planner.gui.controllers.whatif import WhatIfController
from coverage_planner.gui.dialogs.about import AboutDialog
from coverage_planner.gui.i18n import install_language, normalise, system_language
from coverage_planner.gui.map.layers_dock import LayersDock
from coverage_planner.gui.map.map_view import MapView
from coverage_planner.gui.planning.delta_dock import DeltaDock
from coverage_planner.gui.planning.whatif_dock import WhatIfDock
from coverage_planner.gui.planning.whatif_model import WhatIfModel
from coverage_planner.gui.project_model import ProjectModel
from coverage_planner.gui.tables.dashboard import DashboardDock
from coverage_planner.gui.tables.village_table import VillageTableDock
from coverage_planner.gui.worker import BusyTasks


class MainWindow(QMainWindow):
    """Signals
    -------
    mapReady : the current project's map finished drawing
    loadFailed(str) : opening failed; the message shown (the previous project stays open)
    userLayerOpened(str) : File → Open layer drew a file (its name) on the map
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
        self.online = app_settings.online_maps(settings)
        self.decide = None  # see the class docstring
        self.message_box: QMessageBox | None = None
        self.model = ProjectModel(self)
        self.whatif = WhatIfModel(self.model, self)
        self.whatif.lang = self.lang
        self.busy = QProgressBar(self)  # opening and drawing in progress
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setVisible(False)
        self.tasks = BusyTasks(self.busy)
        self.resize(1400, 900)
        self._build_docks()
        # the order they are made is the order they follow a new project: the project file and
        # the planning dialogs are forgotten, the counts shown, the scenarios reset, the layers
        # and the page shown; then the analysis starts
        self.files = ProjectFilesController(self)
        self.loading = LoadingController(self, self.files)
        self.planner = Planner(self)
        self.analysis = AnalysisController(self)
        self.map_page = MapPageController(self)
        self.layers = MapLayersController(self, self.map_page, self.analysis)
        self.whatif_controller = WhatIfController(self, self.analysis, self.layers)
        self.language = LanguageController(self)
        self.exporter = Exporter(self)
        self.model.projectChanged.connect(self.analysis.start_analysis)
        # the names tests and scripts know the window's parts by
        self.runner = self.analysis.runner
        self.layers_runner = self.layers.runner
        self.autosaver = self.files.autosaver
        self.coverage_label = self.analysis.coverage_label
        self.analysis_bar = self.analysis.progress.bar
        self.cancel_button = self.analysis.progress.cancel_button
        self.compute_action = self.analysis.compute_action
        self.counts_label = self.loading.counts_label
        self.synthetic_label = self.loading.synthetic_label
        self.recent_menu = self.loading.recent_menu
        self.online_action = self.layers.online_action
        self.language_actions = self.language.actions
        self._build_status_bar()
        self._build_menus()
        self.measurements = MeasurementsController(self)  # File → Import measurements…
        self.radio_models = RadioModelsController(self)  # Coverage → Radio models…
        self.calibration = CalibrationController(self)  # Coverage → Calibrate…
        self.rollout = RolloutController(self)  # Planning → Rollout plan…
        self.view_menu.insertAction(self.layers_dock.toggleViewAction(),
                                    self.rollout.dock.toggleViewAction())
        self._build_toolbar()
        self._restore_window(settings)
        self.retranslate_ui()

    # ---- building -------------------------------------------------------------------------
    def _build_docks(self) -> None:
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
        right = Qt.DockWidgetArea.RightDockWidgetArea
        for dock in (self.dashboard, self.delta_dock, self.layers_dock):
            self.addDockWidget(right, dock)
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

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        for widget in (self.coverage_label, self.counts_label, self.synthetic_label, self.busy,
                       self.analysis_bar, self.cancel_button):
            bar.addPermanentWidget(widget)

    def _menu(self, entries) -> object:
        """A menu of the menu bar: actions, None for a separator, submenus."""
        menu = self.menuBar().addMenu("")
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, QAction):
                menu.addAction(entry)
            else:
                menu.addMenu(entry)
        return menu

    def _build_menus(self) -> None:
        loading, files, planner, exporter = self.loading, self.files, self.planner, self.exporter
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu = self._menu([
            loading.open_action, loading.open_layer_action, loading.recent_menu, None,
            planner.new_scenario_action, loading.open_project_action,
            files.save_project_action, files.save_project_as_action, None,
            exporter.export_action, exporter.report_action, None, self.quit_action])
        self.edit_menu = self._menu([
            planner.undo_action, planner.redo_action, None, planner.add_site_action,
            planner.add_ap_action, planner.add_cable_action, planner.stop_action, None,
            planner.delete_site_action])
        self.language_menu = QMenu(self)
        self.language_menu.addActions(list(self.language_actions.values()))
        self.view_menu = self._menu([
            self.table_dock.toggleViewAction(), self.dashboard.toggleViewAction(),
            self.whatif_dock.toggleViewAction(), self.delta_dock.toggleViewAction(),
            self.layers_dock.toggleViewAction(), None, self.online_action,
            self.language_menu])
        self.coverage_menu = self._menu([
            self.analysis.run_action, self.analysis.cancel_action, None, self.compute_action])
        self.plan_menu = self._menu([
            planner.suggest_action, planner.fiber_action, None, planner.compare_action])
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu = self._menu([self.about_action])

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
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.plan_menu.setTitle(self.tr("&Planning"))
        self.toolbar.setWindowTitle(self.tr("What-if tools"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.coverage_menu.setTitle(self.tr("&Coverage"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Coverage Planner"))
        for part in (self.planner, self.exporter, self.loading, self.files, self.layers,
                     self.analysis):
            part.retranslate()

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

    # ---- what the controllers ask of the window -----------------------------------------------
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

    def show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A window-modal message that does not block (tests read ``self.message_box``)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages are not markup
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()
        return box

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self.model.project, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ---- the public API, handed to the controllers ----------------------------------------------
    def open_folder(self, path: str | Path) -> None:
        """Load a data folder in the background; errors are shown, the open project stays."""
        self.loading.open_folder(path)

    def open_project(self, path: str | Path) -> None:
        """Open a project file: its data folder (in the background), then every scenario."""
        self.loading.open_project(path)

    def open_recovered(self, pf) -> None:
        self.loading.open_recovered(pf)

    def open_layer(self, path: str | Path) -> None:
        self.loading.open_layer(path)

    def set_project(self, project: Project, source: str | None = None) -> None:
        """Show a project built in code (tests, scripts); the page is built in the background."""
        self.loading.set_project(project, source)

    def save_project(self, path: str | Path | None = None, ask: bool = False) -> bool:
        return self.files.save_project(path, ask)

    def offer_recovery(self) -> bool:
        return self.files.offer_recovery()

    @property
    def project_path(self) -> Path | None:
        """The project file the scenarios were saved to or opened from."""
        return self.files.project_path

    def set_language(self, lang: str) -> None:
        """Switch the whole window (menus, docks, map) to ``lang`` without a restart."""
        self.language.set_language(lang)

    def start_analysis(self) -> None:
        self.analysis.start_analysis()

    def show_compute_dialog(self) -> None:
        self.analysis.show_compute_dialog()

    def set_online_maps(self, on: bool) -> None:
        self.layers.set_online_maps(on)

    @property
    def map_counts(self) -> dict:
        """Villages per status, as the map page counted them."""
        return self.map_page.map_counts

    @property
    def _map_result(self):  # the tools (screenshot, loadprobe) wait for it
        return self.map_page.map_result

    @property
    def _coverage_images(self):  # the tools (screenshot, loadprobe) wait for them
        return self.layers.coverage_images

    # ---- closing --------------------------------------------------------------------------
    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.files.may_close_project():
            event.ignore()
            return
        self.autosaver.finish()  # a clean quit: the recovery file goes
        self.planner.close_dialogs()
        self.loading.close()
        self.map_page.close()
        self.runner.cancel(quiet=True)
        self.layers.close()
        self.save_window()
        self.model.close()
        super().closeEvent(event)
