"""What-if edits in the window, on the ridge world (a data folder written in code, see
``write_ridge_folder``): A west of the ridge has signal and fiber; B behind the ridge has
neither; C far south-west has neither and no site reaches it.

A click on the map in "Add BTS" mode places a mast east of the ridge: B gains signal, the map,
the table, the dashboard and the delta panel follow; undo and redo (menu, keyboard, the
language of their texts); drag, edit and remove a site; fiber by clicks; the bridge refuses bad
arguments; rapid edits are coalesced.
"""

from __future__ import annotations

import math

import pytest
from gui_helpers import (
    RIDGE_BASE_KEYS,
    RIDGE_EAST,
    RIDGE_SITE,
    add_east_mast,
    click_map,
    ridge_lonlat,
    village_keys,
    wait_signal,
    wait_until,
    wait_whatif,
)

pytestmark = pytest.mark.usefixtures("fresh_scenario")


def test_a_click_in_add_bts_mode_serves_the_village_behind_the_ridge(win, page):
    assert village_keys(page) == RIDGE_BASE_KEYS
    assert page("String(cpMode)") == "null" and win.planner.undo_action.isEnabled() is False
    add_east_mast(win, page)
    d = win.whatif.delta
    assert d["villages_gained_signal"] == 1 and d["gained_signal"][0]["village_id"] == "B"
    assert d["villages_lost_signal"] == 0 and d["households_gained"] == 80
    assert d["gaps_served"]["no_signal"] == 1 and d["gaps_remaining"]["no_signal"] == 1
    # the map recoloured: B now has signal, C still none
    assert village_keys(page) == {**RIDGE_BASE_KEYS, "B": "nofiber-ok"}
    assert win.map_counts["no_signal"] == 1
    # the delta panel lists B under the villages gaining signal
    listed = win.delta_dock.listed()
    assert listed["Gain mobile signal (1)"] == ["B"]
    assert "+80" in win.delta_dock.households.text()
    assert win.delta_dock.counts.item(0, 1).text() == "+1"
    # the table and the dashboard follow
    assert "no signal: 1" in win.table_dock.counts_label.text()
    assert win.dashboard.values()["no_signal"][0] == 1
    # the new mast is on the map, draggable, selected; the baseline data are unchanged
    markers = page("JSON.stringify(cpEditMarkers())")
    assert len(markers) == 1 and markers[0]["state"] == "new" and markers[0]["draggable"]
    site_id = markers[0]["id"]
    assert site_id.startswith("NEW-VIE-") and win.whatif.selected_site == site_id
    assert len(win.model.project.cells) == 1 and len(win.whatif.baseline.cells) == 1
    # Edit → Undo says what it undoes
    assert win.planner.undo_action.text() == f"&Undo Add Viettel 4G site {site_id}"
    assert win.planner.undo_action.isEnabled() and not win.planner.redo_action.isEnabled()
    assert win.planner.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Shift+Z" in [k.toString() for k in win.planner.redo_action.shortcuts()]


def test_undo_restores_the_baseline_and_redo_reapplies(win, page):
    add_east_mast(win, page)
    edited_summary = dict(win.model.result.summary)
    wait_whatif(win, win.planner.undo_action.trigger)
    assert win.model.result is win.whatif.baseline_result
    assert village_keys(page) == RIDGE_BASE_KEYS
    assert win.map_counts["no_signal"] == 2
    assert win.whatif.delta is None and win.delta_dock.listed() == {}
    assert page("JSON.stringify(cpEditMarkers())") == []
    assert win.planner.redo_action.text().startswith("&Redo Add Viettel 4G site NEW-VIE-")
    assert not win.planner.undo_action.isEnabled()
    wait_whatif(win, win.planner.redo_action.trigger)
    assert village_keys(page) == {**RIDGE_BASE_KEYS, "B": "nofiber-ok"}
    assert win.model.result.summary == edited_summary
    assert win.whatif.evaluator.computed_masts >= 1


def test_dragging_a_new_site_moves_it(win, page):
    add_east_mast(win, page)
    site_id = win.whatif.selected_site
    win.planner.set_mode(None)
    # dragged back west of the ridge, next to the old mast: B loses the signal again
    lon, lat = ridge_lonlat(RIDGE_SITE[0], RIDGE_SITE[1] - 10)
    wait_whatif(win, lambda: page(f"cpDragSite({site_id!r}, {lat}, {lon})"))
    assert win.planner.undo_action.text() == f"&Undo Move site {site_id}"
    assert village_keys(page) == RIDGE_BASE_KEYS
    marker = page("JSON.stringify(cpEditMarkers())")[0]
    assert marker["state"] == "new"
    assert math.isclose(marker["lng"], lon, abs_tol=2e-6) and math.isclose(marker["lat"], lat,
                                                                           abs_tol=2e-6)
    # through the bridge too (what a mouse drag calls), then undone
    lon2, lat2 = ridge_lonlat(*RIDGE_EAST)
    wait_whatif(win, lambda: win.map.bridge.siteDragged(site_id, lat2, lon2))
    assert village_keys(page)["B"] == "nofiber-ok"
    wait_whatif(win, win.planner.undo_action.trigger)
    assert village_keys(page)["B"] == "nofiber-no_signal"


