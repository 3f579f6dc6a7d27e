"""What-if plans in the window, on the ridge world (see ``write_ridge_folder`` and
test_whatif_edits): save and reopen a project with its scenarios, suggested sites, fiber
extensions, comparing scenarios, the delta panel's villages, and the site form's defaults.
"""

from __future__ import annotations

import math

import geopandas as gpd
import pytest
from gui_helpers import (
    RIDGE_EAST,
    add_east_mast,
    click_map,
    ridge_lonlat,
    village_keys,
    wait_signal,
    wait_until,
    wait_whatif,
)

pytestmark = pytest.mark.usefixtures("fresh_scenario")


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


def test_a_mast_placed_with_its_own_radio_model(win, page):
    """The + BTS form's radio model (default: the profile's) goes with the mast: its edit
    carries it, the answer is computed with it and the notes say which cells use it."""
    form = win.whatif_dock.form
    assert form.model_box.model() == "" and "profile" in form.model_box.currentText()
    assert form.model_box.findData("itm") > 0 and "Longley" in form.model_box.itemText(
        form.model_box.findData("itm"))
    form.set_values(carrier="Viettel", technologies=["4G"], azimuths=None, height=30,
                    model="itm")
    assert form.spec(104.0, 22.5).overrides == {"propagation_model": "itm"}
    win.planner.add_site_action.trigger()
    lon, lat = ridge_lonlat(*RIDGE_EAST)
    try:
        wait_whatif(win, lambda: click_map(page, lon, lat))
        assert win.whatif.active.edits[-1].spec.overrides == {"propagation_model": "itm"}
        notes = [n.en for n in win.model.result.notes]
        assert any(n.startswith("4G (1 cells): Longley") for n in notes), notes
    finally:
        win.planner.set_mode(None)
        form.set_values(model="")
        form.remember()
