"""The rollout plan's XLSX (costs as numbers in VND), GeoPackage (items, villages, per carrier
and district) and per-village answer (Giga's columns), on a tiny engine world."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyogrio
import pytest
from engine_world import make_grid, ridge, rollout_world
from openpyxl import load_workbook

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.exports.plan_outputs import VND_FORMAT, PlanTables, write_plan
from coverage_planner.core.exports.plan_tables import TARGETS, Target, targets_table
from coverage_planner.core.planning.costs import CostModel
from coverage_planner.core.planning.rollout import PlanRequest, solve
from coverage_planner.core.planning.rollout_candidates import build_candidates
from coverage_planner.core.planning.whatif import Evaluator

GIGA = ["fiber_node_distance", "nearest_LTE_id", "nearest_LTE_distance", "nearest_NR_id",
        "nearest_NR_distance", "households_within_1km", "households_within_2km",
        "households_within_3km", "electricity_type"]


@pytest.fixture
def tables(tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    w = rollout_world()
    w.cluster("B", 205, 285, 30)
    ev = Evaluator(w.project(), grid=make_grid(ridge()), workers=1)
    cs = build_candidates(ev.baseline, ev, per_carrier=10, road_m=None, workers=1)
    plan = solve(cs.candidates, cs.households, cs.served, PlanRequest(4.0e9, years=2))
    assert plan.chosen
    return PlanTables(plan, cs, CostModel(), lang="en")


def test_the_xlsx_opens_with_costs_as_numbers(tables, tmp_path):
    path = write_plan(tmp_path / "plan.xlsx", tables)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "Items", "Per carrier", "Per district", "Villages"]
    items = wb["Items"]
    head = [c.value for c in items[1]]
    col = head.index("capex_vnd")
    values = [row[col] for row in items.iter_rows(min_row=2)]
    assert len(values) == len(tables.plan.chosen)
    assert all(isinstance(c.value, (int, float)) and c.number_format == VND_FORMAT
               for c in values)
    assert sum(c.value for c in values) == pytest.approx(tables.plan.capex_vnd)
    summary = {r[0].value: r[1].value for r in wb["Summary"].iter_rows(min_row=3, max_col=2)
               if r[0].value}
    assert summary["Budget (VND)"] == pytest.approx(4.0e9)
    assert summary["Cost counted against the budget (VND)"] <= 4.0e9
    assert any(str(k).startswith("Villages with grid power") for k in
               [r[0].value for r in wb["Summary"].iter_rows()])
    villages = wb["Villages"]
    vhead = [c.value for c in villages[1]]
    assert set(GIGA) <= set(vhead) and villages.max_row == 1 + 5
    assert isinstance(villages.cell(2, vhead.index("capex_vnd") + 1).value, (int, float))


def test_the_per_village_answer_adds_up_to_the_plan(tables):
    a = tables.answers
    plan = tables.plan
    served_by_items = tables.items["villages_fixed"].sum() + tables.items[
        "villages_broadband"].sum() + tables.items["villages_signal"].sum()
    assert served_by_items > 0
    # every chosen item serves someone here, so the village shares sum to the plan's capex
    assert a["capex_vnd"].sum() == pytest.approx(plan.capex_vnd, abs=len(a))
    for cat in ("fixed", "broadband", "signal"):
        assert set(np.flatnonzero(a[f"gained_{cat}"])) == set(plan.gained.get(cat, []))
    assert set(a["technology"]) <= {"fiber", "cellular", "Wi-Fi", "satellite", "none"}
    assert (a.loc[a["lacking"] == "", "feasible"]).all()
    bad = a[~a["feasible"]]
    assert set(bad["reason"]) <= {"no_power", "out_of_budget", "out_of_reach"}
    assert (a.loc[a["lacking"] != "", "technology"] != "none").any()
    assert (a["electricity_type"] == "unknown").all()
    # A is 20 px (500 m) from the 4G site S; B's cluster counts in its 1 km
    row = a.set_index("village_id")
    assert row.loc["A", "nearest_LTE_id"] == "S"
    assert row.loc["A", "nearest_LTE_distance"] == pytest.approx(0.5, abs=0.01)
    assert row.loc["B", "households_within_1km"] >= 30
    assert (row["households_within_1km"] <= row["households_within_2km"]).all()


def test_per_district_and_per_carrier_sum_to_the_plan(tables):
    assert tables.per_district["capex_vnd"].sum() == pytest.approx(tables.plan.capex_vnd)
    assert tables.per_carrier["capex_vnd"].sum() == pytest.approx(tables.plan.capex_vnd)
    assert tables.per_carrier["items"].sum() == len(tables.plan.chosen)
    assert tables.per_district["villages_fixed"].sum() == len(tables.plan.gained["fixed"])


def test_the_geopackage_holds_items_villages_and_summaries(tables, tmp_path):
    path = write_plan(tmp_path / "plan.gpkg", tables)
    layers = dict(pyogrio.list_layers(path))
    assert layers["plan_sites"] == "Point" and layers["plan_fiber"] == "LineString"
    assert layers["plan_villages"] == "Point"
    for name in ("plan_per_carrier", "plan_per_district", "plan_targets"):
        assert name in layers
    fiber = pyogrio.read_dataframe(path, layer="plan_fiber")
    sites = pyogrio.read_dataframe(path, layer="plan_sites")
    kinds = [i.split("-")[0] for i in tables.plan.ids]
    assert len(fiber) == kinds.count("F") and len(fiber) + len(sites) == len(kinds)
    villages = pyogrio.read_dataframe(path, layer="plan_villages")
    assert len(villages) == 5 and set(GIGA) <= set(villages.columns)
    assert villages["capex_vnd"].dtype.kind == "f"


def test_targets_are_editable_and_compare_before_and_after():
    before = pd.DataFrame({"mobile_broadband": [True, False, False, True],
                           "has_5g": [True, False, False, False],
                           "share_5G": [0.95, 0.0, 0.5, 0.91]})
    answers = pd.DataFrame({"served_broadband_after": [True, True, False, True]})
    t = targets_table(before, answers, TARGETS)
    assert list(t["before"]) == [0.5, 0.25, 0.5]
    assert list(t["after_plan"]) == [0.75, 0.25, 0.5]
    assert list(t["met"]) == [False, False, False]
    mine = [Target("mine", 2026, 0.75, Text("mine", "của tôi"), "broadband_powered")]
    t = targets_table(before, answers, mine)
    assert bool(t["met"].iloc[0]) and t["shortfall_villages"].iloc[0] == 0
    with pytest.raises(ValueError):
        targets_table(before, answers, [Target("x", 2025, 1, Text("x", "x"), "unknown")])


def test_an_unknown_format_is_refused_bilingually(tables, tmp_path):
    with pytest.raises(DataError) as err:
        write_plan(tmp_path / "plan.pdf", tables)
    assert ".xlsx" in err.value.fix.en and ".xlsx" in err.value.fix.vi
    assert not (tmp_path / "plan.pdf").exists()


def test_the_planner_edits_the_targets_in_the_profile():
    """The province's targets come from the profile where the planner changed them; a wrong key
    or a share outside 0-1 is refused with the fix."""
    from coverage_planner.core.common.errors import DataError
    from coverage_planner.core.exports.plan_tables import TARGETS, targets_for
    from coverage_planner.core.project.profile import CoverageProfile

    assert targets_for(CoverageProfile()) == TARGETS
    edited = targets_for(CoverageProfile(targets={"5g_2025": {"value": 0.5, "year": 2026}}))
    five = {t.key: t for t in edited}["5g_2025"]
    assert (five.value, five.year) == (0.5, 2026)
    assert [t.key for t in edited] == [t.key for t in TARGETS]
    for bad in ({"6g": {"value": 0.1}}, {"5g_2025": {"value": 40}}, {"5g_2025": {"share": 1}}):
        with pytest.raises(DataError) as err:
            targets_for(CoverageProfile(targets=bad))
        assert err.value.column == "targets"
