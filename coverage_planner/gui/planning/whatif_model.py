"""The what-if part of the application model: the scenarios (named sets of edits on the open
project, :mod:`coverage_planner.core.planning.scenario`), the active one, its coverage recomputed off the
GUI thread after every edit, and what changed against the baseline.

Every edit is a core command pushed on the active scenario's undo stack; the baseline project is
never changed. After an edit the evaluation runs in a worker thread with the scenario's state at
that moment; edits made meanwhile are coalesced: when the run ends, only the newest state is
evaluated next, and only a result for the state on display is applied (to the application
model, so the map, the table and the dashboard follow). Results are cached by edits, so undo and
redo back to a state already computed are instant.
"""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.planning.scenario import (
    AddFiber,
    EditSite,
    MoveSite,
    RemoveSite,
    Scenario,
    command_from_dict,
)
from coverage_planner.core.planning.templates import TEMPLATES, SiteSpec, load_templates
from coverage_planner.core.project import autosave
from coverage_planner.core.project.projectfile import ProjectFile
from coverage_planner.gui.worker import run_in_background
from coverage_planner.mapview.edits import edits_payload, site_state

log = logging.getLogger(__name__)

#: the key of a scenario without edits (it shows the baseline result)
NO_EDITS = "[]"
#: how far outside the villages' bounding box (degrees) a site may be placed
AREA_MARGIN_DEG = 0.25
CACHE_SIZE = 16
#: one evaluation at a time in the whole app: the evaluator's memory and the engine's disk cache
#: (whose temporary file names are per process) are not shared safely between threads
_EVALUATING = threading.Lock()


def evaluate(evaluator, project):
    """``evaluator.evaluate(project)``, one at a time (worker threads)."""
    with _EVALUATING:
        return evaluator.evaluate(project)


def edits_key(scenario: Scenario) -> str:
    return json.dumps([c.to_dict() for c in scenario.edits], sort_keys=True, default=str)