def test_select_edit_and_remove_an_existing_site(win, page):
    wait_signal(win.whatif.siteSelected, lambda: win.map.bridge.siteClicked("S"))
    dock = win.whatif_dock
    assert win.whatif.selected_site == "S" and dock.site_title.text().startswith("S · Viettel")
    marker = page("JSON.stringify(cpEditMarkers())")[0]
    assert marker["id"] == "S" and marker["state"] == "base" and marker["draggable"]
    dock.height_spin.setValue(45.0)
    dock.eirp_spin.setValue(43.0)
    wait_whatif(win, dock.apply_button.click)
    cells = win.whatif.cells()
    assert cells["height_m"].iloc[0] == 45.0 and cells["eirp_dbm"].iloc[0] == 43.0
    assert win.planner.undo_action.text().startswith("&Undo Edit site S (")
    assert page("JSON.stringify(cpEditMarkers())")[0]["state"] == "edited"
    # removed: A loses its signal
    wait_whatif(win, win.planner.delete_site_action.trigger)
    assert win.planner.undo_action.text() == "&Undo Remove site S"
    assert win.whatif.delta["lost_signal"][0]["village_id"] == "A"
    assert win.delta_dock.listed()["Lose mobile signal (1)"] == ["A"]
    assert page("JSON.stringify(cpEditMarkers())")[0]["state"] == "removed"
    assert len(win.model.project.cells) == 1  # the baseline is never changed
    wait_whatif(win, lambda: win.whatif.go_to(0))  # the history list's first row
    assert village_keys(page) == RIDGE_BASE_KEYS


def test_fiber_access_point_and_cable_by_clicks(win, page):
    b_lon, b_lat = ridge_lonlat(200, 262)
    win.planner.add_ap_action.trigger()
    wait_whatif(win, lambda: click_map(page, b_lon, b_lat))
    assert win.whatif.delta["gained_fiber"][0]["village_id"] == "B"
    assert win.planner.undo_action.text() == "&Undo Add fiber access point AP-NEW-001"
    assert village_keys(page)["B"] == "fiber-no_signal"
    # a cable: two clicks, a double-click on the last point
    win.planner.add_cable_action.trigger()
    assert win.map.mode == "add_cable" and not win.planner.add_ap_action.isChecked()
    points = [ridge_lonlat(389, 40), ridge_lonlat(389, 55)]
    for lon, lat in points:
        click_map(page, lon, lat)
    assert page("cpDraftPoints()") == 2
    lon, lat = points[-1]
    wait_whatif(win, lambda: page(
        f"cpMap.fire('click', {{latlng: L.latLng({lat}, {lon})}});"
        f"cpMap.fire('dblclick', {{latlng: L.latLng({lat}, {lon})}}); 1"))
    assert page("cpDraftPoints()") == 0
    assert win.planner.undo_action.text() == "&Undo Add fiber cable FO-NEW-001"
    assert {v["village_id"] for v in win.whatif.delta["gained_fiber"]} == {"B", "C"}
    cable = win.whatif.active.stack.state.fiber_cables.loc["new:FO-NEW-001"]
    assert len(cable.geometry.coords) == 2
    assert page("JSON.stringify(cpOverlayCounts())")["edits"]["features"] == 2
    win.planner.stop_action.trigger()
    assert win.map.mode is None and page("String(cpMode)") == "null"


