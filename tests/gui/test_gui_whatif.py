"""What-if planning in the window, on the ridge world (a data folder written in code, see
``write_ridge_folder``): A west of the ridge has signal and fiber; B behind the ridge has
neither; C far south-west has neither and no site reaches it.

A click on the map in "Add BTS" mode places a mast east of the ridge: B gains signal, the map,
the table, the dashboard and the delta panel follow; undo and redo; drag, edit and remove a
site; fiber by clicks; the bridge refuses bad arguments; save and reopen a project; suggested
sites and fiber extensions; compare.
"""

from __future__ import annotations

import math

import geopandas as gpd
import pytest
from gui_helpers import (
    RIDGE_EAST,
    RIDGE_SITE,
    close_window,
    module_settings,
    open_folder_window,
    ridge_lonlat,
    run_js,
    wait_signal,
    wait_until,
    wait_whatif,
    write_ridge_folder,
)

BASE_KEYS = {"A": "fiber-ok", "B": "nofiber-no_signal", "C": "nofiber-no_signal"}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return write_ridge_folder(tmp_path_factory.mktemp("ridge") / "data")


@pytest.fixture(scope="module")
def win(qapp, folder, tmp_path_factory):
    settings = module_settings(tmp_path_factory, "whatif")
    window = open_folder_window(qapp, folder, "en")
    yield window
    close_window(window, qapp)
    settings.undo()


@pytest.fixture
def page(win):
    return lambda script, timeout_ms=10_000: run_js(win, script, timeout_ms)


@pytest.fixture(autouse=True)
def fresh_scenario(win):
    """Each test starts on a new empty scenario, in select mode."""
    win.planner.set_mode(None)
    win.whatif.new_scenario()
    wait_whatif(win)
    yield
    win.planner.set_mode(None)


def village_keys(page) -> dict:
    return page("JSON.stringify((function () { var out = {};"
                " cpLayers.villages.eachLayer(function (l) {"
                "   out[l.feature.properties.id] = l.feature.properties.k; }); return out; })())")


def click(page, lon: float, lat: float) -> None:
    page(f"cpMap.fire('click', {{latlng: L.latLng({lat}, {lon})}}); 1")


def add_east_mast(win, page) -> None:
    win.whatif_dock.form.set_values(carrier="Viettel", technologies=["4G"], azimuths=None,
                                    height=30)
    win.planner.add_site_action.trigger()
    assert win.map.mode == "add_site"
    lon, lat = ridge_lonlat(*RIDGE_EAST)
    wait_whatif(win, lambda: click(page, lon, lat))


def test_a_click_in_add_bts_mode_serves_the_village_behind_the_ridge(win, page):
    assert village_keys(page) == BASE_KEYS
    assert page("String(cpMode)") == "null" and win.planner.undo_action.isEnabled() is False
    add_east_mast(win, page)
    d = win.whatif.delta
    assert d["villages_gained_signal"] == 1 and d["gained_signal"][0]["village_id"] == "B"
    assert d["villages_lost_signal"] == 0 and d["households_gained"] == 80
    assert d["gaps_served"]["no_signal"] == 1 and d["gaps_remaining"]["no_signal"] == 1
    # the map recoloured: B now has signal, C still none
    assert village_keys(page) == {**BASE_KEYS, "B": "nofiber-ok"}
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
    assert village_keys(page) == BASE_KEYS
    assert win.map_counts["no_signal"] == 2
    assert win.whatif.delta is None and win.delta_dock.listed() == {}
    assert page("JSON.stringify(cpEditMarkers())") == []
    assert win.planner.redo_action.text().startswith("&Redo Add Viettel 4G site NEW-VIE-")
    assert not win.planner.undo_action.isEnabled()
    wait_whatif(win, win.planner.redo_action.trigger)
    assert village_keys(page) == {**BASE_KEYS, "B": "nofiber-ok"}
    assert win.model.result.summary == edited_summary
    assert win.whatif.evaluator.computed_masts >= 1


def test_dragging_a_new_site_moves_it(win, page):
    add_east_mast(win, page)
    site_id = win.whatif.selected_site
    win.planner.set_mode(None)
    # dragged back west of the ridge, next to the old mast: B loses the signal again
    lon, lat = ridge_lonlat(RIDGE_SITE[0] + 10, RIDGE_SITE[1])
    wait_whatif(win, lambda: page(f"cpDragSite({site_id!r}, {lat}, {lon})"))
    assert win.planner.undo_action.text() == f"&Undo Move site {site_id}"
    assert village_keys(page) == BASE_KEYS
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
    assert village_keys(page) == BASE_KEYS


