"""A rollout plan applied as a what-if scenario: running the engine on it gives the served counts
the plan claims (signal and broadband from the engine's levels, fixed broadband from the added
cables), undo and redo walk it item by item, and it saves and reopens like any scenario."""

from __future__ import annotations

import pytest
from engine_world import World, make_grid, ridge, rollout_world

from coverage_planner.core.planning.rollout import PlanRequest, solve
from coverage_planner.core.planning.rollout_candidates import build_candidates
from coverage_planner.core.planning.rollout_scenario import apply_plan, check, claimed
from coverage_planner.core.planning.scenario import Scenario
from coverage_planner.core.planning.whatif import Evaluator

CATS = ("fixed", "broadband", "signal")


def world() -> World:
    """As in test_rollout_candidates: a ridge hides B-E from the 4G site; a weak 2G site."""
    return rollout_world()


@pytest.fixture
def planned():
    ev = Evaluator(world().project(), grid=make_grid(ridge()), workers=1)
    cs = build_candidates(ev.baseline, ev, per_carrier=10, road_m=None, workers=1)
    return ev, cs


def assert_reproduced(report: dict, plan, cs) -> None:
    claims = claimed(plan, cs.candidates, cs.served)
    for cat in CATS:
        r = report[cat]
        assert r["missing"] == [] and r["extra"] == [] and r["lost"] == 0, (cat, r)
        assert r["engine"] == r["plan"] == len(claims[cat])


@pytest.mark.parametrize("budget", [2.0e9, 4.0e9, 12.0e9])
def test_the_plan_as_a_scenario_reproduces_the_plans_gains(planned, budget):
    ev, cs = planned
    plan = solve(cs.candidates, cs.households, cs.served, PlanRequest(budget, years=2))
    assert plan.chosen
    ps = apply_plan(plan, cs.candidates, ev.baseline)
    report = check(ev, ps, plan, cs.candidates)
    assert_reproduced(report, plan, cs)
    # no satellite here: the plan's gains are all network items, so the counts are the plan's
    for cat in CATS:
        assert report[cat]["engine"] == len(plan.gained.get(cat, ()))
    assert sorted(ps.applied) == sorted(plan.ids) and not ps.outside


def test_undo_walks_the_plan_back_item_by_item_and_redo_replays_it(planned):
    ev, cs = planned
    plan = solve(cs.candidates, cs.households, cs.served, PlanRequest(4.0e9))
    ps = apply_plan(plan, cs.candidates, ev.baseline)
    stack = ps.scenario.stack
    assert stack.index == len(plan.chosen) >= 2
    stack.undo()
    partial = check(ev, ps, plan, cs.candidates)
    assert sum(partial[c]["engine"] for c in CATS) <= sum(len(plan.gained[c]) for c in CATS)
    while stack.can_undo:
        stack.undo()
    empty = check(ev, ps, plan, cs.candidates)
    assert all(empty[c]["engine"] == 0 for c in CATS)
    while stack.can_redo:
        stack.redo()
    assert_reproduced(check(ev, ps, plan, cs.candidates), plan, cs)
    # saved and reopened (plain data), the scenario gives the same answer
    again = Scenario.from_dict(ev.baseline, ps.scenario.to_dict())
    ps.scenario = again
    assert_reproduced(check(ev, ps, plan, cs.candidates), plan, cs)


def test_satellite_stays_outside_the_scenario_and_out_of_the_engines_claims(planned):
    ev, _ = planned
    cs = build_candidates(ev.baseline, ev, per_carrier=10, road_m=None, workers=1,
                          satellite="all")
    plan = solve(cs.candidates, cs.households, cs.served,
                 PlanRequest(0.2e9, weights={"fixed": 1.0, "broadband": 0.0, "signal": 0.0}))
    sats = [i for i in plan.ids if i.startswith("S-")]
    assert sats  # cheap terminals are what 0.2 billion VND buys
    ps = apply_plan(plan, cs.candidates, ev.baseline)
    assert sorted(ps.outside) == sorted(sats)
    report = check(ev, ps, plan, cs.candidates)
    assert_reproduced(report, plan, cs)
    assert report["fixed"]["engine"] < len(plan.gained["fixed"])


def test_a_drawn_site_already_in_the_scenario_is_not_added_twice(planned):
    ev, cs = planned
    plan = solve(cs.candidates, cs.households, cs.served, PlanRequest(4.0e9))
    first = apply_plan(plan, cs.candidates, ev.baseline)
    again = apply_plan(plan, cs.candidates, scenario=first.scenario)
    radio = [i for i in plan.ids if i.startswith(("PLAN-", "G+"))]
    assert not set(radio) & set(again.applied)
    cells = first.scenario.project().cells
    sizes = cells[cells["site_id"].isin(radio)].groupby("site_id").size()
    assert len(sizes) == len(radio) and (sizes == 3).all()  # three 4G sectors, once


@pytest.mark.slow
def test_on_the_embedded_data_the_plans_scenario_reproduces_its_gains():
    import time

    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.core.io import load_folder

    start = time.perf_counter()
    project = load_folder(default_data_dir())
    ev = Evaluator(project)
    cs = build_candidates(project, ev)
    plan = solve(cs.candidates, cs.households, cs.served, PlanRequest(10e9, years=2))
    ps = apply_plan(plan, cs.candidates, project)
    report = check(ev, ps, plan, cs.candidates)
    print({c: {k: report[c][k] for k in ("engine", "plan")} for c in CATS},
          f"{time.perf_counter() - start:.1f} s")
    assert_reproduced(report, plan, cs)
    assert sum(report[c]["engine"] for c in CATS) > 0
