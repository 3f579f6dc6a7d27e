"""Planning → Rollout plan…: :class:`RolloutController` owns the Plan dock
(:mod:`coverage_planner.gui.planning.plan_dock`) and everything it asks for.

- The dock is docked right, tabified with the dashboard, hidden until the action (which the
  controller appends to ``window.plan_menu`` itself) shows it.
- Compute: the candidates and the plan, then the cost curve, off the GUI thread
  (:mod:`~coverage_planner.gui.planning.plan_compute`), on the what-if evaluator of the open
  project (ready once the coverage analysis finished); the candidates are reused while the
  evaluator, the costs, the carrier and the hand-drawn sites stay the same.
- The plan on the map (:func:`coverage_planner.mapview.plan.plan_payload`, the page's
  ``cpShowRolloutPlan``), removed when the plan is cleared or another project opens.
- Apply as scenario: a new what-if scenario holding the plan's masts, upgrades and fiber
  (:func:`~coverage_planner.core.planning.rollout_scenario.plan_commands`), one undoable edit
  per item, evaluated like any scenario (compare works on it).
- Export…: the plan as .xlsx or .gpkg (:func:`~coverage_planner.core.exports.plan_outputs.
  write_plan`), written off the GUI thread.
- The cost editor's Save: the costs into the open project's profile.
- :meth:`report_data`: the last plan for the PDF report's pages
  (:class:`~coverage_planner.core.exports.report.plan_page.PlanReport`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.planning.costs import CostModel
from coverage_planner.gui.planning.cost_editor import overrides
from coverage_planner.gui.planning.plan_compute import (
    PlanRunner,
    compute_curve,
    compute_plan,
    curve_png,
    drawn_sites,
)
from coverage_planner.gui.planning.plan_dock import PlanDock
from coverage_planner.gui.worker import run_in_background
from coverage_planner.mapview.plan import plan_payload

MAP_FUNCTION = "cpShowRolloutPlan"
MESSAGE_MS = 8000


class RolloutController(QObject):
    """Signals
    -------
    planReady(object) : a plan is shown (plan_compute.PlanOutcome)
    curveReady(object) : its cost curve is shown (the list of Plans)
    planCleared : no plan any more
    applied(str) : the plan became the active scenario (its name)
    exported(str) : the plan was written (the path)
    failed(str) : a message for the user
    """

    planReady = Signal(object)
    curveReady = Signal(object)
    planCleared = Signal()
    applied = Signal(str)
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.whatif = window.whatif
        self.outcome = None  # plan_compute.PlanOutcome of the plan shown
        self.payload: dict | None = None  # what the map was sent
        self._cached = None  # (key, CandidateSet) of the last run
        self.runner = PlanRunner(self)
        self.runner.lang = window.lang
        self.dock = PlanDock(window, window.lang)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        window.addDockWidget(right, self.dock)
        window.tabifyDockWidget(window.dashboard, self.dock)
        self.dock.hide()
        window.dashboard.raise_()
        self.plan_action = QAction(self)
        self.plan_action.setObjectName("rollout_plan")
        self.plan_action.triggered.connect(self.show_dock)
        window.plan_menu.addSeparator()
        window.plan_menu.addAction(self.plan_action)

        d = self.dock
        d.computeRequested.connect(self.compute)
        d.cancelRequested.connect(self.cancel)
        d.applyRequested.connect(self.apply_as_scenario)
        d.exportRequested.connect(self.export)
        d.clearRequested.connect(self.clear)
        d.saveCostsRequested.connect(self.save_costs)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(lambda _job: self._stopped(self.tr("Cancelled.")))
        window.model.projectChanged.connect(self._on_project_changed)
        self.whatif.evaluatorReady.connect(self._refresh)
        window.analysis.analysisStarted.connect(self._on_analysis_started)
        window.languageChanged.connect(self._on_language_changed)
        self._on_project_changed()
        self.retranslate()

    # ---- texts and state --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.plan_action.setText(self.tr("&Rollout plan…"))
        self.plan_action.setStatusTip(self.tr(
            "Which masts, 4G upgrades and fiber extensions serve the most villages for a "
            "budget, year by year, with the cost curve"))

    def _on_language_changed(self, lang: str) -> None:
        self.runner.lang = lang
        self.retranslate()
        self.dock.set_language(lang)
        self._show_on_map()
        o = self.outcome
        if o is not None and o.curve and o.curve_lang != lang:
            self.runner.start("figure", lambda _p, _c: curve_png(o.curve, o.plan, lang))

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    @property
    def ready(self) -> bool:
        return self.whatif.evaluator is not None and self.window.model.project is not None

    def _refresh(self) -> None:
        self.dock.set_busy(self.runner.running, self.ready)

    def show_dock(self) -> PlanDock:
        """Show the dock in front (Planning → Rollout plan…)."""
        self.dock.show()
        self.dock.raise_()
        if not self.ready and self.outcome is None:
            self.dock.show_message(self.tr("The coverage analysis has to finish first."))
        return self.dock

    # ---- the project ------------------------------------------------------------------------
    def _on_project_changed(self) -> None:
        self.runner.cancel(quiet=True)
        self._cached = None
        self.clear()
        project = self.window.model.project
        self.dock.set_carriers(self.whatif.operators() if project is not None else [])
        try:
            costs = CostModel.from_profile(project.profile) if project is not None \
                else CostModel()
        except DataError as err:
            costs = CostModel()
            self.dock.show_message(err.message(self.window.lang))
        self.dock.set_costs(costs)
        self._refresh()

    def _on_analysis_started(self) -> None:
        self.runner.cancel(quiet=True)  # the evaluator it uses is being replaced
        self._cached = None
        self._refresh()

    def save_costs(self, costs: CostModel | None = None) -> bool:
        """Keep ``costs`` (default: the editor's) in the open project's profile."""
        project = self.window.model.project
        if project is None:
            return False
        try:
            costs = costs or self.dock.costs_editor.costs()
        except DataError as err:
            self._fail(err.message(self.window.lang))
            return False
        project.profile = replace(project.profile, costs=overrides(costs))
        self._message(self.tr("Costs saved in the project's profile."))
        return True

    # ---- computing --------------------------------------------------------------------------
    def compute(self, params=None) -> bool:
        """Start the plan for ``params`` (default: the dock's); False when not ready."""
        if not self.ready:
            self.dock.show_message(self.tr("The coverage analysis has to finish first."))
            return False
        try:
            costs = self.dock.costs_editor.costs()
        except DataError as err:
            self._fail(err.message(self.window.lang))
            return False
        params = params or self.dock.params()
        evaluator, cached = self.whatif.evaluator, self._cached
        templates, drawn = self.whatif.templates, drawn_sites(self.whatif.active)

        def work(progress, cancelled):
            return compute_plan(evaluator, costs, params, templates=templates, drawn=drawn,
                                cached=cached, progress=progress, cancelled=cancelled)

        self.runner.start("plan", work)
        self.dock.set_busy(True, self.ready)
        self.dock.set_progress(0.0, self.tr("Starting…"))
        return True

    def cancel(self) -> None:
        self.runner.cancel()

    def _on_progress(self, fraction: float, key: str) -> None:
        if key == "candidates":
            text = self.tr("Candidates: masts swept over the terrain, upgrades, fiber routes…")
        elif key == "solving":
            text = self.tr("Choosing the items (mixed-integer programme)…")
        elif key.startswith("curve:"):
            _, i, n = key.split(":")
            text = self.tr("Cost curve: budget {0} of {1}…").format(i, n)
        else:
            text = key
        self.dock.set_progress(fraction, text)

    def _on_finished(self, job: str, result) -> None:
        if job == "plan":
            self.outcome = result
            self._cached = (result.key, result.cset)
            self.dock.show_outcome(result)
            self._show_on_map(fit=True)
            self.planReady.emit(result)
            self._start_curve(result)
        elif job == "curve" and self.outcome is not None:
            self.outcome.curve, png = result
            self.outcome.curve_png, self.outcome.curve_lang = png, self.window.lang
            self.dock.show_curve(png)
            self._refresh()
            self.curveReady.emit(self.outcome.curve)
        elif job == "figure" and self.outcome is not None:
            self.outcome.curve_png, self.outcome.curve_lang = result, self.window.lang
            self.dock.show_curve(result)
            self._refresh()

    def _start_curve(self, outcome) -> None:
        lang = self.window.lang
        self.runner.start("curve", lambda progress, cancelled: compute_curve(
            outcome, lang, progress=progress, cancelled=cancelled))
        self.dock.set_busy(True, self.ready)

    def _on_failed(self, job: str, message: str) -> None:
        self._stopped(self.tr("The plan could not be computed: {0}").format(message)
                      if job == "plan" else message)
        self.failed.emit(message)

    def _stopped(self, text: str) -> None:
        self.dock.set_busy(False, self.ready)
        self._message(text)
        if self.outcome is None:
            self.dock.show_message(text)

    def _fail(self, text: str) -> None:
        self.window.show_message(QMessageBox.Icon.Warning, self.tr("Rollout plan"), text)
        self.failed.emit(text)

    # ---- the map ----------------------------------------------------------------------------
    def _show_on_map(self, fit: bool = False) -> None:
        o = self.outcome
        self.payload = plan_payload(o.plan, o.cset.by_id(), self.window.lang) \
            if o is not None else None
        view = self.window.map
        show = getattr(view, "show_rollout_plan", None)
        if show is not None:
            show(self.payload)
        else:  # the map view keeps the payload for a new page, as its other overlays
            view._overlay(MAP_FUNCTION, self.payload)
        if fit and self.payload is not None:
            view.fit_overlay("rolloutPlan", 11)

    def clear(self) -> None:
        """No plan: the dock, the map and the report forget it."""
        self.runner.cancel(quiet=True)
        had = self.outcome is not None
        self.outcome = None
        self.dock.show_outcome(None)
        self.dock.show_message("")
        self._show_on_map()
        self._refresh()
        if had:
            self.planCleared.emit()

    # ---- using the plan ---------------------------------------------------------------------
    def apply_as_scenario(self) -> str | None:
        """A new what-if scenario with the plan's network items, made active; its name."""
        from coverage_planner.core.planning.rollout_scenario import plan_commands
        from coverage_planner.core.planning.scenario import AddSite

        o = self.outcome
        if o is None or self.whatif.baseline is None:
            return None
        commands, _applied, outside = plan_commands(o.plan, o.cset.candidates)
        billions = o.plan.budget_vnd / 1e9
        name = self.tr("Rollout plan {0} billion VND").format(f"{billions:g}")
        scenario = self.whatif.new_scenario(name)
        if scenario is None:
            return None
        have = set(scenario.stack.state.cells["site_id"].astype(str))
        commands = [c for c in commands if not (isinstance(c, AddSite)
                                                and c.spec.site_id in have)]
        refused = 0
        with QSignalBlocker(self.whatif):  # one update for the whole plan, after the last
            for command in commands[:-1]:
                refused += not self.whatif.push(command)
        if commands:
            refused += not self.whatif.push(commands[-1])
        text = self.tr("The plan is the scenario “{0}”: {1} edits (undo goes back item by "
                       "item).").format(scenario.name, len(commands) - refused)
        if outside:
            text += " " + self.tr("{0} satellite terminals are not network elements the "
                                  "engine models: left out of the scenario.").format(
                len(outside))
        if refused:
            text += " " + self.tr("{0} items could not be applied.").format(refused)
        self._message(text)
        self.dock.show_message(self.dock.summary_text() + "\n" + text)
        self.window.show_delta()
        self.applied.emit(scenario.name)
        return scenario.name

    def export(self, path: str | Path | None = None) -> bool:
        """Write the plan as .xlsx or .gpkg (asks for the file without ``path``)."""
        o = self.outcome
        if o is None:
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("Export the rollout plan"), "rollout-plan.xlsx",
                self.tr("Excel workbook (*.xlsx);;GeoPackage (*.gpkg)"))
            if not path:
                return False
        lang = self.window.lang
        profile = self.window.model.project.profile

        def work():
            from coverage_planner.core.exports.plan_outputs import PlanTables, write_plan
            from coverage_planner.core.exports.plan_tables import targets_for

            return str(write_plan(path, PlanTables(o.plan, o.cset, o.costs, lang=lang,
                                                   targets=targets_for(profile))))

        def done(written: str) -> None:
            self._message(self.tr("Written: {0}").format(written))
            self.exported.emit(written)

        def failed(exc: BaseException) -> None:
            text = exc.message(lang) if isinstance(exc, DataError) else str(exc)
            self._fail(self.tr("The plan could not be written: {0}").format(text))

        run_in_background(work, self, done, failed)
        return True

    def report_data(self):
        """The last plan for the PDF report (``write_pdf(..., rollout=...)``), or None."""
        from coverage_planner.core.exports.plan_tables import targets_for
        from coverage_planner.core.exports.report.plan_page import PlanReport

        o = self.outcome
        if o is None:
            return None
        return PlanReport(o.plan, o.cset, o.costs, list(o.curve),
                          targets=targets_for(self.window.model.project.profile))