def test_fiber_access_point_and_cable_by_clicks(win, page):
    b_lon, b_lat = ridge_lonlat(200, 262)
    win.planner.add_ap_action.trigger()
    wait_whatif(win, lambda: click(page, b_lon, b_lat))
    assert win.whatif.delta["gained_fiber"][0]["village_id"] == "B"
    assert win.planner.undo_action.text() == "&Undo Add fiber access point AP-NEW-001"
    assert village_keys(page)["B"] == "fiber-no_signal"
    # a cable: two clicks, a double-click on the last point
    win.planner.add_cable_action.trigger()
    assert win.map.mode == "add_cable" and not win.planner.add_ap_action.isChecked()
    points = [ridge_lonlat(389, 40), ridge_lonlat(389, 55)]
    for lon, lat in points:
        click(page, lon, lat)
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


def test_save_and_open_a_project_restores_every_scenario(win, page, tmp_path):
    add_east_mast(win, page)
    win.whatif.rename_scenario("Mast east")
    first = win.whatif.active
    result_east = win.model.result.villages.copy()
    win.whatif.new_scenario("Fiber to B")
    wait_whatif(win, lambda: win.whatif.add_access_point(*ridge_lonlat(200, 262)))
    assert win.windowTitle().endswith("*")
    path = tmp_path / "plans" / "plan.gpkg"
    assert win.save_project(path)
    assert not win.windowTitle().endswith("*") and "plan.gpkg" in win.windowTitle()
    saved = win.whatif.dump()
    wait_signal(win.projectOpened, lambda: win.open_project(path), timeout_ms=60_000)
    wait_until(lambda: win.whatif.evaluator is not None and not win.whatif.busy
               and win.map_page.map_result is win.model.result, timeout_ms=60_000)
    assert win.whatif.dump() == saved
    assert win.whatif.names()[-2:] == ["Mast east", "Fiber to B"]
    assert win.whatif.active.name == "Fiber to B" and win.project_path == path
    assert not win.whatif.is_modified()
    assert [c.to_dict() for c in win.whatif.scenario("Mast east").edits] == \
        [c.to_dict() for c in first.edits]
    assert village_keys(page)["B"] == "fiber-no_signal"
    win.whatif_dock.scenario_box.setCurrentIndex(win.whatif_dock.scenario_box.findData("Mast east"))
    wait_whatif(win)
    assert win.model.result.villages.equals(result_east)


def test_suggested_sites_and_accepting_one(win, page):
    dialog = win.planner.show_suggest()
    dialog.set_values(k=1, carrier="Viettel", technology="4G", spacing=500, search=2000, road=0)
    (suggestion,) = wait_signal(dialog.finished_run, dialog.run, timeout_ms=60_000)
    assert suggestion is not None and len(suggestion.sites) == 1
    first = suggestion.sites.iloc[0]
    assert "B" in first["village_ids"] and suggestion.upper_bound >= suggestion.households_total
    assert "cover 80 households" in dialog.summary.text()
    assert "no 1 sites can cover more than" in dialog.summary.text()
    wait_until(lambda: page("JSON.stringify(cpOverlayCounts())").get("suggestions", {})
               .get("features") == 1)
    # a click on the numbered marker selects its row; Accept makes it an edit
    page("(function () { var hit = null; cpMap.eachLayer(function (l) {"
         " if (l.cpRank === 1) hit = l; }); hit.fire('click'); return 1; })()")
    wait_until(lambda: dialog.selected_rank() == 1)
    wait_whatif(win, dialog.accept_button.click)
    command = win.whatif.active.edits[-1]
    assert command.kind == "add_site" and command.spec.technologies == ("4G",)
    assert math.isclose(command.spec.lon, float(first["lon"]))
    assert dialog.accepted == {1: command.spec.site_id}
    assert win.whatif.delta["villages_gained_signal"] >= 1
    assert page("document.querySelectorAll('.cp-suggestion-ok').length") == 1
    dialog.close()
    wait_until(lambda: "suggestions" not in page("JSON.stringify(cpOverlayCounts())"))


def test_fiber_plan_lines_on_the_map_and_export(win, page, tmp_path):
    dialog = win.planner.show_fiber_plan()
    wait_until(lambda: dialog.lines is not None, timeout_ms=60_000)
    assert set(dialog.table["village_id"]) == {"B", "C"}
    assert dialog.total_m > 0 and "of new cable in total" in dialog.summary.text()
    wait_until(lambda: page("JSON.stringify(cpOverlayCounts())").get("fiberPlan", {})
               .get("features", 0) >= 1)
    popup = page("(function () { var out = []; cpMap.eachLayer(function (l) {"
                 " if (l.cpId && l.getPopup) out.push(l.getPopup().getContent()); });"
                 " return out.join(' '); })()")
    assert "Thôn Sau Núi" in popup and "Length" in popup
    for name in ("lines.geojson", "lines.gpkg"):
        written = gpd.read_file(dialog.export(tmp_path / name))
        assert len(written) == len(dialog.lines) and "name" in written.columns
        assert written.crs.to_epsg() == 4326
    # the extension to B becomes an edit: B gains fiber
    wait_whatif(win, lambda: dialog.add_to_scenario({"B"}))
    assert "B" in {v["village_id"] for v in win.whatif.delta["gained_fiber"]}
    dialog.close()
    wait_until(lambda: "fiberPlan" not in page("JSON.stringify(cpOverlayCounts())"))


