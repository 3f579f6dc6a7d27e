"""A what-if scenario's coverage, computed off the GUI thread: :class:`ScenarioEvaluation`.

Once the baseline's coverage is known, an incremental evaluator
(:class:`coverage_planner.core.planning.whatif.Evaluator`) is built from it in a worker thread.
Then :meth:`ScenarioEvaluation.request` asks for a scenario's coverage: one evaluation runs at a
time, on the scenario's state when it starts; requests made meanwhile are coalesced (when the run
ends, only the newest requested state is evaluated next) and only the result of the newest
request is reported (``evaluated``). Results are cached by edits, so undo and redo back to a
state already computed are instant.

Once the evaluator is ready, a second one is started in a process of its own
(:class:`~coverage_planner.core.planning.remote.RemoteEvaluator`): from then on scenarios are
evaluated there, on the other core, instead of in a thread that shares the interpreter's lock
with the GUI thread (an answer took twice the evaluator's own time). It holds a second copy of
the baseline's levels; ``COVERAGE_PLANNER_WHATIF_PROCESS=0`` keeps everything in this process.
If the process fails, evaluations go on in this process.

Qt-free work, GUI-thread state: the evaluators run in :mod:`coverage_planner.gui.worker`'s
threads; everything here is read and changed on the GUI thread only.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import OrderedDict

from PySide6.QtCore import QObject, Signal

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.planning.scenario import Scenario
from coverage_planner.gui.worker import run_in_background

log = logging.getLogger(__name__)

#: the key of a scenario without edits (it shows the baseline result)
NO_EDITS = "[]"
CACHE_SIZE = 16
#: one evaluation at a time in the whole app: the evaluator's memory and the engine's disk cache
#: (whose temporary file names are per process) are not shared safely between threads
_EVALUATING = threading.Lock()


def evaluate(evaluator, project, use_cache: bool = False):
    """``evaluator.evaluate(project)``, one at a time (worker threads).

    A scenario's new masts stay in the evaluator's memory (undo, redo, a mast dragged back), not
    in the engine's disk cache by default: writing it would be on the path of every answer."""
    with _EVALUATING:
        return evaluator.evaluate(project, use_cache=use_cache)


def use_process() -> bool:
    """Evaluate in a process of its own (unless ``COVERAGE_PLANNER_WHATIF_PROCESS=0``)."""
    return os.environ.get("COVERAGE_PLANNER_WHATIF_PROCESS", "1").strip() not in ("0", "no",
                                                                                 "false")


def edits_key(scenario: Scenario) -> str:
    """A scenario's edits as text: equal keys, equal coverage (the cache's key)."""
    return json.dumps([c.to_dict() for c in scenario.edits], sort_keys=True, default=str)


