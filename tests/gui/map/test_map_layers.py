"""The hillshade base map, the optional OpenStreetMap base map and the coverage layers."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pytest
from gui_helpers import module_window, run_js, shown_window, wait_signal, wait_until
from PIL import Image

from coverage_planner.gui import settings as app_settings

EXPECTED = ["2G coverage MobiFone", "3G coverage VNPT", "4G coverage Viettel",
            "5G coverage Viettel"]
LABELS = ("JSON.stringify(Array.from(document.querySelectorAll("
          "'.leaflet-control-layers label')).map(function (l) { return l.textContent.trim(); }))")


@pytest.fixture(scope="module")
def win(qapp, requests_seen, coverage_project_factory, tmp_path_factory):
    def open_window():
        w = shown_window("en", requests=requests_seen)
        wait_signal(w.coverageLayersShown, lambda: w.set_project(coverage_project_factory()),
                    timeout_ms=120_000)
        wait_until(lambda: w.layers.hillshade is not None, timeout_ms=60_000)
        wait_until(lambda: bool(run_js(w, "JSON.stringify(cpBaseMaps())")), timeout_ms=10_000)
        return w

    with module_window(qapp, tmp_path_factory, "map-layers", open_window) as w:
        yield w


def js(win, script):
    return run_js(win, script)


def test_hillshade_is_the_base_map_from_a_local_file(win):
    bases = js(win, "JSON.stringify(cpBaseMaps())")
    assert [b["key"] for b in bases] == ["hillshade"]
    hill = bases[0]
    assert hill["visible"] and not hill["tiles"]
    url = urlparse(hill["url"])
    assert url.scheme == "file"
    assert Path(url.path).is_file() and Path(url.path).stat().st_size > 0
    assert "Terrain (hillshade)" in js(win, LABELS)
    # drawn under everything else
    panes = js(win, "JSON.stringify([cpMap.getPane('cpBase').style.zIndex,"
                    " cpMap.getPane('cpVillages').style.zIndex])")
    assert int(panes[0]) < int(panes[1])


def test_offline_no_osm_layer_and_no_network_request(win, requests_seen):
    assert not win.online_action.isChecked()
    assert not any("OpenStreetMap" in label for label in js(win, LABELS))
    js(win, "cpMap.setZoom(cpMap.getZoom() + 1); 1")
    assert any(u.startswith("file://") for u in requests_seen.urls), "recorder not active"
    remote = [u for u in requests_seen.urls if u.split(":", 1)[0].lower() in ("http", "https")]
    assert remote == []
    assert win.map.interceptor.blocked == []
    assert win.map.interceptor.allowed_hosts == frozenset()


def test_coverage_layers_per_technology_and_carrier(win):
    labels = js(win, LABELS)
    assert [label for label in labels if "coverage" in label] == EXPECTED
    state = js(win, "JSON.stringify(cpCoverageState())")
    assert [layer["key"] for layer in state["layers"]] == [
        "coverage_2G_MobiFone", "coverage_3G_VNPT", "coverage_4G_Viettel",
        "coverage_5G_Viettel"]
    assert not any(layer["visible"] for layer in state["layers"])  # off by default
    assert not state["legendShown"]
    for layer in state["layers"]:
        path = Path(urlparse(layer["url"]).path)
        assert path.is_file() and path.stat().st_size > 0
        with Image.open(path) as image:
            assert image.mode == "RGBA"
            alpha = image.getchannel("A")
            assert alpha.getextrema()[1] > 0, f"{path.name} is empty"  # some coverage drawn


def test_legend_shows_while_a_coverage_layer_is_on(win):
    toggle = ("(function () { var l = Array.from(document.querySelectorAll("
              "'.leaflet-control-layers label')).find(function (x) {"
              " return x.textContent.trim() === '4G coverage Viettel'; });"
              " l.querySelector('input').click(); return 1; })()")
    js(win, toggle)
    state = js(win, "JSON.stringify(cpCoverageState())")
    assert [x["key"] for x in state["layers"] if x["visible"]] == ["coverage_4G_Viettel"]
    assert state["legendShown"]
    assert "Received signal (dBm)" in state["legend"] and "-125" in state["legend"]
    js(win, toggle)
    assert not js(win, "JSON.stringify(cpCoverageState())")["legendShown"]


def test_online_maps_add_the_osm_choice_only(win, requests_seen):
    wait_signal(win.mapReady, lambda: win.online_action.setChecked(True), timeout_ms=60_000)
    wait_until(lambda: any(b["key"] == "osm" for b in js(win, "JSON.stringify(cpBaseMaps())")))
    assert app_settings.online_maps() is True
    assert win.map.interceptor.allowed_hosts == frozenset({"tile.openstreetmap.org"})
    bases = {b["key"]: b for b in js(win, "JSON.stringify(cpBaseMaps())")}
    assert bases["osm"]["tiles"] and not bases["osm"]["visible"]  # the hillshade stays on
    assert bases["osm"]["url"].startswith("https://tile.openstreetmap.org/")
    assert bases["hillshade"]["visible"]
    assert "OpenStreetMap (online)" in js(win, LABELS)
    csp = js(win, "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                  ".content")
    assert "img-src 'self' file: data: https://tile.openstreetmap.org;" in csp
    assert csp.count("https://") == 1
    # the coverage layers came back on the rebuilt page
    assert len(js(win, "JSON.stringify(cpCoverageState())")["layers"]) == 4
    # no tile was loaded (the OSM choice is not selected)
    remote = [u for u in requests_seen.urls if u.split(":", 1)[0].lower() in ("http", "https")]
    assert remote == []

    wait_signal(win.mapReady, lambda: win.online_action.setChecked(False), timeout_ms=60_000)
    assert app_settings.online_maps() is False
    assert win.map.interceptor.allowed_hosts == frozenset()
    wait_until(lambda: [b["key"] for b in js(win, "JSON.stringify(cpBaseMaps())")]
               == ["hillshade"])
    csp = js(win, "document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]')"
                  ".content")
    assert "https:" not in csp


def test_layer_names_follow_the_language(win):
    wait_signal(win.mapReady, lambda: win.set_language("vi"), timeout_ms=60_000)
    wait_until(lambda: "Phủ sóng 4G Viettel" in js(win, LABELS))
    labels = js(win, LABELS)
    assert "Địa hình (bóng đổ)" in labels
    assert [label for label in labels if label.startswith("Phủ sóng")] == [
        "Phủ sóng 2G MobiFone", "Phủ sóng 3G VNPT", "Phủ sóng 4G Viettel", "Phủ sóng 5G Viettel"]
    assert js(win, "document.querySelector('.cp-base-title').textContent") == "Bản đồ nền"
    assert win.online_action.text() == "Bản đồ nền trực tuyến (OpenStreetMap)"
    assert "Mức tín hiệu thu (dBm)" in js(win, "JSON.stringify(cpCoverageState())")["legend"]
