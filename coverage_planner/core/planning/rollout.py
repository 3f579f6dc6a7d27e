"""The costed rollout plan: which masts, upgrades, fiber extensions, Wi-Fi points and satellite
terminals close the most gaps for a budget, year by year.

Input: candidates (each with a cost and, per category, the villages it would serve), the
households of each village, what is served already, and a :class:`PlanRequest` (budget, years,
weights, caps, must-serve list). Output: a :class:`Plan` with the chosen items and their year,
the villages and households gained per category, and how far from optimal it can be.

Categories: ``fixed`` (fixed broadband), ``broadband`` (mobile broadband, 3G/4G) and ``signal``
(mobile signal). The objective is Σ_c w_c Σ_v h_v y_cv over the villages not yet served
(h_v = 1 or the village's households): a village already served in a category gains nothing
there. The mathematics and the solver choice are in :mod:`rollout_solver`: a mixed-integer
programme (scipy's HiGHS ``milp``), the LP relaxation as the upper bound, the cost-effectiveness
greedy as the fallback and the floor. The plan's objective is never below greedy's and never
above the bound; the relative gap (bound - objective) / bound is always reported.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

import numpy as np

from coverage_planner.core.common.text import Text
from coverage_planner.core.planning import rollout_solver as rs
from coverage_planner.core.planning.rollout_greedy import greedy_select, must_met, prune
from coverage_planner.core.planning.rollout_instance import (
    CATEGORIES,
    CATEGORY_LABELS,
    Candidate,
    PlanRequest,
    build_instance,
    money,
    village_list,
    year_budgets,
)

__all__ = ["CATEGORIES", "CATEGORY_LABELS", "Candidate", "Plan", "PlanRequest", "greedy",
           "lp_bound", "pareto", "solve"]


@dataclass
class Plan:
    """A rollout plan. ``chosen`` lists (candidate id, year 1..N); costs are VND."""

    chosen: list
    cost_vnd: float  # what the budget counts (capex, plus opex × opex_years_in_budget)
    capex_vnd: float
    opex_vnd_per_year: float  # once everything is built
    gained: dict  # category -> sorted array of village indices newly served
    households_gained: dict  # category -> int
    objective: float
    bound: float
    gap: float  # (bound - objective) / max(bound, 1e-9)
    method: str  # "milp" | "greedy"
    status: str  # "optimal" | "time_limit" | "greedy" | "infeasible"
    message: object  # Text
    per_year: list = field(default_factory=list)
    budget_vnd: float = 0.0
    seconds: float = 0.0

    @property
    def ids(self) -> list:
        return [i for i, _ in self.chosen]

    def to_dict(self, lang: str | None = None) -> dict:
        """Plain JSON-able values (village indices as lists; the message in ``lang``, or both
        languages when None)."""
        msg = self.message
        message = {"en": msg.en, "vi": msg.vi} if isinstance(msg, Text) and lang is None \
            else (msg(lang) if isinstance(msg, Text) else str(msg))

        def lists(d):
            return {c: [int(v) for v in a] for c, a in d.items()}

        return {
            "budget_vnd": self.budget_vnd, "chosen": [[i, y] for i, y in self.chosen],
            "cost_vnd": self.cost_vnd, "capex_vnd": self.capex_vnd,
            "opex_vnd_per_year": self.opex_vnd_per_year,
            "villages_gained": {c: len(a) for c, a in self.gained.items()},
            "gained": lists(self.gained), "households_gained": dict(self.households_gained),
            "objective": self.objective, "bound": self.bound, "gap": self.gap,
            "method": self.method, "status": self.status, "message": message,
            "seconds": self.seconds,
            "per_year": [{**y, "gained": lists(y["gained"])} for y in self.per_year],
        }

    def villages_gained(self, category: str | None = None) -> int:
        """Villages newly served in ``category``, or in at least one category."""
        if category is not None:
            return len(self.gained.get(category, ()))
        arrays = [np.asarray(a, int) for a in self.gained.values()]
        return len(np.unique(np.concatenate(arrays))) if arrays else 0


def solve(candidates, households, served, request: PlanRequest) -> Plan:
    """The best plan: the MILP, with the greedy as floor and fallback and the LP bound."""
    inst, ctx = build_instance(candidates, households, served, request)
    return _solve(inst, ctx, request, request_budget(request))


def greedy(candidates, households, served, request: PlanRequest) -> Plan:
    """The cost-effectiveness greedy alone (with the LP bound for its gap)."""
    start = time.perf_counter()
    inst, ctx = build_instance(candidates, households, served, request)
    budget = request_budget(request)
    x = prune(inst, greedy_select(inst, budget))
    bound = rs.select(inst, budget, request.time_limit_s, relax=True,
                      use_must=must_met(inst, x)).bound
    plan = _plan(inst, ctx, request, x, bound, "greedy", "greedy", budget)
    plan.seconds = time.perf_counter() - start
    return plan


def lp_bound(candidates, households, served, request: PlanRequest) -> float:
    """The LP relaxation's optimum: no plan within the request can score more."""
    inst, _ = build_instance(candidates, households, served, request)
    sel = rs.select(inst, request_budget(request), request.time_limit_s, relax=True)
    if sel.status == "infeasible":  # must-serve impossible: bound the plan without it
        sel = rs.select(inst, request_budget(request), request.time_limit_s, relax=True,
                        use_must=False)
    return sel.bound


