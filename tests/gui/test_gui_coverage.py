"""Coverage in the window, on a tiny analysable project: the analysis runs in the background,
villages are coloured by status, the table filters (diacritics ignored), table and map select
each other, the dashboard repeats the result's summary.

Expected statuses (see ``make_coverage_project``): V1 fiber, ok · V2 no fiber, weak pocket ·
V3 no fiber, ok · V4 no fiber, no 3G/4G · V5 no fiber, no signal · V6 fiber, no 3G/4G.
"""

from __future__ import annotations

import math

import pytest
from gui_helpers import wait_signal, wait_until

from coverage_planner.gui.tables.village_filter import VillageFilter
from coverage_planner.mapview.status import NOFIBER_FILL, hatch_id

EXPECTED = {"V1": "fiber-ok", "V2": "nofiber-weak", "V3": "nofiber-ok",
            "V4": "nofiber-no_broadband", "V5": "nofiber-no_signal", "V6": "fiber-no_broadband"}


@pytest.fixture(scope="module")
def win(coverage_win):
    return coverage_win


@pytest.fixture(autouse=True)
def no_filter(win):
    """Each test starts from the unfiltered table."""
    win.model.set_filter(VillageFilter())
    yield


def test_result_is_in_the_model(win):
    result = win.model.result
    assert result is not None
    s = result.summary
    assert (s["villages_total"], s["without_fixed_broadband"], s["no_signal"],
            s["weak_signal_pockets"]) == (6, 4, 1, 1)
    assert not win.analysis_bar.isVisible() and not win.cancel_button.isVisible()
    assert "Without fiber: 4" in win.coverage_label.text()


def test_villages_are_coloured_by_status(win, page):
    state = page("JSON.stringify((function () { var out = {};"
                 " cpLayers.villages.eachLayer(function (l) {"
                 "   out[l.feature.properties.id] = {k: l.feature.properties.k,"
                 "     fill: l.options.fillColor, color: l.options.color, weight: l.options.weight,"
                 "     dash: l.options.dashArray || null, svgFill: l._path.getAttribute('fill')};"
                 " }); return out; })())")
    assert {vid: v["k"] for vid, v in state.items()} == EXPECTED
    # the "no fiber" style: as many villages as the result counts
    no_fiber = [vid for vid, v in state.items()
                if v["svgFill"] in (NOFIBER_FILL, f"url(#{hatch_id('nofiber')})")]
    assert len(no_fiber) == win.model.result.summary["without_fixed_broadband"]
    # no signal: hatched, black outline; weak pocket: dashed outline; both thick
    assert state["V5"]["svgFill"] == f"url(#{hatch_id('nofiber')})"
    assert state["V5"]["color"] == "#000000" and state["V5"]["weight"] >= 3
    assert state["V2"]["dash"] and state["V2"]["color"] != state["V5"]["color"]
    assert state["V4"]["color"] not in (state["V2"]["color"], state["V5"]["color"])
    # gaps outlined thicker than villages without a gap
    assert state["V3"]["weight"] > state["V1"]["weight"]
    assert page("document.querySelectorAll('#cp-hatch-nofiber rect').length") == 2


def test_legend_shows_the_status_scheme_with_counts(page):
    legend = page("document.querySelector('.cp-legend').textContent")
    assert "No fixed broadband (fiber) (4)" in legend
    assert "No mobile signal (trắng sóng) (1)" in legend
    assert "Weak-signal pocket (lõm sóng): dashed (1)" in legend
    assert "Has fiber subscribers" not in legend  # the pre-result colouring is gone


def test_popup_tells_status_per_technology_and_carrier(page):
    html = page("""(function () { var hit = null;
        cpLayers.villages.eachLayer(function (l) { if (l.feature.properties.id === 'V2') hit = l; });
        hit.openPopup(); var text = document.querySelector('.leaflet-popup-content').innerText;
        cpMap.closePopup(); return text; })()""")
    for part in ("Thôn Đông", "No fixed broadband", "Weak-signal pocket", "Viettel", "VNPT",
                 "MobiFone", "Best server", "Distance to fiber", "1.5 km", "Nearest site",
                 "Households with signal", "12 %"):
        assert part in html, part


