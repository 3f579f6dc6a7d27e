"""The what-if part of the application model: the scenarios (named sets of edits on the open
project, :mod:`coverage_planner.core.planning.scenario`), the active one and its undo stack,
saving and restoring them, and the active scenario's coverage with what changed against the
baseline. The site and fiber edits and the questions about sites are the model's part in
:mod:`.site_edits`.

Every edit is a core command pushed on the active scenario's undo stack; the baseline project is
never changed. The coverage is computed by the model's
:class:`~.whatif_evaluation.ScenarioEvaluation` (off the GUI thread, coalesced, cached):
:class:`~coverage_planner.gui.controllers.whatif.WhatIfController` asks it after every edit and
brings its answer to the application model, then here (:meth:`WhatIfModel.set_result`).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.planning.scenario import Scenario, command_from_dict
from coverage_planner.core.planning.templates import TEMPLATES, load_templates
from coverage_planner.core.project import autosave
from coverage_planner.core.project.projectfile import ProjectFile
from coverage_planner.gui.planning.site_edits import SiteEdits
from coverage_planner.gui.planning.whatif_evaluation import (  # noqa: F401 (the model's names)
    NO_EDITS,
    ScenarioEvaluation,
    edits_key,
)

log = logging.getLogger(__name__)


class WhatIfModel(SiteEdits, QObject):
    """Signals
    -------
    scenariosChanged : the list of scenarios, a name, or the active scenario changed
    stackChanged : the active scenario's edits changed (undo/redo texts, the edit list, the map)
    edited : something worth saving changed (the autosave listens)
    siteSelected(str) : the selected site ("" for none)
    evaluatorReady : the incremental evaluator is ready (edits are evaluated from now on)
    busyChanged(bool) : an evaluation is running or waiting
    resultReady : :attr:`result` and :attr:`delta` are the active scenario's
    failed(str) : an edit or an evaluation failed: a message for the user
    """

    scenariosChanged = Signal()
    stackChanged = Signal()
    edited = Signal()
    siteSelected = Signal(str)
    evaluatorReady = Signal()
    busyChanged = Signal(bool)
    resultReady = Signal()
    failed = Signal(str)

    def __init__(self, app_model, parent=None) -> None:
        super().__init__(parent)
        self.app_model = app_model
        self.evaluation = ScenarioEvaluation(self)
        self.evaluation.evaluatorReady.connect(self.evaluatorReady)
        self.evaluation.busyChanged.connect(self.busyChanged)
        self.evaluation.failed.connect(self.failed)
        self.lang = "en"
        self.baseline = None  # the open project: the baseline every scenario starts from
        self.templates: dict = {k: dict(v) for k, v in TEMPLATES.items()}
        self.scenarios: list[Scenario] = []
        self.active: Scenario | None = None
        self.data_folder: Path | None = None
        self.result = None  # the active scenario's CoverageResult, once computed
        self.delta: dict | None = None  # core.planning.whatif.delta(baseline, result); None: no edits
        self.selected_site: str | None = None
        self._saved: str | None = None  # the scenarios as last saved or opened

    @property
    def lang(self) -> str:
        return self.evaluation.lang

    @lang.setter
    def lang(self, lang: str) -> None:
        self.evaluation.lang = lang

    # ---- the open project -----------------------------------------------------------------
    def reset(self, project, source: str | None = None) -> None:
        """A new project is open: one empty scenario, no result, no evaluator."""
        self.forget_results()
        self.baseline = project
        root = getattr(project, "root", None)
        folder = source or root
        self.data_folder = Path(folder).resolve() if folder else None
        try:
            self.templates = load_templates(root)
        except DataError as exc:
            self.templates = {k: dict(v) for k, v in TEMPLATES.items()}
            self.failed.emit(exc.message(self.lang))
        self.scenarios = []
        self.active = None
        if self.baseline is not None:
            self.active = Scenario(self.baseline, self.default_name(), self.templates)
            self.scenarios = [self.active]
        self.selected_site = None
        self._saved = self.dump()
        self.scenariosChanged.emit()
        self.stackChanged.emit()
        self.siteSelected.emit("")
        self.edited.emit()  # the autosave forgets the previous project's scenarios

    def forget_results(self) -> None:
        """The baseline is being computed again (or another project opens): every result and
        the evaluator are stale."""
        self.evaluation.reset()
        self.result = None
        self.delta = None

    # ---- the active scenario's coverage ----------------------------------------------------
    @property
    def evaluator(self):
        return self.evaluation.evaluator

    @property
    def baseline_result(self):
        return self.evaluation.baseline_result

    @property
    def busy(self) -> bool:
        return self.evaluation.busy

    def set_result(self, result, change: dict | None) -> None:
        """The active scenario's coverage and what changed against the baseline (None: no
        edits), as :class:`ScenarioEvaluation` reported it."""
        self.result = result
        self.delta = change
        self.resultReady.emit()

    def evaluate_scenario(self, name: str | None):
        """A function computing (off the GUI thread) the result of scenario ``name`` (None: the
        baseline); None when the evaluator is not ready."""
        if self.baseline_result is None:
            return None
        scenario = self.scenario(name) if name is not None else None
        if name is not None and scenario is None:
            return None
        return self.evaluation.computation(scenario)

    # ---- scenarios ------------------------------------------------------------------------
    def default_name(self, n: int | None = None) -> str:
        names = {sc.name for sc in self.scenarios}
        n = n or len(self.scenarios) + 1
        while True:
            name = self.tr("Scenario {0}").format(n)
            if name not in names:
                return name
            n += 1

    def names(self) -> list[str]:
        return [sc.name for sc in self.scenarios]

    def new_scenario(self, name: str | None = None, copy: bool = False) -> Scenario | None:
        """A new scenario (empty, or with a copy of the active one's edits), made active."""
        if self.baseline is None:
            return None
        name = (name or "").strip() or self.default_name()
        if name in self.names():
            name = self.default_name()
        if copy and self.active is not None:
            scenario = Scenario.from_dict(self.baseline, {**self.active.to_dict(), "name": name},
                                          self.templates)
        else:
            scenario = Scenario(self.baseline, name, self.templates)
        self.scenarios.append(scenario)
        self._activate(scenario)
        return scenario

    def set_active(self, name: str) -> bool:
        scenario = next((sc for sc in self.scenarios if sc.name == name), None)
        if scenario is None or scenario is self.active:
            return False
        self._activate(scenario)
        return True

    def _activate(self, scenario: Scenario) -> None:
        self.active = scenario
        if self.selected_site and not self.has_site(self.selected_site):
            self.select_site(None)
        self.scenariosChanged.emit()
        self._after_edit()

    def rename_scenario(self, name: str) -> bool:
        name = (name or "").strip()
        if self.active is None or not name or (name in self.names() and name != self.active.name):
            return False
        self.active.name = name
        self.scenariosChanged.emit()
        self.edited.emit()
        return True

    def remove_scenario(self) -> bool:
        """Remove the active scenario (never the last one)."""
        if self.active is None or len(self.scenarios) < 2:
            return False
        i = self.scenarios.index(self.active)
        self.scenarios.remove(self.active)
        self._activate(self.scenarios[max(0, i - 1)])
        return True

    def scenario(self, name: str) -> Scenario | None:
        return next((sc for sc in self.scenarios if sc.name == name), None)

    # ---- saving and restoring -------------------------------------------------------------
    def dump(self) -> str:
        """Every scenario, the active one's name and the coverage profile, as text (to tell
        unsaved changes: a model chosen in the window is one)."""
        profile = getattr(self.baseline, "profile", None)
        return json.dumps([[sc.to_dict() for sc in self.scenarios],
                           self.active.name if self.active else "",
                           profile.to_dict() if profile is not None else None],
                          sort_keys=True, default=str)

    def is_modified(self) -> bool:
        return self.baseline is not None and self.dump() != self._saved

    def has_edits(self) -> bool:
        return any(sc.edits for sc in self.scenarios)

    def mark_saved(self) -> None:
        self._saved = self.dump()

    def snapshot(self) -> ProjectFile | None:
        """The scenarios as a project file (None when the project has no data folder)."""
        if self.data_folder is None or self.active is None:
            return None
        return autosave.snapshot(self.data_folder, self.scenarios, self.active.name,
                                 getattr(self.baseline, "profile", None))

    def restore(self, pf: ProjectFile, saved: bool = True) -> list[str]:
        """Replace the scenarios by those of ``pf`` (on the open project). Returns problems
        (edits that could not be applied: the edits before them are kept).

        ``saved``: the scenarios count as saved (opened from a project file), else as unsaved
        changes (recovered).
        """
        if self.baseline is None:
            return []
        problems = []
        scenarios = []
        for data in pf.scenarios:
            name = str(data.get("name") or self.default_name())
            scenario = Scenario(self.baseline, name, self.templates)
            for i, edit in enumerate(data.get("edits", [])):
                try:
                    scenario.push(command_from_dict(edit))
                except Exception as exc:  # noqa: BLE001 - reported, the rest is kept
                    problems.append(self.tr("{0}: edit {1} ({2}) could not be applied: {3}")
                                    .format(name, i + 1, edit.get("kind", "?"), exc))
                    break
            scenarios.append(scenario)
        if not scenarios:
            scenarios = [Scenario(self.baseline, self.default_name(1), self.templates)]
        self.scenarios = scenarios
        self.active = next((sc for sc in scenarios if sc.name == pf.active), scenarios[0])
        self.selected_site = None
        self._saved = self.dump() if saved else None
        self.scenariosChanged.emit()
        self.siteSelected.emit("")
        self._after_edit()
        return problems

    # ---- the active scenario's undo stack (the site edits: SiteEdits) ----------------------
    def push(self, command) -> bool:
        """Apply an edit to the active scenario (undoable); False (and ``failed``) if refused."""
        if self.active is None:
            return False
        try:
            self.active.push(command)
        except Exception as exc:  # noqa: BLE001 - the user sees why; the stack is unchanged
            log.warning("edit refused", exc_info=True)
            self.failed.emit(self.tr("The edit could not be applied: {0}").format(exc))
            return False
        self._after_edit()
        return True

    def undo(self) -> None:
        if self.active is not None and self.active.stack.can_undo:
            self.active.stack.undo()
            self._after_edit()

    def redo(self) -> None:
        if self.active is not None and self.active.stack.can_redo:
            self.active.stack.redo()
            self._after_edit()

    def go_to(self, index: int) -> None:
        """Undo or redo until ``index`` edits are applied (the history list's clicks)."""
        if self.active is None:
            return
        stack = self.active.stack
        index = max(0, min(index, len(stack.commands)))
        if index == stack.index:
            return
        while stack.index > index:
            stack.undo()
        while stack.index < index:
            stack.redo()
        self._after_edit()

    def _after_edit(self) -> None:
        # the evaluation first, before the panels and the map follow the edit: the answer is
        # what the planner waits for (a cached one comes back at once)
        self.evaluation.request(self.active)
        if self.selected_site and not self.has_site(self.selected_site):
            self.select_site(None)  # removed, or added by an edit now undone
        self.stackChanged.emit()
        self.edited.emit()

    def undo_text(self) -> str | None:
        text = self.active.stack.undo_text if self.active else None
        return text(self.lang) if text is not None else None

    def redo_text(self) -> str | None:
        text = self.active.stack.redo_text if self.active else None
        return text(self.lang) if text is not None else None