def pareto(candidates, households, served, request: PlanRequest, budgets) -> list[Plan]:
    """Plans for each budget (ascending; 10-20 make a curve). The objective never decreases:
    a plan worse than the previous budget's (time limit) is replaced by that plan, which is
    still feasible with more money."""
    inst, ctx = build_instance(candidates, households, served, request)
    base = request_budget(request)
    plans: list[Plan] = []
    for budget in sorted(float(b) for b in budgets):
        scale = budget / base if base > 0 else 0.0
        per_year = None
        if request.budget_per_year_vnd is not None:
            per_year = [b * scale for b in request.budget_per_year_vnd]
            if base <= 0:
                per_year = [budget / request.years] * request.years
        req = replace(request, budget_vnd=budget, budget_per_year_vnd=per_year)
        plan = _solve(inst, ctx, req, budget)
        if plans and plan.objective < plans[-1].objective - 1e-9:
            prev = plans[-1]
            plan = replace(prev, budget_vnd=budget, bound=max(prev.bound, plan.bound),
                           status=prev.status, message=prev.message)
            plan.gap = _gap(plan.objective, plan.bound)
        plans.append(plan)
    return plans


def request_budget(request: PlanRequest) -> float:
    return float(year_budgets(request).sum())


# ---------------------------------------------------------------------------------- internals
def _solve(inst, ctx, request: PlanRequest, budget: float) -> Plan:
    """The MILP with the greedy as floor and fallback. Priority villages that no candidate
    reaches are reported and the others still served; when the budget or the caps cannot
    serve them all, the plan is made without the priority list and its message says why."""
    start = time.perf_counter()
    parts = [_unreachable_part(ctx, request)] if ctx["unreachable"] else []
    work = inst
    while True:
        floor = prune(work, greedy_select(work, budget))
        floor_ok = must_met(work, floor)
        lp = rs.select(work, budget, request.time_limit_s, relax=True)
        sel = rs.Selection(None, "infeasible", np.inf)
        if lp.status != "infeasible":
            remaining = max(0.5, request.time_limit_s - (time.perf_counter() - start))
            sel = rs.select(work, budget, remaining)
        if sel.x is not None or floor_ok or not work.must.any():
            break
        parts.append(_budget_part(work, request, budget, proven=sel.status == "infeasible"))
        work = replace(work, must=np.zeros_like(work.must))
    bound = min(lp.bound, sel.bound)
    if sel.x is not None and (not floor_ok or rs.objective(work, sel.x)
                              >= rs.objective(work, floor) - 1e-9):
        x, method, status = prune(work, sel.x), "milp", sel.status
    else:
        x, method, status = floor, "greedy", "greedy"
    reason = None
    if parts:
        status = "infeasible"
        tail = (Text(" The plan serves every other priority village.",
                     " Phương án vẫn phục vụ các thôn ưu tiên còn lại.") if work.must.any()
                else Text(" The plan below ignores the priority list.",
                          " Phương án dưới đây bỏ qua danh sách ưu tiên."))
        reason = Text("The priority list cannot be met: " + "; ".join(p.en for p in parts)
                      + "." + tail.en,
                      "Không đáp ứng được danh sách ưu tiên: " + "; ".join(p.vi for p in parts)
                      + "." + tail.vi)
    plan = _plan(work, ctx, request, x, bound, method, status, budget, reason)
    plan.seconds = time.perf_counter() - start
    return plan