def test_site_clusters_make_way_for_the_gaps(page):
    counts = page("JSON.stringify(cpCountLayers())")
    assert counts["sites_viettel"]["visible"] is False
    assert counts["sites_5g"]["visible"] is True


def test_table_shows_every_village_and_counts(win):
    dock = win.table_dock
    assert dock.proxy.rowCount() == 6
    assert dock.counts_label.text().startswith("6 of 6 villages")
    assert "without fiber: 4" in dock.counts_label.text()


def test_district_filter_and_search_without_diacritics(win):
    dock = win.table_dock
    dock.district_box.setCurrentIndex(dock.district_box.findData("Huyện Mường Khương"))
    assert sorted(dock.visible_ids()) == ["V1", "V2", "V3"]
    assert dock.counts_label.text().startswith("3 of 6 villages")
    dock.search.setText("ban pho")
    assert dock.visible_ids() == ["V1"]
    assert dock.counts_label.text().startswith("1 of 6 villages")
    assert win.model.filter.search == "ban pho"
    dock.search.setText("DONG")  # Đông and Đồng Tâm, case and đ ignored
    assert dock.visible_ids() == ["V2"]  # Đồng Tâm is in the other district
    dock.district_box.setCurrentIndex(0)
    assert sorted(dock.visible_ids()) == ["V2", "V4"]


def test_communes_are_keyed_by_district(win):
    dock = win.table_dock
    assert not dock.commune_box.isEnabled()  # no district chosen
    dock.district_box.setCurrentIndex(dock.district_box.findData("Huyện Bảo Thắng"))
    communes = [dock.commune_box.itemData(i) for i in range(dock.commune_box.count())]
    assert communes == [None, "Thị trấn Phố Lu", "Xã Thanh Bình"]
    dock.commune_box.setCurrentIndex(dock.commune_box.findData("Xã Thanh Bình"))
    # not V1/V2, the homonymous commune's villages in Mường Khương
    assert sorted(dock.visible_ids()) == ["V4", "V5"]


@pytest.mark.parametrize(("status", "carrier", "expected"), [
    ("no_fiber", None, ["V2", "V3", "V4", "V5"]),
    ("no_signal", None, ["V5"]),
    ("weak", None, ["V2"]),
    ("no_broadband", None, ["V4", "V5", "V6"]),
    ("no_5g", None, ["V4", "V5", "V6"]),
    ("no_signal", "Viettel", ["V4", "V5", "V6"]),  # Viettel's own gaps
    ("no_signal", "MobiFone", ["V1", "V2", "V3", "V5"]),  # its one 2G site is in Bảo Thắng
])
def test_status_and_carrier_filters(win, status, carrier, expected):
    dock = win.table_dock
    dock.status_box.setCurrentIndex(dock.status_box.findData(status))
    dock.carrier_box.setCurrentIndex(dock.carrier_box.findData(carrier) if carrier else 0)
    assert sorted(dock.visible_ids()) == expected
    assert dock.counts_label.text().startswith(f"{len(expected)} of 6 villages")


def test_carrier_filter_shows_that_carriers_technologies(win):
    dock = win.table_dock
    model = dock.table_model

    def techs(village_id):  # the 2G..5G columns
        return "".join(model.index(model.row_of(village_id), c).data() for c in range(4, 8))

    assert techs("V1") == "\u2717\u2713\u2713\u2713"  # any carrier: no 2G site nearby
    dock.carrier_box.setCurrentIndex(dock.carrier_box.findData("MobiFone"))
    assert techs("V4") == "\u2713\u2717\u2717\u2717"
    assert techs("V1") == "\u2717\u2717\u2717\u2717"
    dock.carrier_box.setCurrentIndex(dock.carrier_box.findData("Viettel"))
    assert techs("V1") == "\u2717\u2717\u2713\u2713"