class WhatIfModel(QObject):
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
        self.lang = "en"
        self.baseline = None  # the open project: the baseline every scenario starts from
        self.templates: dict = {k: dict(v) for k, v in TEMPLATES.items()}
        self.scenarios: list[Scenario] = []
        self.active: Scenario | None = None
        self.data_folder: Path | None = None
        self.evaluator = None
        self.baseline_result = None
        self.result = None  # the active scenario's CoverageResult, once computed
        self.delta: dict | None = None  # core.planning.whatif.delta(baseline, result); None: no edits
        self.selected_site: str | None = None
        self._saved: str | None = None  # the scenarios as last saved or opened
        self._cache: OrderedDict[str, tuple] = OrderedDict()
        self._applied: str | None = None  # edits key of the result on display
        self._running = False
        self._busy = False
        self._ticket = 0  # evaluators built for an older baseline are dropped

    # ---- the open project -----------------------------------------------------------------
    def reset(self, project, source: str | None = None) -> None:
        """A new project is open: one empty scenario, no result, no evaluator."""
        self._ticket += 1
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
        self._drop_results()
        self.selected_site = None
        self._saved = self.dump()
        self.scenariosChanged.emit()
        self.stackChanged.emit()
        self.siteSelected.emit("")
        self.edited.emit()  # the autosave forgets the previous project's scenarios

    def _drop_results(self) -> None:
        self.evaluator = None
        self.baseline_result = None
        self.result = None
        self.delta = None
        self._cache.clear()
        self._applied = None
        self._set_busy(False)

    def analysis_started(self) -> None:
        """The baseline is being recomputed: every result and the evaluator are stale."""
        self._ticket += 1
        self._drop_results()

    def set_baseline(self, result) -> None:
        """The baseline's coverage is known: build the evaluator (from the cache, off the GUI
        thread) and bring the active scenario's result up to date."""
        from coverage_planner.core.planning.whatif import Evaluator

        self._ticket += 1
        ticket = self._ticket
        self._drop_results()
        self.baseline_result = result
        if self.baseline is None:
            return
        baseline = self.baseline

        def ready(evaluator) -> None:
            if ticket != self._ticket:
                return
            self.evaluator = evaluator
            self.evaluatorReady.emit()
            self._kick()

        def failed(exc: BaseException) -> None:
            if ticket != self._ticket:
                return
            log.error("what-if evaluator failed", exc_info=(type(exc), exc, exc.__traceback__))
            self._set_busy(False)
            self.failed.emit(self._message(exc))

        run_in_background(lambda: Evaluator(baseline), self, ready, failed)
        self._kick()

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
        if self.selected_site and self.site_rows(self.selected_site) is None:
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
        """Every scenario and the active one's name, as text (to tell unsaved changes)."""
        return json.dumps([[sc.to_dict() for sc in self.scenarios],
                           self.active.name if self.active else ""], sort_keys=True, default=str)

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
        return autosave.snapshot(self.data_folder, self.scenarios, self.active.name)

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

    # ---- edits ----------------------------------------------------------------------------
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

    def add_site(self, spec: SiteSpec):
        """Add a site (an id is given when ``spec`` has none); returns the AddSite command."""
        if self.active is None:
            return None
        if not self.in_area(spec.lon, spec.lat):
            self.failed.emit(self.area_message())
            return None
        try:
            command = self.active.add_site(spec)
        except Exception as exc:  # noqa: BLE001
            log.warning("site refused", exc_info=True)
            self.failed.emit(self.tr("The site could not be added: {0}").format(exc))
            return None
        self._after_edit()
        self.select_site(command.spec.site_id)
        return command

    def move_site(self, site_id: str, lon: float, lat: float) -> bool:
        if self.site_rows(site_id) is None:
            self.failed.emit(self.tr("There is no site {0} in this scenario.").format(site_id))
            return False
        if not self.in_area(lon, lat):
            self.failed.emit(self.area_message())
            return False
        return self.push(MoveSite(site_id, float(lon), float(lat)))

    def edit_site(self, site_id: str, changes: dict) -> bool:
        if not changes:
            return False
        if self.site_rows(site_id) is None:
            self.failed.emit(self.tr("There is no site {0} in this scenario.").format(site_id))
            return False
        return self.push(EditSite(site_id, dict(changes)))

    def remove_site(self, site_id: str) -> bool:
        if self.site_rows(site_id) is None:
            self.failed.emit(self.tr("There is no site {0} in this scenario.").format(site_id))
            return False
        ok = self.push(RemoveSite(site_id))
        if ok and self.selected_site == site_id:
            self.select_site(None)
        return ok

    def add_access_point(self, lon: float, lat: float) -> AddFiber | None:
        if not self.in_area(lon, lat):
            self.failed.emit(self.area_message())
            return None
        command = AddFiber([(float(lon), float(lat))], self._new_fiber_id("AP-NEW"))
        return command if self.push(command) else None

    def add_cable(self, points) -> AddFiber | None:
        points = [(float(x), float(y)) for x, y in points]
        if len(points) < 2:
            return None
        if not all(self.in_area(x, y) for x, y in points):
            self.failed.emit(self.area_message())
            return None
        command = AddFiber(points, self._new_fiber_id("FO-NEW"))
        return command if self.push(command) else None

    def _new_fiber_id(self, prefix: str) -> str:
        state = self.active.stack.state
        used = {str(i) for i in state.fiber_access_points.index} | \
            {str(i) for i in state.fiber_cables.index}
        for command in self.active.stack.commands:  # undone ones too: redo must not clash
            if isinstance(command, AddFiber):
                used.add(f"new:{command.ident}")
        n = 1
        while f"new:{prefix}-{n:03d}" in used:
            n += 1
        return f"{prefix}-{n:03d}"

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
        if self.selected_site and self.site_rows(self.selected_site) is None:
            self.select_site(None)  # removed, or added by an edit now undone
        self.stackChanged.emit()
        self.edited.emit()
        self._kick()

    def undo_text(self) -> str | None:
        text = self.active.stack.undo_text if self.active else None
        return text(self.lang) if text is not None else None

    def redo_text(self) -> str | None:
        text = self.active.stack.redo_text if self.active else None
        return text(self.lang) if text is not None else None

    # ---- sites ----------------------------------------------------------------------------
    def cells(self):
        return self.active.stack.state.cells if self.active else None

    def site_rows(self, site_id: str | None):
        """The active scenario's cells of ``site_id`` (None when it has none)."""
        cells = self.cells()
        if cells is None or not site_id:
            return None
        rows = cells[cells["site_id"].astype(str) == str(site_id)]
        return rows if len(rows) else None

    def site_state(self, site_id: str | None) -> str | None:
        """"new", "moved", "edited", "removed", "base" or None (unknown)."""
        if self.active is None or not site_id:
            return None
        return site_state(self.baseline.cells, self.cells(), str(site_id))

    def select_site(self, site_id: str | None) -> bool:
        """Select a site of the active scenario (None: no site); False for an unknown id."""
        if site_id and self.site_rows(site_id) is None:
            return False
        self.selected_site = site_id or None
        self.siteSelected.emit(self.selected_site or "")
        return True

    def touched_sites(self) -> list[str]:
        """Sites the active scenario's edits add, move, edit or remove (in edit order)."""
        ids = []
        for command in self.active.edits if self.active else []:
            spec = getattr(command, "spec", None)
            ids.append(spec.site_id if spec is not None else getattr(command, "site_id", None))
        return [str(i) for i in dict.fromkeys(ids) if i]

    def site_ids(self) -> list[str]:
        cells = self.cells()
        if cells is None:
            return []
        return sorted(cells["site_id"].astype(str).unique())

    def operators(self) -> list[str]:
        out = ["Viettel", "VNPT", "MobiFone"]
        if self.baseline is not None and "operator" in self.baseline.cells.columns:
            for op in sorted(self.baseline.cells["operator"].dropna().astype(str).unique()):
                if op not in out:
                    out.append(op)
        return out

    def edits_payload(self) -> dict | None:
        """The active scenario's edits for the map (``mapview.edits.edits_payload``)."""
        if self.active is None:
            return None
        state = self.active.stack.state
        return edits_payload(self.baseline.cells, state.cells, self.touched_sites(),
                             self.selected_site, state.fiber_access_points, state.fiber_cables,
                             self.lang)

    def in_area(self, lon: float, lat: float) -> bool:
        """Within the data's area (the villages' bounding box and a margin)."""
        if self.baseline is None or not (np.isfinite(lon) and np.isfinite(lat)):
            return False
        minx, miny, maxx, maxy = self.baseline.villages.total_bounds
        m = AREA_MARGIN_DEG
        return minx - m <= lon <= maxx + m and miny - m <= lat <= maxy + m

    def area_message(self) -> str:
        return self.tr("That point is outside the data's area: place sites and fiber near the "
                       "villages.")

    # ---- evaluation -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _kick(self) -> None:
        """Bring the result on display up to the active scenario's state; one evaluation at a
        time, and only the newest state is evaluated next."""
        scenario = self.active
        if scenario is None or self.baseline_result is None:
            return
        key = edits_key(scenario)
        if key == self._applied:
            self._set_busy(self._running)
            return
        if key == NO_EDITS:
            self._apply(key, self.baseline_result, None)
            return
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            self._apply(key, *hit)
            return
        self._set_busy(True)
        if self._running or self.evaluator is None:
            return  # the running evaluation, or the evaluator when ready, kicks again
        self._running = True
        evaluator, base, project = self.evaluator, self.baseline_result, scenario.project()

        def work():
            from coverage_planner.core.planning.whatif import delta

            result = evaluate(evaluator, project)
            return result, delta(base, result)

        run_in_background(work, self, lambda out: self._done(key, evaluator, out),
                          lambda exc: self._failed(evaluator, exc))

    def _done(self, key: str, evaluator, out: tuple) -> None:
        self._running = False
        if evaluator is self.evaluator:
            self._cache[key] = out
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        self._kick()

    def _failed(self, evaluator, exc: BaseException) -> None:
        self._running = False
        if evaluator is not self.evaluator:
            self._kick()
            return
        log.error("what-if evaluation failed", exc_info=(type(exc), exc, exc.__traceback__))
        self._set_busy(False)
        self.failed.emit(self.tr("The scenario's coverage could not be computed: {0}")
                         .format(self._message(exc)))

    def _apply(self, key: str, result, change: dict | None) -> None:
        self._applied = key
        self.result = result
        self.delta = change
        self._set_busy(self._running)
        if self.app_model.result is not result:
            self.app_model.set_result(result)
        self.resultReady.emit()

    def _message(self, exc: BaseException) -> str:
        if isinstance(exc, DataError):
            return exc.message(self.lang)
        return f"{type(exc).__name__}: {exc}"

    def evaluate_scenario(self, name: str | None):
        """A function computing (off the GUI thread) the result of scenario ``name`` (None: the
        baseline); None when the evaluator is not ready."""
        if self.baseline_result is None:
            return None
        if name is None:
            base = self.baseline_result
            return lambda: base
        scenario = self.scenario(name)
        if scenario is None:
            return None
        key = edits_key(scenario)
        if key == NO_EDITS:
            base = self.baseline_result
            return lambda: base
        if key in self._cache:
            result = self._cache[key][0]
            return lambda: result
        if self.evaluator is None:
            return None
        evaluator, project = self.evaluator, scenario.project()
        return lambda: evaluate(evaluator, project)