def test_a_real_mouse_click_over_a_village_places_a_site(win, page):
    """In "Add BTS" mode the villages let the click through to the map: no popup, no village
    selected, a site where the mouse was."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    win.planner.set_mode("add_site")  # opens the what-if panel: the map gets narrower
    wait_until(lambda: page("cpMap.getSize().x") == win.map.width())
    lon, lat = ridge_lonlat(200, 262)  # inside village B's polygon
    page(f"cpMap.setView([{lat}, {lon}], 13, {{animate: false}}); 1")
    x, y = page(f"JSON.stringify((function () {{ var p = cpMap.latLngToContainerPoint("
                f"[{lat}, {lon}]); return [p.x, p.y]; }})())")
    selected = []
    win.model.villageSelected.connect(lambda vid, origin: selected.append(vid))
    wait_whatif(win, lambda: QTest.mouseClick(win.map.focusProxy(), Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier,
                                              QPoint(round(x), round(y))))
    wait_until(lambda: len(win.whatif.active.edits) == 1)
    spec = win.whatif.active.edits[-1].spec
    assert math.isclose(spec.lon, lon, abs_tol=5e-4) and math.isclose(spec.lat, lat, abs_tol=5e-4)
    assert selected == [] and page("document.querySelectorAll('.leaflet-popup').length") == 0


def test_the_bridge_refuses_bad_arguments(win, page):
    bridge = win.map.bridge
    rejected = []
    bridge.rejected.connect(rejected.append)
    win.planner.set_mode("add_site")
    before = len(win.whatif.active.stack.commands)
    try:
        bridge.addSiteAt(float("nan"), 104.0)
        bridge.addSiteAt(22.4, float("inf"))
        bridge.addSiteAt(95.0, 104.0)
        bridge.addSiteAt(22.4, 200.0)
        bridge.addSiteAt("22.4", "104.1")
        bridge.addSiteAt(True, 104.0)
        bridge.addSiteAt(None, None)
        bridge.siteDragged("<script>", 22.4, 104.0)
        bridge.siteDragged("S", "north", 104.0)
        bridge.cableFinished("[[22.4, 104.0]]")
        bridge.cableFinished("not json")
        bridge.cableFinished('[[22.4, "104"], [22.5, 104.1]]')
        bridge.suggestionClicked(1.5)
        bridge.siteClicked(12)
        assert len(rejected) == 14
        # the same from the page: strings, NaN (null after the channel), out of range
        page("cpBridge.addSiteAt('22.4', 104.1); cpBridge.addSiteAt(NaN, 104.1);"
             " cpBridge.addSiteAt(22.4, 1e9); cpBridge.siteDragged('S', {}, []); 1")
        wait_until(lambda: len(rejected) == 18)
        # a point outside the data's area is refused by the model, with a message
        bridge.addSiteAt(10.0, 100.0)
        wait_until(lambda: "outside the data" in win.statusBar().currentMessage())
    finally:
        bridge.rejected.disconnect(rejected.append)
        win.planner.set_mode(None)
    assert len(win.whatif.active.stack.commands) == before
    # outside its mode a click places nothing
    lon, lat = ridge_lonlat(*RIDGE_EAST)
    bridge.addSiteAt(lat, lon)
    bridge.addAccessPointAt(lat, lon)
    assert len(win.whatif.active.stack.commands) == before


def test_undo_text_follows_the_language(win, page):
    add_east_mast(win, page)
    site_id = win.whatif.selected_site
    wait_signal(win.mapReady, lambda: win.set_language("vi"))
    try:
        assert win.planner.undo_action.text() == f"&Hoàn tác: Thêm trạm 4G Viettel {site_id}"
        assert win.edit_menu.title() == "&Sửa"
        assert win.delta_dock.windowTitle() == "Kết quả giả định"
    finally:
        wait_signal(win.mapReady, lambda: win.set_language("en"))
    assert win.planner.undo_action.text() == f"&Undo Add Viettel 4G site {site_id}"


def test_keyboard_undo_redo_with_the_map_focused(win, page):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    add_east_mast(win, page)
    win.planner.set_mode(None)
    win.activateWindow()  # shortcuts go to the active window
    wait_until(win.isActiveWindow)
    target = win.map.focusProxy()
    target.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    wait_whatif(win, lambda: QTest.keyClick(target, Qt.Key.Key_Z, ctrl))
    assert not win.whatif.active.edits and village_keys(page) == RIDGE_BASE_KEYS
    wait_whatif(win, lambda: QTest.keyClick(target, Qt.Key.Key_Z,
                                            ctrl | Qt.KeyboardModifier.ShiftModifier))
    assert len(win.whatif.active.edits) == 1 and village_keys(page)["B"] == "nofiber-ok"


def test_rapid_edits_are_coalesced(win, page, monkeypatch):
    from coverage_planner.core.planning.templates import SiteSpec

    evaluated = []
    original = win.whatif.evaluation.answer

    def counting(scenario, preview=None):  # the evaluations asked for, in this process or not
        evaluated.append(len(scenario.project().cells))
        return original(scenario, preview)

    monkeypatch.setattr(win.whatif.evaluation, "answer", counting)
    applied = []
    win.whatif.resultReady.connect(lambda: applied.append(len(win.whatif.active.edits)))
    for i in range(5):  # five edits before any result comes back
        lon, lat = ridge_lonlat(60 + 20 * i, 300)
        win.whatif.add_site(SiteSpec("VNPT", lon, lat, 30.0, ("3G",), None))
    wait_whatif(win)
    assert evaluated[0] == 1 + 1 and evaluated[-1] == 1 + 5  # omni: one cell per site
    assert len(evaluated) <= 2  # the first edit's state, then only the newest
    assert applied[-1] == 5 and all(n == 5 for n in applied)  # no stale result shown
    assert len(win.model.result.villages) == 3
