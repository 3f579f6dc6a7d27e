"""The rollout optimiser on hand-made instances whose optimum is known."""

from __future__ import annotations

import numpy as np

from coverage_planner.core.planning.rollout import Candidate, PlanRequest, greedy, lp_bound, solve


def item(cid, cost, villages, cat="fixed", **kw):
    return Candidate(cid, kw.pop("kind", "mast"), kw.pop("operator", None),
                     kw.pop("district", None), float(cost), kw.pop("opex", 0.0),
                     {cat: np.asarray(villages, int)}, **kw)


def flat(n):
    return np.ones(n), {"fixed": np.zeros(n, bool)}


def test_knapsack_where_ratio_greedy_is_wrong():
    # A: 7 villages for 6 (ratio 1.17) beats B, C (5 for 5) by ratio, but B + C serve 10 for 10
    cands = [item("A", 6, range(0, 7)), item("B", 5, range(7, 12)), item("C", 5, range(12, 17))]
    hh, served = flat(17)
    req = PlanRequest(budget_vnd=10, weights={"fixed": 1.0})
    plan = solve(cands, hh, served, req)
    assert sorted(plan.ids) == ["B", "C"]
    assert plan.objective == 10 and plan.method == "milp" and plan.gap < 1e-6
    assert plan.cost_vnd <= 10
    g = greedy(cands, hh, served, req)
    assert g.objective <= plan.objective <= lp_bound(cands, hh, served, req) + 1e-9
