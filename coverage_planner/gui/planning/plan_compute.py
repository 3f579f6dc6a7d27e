"""The Plan dock's background work: the candidates, the plan and its cost curve, computed off the
GUI thread (:mod:`coverage_planner.gui.worker`), with progress and a Cancel.

1. :func:`compute_plan`: the candidates of the open project
   (:func:`~coverage_planner.core.planning.rollout_candidates.build_candidates`: masts swept
   over the terrain through the engine's cache, upgrades, fiber routes, satellite; reused while
   the evaluator, the costs, the carrier and the hand-drawn sites stay the same), then the plan
   (:func:`~coverage_planner.core.planning.rollout.solve`: the MILP, the greedy floor, the LP
   bound).
2. :func:`compute_curve`: the Pareto front, the best plan for each of :data:`CURVE_POINTS`
   budgets from B/6 to 2B (B the chosen budget, itself one of them), one budget at a time so
   that the progress moves and Cancel stops between budgets; then its figure
   (:func:`~coverage_planner.core.exports.plan_plot.pareto_png`).

Cancel is a flag read between steps: a solve in progress finishes (seconds), its result is
dropped. Only the newest run reports (:class:`PlanRunner`'s ticket).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field, replace
from types import SimpleNamespace

from PySide6.QtCore import QObject, Signal

from coverage_planner.core.common.errors import CancelledError, DataError
from coverage_planner.gui.worker import forget, run_in_background

log = logging.getLogger(__name__)

#: budgets on the cost curve (B/6 … 2B; the sixth is B)
CURVE_POINTS = 12
#: seconds of MILP per budget of the curve (the chosen plan has the request's limit)
CURVE_TIME_LIMIT_S = 10.0
CATEGORY_KEYS = ("fixed", "broadband", "signal")


@dataclass(frozen=True)
class PlanParams:
    """What the planner asked for: budget (VND), years, carrier (None: all), weights per
    category, what the objective counts, the MILP's time limit."""

    budget_vnd: float
    years: int = 1
    operator: str | None = None
    weights: tuple = (("fixed", 1.0), ("broadband", 1.0), ("signal", 2.0))
    count: str = "villages"
    time_limit_s: float = 30.0


@dataclass
class PlanOutcome:
    """A computed plan and what it was computed from."""

    params: PlanParams
    plan: object  # core.planning.rollout.Plan
    cset: object  # core.planning.rollout_candidates.CandidateSet
    costs: object  # core.planning.costs.CostModel
    request: object  # core.planning.rollout.PlanRequest
    key: tuple = ()  # the candidates' key (see candidates_key)
    curve: list = field(default_factory=list)  # Plans, ascending budgets
    curve_png: bytes | None = None
    curve_lang: str | None = None


def drawn_sites(scenario) -> SimpleNamespace | None:
    """The hand-drawn sites of a what-if scenario, copied on the GUI thread for a worker thread
    (as ``build_candidates(scenario=...)`` reads them). Sites a rollout plan put there (the
    candidate builder's ids: ``PLAN-…``, ``…+4G``) are the plan's, not candidates of their own."""
    if scenario is None:
        return None
    edits = [cmd for cmd in scenario.edits if getattr(cmd, "kind", "") == "add_site"
             and not str(cmd.spec.site_id).startswith("PLAN-")
             and not str(cmd.spec.site_id).endswith("+4G")]
    return SimpleNamespace(edits=edits) if edits else None


def candidates_key(evaluator, costs, operator, drawn) -> tuple:
    """Equal keys, equal candidates: the evaluator (its baseline), costs, carrier, drawn sites."""
    sites = tuple(sorted(str(cmd.spec.to_dict()) for cmd in drawn.edits)) if drawn else ()
    return (id(evaluator), costs, operator, sites)


def request_of(params: PlanParams, cset, budget: float | None = None, time_limit=None):
    from coverage_planner.core.planning.rollout import PlanRequest

    return PlanRequest(params.budget_vnd if budget is None else budget, years=params.years,
                       weights=dict(params.weights), count=params.count,
                       time_limit_s=params.time_limit_s if time_limit is None else time_limit,
                       village_names=cset.villages["name"].astype(str).tolist())


def compute_plan(evaluator, costs, params: PlanParams, *, templates=None, drawn=None,
                 cached=None, progress=None, cancelled=None) -> PlanOutcome:
    """Step 1 (a worker thread). ``cached``: (key, CandidateSet) of an earlier run, reused when
    the key matches. ``progress(fraction, key)`` gets the step's key: "candidates", "solving"."""
    from coverage_planner.core.planning.rollout import solve
    from coverage_planner.core.planning.rollout_candidates import build_candidates
    from coverage_planner.gui.planning.whatif_evaluation import _EVALUATING

    progress = progress or (lambda *_: None)
    cancelled = cancelled or (lambda: False)
    key = candidates_key(evaluator, costs, params.operator, drawn)
    if cached is not None and cached[0] == key:
        cset = cached[1]
    else:
        progress(0.05, "candidates")
        # the evaluator's memory and the engine's disk cache are shared with the what-if
        # evaluations of this process: one user at a time
        with _EVALUATING:
            cset = build_candidates(evaluator.baseline, evaluator, costs=costs,
                                    operators=[params.operator] if params.operator else None,
                                    scenario=drawn, templates=templates)
    if cancelled():
        raise CancelledError()
    progress(0.6, "solving")
    request = request_of(params, cset)
    plan = solve(cset.candidates, cset.households, cset.served, request)
    if cancelled():
        raise CancelledError()
    return PlanOutcome(params, plan, cset, costs, request, key)


