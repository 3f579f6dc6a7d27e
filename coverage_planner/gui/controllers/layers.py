"""The map's layers beyond the villages: :class:`MapLayersController`.

- Base maps: the hillshade of the open project's DEM (drawn off the GUI thread, cached by the
  DEM) and, when the user allows it (View → Online base map), OpenStreetMap's tiles.
- Coverage layers: one dBm image per technology and carrier (:mod:`..map.map_layers`), computed
  once the map shows the analysis' result, with progress and Cancel in the status bar; a user's
  Cancel holds until F5 or another project.
- Scenario layers: the coverage layers of the active what-if scenario, where only the masts the
  edits touch are swept again (:class:`~.whatif.WhatIfController` says when).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.analysis import AnalysisRunner
from coverage_planner.gui.map import map_layers
from coverage_planner.gui.planning.whatif_evaluation import NO_EDITS, edits_key
from coverage_planner.mapview import basemaps

log = logging.getLogger(__name__)


class MapLayersController(QObject):
    def __init__(self, window, map_page, analysis) -> None:
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.map = window.map
        self.map_page = map_page  # rebuilds the page when the online maps change its CSP
        self.progress = analysis.progress  # the status bar's progress bar and Cancel
        self.runner = AnalysisRunner(window, analyse=map_layers.layers_images)
        self.runner.lang = window.lang
        self.hillshade: tuple | None = None  # (png, bounds) of the open project's DEM
        self.coverage_images: list[dict] | None = None  # map_layers.coverage_images()
        # the what-if edits (whatif_evaluation.edits_key) the coverage layers show, and those
        # computing
        self.key: str | None = None
        self.pending: str | None = None
        self.declined = False  # the user cancelled the baseline's layers
        self._images_ticket = 0  # images computed for a project closed meanwhile are dropped

        self.online_action = QAction(window)
        self.online_action.setCheckable(True)
        self.online_action.setChecked(window.online)
        self.online_action.toggled.connect(self.set_online_maps)

        self.runner.started.connect(self._on_started)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self.on_cancelled)
        self.model.projectChanged.connect(self._reset)
        analysis.analysisStarted.connect(self._on_analysis_started)
        window.coverageShown.connect(self.start_coverage_layers)
        window.languageChanged.connect(self._on_language_changed)

    def retranslate(self) -> None:
        self.online_action.setText(self.tr("Online base map (OpenStreetMap)"))
        self.online_action.setToolTip(self.tr(
            "Offer OpenStreetMap tiles as a base map. Off: the map never uses the network."))

    def _on_language_changed(self, lang: str) -> None:
        self.runner.lang = lang
        self.send_base_maps()
        self.send_coverage_layers()

    def _status(self):
        return self.window.statusBar()

    # ---- base maps ------------------------------------------------------------------------
    def set_online_maps(self, on: bool) -> None:
        """Offer OpenStreetMap as a base map (remembered); off, the page uses no network."""
        on = bool(on)
        if self.online_action.isChecked() != on:
            self.online_action.setChecked(on)  # toggled() comes back here
            return
        if on == self.window.online:
            return
        self.window.online = on
        app_settings.save_online_maps(on)
        self.map.set_online(on)
        self.send_base_maps()
        self.map_page.rebuild_page()  # the page's CSP names the tile host only when online

    def _reset(self) -> None:
        """A new project: its hillshade (background, cached by the DEM), no coverage layers."""
        opened = self.model.current
        if opened is None:
            return
        self._images_ticket += 1
        ticket = self._images_ticket
        self.runner.cancel(quiet=True)
        self.hillshade = None
        self.coverage_images = None
        self.key = self.pending = None
        self.declined = False
        self.send_coverage_layers()
        self.send_base_maps()
        dem = opened.project.dem_path
        if dem is None:
            return

        def done(image) -> None:
            if ticket == self._images_ticket:
                self.hillshade = image
                self.send_base_maps()

        def failed(exc: BaseException) -> None:
            log.error("hillshade failed", exc_info=(type(exc), exc, exc.__traceback__))
            if ticket == self._images_ticket:
                self._status().showMessage(
                    self.tr("The terrain base map could not be drawn: {0}").format(exc), 10000)

        self.window.tasks.run(lambda: map_layers.hillshade_image(dem), self, done, failed)

    def send_base_maps(self) -> None:
        project = self.model.project
        if project is None:
            self.map.show_base_maps(None)
            return
        self.map.show_base_maps(basemaps.base_maps_payload(
            self.hillshade, self.window.online, project.provenance, self.window.lang))

    def send_coverage_layers(self) -> None:
        if not self.coverage_images:
            self.map.show_coverage_layers(None)
            return
        self.map.show_coverage_layers(basemaps.coverage_payload(self.coverage_images,
                                                                self.window.lang))

    # ---- coverage layers: the baseline's, then the scenario's ---------------------------------
    def start_coverage_layers(self) -> None:
        """Compute the coverage images per technology and carrier (background, cancellable)."""
        project = self.model.project
        if project is None or project.dem_path is None or self.coverage_images is not None:
            return
        if self.declined or (self.runner.running and self.pending == NO_EDITS):
            return  # cancelled by the user, or already on their way
        if self.model.result is None:
            return  # after the analysis (it runs first: same CPU, and it is what users wait for)
        self.pending = NO_EDITS
        self.runner.start(project)

    def _on_analysis_started(self) -> None:
        """The baseline is computed again: its layers follow it, even after a user's Cancel."""
        self.runner.cancel(quiet=True)  # started again once the analysis is done
        self.declined = False

    def scenario_edited(self) -> None:
        """Another edit: a scenario's layers still computing are out of date; they give the CPU
        to the new answer and are computed again once it is there."""
        if self._scenario_layers() and self.runner.running:
            self.runner.cancel(quiet=True)
            self.pending = None
            self.progress.end()
            self._status().clearMessage()

    def update_scenario_layers(self, scenario) -> None:
        """The coverage layers of ``scenario`` (None: the baseline's again), once the
        baseline's are on the map: only the masts the edits touch are swept again."""
        project = self.model.project
        if project is None or project.dem_path is None or self.coverage_images is None:
            return  # the baseline's layers come first (start_coverage_layers)
        key = edits_key(scenario) if scenario is not None else NO_EDITS
        if key in (self.key, self.pending):
            return
        self.pending = key
        if key == NO_EDITS:
            self.runner.start(project)
        else:
            self.runner.start((scenario.project(), project))

    def _scenario_layers(self) -> bool:
        return self.pending not in (None, NO_EDITS)

    def cancel(self) -> None:
        self.runner.cancel()
        self._status().showMessage(self.tr("Cancelling the coverage layers…"))

    # ---- the runner's news ----------------------------------------------------------------
    def _on_started(self) -> None:
        self.progress.begin(self.cancel)
        self._status().showMessage(
            self.tr("Updating the coverage layers for the scenario…") if self._scenario_layers()
            else self.tr("Computing the coverage layers…"))

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.set_fraction(fraction)
        if self._scenario_layers():
            self._status().showMessage(
                self.tr("Updating the coverage layers for the scenario: {0}").format(message))
            return
        self._status().showMessage(self.tr("Computing the coverage layers: {0}").format(message)
                                   if message else self.tr("Computing the coverage layers…"))

    def _on_finished(self, images) -> None:
        self.progress.end()
        self._status().clearMessage()
        self.coverage_images = list(images or [])
        self.key, self.pending = self.pending, None
        self.send_coverage_layers()
        self.window.coverageLayersShown.emit(len(self.coverage_images))

    def _on_failed(self, message: str) -> None:
        self.progress.end()
        self.pending = None
        self._status().showMessage(
            self.tr("The coverage layers could not be computed: {0}").format(message), 15000)

    def on_cancelled(self) -> None:
        """The runner stopped at the user's request (the baseline's layers: not again until F5
        or another project)."""
        self.progress.end()
        if self.pending == NO_EDITS:
            self.declined = True
        self.pending = None
        self._status().showMessage(self.tr("Coverage layers cancelled."), 10000)

    def close(self) -> None:
        self.runner.cancel(quiet=True)
        self._images_ticket += 1