class ScenarioEvaluation(QObject):
    """Signals
    -------
    evaluatorReady : the incremental evaluator is ready (edits are evaluated from now on)
    busyChanged(bool) : an evaluation is running or waiting
    evaluated(object, object) : the newest requested scenario's CoverageResult and what changed
        against the baseline (``core.planning.whatif.delta``; None for a scenario without edits,
        whose result is the baseline's)
    failed(str) : the evaluator or an evaluation failed: a message for the user
    """

    evaluatorReady = Signal()
    busyChanged = Signal(bool)
    evaluated = Signal(object, object)
    failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self.evaluator = None
        self.remote = None  # the evaluator in a process of its own, once started
        self.baseline_result = None
        self._wanted: Scenario | None = None  # the scenario of the newest request
        self._cache: OrderedDict[str, tuple] = OrderedDict()
        self._reported: str | None = None  # edits key of the last result reported
        self._running = False
        self._busy = False
        self._ticket = 0  # evaluators built for an older baseline are dropped

    @property
    def busy(self) -> bool:
        return self._busy

    def reset(self) -> None:
        """Every result and the evaluator are stale: another project is open, or the baseline's
        coverage is being computed again."""
        self._ticket += 1
        self.evaluator = None
        self._close_remote()
        self.baseline_result = None
        self._cache.clear()
        self._reported = None
        self._set_busy(False)

    def set_baseline(self, baseline, result, templates: dict | None = None) -> None:
        """The baseline project's coverage is known: build the evaluator (from the engine's
        cache, off the GUI thread); requests are answered once it is ready, in a process of its
        own once that one is ready too."""
        from coverage_planner.core.planning.whatif import Evaluator

        self.reset()
        ticket = self._ticket
        self.baseline_result = result
        if baseline is None:
            return

        def ready(evaluator) -> None:
            if ticket != self._ticket:
                return
            self.evaluator = evaluator
            self.evaluatorReady.emit()
            self._kick()
            if use_process():
                self._start_remote(ticket, baseline, templates)

        def failed(exc: BaseException) -> None:
            if ticket != self._ticket:
                return
            log.error("what-if evaluator failed", exc_info=(type(exc), exc, exc.__traceback__))
            self._set_busy(False)
            self.failed.emit(self.message(exc))

        def build():
            evaluator = Evaluator(baseline)
            from coverage_planner.core.engine.pathloss import warm_up

            # the kernels' first load holds the GIL a few hundred ms: here, not at the first edit
            warm_up(baseline.profile.models.values())
            return evaluator

        run_in_background(build, self, ready, failed)
        self._kick()

    def _start_remote(self, ticket: int, baseline, templates) -> None:
        from coverage_planner.core.planning.remote import RemoteEvaluator

        def ready(remote) -> None:
            if ticket != self._ticket:
                run_in_background(remote.close, self, lambda _: None, lambda _: None)
                return
            self.remote = remote

        def failed(exc: BaseException) -> None:  # evaluations stay in this process
            log.warning("the what-if process did not start: %s", exc)

        run_in_background(lambda: RemoteEvaluator(baseline, templates), self, ready, failed)

    def _close_remote(self) -> None:
        remote, self.remote = self.remote, None
        if remote is not None:
            run_in_background(remote.close, self, lambda _: None, lambda _: None)

    def answer(self, scenario: Scenario, preview=None):
        """A function computing off the GUI thread ``(result, delta)`` of ``scenario`` as it is
        now (with ``preview``: as if that command were applied, and no delta): in the what-if
        process when it runs, else with the evaluator here."""
        from coverage_planner.core.planning.remote import RemoteError
        from coverage_planner.core.planning.whatif import delta

        evaluator, base, remote = self.evaluator, self.baseline_result, self.remote
        upto = len(scenario.stack.log)
        # the state asked for, as it is now (a preview's copy of the cells only when it is
        # computed here)
        if preview is None:
            project = scenario.project()
        else:
            project = scenario.preview(preview) if remote is None else None

        def here():
            result = evaluate(evaluator, project if project is not None
                              else scenario.preview(preview))
            return result, (delta(base, result) if preview is None else None)

        def work():
            if remote is not None:
                try:
                    return remote.evaluate(scenario, preview, upto)
                except RemoteError as exc:
                    log.warning("what-if process failed, evaluating here: %s", exc)
            return here()

        return work

    def request(self, scenario: Scenario | None) -> None:
        """Bring the reported result up to ``scenario``'s state (now when it is cached or has no
        edits, else after the evaluation in progress)."""
        self._wanted = scenario
        self._kick()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def _kick(self) -> None:
        scenario = self._wanted
        if scenario is None or self.baseline_result is None:
            return
        key = edits_key(scenario)
        if key == self._reported:
            self._set_busy(self._running)
            return
        if key == NO_EDITS:
            self._report(key, self.baseline_result, None)
            return
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            self._report(key, *hit)
            return
        self._set_busy(True)
        if self._running or self.evaluator is None:
            return  # the running evaluation, or the evaluator when ready, kicks again
        self._running = True
        evaluator = self.evaluator
        run_in_background(self.answer(scenario), self,
                          lambda out: self._done(key, evaluator, out),
                          lambda exc: self._failed(evaluator, exc))

    def _done(self, key: str, evaluator, out: tuple) -> None:
        self._running = False
        if self.remote is not None and not self.remote.alive:  # it died: evaluate here now
            self._close_remote()
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
                         .format(self.message(exc)))

    def _report(self, key: str, result, change: dict | None) -> None:
        self._reported = key
        self._set_busy(self._running)
        self.evaluated.emit(result, change)

    def message(self, exc: BaseException) -> str:
        if isinstance(exc, DataError):
            return exc.message(self.lang)
        return f"{type(exc).__name__}: {exc}"

    def computation(self, scenario: Scenario | None):
        """A function computing (off the GUI thread) the result of ``scenario`` (None: the
        baseline); None when the evaluator is not ready."""
        if self.baseline_result is None:
            return None
        key = edits_key(scenario) if scenario is not None else NO_EDITS
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
