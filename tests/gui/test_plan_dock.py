"""Planning → Rollout plan…: the Plan dock on the ridge world (a 4G mast west of a ridge, village
B behind it, C far away, an access point and a road at A). The dock computes a plan off the GUI
thread, shows its items, totals and the cost curve, the map receives the items, the plan becomes
a what-if scenario whose evaluation gains what the plan claims, it exports, the cost editor
saves into the profile, and clearing removes it from the map and the report."""

from __future__ import annotations

import numpy as np
import pytest
from gui_helpers import wait_whatif
from openpyxl import load_workbook

from coverage_planner.core.planning.costs import CostModel
from coverage_planner.core.planning.rollout import CATEGORIES
from coverage_planner.core.planning.rollout_scenario import FLAGS, IN_SCENARIO, claimed
from coverage_planner.gui.controllers.rollout import RolloutController

BUDGET = 6.0e9
TIMEOUT_MS = 120_000


@pytest.fixture(scope="module")
def win(ridge_win):
    return ridge_win


@pytest.fixture(scope="module")
def controller(win):
    return RolloutController(win)


@pytest.fixture(scope="module")
def planned(win, controller, qapp):
    """The dock shown, a plan computed (and its cost curve) for BUDGET over 2 years."""
    from pytestqt.qtbot import QtBot

    qtbot = QtBot(qapp)
    controller.show_dock()
    controller.dock.set_values(budget_vnd=BUDGET, years=2, operator=None)
    assert controller.compute()
    qtbot.waitUntil(lambda: controller.outcome is not None and bool(controller.outcome.curve),
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not controller.runner.running, timeout=TIMEOUT_MS)
    return controller.outcome


def _page_counts(page) -> dict:
    return page("JSON.stringify(cpOverlayCounts())")


def test_the_dock_and_its_action(win, controller):
    assert controller.plan_action in win.plan_menu.actions()
    assert controller.plan_action.text() == "&Rollout plan…"
    assert controller.dock.isHidden()  # until asked
    controller.show_dock()
    assert controller.dock.isVisible()
    assert controller.dock in win.tabifiedDockWidgets(win.dashboard)
    assert win.dockWidgetArea(controller.dock) == win.dockWidgetArea(win.dashboard)


def test_compute_shows_the_plan_its_items_and_totals(controller, planned):
    plan, dock = planned.plan, controller.dock
    assert planned.params.budget_vnd == BUDGET and planned.params.years == 2
    assert plan.chosen and plan.cost_vnd <= BUDGET + 1e-6
    assert any(plan.villages_gained(c) for c in CATEGORIES)
    assert dock.table.item_ids() == [cid for cid, _ in plan.chosen]
    total = dock.table.rowCount() - 1
    assert dock.table.item(total, 0).text() == "Total (villages counted once)"
    capex = float(dock.table.item(total, 5).text().replace(",", ""))
    assert capex == pytest.approx(plan.capex_vnd / 1e6, abs=1.0)
    signal = dock.table.item(total, 9).text().split(" / ")
    assert int(signal[0]) == plan.villages_gained("signal")
    text = dock.summary.text()
    assert "optimality gap" in text and ("MILP" in text or "greedy" in text)
    assert f"+{plan.villages_gained('fixed')}" in text
    assert dock.apply_button.isEnabled() and dock.export_button.isEnabled()


def test_the_cost_curve_is_drawn_with_more_villages_for_more_money(controller, planned):
    curve = planned.curve
    assert 10 <= len(curve) <= 20
    served = [p.villages_gained() for p in curve]
    assert served == sorted(served)
    assert [p.budget_vnd for p in curve][5] == pytest.approx(BUDGET)
    pixmap = controller.dock.curve_pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.width() > 400
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
               for y in range(0, image.height(), 5)}
    assert len(colours) > 20  # a drawn figure, not a blank


def test_the_map_receives_the_items(win, controller, planned, page):
    payload = controller.payload
    by_id = planned.cset.by_id()
    drawable = [cid for cid, _ in planned.plan.chosen if by_id[cid].geometry is not None]
    ids = {s["id"] for s in payload["sites"]} | {ln["id"] for ln in payload["lines"]}
    assert ids == set(drawable)
    counts = _page_counts(page)
    assert counts["rolloutPlan"]["features"] == len(payload["sites"]) + len(payload["lines"])
    assert counts["rolloutPlan"]["visible"]


def test_apply_as_scenario_gains_what_the_plan_claims(win, controller, planned):
    plan, cset = planned.plan, planned.cset
    network = [cid for cid, _ in plan.chosen if cset.by_id()[cid].kind in IN_SCENARIO]
    assert network
    name = controller.apply_as_scenario()
    assert name and win.whatif.active.name == name
    assert len(win.whatif.active.edits) == len(network)
    wait_whatif(win, timeout_ms=TIMEOUT_MS)
    base = win.whatif.baseline_result.villages
    now = win.whatif.result.villages
    served = {c: base[FLAGS[c]].to_numpy(bool) for c in CATEGORIES}
    claims = claimed(plan, cset.candidates, served)
    for c in CATEGORIES:
        gained = np.flatnonzero(now[FLAGS[c]].to_numpy(bool) & ~served[c])
        assert gained.tolist() == claims[c].tolist(), c
    win.whatif.undo()  # one item back
    wait_whatif(win, timeout_ms=TIMEOUT_MS)
    assert win.whatif.active.stack.index == len(network) - 1


def test_export_writes_the_workbook(controller, planned, tmp_path, qtbot):
    out = tmp_path / "plan.xlsx"
    with qtbot.waitSignal(controller.exported, timeout=TIMEOUT_MS):
        assert controller.export(out)
    wb = load_workbook(out)
    items = wb[wb.sheetnames[1]]
    assert items.max_row == len(planned.plan.chosen) + 1


def test_the_cost_editor_saves_into_the_profile_and_resets(win, controller):
    editor = controller.dock.costs_editor
    editor.editors["mast_30m_vnd"].setValue(2_500_000_000)
    editor.editors["second_currency"].setText("EUR")
    assert controller.save_costs()
    costs = win.model.project.profile.costs
    assert costs == {"mast_30m_vnd": 2_500_000_000.0, "second_currency": "EUR"}
    assert CostModel.from_profile(win.model.project.profile).mast_30m_vnd == 2.5e9
    assert "EUR" in controller.dock.second_label.text()
    editor.reset_defaults()
    assert editor.costs() == CostModel()
    assert controller.save_costs() and win.model.project.profile.costs == {}


def test_cancel_drops_the_run_and_keeps_the_plan_shown(controller, planned, qtbot):
    shown = controller.outcome
    with qtbot.waitSignal(controller.runner.cancelled, timeout=TIMEOUT_MS):
        assert controller.compute()
        assert controller.dock.cancel_button.isVisible()
        controller.cancel()
    assert controller.outcome is shown
    assert not controller.dock.cancel_button.isVisible()
    assert controller.dock.compute_button.isEnabled()


def test_clear_removes_the_plan_from_the_map_and_the_report(controller, planned, page):
    assert controller.report_data() is not None
    controller.clear()
    assert controller.outcome is None and controller.report_data() is None
    assert controller.dock.table.rowCount() == 0
    assert "rolloutPlan" not in _page_counts(page)
    assert not controller.dock.apply_button.isEnabled()
