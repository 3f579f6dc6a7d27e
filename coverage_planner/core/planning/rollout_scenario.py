"""A rollout plan as a what-if scenario: the chosen masts and upgrades become ``AddSite`` edits,
the chosen fiber extensions ``AddFiber`` cables, in the plan's order (year by year), so that the
what-if tools, undo/redo (one item per step), saving in a project file and ``compare`` work on
the plan like on any hand-made scenario.

Satellite terminals and public Wi-Fi points are not network elements the engine models (no
what-if command exists for them): they are listed in :attr:`PlanScenario.outside` and their
gains are not expected from the engine. :func:`check` evaluates the scenario with the
incremental evaluator and compares, per category, the villages the engine finds newly served
with the villages the plan claims for its network items: signal and broadband from the engine's
levels, fixed broadband from the drop reach of the added cables. The candidate builder computes
every gain by the very rules and engine the evaluator uses, so the two agree exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from coverage_planner.core.planning.rollout import CATEGORIES
from coverage_planner.core.planning.scenario import AddFiber, AddSite, Scenario
from coverage_planner.core.planning.templates import SiteSpec

#: item kinds a scenario can hold
IN_SCENARIO = ("mast", "upgrade", "fiber")
#: the village table's flag per category
FLAGS = {"fixed": "fixed_broadband", "broadband": "mobile_broadband", "signal": "mobile_signal"}


@dataclass
class PlanScenario:
    scenario: Scenario
    applied: list = field(default_factory=list)  # candidate ids, in the order pushed
    outside: list = field(default_factory=list)  # chosen ids no scenario command holds


def plan_commands(plan, candidates) -> tuple[list, list, list]:
    """The scenario commands of ``plan`` (chosen ids in year order), the ids they come from,
    and the chosen ids left outside (satellite, Wi-Fi)."""
    by_id = {c.id: c for c in candidates}
    commands, applied, outside = [], [], []
    for cid, _year in sorted(plan.chosen, key=lambda cy: cy[1]):
        item = by_id[cid]
        if item.kind in ("mast", "upgrade"):
            commands.append(AddSite(SiteSpec.from_dict(item.meta["spec"])))
        elif item.kind == "fiber":
            commands.append(AddFiber([tuple(c) for c in item.geometry.coords], item.id))
        else:
            outside.append(cid)
            continue
        applied.append(cid)
    return commands, applied, outside


def apply_plan(plan, candidates, baseline=None, *, scenario: Scenario | None = None,
               name: str = "plan", templates: dict | None = None) -> PlanScenario:
    """Push the plan's items onto ``scenario`` (or a new scenario named ``name`` on
    ``baseline``). A site the scenario already holds (a hand-drawn candidate the plan chose)
    is not added twice."""
    if scenario is None:
        if baseline is None:
            raise ValueError("give a baseline project or a scenario")
        scenario = Scenario(baseline, name, templates)
    commands, applied, outside = plan_commands(plan, candidates)
    have = set(scenario.stack.state.cells["site_id"].astype(str))
    pushed = []
    for cmd, cid in zip(commands, applied):
        if isinstance(cmd, AddSite) and cmd.spec.site_id in have:
            continue
        scenario.push(cmd)
        pushed.append(cid)
    return PlanScenario(scenario, pushed, outside)


def claimed(plan, candidates, served: dict) -> dict:
    """Per category, the villages the plan's network items (those a scenario holds) newly
    serve: what the engine must find."""
    by_id = {c.id: c for c in candidates}
    n = len(next(iter(served.values())))
    out = {c: np.zeros(n, bool) for c in CATEGORIES}
    for cid, _ in plan.chosen:
        item = by_id[cid]
        if item.kind not in IN_SCENARIO:
            continue
        for c, idx in item.gains.items():
            if c in out:
                out[c][np.asarray(idx, dtype=np.int64)] = True
    return {c: np.flatnonzero(out[c] & ~served[c]) for c in CATEGORIES}


def check(evaluator, plan_scenario: PlanScenario, plan, candidates) -> dict:
    """Evaluate the plan's scenario with ``evaluator`` (whose baseline is the scenario's) and
    compare with the plan's claims. Per category: ``engine`` and ``plan`` (villages newly
    served), ``missing`` (claimed, not found) and ``extra`` (found, not claimed)."""
    base = evaluator.result.villages
    result = evaluator.evaluate(plan_scenario.scenario.project())
    served = {c: base[col].to_numpy(bool) for c, col in FLAGS.items()}
    claims = claimed(plan, candidates, served)
    out = {}
    for c, col in FLAGS.items():
        now = result.villages[col].to_numpy(bool)
        engine = np.flatnonzero(now & ~served[c])
        out[c] = {"engine": int(len(engine)), "plan": int(len(claims[c])),
                  "missing": np.setdiff1d(claims[c], engine).tolist(),
                  "extra": np.setdiff1d(engine, claims[c]).tolist(),
                  "lost": int((served[c] & ~now).sum())}
    out["result"] = result
    return out


__all__ = ["PlanScenario", "apply_plan", "plan_commands", "claimed", "check", "IN_SCENARIO"]
