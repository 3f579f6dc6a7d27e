"""The main window on a tiny project: the map draws offline, escapes data, reports counts."""

from __future__ import annotations

HOSTILE = "<img src=x onerror=alert(1)>"

FIND_V2 = """
var v2 = null;
cpLayers.villages.eachLayer(function (l) { if (l.feature.properties.id === 'V2') v2 = l; });
"""


def test_leaflet_loaded_and_every_layer_drawn(js):
    state = js("JSON.stringify({L: typeof L, cluster: typeof L.markerClusterGroup,"
               " ready: window.cpReady, errors: cpErrors, counts: cpCountLayers(),"
               " paths: document.querySelectorAll('.leaflet-overlay-pane path').length})")
    assert state["L"] == "object" and state["cluster"] == "function"
    assert state["ready"] is True and state["errors"] == []
    counts = {key: value["features"] for key, value in state["counts"].items()}
    assert counts == {"villages": 3, "communes": 1, "districts": 1, "fiber_cables": 2,
                      "fiber_access_points": 2, "sites_viettel": 2, "sites_vnpt": 1,
                      "sites_mobifone": 1, "sites_5g": 1, "wifi": 1}
    assert all(value["visible"] for value in state["counts"].values())
    assert state["paths"] >= 10  # villages, outlines, cables, circle markers really rendered


def test_no_network_request_at_all(window, requests_seen, js):
    js("cpMap.setZoom(cpMap.getZoom() - 1); 1")
    assert any(url.startswith("file://") for url in requests_seen.urls), "recorder not active"
    remote = [u for u in requests_seen.urls if u.split(":", 1)[0].lower() in ("http", "https")]
    assert remote == []
    assert window.map.interceptor.blocked == []


def test_hostile_village_name_is_text_not_an_element(js):
    result = js(FIND_V2 + """
        v2.openTooltip(); v2.openPopup();
        var popup = document.querySelector('.leaflet-popup-content');
        var tip = document.querySelector('.cp-tip');
        JSON.stringify({
            images: document.querySelectorAll('img').length,
            popupTitle: popup.querySelector('b').textContent,
            popupElements: popup.querySelectorAll('*').length,
            tip: tip.textContent, tipElements: tip.querySelectorAll('*').length});
    """)
    assert result["images"] == 0
    assert result["popupTitle"] == HOSTILE and result["tip"] == HOSTILE
    assert result["tipElements"] == 0
    # div, b, table, tbody and the rows/cells of our own table, nothing from the data
    assert result["popupElements"] == js(
        "document.querySelectorAll('.leaflet-popup-content .cp-popup, "
        ".leaflet-popup-content .cp-popup > b, .leaflet-popup-content table, "
        ".leaflet-popup-content table *').length")
    js("cpMap.closePopup(); 1")


def test_village_click_reaches_python_through_the_bridge(window, js, wait):
    (village_id,) = wait(window.map.bridge.villageSelected,
                         lambda: js("(function(){var hit=null; cpLayers.villages.eachLayer("
                                    "function(l){ if (l.feature.properties.id==='V1') hit=l; });"
                                    " hit.fire('click'); return 1;})()"))
    assert village_id == "V1"
    assert "Thôn Một" in window.statusBar().currentMessage()
    js("cpMap.closePopup(); 1")


def test_bridge_rejects_invalid_ids(window, wait):
    bridge = window.map.bridge
    (why,) = wait(bridge.rejected, lambda: bridge.villageClicked("<script>alert(1)</script>"))
    assert "script" in why
    (why,) = wait(bridge.rejected, lambda: bridge.villageClicked(""))


def test_status_bar_and_layers_dock(window):
    assert window.counts_label.text() == "3 villages · 4 sites · 5 km of fiber"
    text = window.counts_label.toolTip()
    for part in ("Villages: 3", "Households: 245", "Sites: 4", "cells: 5", "Wi-Fi: 1"):
        assert part in text
    assert window.synthetic_label.text() == "Synthetic data"
    rows = {key: (count, origin) for key, count, origin in window.layers_dock.rows()}
    assert rows["villages"] == ("3", "synthetic")
    assert rows["communes"] == ("1", "real")
    assert rows["cells"] == ("5", "synthetic")


def test_about_names_synthetic_layers_and_licences(window):
    dialog = window.show_about()
    text = dialog.about.toPlainText()
    assert "Synthetic" in text and "villages" in text
    assert "Leaflet 1.9.4" in text and "BSD-2-Clause" in text
    dialog.close()


def test_map_screenshot_is_not_blank(window, tmp_path):
    image = window.grab().toImage()
    assert image.width() >= 1000
    path = tmp_path / "window.png"
    assert image.save(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20
    # the map area itself: background, village fills and markers, not a white page
    map_image = window.map.grab().toImage()
    map_colours = {map_image.pixel(x, y) for x in range(0, map_image.width(), 5)
                   for y in range(0, map_image.height(), 5)}
    assert len(map_colours) > 10


def test_without_elevation_model_no_analysis_runs(window):
    assert window.model.result is None and not window.runner.running
    assert "No elevation model" in window.coverage_label.text()
    assert not window.analysis_bar.isVisible()
    assert window.table_dock.counts_label.text() == "No coverage result yet."
    assert window.dashboard.values() == {}