def test_compare_a_scenario_with_the_baseline_and_another(win, page):
    add_east_mast(win, page)
    win.whatif.rename_scenario("East")
    win.whatif.new_scenario("Empty")
    wait_whatif(win)
    dialog = win.planner.show_compare()
    dialog.choose("East")
    wait_signal(dialog.compared, dialog.run, timeout_ms=60_000)
    assert dialog.delta["villages_gained_signal"] == 1
    assert dialog.delta["by_district"] == {"Huyện Bát Xát": {"signal": 1, "broadband": 1,
                                                             "5g": 0, "fiber": 0}}
    assert dialog.districts.rowCount() == 1 and dialog.districts.item(0, 1).text() == "+1"
    assert dialog.differences() == {"B": "gained"}
    wait_until(lambda: page("JSON.stringify(cpOverlayCounts())").get("differences", {})
               .get("features") == 1)
    # the other way round: against "East", "Empty" loses B
    dialog.choose("Empty", "East")
    wait_signal(dialog.compared, dialog.run, timeout_ms=60_000)
    assert dialog.delta["villages_lost_signal"] == 1 and dialog.differences() == {"B": "lost"}
    dialog.close()
    wait_until(lambda: "differences" not in page("JSON.stringify(cpOverlayCounts())"))


def test_clicking_a_village_in_the_delta_panel_flies_the_map_there(win, page):
    add_east_mast(win, page)
    page("cpMap.setView([22.2, 103.9], 9, {animate: false}); 1")
    tree = win.delta_dock.tree
    item = tree.topLevelItem(0).child(0)
    (village_id, origin) = wait_signal(win.model.villageSelected,
                                       lambda: tree.itemClicked.emit(item, 0))
    assert (village_id, origin) == ("B", "delta")
    lon, lat = ridge_lonlat(200, 260)
    wait_until(lambda: math.dist(page("JSON.stringify([cpMap.getCenter().lng,"
                                      " cpMap.getCenter().lat])"), (lon, lat)) < 0.01,
               timeout_ms=8_000)


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
    assert not win.whatif.active.edits and village_keys(page) == BASE_KEYS
    wait_whatif(win, lambda: QTest.keyClick(target, Qt.Key.Key_Z,
                                            ctrl | Qt.KeyboardModifier.ShiftModifier))
    assert len(win.whatif.active.edits) == 1 and village_keys(page)["B"] == "nofiber-ok"


def test_rapid_edits_are_coalesced(win, page, monkeypatch):
    from coverage_planner.core.planning.templates import SiteSpec

    evaluated = []
    original = win.whatif.evaluator.evaluate

    def counting(project):
        evaluated.append(len(project.cells))
        return original(project)

    monkeypatch.setattr(win.whatif.evaluator, "evaluate", counting)
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


def test_the_form_remembers_its_defaults_per_carrier_and_technology(win):
    from coverage_planner.gui.planning.site_form import SiteForm

    form = win.whatif_dock.form
    form.set_values(carrier="MobiFone", technologies=["3G"], height=42, azimuths=(10, 130),
                    band=900, eirp=55.5)
    spec = form.spec(104.0, 22.5)
    assert spec.overrides == {"frequency_mhz": 900.0, "eirp_dbm": 55.5}
    assert spec.azimuths == (10.0, 130.0) and spec.height_m == 42.0
    form.remember()
    form.set_values(carrier="Viettel", technologies=["2G", "4G"])
    assert not form.band_box.isEnabled() and "template" in form.note.text()
    assert form.spec(104.0, 22.5).overrides == {}  # several technologies: their templates
    again = SiteForm()  # a new form (e.g. the next session) starts from what was remembered
    again.set_context(["Viettel", "VNPT", "MobiFone"], None)
    assert again.carrier() == "MobiFone" and again.technologies() == ["3G"]
    assert again.height_spin.value() == 42.0 and again.azimuth_edit.text() == "10/130"
    assert again.band_box.currentData() == 900.0 and again.eirp_spin.value() == 55.5
    again.set_values(azimuths=None)
    assert again.spec(104.0, 22.5).azimuths is None
    again.azimuth_edit.setText("0/400")
    again.sectors_radio.setChecked(True)
    with pytest.raises(ValueError):
        again.spec(104.0, 22.5)
    assert again.error.isVisibleTo(again)
    again.deleteLater()