def curve_budgets(budget: float, n: int = CURVE_POINTS) -> list[float]:
    """B/6, 2B/6, …, 2B for n = 12 (B itself is the n/2-th)."""
    return [budget * k / (n / 2) for k in range(1, n + 1)]


def compute_curve(outcome: PlanOutcome, lang: str, *, n: int = CURVE_POINTS, progress=None,
                  cancelled=None) -> tuple[list, bytes]:
    """Step 2 (a worker thread): the Pareto front and its figure. A budget whose time-limited
    plan scores less than a cheaper budget's keeps that plan (still feasible with more money),
    as :func:`~coverage_planner.core.planning.rollout.pareto` does."""
    from coverage_planner.core.planning.rollout import pareto

    progress = progress or (lambda *_: None)
    cancelled = cancelled or (lambda: False)
    cset = outcome.cset
    request = request_of(outcome.params, cset,
                         time_limit=min(outcome.params.time_limit_s, CURVE_TIME_LIMIT_S))
    plans: list = []
    budgets = curve_budgets(outcome.params.budget_vnd, n)
    for i, budget in enumerate(budgets):
        if cancelled():
            raise CancelledError()
        progress(i / len(budgets), f"curve:{i + 1}:{len(budgets)}")
        (plan,) = pareto(cset.candidates, cset.households, cset.served, request, [budget])
        if plans and plan.objective < plans[-1].objective - 1e-9:
            plan = replace(plans[-1], budget_vnd=budget)
        plans.append(plan)
    return plans, curve_png(plans, outcome.plan, lang)


def curve_png(plans, chosen, lang: str) -> bytes:
    from coverage_planner.core.exports.plan_plot import pareto_png

    return pareto_png(plans, lang, chosen, width_in=5.0, height_in=3.5, dpi=130)


class PlanRunner(QObject):
    """One background job at a time (a newer one replaces it), with Cancel.

    Signals
    -------
    progress(float, str) : fraction and the step's key
    finished(str, object) : the job's name and its result
    failed(str, str) : the job's name and a message for the user
    cancelled(str) : the job stopped at the user's request
    """

    progress = Signal(float, str)
    finished = Signal(str, object)
    failed = Signal(str, str)
    cancelled = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self._ticket = 0
        self._task: int | None = None
        self._flag: threading.Event | None = None
        self.job: str | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, job: str, work) -> None:
        """Run ``work(progress, cancelled)`` in a worker thread."""
        self.cancel(quiet=True)
        self._ticket += 1
        ticket, flag = self._ticket, threading.Event()
        self._flag, self.job = flag, job
        self._task = run_in_background(
            lambda progress: work(progress, flag.is_set), self,
            lambda result: self._finished(ticket, job, result, flag),
            lambda exc: self._failed(ticket, job, exc),
            lambda fraction, key: self._progress(ticket, fraction, key))

    def cancel(self, quiet: bool = False) -> None:
        """Stop at the next step; ``quiet``: forget the job at once (nothing is reported)."""
        if self._flag is not None:
            self._flag.set()
        if quiet and self.job is not None:
            self._ticket += 1
            self.job = None
            if self._task is not None:
                forget(self._task)
                self._task = None

    def _current(self, ticket: int) -> bool:
        if ticket != self._ticket:
            return False
        self.job, self._flag, self._task = None, None, None
        return True

    def _progress(self, ticket: int, fraction: float, key: str) -> None:
        if ticket == self._ticket and self.job is not None:
            self.progress.emit(max(0.0, min(1.0, fraction)), key)

    def _finished(self, ticket: int, job: str, result, flag: threading.Event) -> None:
        if not self._current(ticket):
            return
        if flag.is_set():  # Cancel pressed after the last check: the result is dropped
            self.cancelled.emit(job)
        else:
            self.finished.emit(job, result)

    def _failed(self, ticket: int, job: str, exc: BaseException) -> None:
        if not self._current(ticket):
            return
        if isinstance(exc, CancelledError):
            self.cancelled.emit(job)
        elif isinstance(exc, DataError):
            self.failed.emit(job, exc.message(self.lang))
        else:
            log.error("rollout plan: %s failed", job, exc_info=(type(exc), exc,
                                                                exc.__traceback__))
            self.failed.emit(job, f"{type(exc).__name__}: {exc}")