def test_selecting_a_row_flies_the_map_to_the_village(win, page):
    page("cpMap.setView([22.35, 103.95], 9, {animate: false}); 1")
    dock = win.table_dock
    row = dock.proxy.mapFromSource(dock.table_model.index(dock.table_model.row_of("V5"), 0)).row()
    (village_id, origin) = wait_signal(win.model.villageSelected, lambda: dock.table.selectRow(row))
    assert (village_id, origin) == ("V5", "table")

    def centre():
        return page("JSON.stringify([cpMap.getCenter().lat, cpMap.getCenter().lng, cpMap.getZoom()])")

    wait_until(lambda: math.dist(centre()[:2], (22.405, 104.105)) < 0.01, timeout_ms=8_000)
    assert centre()[2] > 9
    assert page("JSON.stringify(cpVillageStyleCounts())")["selected"] == "V5"
    assert page("""(function () { var c = null; cpLayers.villages.eachLayer(function (l) {
        if (l.feature.properties.id === 'V5') c = l.options.color; }); return c; })()""") \
        == "#00e5ff"


def test_clicking_a_village_on_the_map_selects_its_row(win, page):
    (village_id, origin) = wait_signal(
        win.model.villageSelected,
        lambda: page("""(function () { var hit = null; cpLayers.villages.eachLayer(function (l) {
            if (l.feature.properties.id === 'V3') hit = l; }); hit.fire('click'); return 1; })()"""))
    assert (village_id, origin) == ("V3", "map")
    assert win.table_dock.selected_id() == "V3"
    assert "Thôn Tây" in win.statusBar().currentMessage()
    page("cpMap.closePopup(); 1")


def test_dashboard_repeats_the_summary(win):
    s = win.model.result.summary
    values = win.dashboard.values()
    for key, (province, scope) in values.items():
        assert province == s[key], key
        assert scope is None
    assert not win.dashboard.table.isColumnHidden(1) and win.dashboard.table.isColumnHidden(3)
    bars = {b.label: b.values for b in win.dashboard.area_chart.bars}
    assert bars == {"Huyện Bảo Thắng": [1, 2], "Huyện Mường Khương": [1, 2]}


def test_dashboard_follows_the_filter(win):
    s = win.model.result.summary
    win.model.set_filter(VillageFilter(district="Huyện Bảo Thắng"))
    values = win.dashboard.values()
    for key, expected in s["by_district"]["Huyện Bảo Thắng"].items():
        assert values[key][1] == expected, key
    assert values["sites_5g"] == (s["sites_5g"], None)
    assert "Huyện Bảo Thắng" in win.dashboard.scope_label.text()
    assert not win.dashboard.table.isColumnHidden(3)
    # by commune inside the district
    assert [b.label for b in win.dashboard.area_chart.bars] == ["Thị trấn Phố Lu", "Xã Thanh Bình"]

    win.model.set_filter(VillageFilter(carrier="VNPT"))
    values = win.dashboard.values()
    op = s["by_operator"]["VNPT"]
    assert values["mobile_signal"][1] == op["mobile_signal"]
    assert values["mobile_broadband"][1] == op["villages_3g_4g_signal"]
    assert values["villages_5g"][1] == op["villages_5g"]
    carriers = {b.label: b.values for b in win.dashboard.carrier_chart.bars}
    assert carriers["Viettel"] == [s["by_operator"]["Viettel"][k] for k in
                                   ("mobile_signal", "villages_3g_4g_signal", "villages_5g")]


def test_cancel_stops_the_analysis(win, monkeypatch):
    import threading

    from coverage_planner.core.analysis import villages as analysis
    from coverage_planner.core.common.errors import CancelledError

    release = threading.Event()

    def slow(project, progress=None, cancelled=None, **kwargs):
        for i in range(200):
            progress(i / 200, f"{i}/200")
            if cancelled():
                raise CancelledError()
            release.wait(0.02)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(analysis, "analyse", slow)
    before = win.model.result
    wait_signal(win.runner.progress, win.start_analysis)
    assert win.analysis_bar.isVisible() and win.cancel_button.isVisible()
    assert win.model.result is None  # the old result is not shown as current
    wait_signal(win.runner.cancelled, win.cancel_button.click)
    assert not win.analysis_bar.isVisible()
    assert "cancelled" in win.coverage_label.text()
    monkeypatch.undo()
    # run again for real: the map shows the result again
    wait_signal(win.coverageShown, win.start_analysis, timeout_ms=60_000)
    assert win.model.result is not before and win.model.result.summary == before.summary