def _unreachable_part(ctx, request) -> Text:
    """Priority villages that no candidate serves in their category."""
    parts = []
    for cat, villages in ctx["unreachable"].items():
        label = CATEGORY_LABELS[cat]
        listed = village_list(villages, request.village_names)
        parts.append(Text(
            f"{len(villages)} priority village(s) cannot get {label.en} from any candidate: "
            f"{listed}",
            f"{len(villages)} thôn ưu tiên không có phương án nào cho {label.vi}: {listed}"))
    return Text("; ".join(p.en for p in parts), "; ".join(p.vi for p in parts))


def _budget_part(inst, request, budget: float, proven: bool) -> Text:
    """Why the reachable priority villages cannot all be served: money, caps or time."""
    need = rs.min_cost_for_must(inst, request.time_limit_s)
    if need is None:
        return Text(
            "the priority villages cannot all be served within the per-carrier and "
            "per-district caps",
            "không thể phục vụ hết các thôn ưu tiên trong giới hạn theo nhà mạng và theo huyện")
    if need > budget * (1 + 1e-9) or proven:
        return Text(
            f"serving every priority village costs at least {money(need, 'en')}, the "
            f"budget is {money(budget, 'en')}",
            f"phục vụ hết các thôn ưu tiên cần ít nhất {money(need, 'vi')}, ngân sách là "
            f"{money(budget, 'vi')}")
    return Text(
        f"no plan serving every priority village was found within {request.time_limit_s:g} s",
        f"không tìm được phương án phục vụ hết các thôn ưu tiên trong {request.time_limit_s:g} "
        "giây")


def _gap(objective: float, bound: float) -> float:
    return max(0.0, (bound - objective) / max(bound, 1e-9))


def _plan(inst, ctx, request, x, bound, method, status, budget, reason=None) -> Plan:
    items = np.flatnonzero(x)
    years = rs.schedule(inst, items, year_budgets(request, budget),
                        max(1.0, request.time_limit_s / 3))
    value = rs.objective(inst, x)
    bound = max(value, bound if np.isfinite(bound) else value)
    cands = ctx["candidates"]
    served, households = ctx["served"], ctx["households"]
    order = np.lexsort((items, years)) if len(items) else np.zeros(0, int)
    chosen = [(inst.ids[items[j]], int(years[j])) for j in order]
    per_year, gained = [], {c: np.zeros(0, int) for c in CATEGORIES}
    for t in range(1, len(year_budgets(request, budget)) + 1):
        now = [cands[i] for i in items[years == t]]
        new = {}
        for c in CATEGORIES:
            got = [np.asarray(cd.gains.get(c, ()), int) for cd in now]
            reach = np.unique(np.concatenate(got)) if got else np.zeros(0, int)
            reach = reach[~served[c][reach]]
            new[c] = np.setdiff1d(reach, gained[c])
            gained[c] = np.union1d(gained[c], new[c])
        per_year.append({
            "year": t,
            "items": [cd.id for cd in now],
            "capex_vnd": float(sum(cd.capex_vnd for cd in now)),
            "cost_vnd": float(inst.cost[items[years == t]].sum()),
            "opex_vnd_per_year": float(sum(cd.opex_vnd_per_year for cd in now)),
            "gained": new,
            "households_gained": {c: int(households[new[c]].sum()) for c in CATEGORIES},
        })
    picked = [cands[i] for i in items]
    gap = _gap(value, bound)
    if reason is None:
        reason = Text(
            f"{len(items)} item(s) for {money(inst.cost[x].sum(), 'en')}; "
            f"{_gained_text(gained, 'en')}; {method.upper()}, gap {100 * gap:.2f} %",
            f"{len(items)} hạng mục, {money(inst.cost[x].sum(), 'vi')}; "
            f"{_gained_text(gained, 'vi')}; {method.upper()}, sai số tối ưu {100 * gap:.2f} %")
    return Plan(
        chosen=chosen,
        cost_vnd=float(inst.cost[x].sum()),
        capex_vnd=float(sum(cd.capex_vnd for cd in picked)),
        opex_vnd_per_year=float(sum(cd.opex_vnd_per_year for cd in picked)),
        gained=gained,
        households_gained={c: int(households[gained[c]].sum()) for c in CATEGORIES},
        objective=value, bound=float(bound), gap=gap, method=method, status=status,
        message=reason, per_year=per_year, budget_vnd=float(budget),
    )


def _gained_text(gained: dict, lang: str) -> str:
    return ", ".join(f"{CATEGORY_LABELS[c](lang)} +{len(gained[c])}" for c in CATEGORIES)
