"""The rollout optimiser on hand-made instances whose optimum is known (by construction or by
enumerating every subset), and the plan's promises: never below greedy, never above the bound,
within every budget and cap, requirements before their dependants, monotone in the budget."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.planning import rollout
from coverage_planner.core.planning.rollout import (
    CATEGORIES,
    Candidate,
    PlanRequest,
    greedy,
    lp_bound,
    pareto,
    solve,
)

ONLY_FIXED = {"fixed": 1.0}


def item(cid, cost, villages, cat="fixed", **kw):
    gains = kw.pop("gains", None) or {cat: np.asarray(list(villages), int)}
    return Candidate(cid, kw.pop("kind", "mast"), kw.pop("operator", None),
                     kw.pop("district", None), float(cost), kw.pop("opex", 0.0), gains, **kw)


def nobody(n):
    return {c: np.zeros(n, bool) for c in CATEGORIES}


def test_knapsack_where_ratio_greedy_is_wrong():
    # A serves 7 for 6 (the best ratio) but B + C serve 10 for the budget of 10
    cands = [item("A", 6, range(0, 7)), item("B", 5, range(7, 12)), item("C", 5, range(12, 17))]
    req = PlanRequest(budget_vnd=10, weights=ONLY_FIXED)
    plan = solve(cands, np.ones(17), nobody(17), req)
    assert sorted(plan.ids) == ["B", "C"]
    assert plan.objective == 10 and plan.method == "milp" and plan.status == "optimal"
    assert plan.gap < 1e-6 and plan.cost_vnd <= 10
    assert list(plan.gained["fixed"]) == list(range(7, 17))
    g = greedy(cands, np.ones(17), nobody(17), req)
    assert g.objective <= plan.objective <= lp_bound(cands, np.ones(17), nobody(17), req) + 1e-9
    data = json.loads(json.dumps(plan.to_dict()))
    assert data["gained"]["fixed"] == list(range(7, 17)) and data["villages_gained"]["fixed"] == 10
    assert data["message"]["vi"] and data["per_year"][0]["gained"]["fixed"] == list(range(7, 17))


def _random_instance(seed, n=14, m=9):
    rng = np.random.default_rng(seed)
    households = rng.integers(1, 60, n).astype(float)
    served = {c: rng.random(n) < 0.2 for c in CATEGORIES}
    cands = []
    for i in range(m):
        gains = {c: rng.choice(n, rng.integers(0, 5), replace=False) for c in CATEGORIES
                 if rng.random() < 0.6}
        requires = (f"i{rng.integers(0, i)}",) if i >= 2 and rng.random() < 0.25 else ()
        cands.append(Candidate(f"i{i}", "mast", ["Viettel", "VNPT"][i % 2], f"D{i % 3}",
                               float(rng.integers(1, 10)), 0.0, gains, requires=requires))
    return cands, households, served


def _brute_force(cands, households, served, req):
    """The best objective over every subset that satisfies the request (independent of the
    solver: plain enumeration)."""
    index = {c.id: i for i, c in enumerate(cands)}
    w = households if req.count == "households" else np.ones(len(households))
    best = 0.0
    for r in range(len(cands) + 1):
        for subset in itertools.combinations(range(len(cands)), r):
            chosen = set(subset)
            if sum(cands[i].capex_vnd for i in chosen) > req.budget_vnd:
                continue
            if any(index[p] not in chosen for i in chosen for p in cands[i].requires):
                continue
            ops = req.operator_budgets_vnd or {}
            if any(sum(cands[i].capex_vnd for i in chosen if cands[i].operator == o) > cap
                   for o, cap in ops.items()):
                continue
            if req.max_per_district_vnd is not None and any(
                    sum(cands[i].capex_vnd for i in chosen if cands[i].district == d)
                    > req.max_per_district_vnd for d in {c.district for c in cands}):
                continue
            value = 0.0
            for c in CATEGORIES:
                got = np.zeros(len(households), bool)
                for i in chosen:
                    got[cands[i].gains.get(c, [])] = True
                value += req.weights.get(c, 0.0) * w[got & ~served[c]].sum()
            best = max(best, value)
    return best


@pytest.mark.parametrize("seed", [0, 1, 2, 5, 8, 30, 36])
def test_random_small_instances_reach_the_enumerated_optimum_within_every_cap(seed):
    cands, households, served = _random_instance(seed)
    req = PlanRequest(budget_vnd=14.0, count="households", operator_budgets_vnd={"Viettel": 8.0},
                      max_per_district_vnd=9.0)
    plan = solve(cands, households, served, req)
    assert plan.objective == pytest.approx(_brute_force(cands, households, served, req))
    g = greedy(cands, households, served, req)
    assert g.objective <= plan.objective + 1e-9
    assert plan.objective <= lp_bound(cands, households, served, req) + 1e-6
    assert plan.objective <= plan.bound + 1e-9 and plan.gap <= 1e-6
    by_id = {c.id: c for c in cands}
    picked = [by_id[i] for i in plan.ids]
    assert sum(c.capex_vnd for c in picked) <= 14.0
    assert sum(c.capex_vnd for c in picked if c.operator == "Viettel") <= 8.0
    for d in {c.district for c in cands}:
        assert sum(c.capex_vnd for c in picked if c.district == d) <= 9.0
    for c in picked:
        assert all(r in plan.ids for r in c.requires)
    for g_plan in (g, plan):  # the gains are exactly the chosen items' unserved villages
        for cat in CATEGORIES:
            reach = set()
            for c in (by_id[i] for i in g_plan.ids):
                reach |= set(np.asarray(c.gains.get(cat, []), int).tolist())
            expect = sorted(v for v in reach if not served[cat][v])
            assert list(g_plan.gained[cat]) == expect
            assert g_plan.households_gained[cat] == int(households[expect].sum())


def test_the_milp_beats_the_greedy_where_the_greedy_is_suboptimal():
    # seeds 8 and 30 are instances where every greedy run stops below the enumerated optimum
    for seed in (8, 30):
        cands, households, served = _random_instance(seed)
        req = PlanRequest(budget_vnd=14.0, count="households",
                          operator_budgets_vnd={"Viettel": 8.0}, max_per_district_vnd=9.0)
        best = _brute_force(cands, households, served, req)
        g = greedy(cands, households, served, req)
        plan = solve(cands, households, served, req)
        assert g.objective < best and g.gap > 0
        assert plan.objective == pytest.approx(best) and plan.method == "milp"


def test_villages_already_served_gain_nothing():
    served = nobody(6)
    served["fixed"][[0, 1, 2]] = True
    cands = [item("old", 1, [0, 1, 2]), item("new", 2, [3, 4])]
    plan = solve(cands, np.ones(6), served, PlanRequest(budget_vnd=3, weights=ONLY_FIXED))
    assert plan.ids == ["new"]  # "old" only serves villages that have it: not worth a đồng
    assert list(plan.gained["fixed"]) == [3, 4] and plan.objective == 2


def test_households_count_prefers_the_bigger_villages():
    cands = [item("many_small", 5, [0, 1, 2]), item("one_big", 5, [3])]
    hh = np.array([10.0, 10.0, 10.0, 100.0])
    by_village = solve(cands, hh, nobody(4), PlanRequest(budget_vnd=5, weights=ONLY_FIXED))
    by_house = solve(cands, hh, nobody(4),
                     PlanRequest(budget_vnd=5, weights=ONLY_FIXED, count="households"))
    assert by_village.ids == ["many_small"] and by_house.ids == ["one_big"]
    assert by_house.households_gained["fixed"] == 100 and by_house.objective == 100


def test_weights_trade_categories():
    cands = [item("fiber", 5, [0, 1, 2], "fixed"), item("mast", 5, [3, 4], "signal")]
    req = PlanRequest(budget_vnd=5, weights={"fixed": 1.0, "signal": 2.0})
    assert solve(cands, np.ones(5), nobody(5), req).ids == ["mast"]  # 2 × 2 > 3
    req = PlanRequest(budget_vnd=5, weights={"fixed": 1.0, "signal": 1.0})
    assert solve(cands, np.ones(5), nobody(5), req).ids == ["fiber"]


def test_a_branch_needs_its_trunk_and_is_built_after_it():
    cands = [item("trunk", 6, []), item("branch", 2, range(10), requires=("trunk",)),
             item("mast", 5, range(10, 14))]
    hh, served = np.ones(14), nobody(14)
    short = solve(cands, hh, served, PlanRequest(budget_vnd=7, weights=ONLY_FIXED))
    assert short.ids == ["mast"]  # the branch alone is not allowed
    g = greedy(cands, hh, served, PlanRequest(budget_vnd=7, weights=ONLY_FIXED))
    assert "branch" not in g.ids or "trunk" in g.ids
    plan = solve(cands, hh, served, PlanRequest(budget_vnd=8, years=2, weights=ONLY_FIXED,
                                                budget_per_year_vnd=[4.0, 4.0]))
    years = dict(plan.chosen)
    assert set(years) == {"trunk", "branch"}
    assert years["trunk"] <= years["branch"]
    assert years["branch"] == 2  # the trunk alone exceeds year 1's 4


def test_phases_year_two_builds_on_year_one_and_unspent_money_carries_over():
    # year budgets 4 then 6: the big item (8) fits only once year 1's money carries over
    cands = [item("small", 4, [0, 1]), item("big", 8, range(2, 12)), item("mid", 2, [12])]
    req = PlanRequest(budget_vnd=10, years=2, budget_per_year_vnd=[4.0, 6.0], weights=ONLY_FIXED)
    plan = solve(cands, np.ones(13), nobody(13), req)
    years = dict(plan.chosen)
    assert set(years) == {"big", "mid"} and years["big"] == 2
    assert years["mid"] == 1  # the best use of year 1's money, not deferred
    cum = np.cumsum([y["cost_vnd"] for y in plan.per_year])
    assert np.all(cum <= np.cumsum([4.0, 6.0]) + 1e-9)
    assert [y["year"] for y in plan.per_year] == [1, 2]
    one, two = (set(y["gained"]["fixed"].tolist()) for y in plan.per_year)
    assert one == {12} and two == set(range(2, 12)) and not one & two
    assert one | two == set(plan.gained["fixed"].tolist())


def test_the_schedule_puts_the_most_valuable_items_first():
    cands = [item(f"i{k}", 5, range(4 * k, 4 * k + k + 1)) for k in range(4)]
    req = PlanRequest(budget_vnd=20, years=4, weights=ONLY_FIXED)
    plan = solve(cands, np.ones(16), nobody(16), req)
    years = dict(plan.chosen)
    assert [years[f"i{k}"] for k in (3, 2, 1, 0)] == [1, 2, 3, 4]


def test_must_serve_is_honoured_when_possible():
    cands = [item("cheap", 2, range(5)), item("remote", 8, [5])]
    req = PlanRequest(budget_vnd=8, weights=ONLY_FIXED, must_serve={"fixed": [5]})
    plan = solve(cands, np.ones(6), nobody(6), req)
    assert plan.ids == ["remote"] and plan.status == "optimal"
    free = solve(cands, np.ones(6), nobody(6), PlanRequest(budget_vnd=8, weights=ONLY_FIXED))
    assert free.ids == ["cheap"]


def test_must_serve_that_no_candidate_reaches_is_reported_not_raised():
    cands = [item("a", 2, [0, 1])]
    req = PlanRequest(budget_vnd=5, weights=ONLY_FIXED, must_serve={"fixed": [3]},
                      village_names=["Bản A", "Bản B", "Bản C", "Bản Mù"])
    plan = solve(cands, np.ones(4), nobody(4), req)
    assert plan.status == "infeasible" and plan.ids == ["a"]
    assert "Bản Mù" in plan.message("en") and "Bản Mù" in plan.message("vi")
    assert "priority" in plan.message("en") and "ưu tiên" in plan.message("vi")


def test_reachable_priority_villages_are_still_served_when_others_cannot_be():
    cands = [item("cheap", 2, range(5)), item("remote", 8, [5])]
    req = PlanRequest(budget_vnd=8, weights=ONLY_FIXED, must_serve={"fixed": [5, 6]})
    plan = solve(cands, np.ones(7), nobody(7), req)
    assert plan.status == "infeasible" and plan.ids == ["remote"]
    assert "#6" in plan.message("en") and "#5" not in plan.message("en")
    assert "other priority" in plan.message("en") and "còn lại" in plan.message("vi")


def test_must_serve_beyond_the_budget_says_what_it_would_cost():
    cands = [item("a", 2, [0, 1]), item("far", 12, [3])]
    req = PlanRequest(budget_vnd=5, weights=ONLY_FIXED, must_serve={"fixed": [3]})
    plan = solve(cands, np.ones(4), nobody(4), req)
    assert plan.status == "infeasible" and plan.ids == ["a"] and plan.cost_vnd <= 5
    assert "12 VND" in plan.message("en") and "12 đồng" in plan.message("vi")


def test_pareto_never_serves_fewer_villages_with_more_money():
    rng = np.random.default_rng(7)
    n = 60
    cands = [item(f"m{k}", rng.integers(1, 20), rng.choice(n, rng.integers(1, 9), replace=False))
             for k in range(30)]
    req = PlanRequest(budget_vnd=1, weights=ONLY_FIXED)
    budgets = np.linspace(0, 150, 13)
    plans = pareto(cands, np.ones(n), nobody(n), req, budgets[::-1])
    assert [p.budget_vnd for p in plans] == sorted(budgets)
    served = [p.villages_gained("fixed") for p in plans]
    assert served == sorted(served) and served[0] == 0 and served[-1] > served[1]
    for p in plans:
        assert p.cost_vnd <= p.budget_vnd + 1e-9 and p.objective <= p.bound + 1e-9


def test_without_the_milp_the_greedy_answer_is_kept_with_its_gap(monkeypatch):
    cands = [item("A", 6, range(0, 7)), item("B", 5, range(7, 12)), item("C", 5, range(12, 17))]
    real = rollout.rs.select

    def no_integer_answer(inst, budget, limit, *, relax=False, use_must=True):
        if relax:
            return real(inst, budget, limit, relax=True, use_must=use_must)
        return rollout.rs.Selection(None, "time_limit", np.inf)

    monkeypatch.setattr(rollout.rs, "select", no_integer_answer)
    req = PlanRequest(budget_vnd=10, weights=ONLY_FIXED)
    plan = solve(cands, np.ones(17), nobody(17), req)
    assert plan.method == "greedy" and plan.status == "greedy"
    assert plan.objective == greedy(cands, np.ones(17), nobody(17), req).objective
    assert plan.bound == pytest.approx(lp_bound(cands, np.ones(17), nobody(17), req))
    assert plan.gap == pytest.approx((plan.bound - plan.objective) / plan.bound)


def test_costs_and_opex_add_up_and_opex_years_count_in_the_budget():
    cands = [item("a", 4, [0, 1], opex=1.0), item("b", 4, [2], opex=0.5)]
    both = solve(cands, np.ones(3), nobody(3), PlanRequest(budget_vnd=8, weights=ONLY_FIXED))
    assert both.capex_vnd == 8 and both.opex_vnd_per_year == 1.5 and both.cost_vnd == 8
    capex = solve(cands, np.ones(3), nobody(3), PlanRequest(budget_vnd=5, weights=ONLY_FIXED))
    assert capex.ids == ["a"]
    tco = solve(cands, np.ones(3), nobody(3),
                PlanRequest(budget_vnd=5, weights=ONLY_FIXED, opex_years_in_budget=2))
    assert tco.ids == ["b"] and tco.cost_vnd == 5  # a would cost 4 + 2 × 1 > 5


@pytest.mark.parametrize("bad, column", [
    (dict(requires=("ghost",)), "requires"),
    (dict(gains={"fixed": np.array([9])}), "gains"),
    (dict(gains={"5g": np.array([0])}), "gains"),
])
def test_bad_candidates_are_refused_with_the_fix(bad, column):
    cands = [item("x", 1, [0], **bad)]
    with pytest.raises(DataError) as err:
        solve(cands, np.ones(3), nobody(3), PlanRequest(budget_vnd=1))
    assert err.value.column == column and err.value.fix.vi


def test_cycles_duplicates_and_bad_requests_are_refused():
    loop = [item("a", 1, [0], requires=("b",)), item("b", 1, [1], requires=("a",))]
    with pytest.raises(DataError, match="cycle"):
        solve(loop, np.ones(2), nobody(2), PlanRequest(budget_vnd=1))
    with pytest.raises(DataError, match="duplicate"):
        solve([item("a", 1, [0]), item("a", 1, [1])], np.ones(2), nobody(2),
              PlanRequest(budget_vnd=1))
    ok = [item("a", 1, [0])]
    for req, column in [
        (PlanRequest(budget_vnd=-1), "budget_vnd"),
        (PlanRequest(budget_vnd=1, years=2, budget_per_year_vnd=[1.0]), "budget_per_year_vnd"),
        (PlanRequest(budget_vnd=1, weights={"wifi": 1.0}), "weights"),
        (PlanRequest(budget_vnd=1, count="people"), "count"),
        (PlanRequest(budget_vnd=1, must_serve={"fixed": [5]}), "must_serve"),
        (PlanRequest(budget_vnd=1, years=0), "years"),
    ]:
        with pytest.raises(DataError) as err:
            solve(ok, np.ones(2), nobody(2), req)
        assert err.value.column == column


def test_nothing_to_gain_is_an_empty_optimal_plan():
    served = nobody(3)
    served["fixed"][:] = True
    plan = solve([item("a", 1, [0, 1, 2])], np.ones(3), served, PlanRequest(budget_vnd=5))
    assert plan.chosen == [] and plan.objective == 0 and plan.gap == 0
