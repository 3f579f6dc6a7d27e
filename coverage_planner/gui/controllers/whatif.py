"""The what-if path, from an edit to the map, in one place: :class:`WhatIfController`.

1. The edit. A gesture on the map (through the bridge, which validated it: a click in an "add"
   mode, a site clicked or dragged, a cable drawn) or a panel becomes a core command on the
   what-if model (:class:`~coverage_planner.gui.planning.whatif_model.WhatIfModel`); the map
   shows the scenario's edits at once (:meth:`WhatIfController.show_edits`). While a mast is
   dragged, a live preview shows what it would gain or lose
   (:class:`~coverage_planner.gui.planning.drag_preview.DragPreview`); letting go is the edit.
2. The evaluation. The model's ``stackChanged`` asks its
   :class:`~coverage_planner.gui.planning.whatif_evaluation.ScenarioEvaluation` for the active
   scenario's coverage: off the GUI thread, edits made meanwhile coalesced, results cached.
3. The result. The evaluation's answer goes to the application model (``ProjectModel.
   set_result``): the map (:class:`~.map_page.MapPageController`, which sends the page only the
   villages that changed), the table and the dashboard follow; then to the what-if model
   (``resultReady``): the what-if results panel follows.
4. The scenario's coverage layers, :data:`SCENARIO_LAYERS_DELAY_MS` after the last result
   (:class:`~.layers.MapLayersController`: only the masts the edits touch are swept again).

The baseline: a new project resets the scenarios; while the analysis runs every what-if result is
stale; its result builds the evaluator.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from coverage_planner.gui.planning.drag_preview import DragPreview

#: a what-if edit waits this long for the next one before its coverage layers are computed
SCENARIO_LAYERS_DELAY_MS = 700
#: how long the status bar shows a what-if message
MESSAGE_MS = 8000


class WhatIfController(QObject):
    def __init__(self, window, analysis, layers) -> None:
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.whatif = window.whatif
        self.evaluation = self.whatif.evaluation
        self.map = window.map
        self.layers = layers
        self.layers_timer = QTimer(self)  # the scenario's layers follow edits, not each one
        self.layers_timer.setSingleShot(True)
        self.layers_timer.setInterval(SCENARIO_LAYERS_DELAY_MS)
        self.layers_timer.timeout.connect(
            lambda: self.layers.update_scenario_layers(self.whatif.active))

        # the baseline
        self.model.projectChanged.connect(self._on_project_changed)
        analysis.analysisStarted.connect(self.whatif.forget_results)
        analysis.baselineReady.connect(self._on_baseline)
        # 1. gestures on the map -> commands
        bridge = self.map.bridge
        bridge.siteAddRequested.connect(self._on_site_requested)
        bridge.accessPointRequested.connect(self._on_access_point_requested)
        bridge.cableDrawn.connect(self._on_cable_drawn)
        bridge.siteSelected.connect(self._on_site_clicked)
        bridge.siteMoveRequested.connect(self._on_site_dragged)
        self.preview = DragPreview(self.whatif, self.map, self)
        bridge.sitePreviewRequested.connect(self.preview.request)
        self.whatif.stackChanged.connect(self.preview.end)  # an undo mid-drag: stale answers
        # 1. -> the edits on the map; 2. -> the evaluation
        self.whatif.stackChanged.connect(self._on_edited)
        self.whatif.siteSelected.connect(lambda _site_id: self.show_edits())
        self.whatif.scenariosChanged.connect(self.show_edits)
        window.languageChanged.connect(lambda _lang: self.show_edits())
        # 3. the result -> the application model, then the what-if model; 4. the layers
        self.evaluation.evaluated.connect(self._on_evaluated)
        self._edits_due = False
        self.evaluation.busyChanged.connect(self._on_busy)
        self.whatif.resultReady.connect(self.layers_timer.start)
        self.whatif.failed.connect(self._message)

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    # ---- the baseline -----------------------------------------------------------------------
    def _on_project_changed(self) -> None:
        opened = self.model.current
        if opened is not None:
            self.whatif.reset(opened.project, opened.source)

    def _on_baseline(self, result) -> None:
        """The analysis' result: the evaluator is built from it; meanwhile a scenario without
        edits shows it."""
        self.evaluation.set_baseline(self.whatif.baseline, result, self.whatif.templates)
        self.evaluation.request(self.whatif.active)

    # ---- 1. the edit ----------------------------------------------------------------------
    def _on_site_requested(self, lon: float, lat: float) -> None:
        if self.map.mode != "add_site":
            return  # a stray call: only the mode places sites
        form = self.window.whatif_dock.form
        try:
            spec = form.spec(lon, lat)
        except ValueError as exc:
            self._message(str(exc))
            self.window.show_whatif_panel()
            return
        command = self.whatif.add_site(spec)
        if command is not None:
            form.remember()
            self._message(self.tr("{0} — click again for another site; Esc stops.")
                          .format(command.label(self.whatif.lang)))
            self.window.show_delta()

    def _on_access_point_requested(self, lon: float, lat: float) -> None:
        if self.map.mode != "add_ap":
            return
        command = self.whatif.add_access_point(lon, lat)
        if command is not None:
            self._message(command.label(self.whatif.lang))
            self.window.show_delta()

    def _on_cable_drawn(self, points: list) -> None:
        if self.map.mode != "add_cable":
            return
        command = self.whatif.add_cable(points)
        if command is not None:
            self._message(command.label(self.whatif.lang))
            self.window.show_delta()

    def _on_site_clicked(self, site_id: str) -> None:
        if self.map.mode is not None:
            return
        if self.whatif.select_site(site_id):
            self.window.show_whatif_panel()

    def _on_site_dragged(self, site_id: str, lon: float, lat: float) -> None:
        self.preview.end()  # let go: one undoable move, the preview's late answers dropped
        if not self.whatif.move_site(site_id, lon, lat):
            self.show_edits()  # the marker goes back where the site is

    def show_edits(self) -> None:
        """The active scenario's edits on the map (new, moved, edited, removed sites; fiber).

        While the scenario is being evaluated they are drawn with its answer: both at once
        would share the two cores (the page's renderer, this thread) with the evaluation, which
        the planner waits for more (a dragged marker is already where it was let go)."""
        if self.evaluation.busy:
            self._edits_due = True
            return
        self._edits_due = False
        self.map.show_edits(self.whatif.edits_payload() if self.whatif.active is not None
                            else None)

    def _on_busy(self, busy: bool) -> None:
        if not busy and self._edits_due:
            self.show_edits()

    # ---- 2. the evaluation ----------------------------------------------------------------
    def _on_edited(self) -> None:
        # the what-if model asked for the evaluation already; an answer still to come makes the
        # layers of the state before it stale (one that came at once, cached, started them)
        if self.evaluation.busy:
            self.layers_timer.stop()
        self.layers.scenario_edited()
        self.show_edits()

    # ---- 3. the result --------------------------------------------------------------------
    def _on_evaluated(self, result, change) -> None:
        if self.model.result is not result:
            self.model.set_result(result)  # the map, the table and the dashboard follow
        self.whatif.set_result(result, change)  # the what-if results panel; 4. the layers
        if self._edits_due:
            self.show_edits()
