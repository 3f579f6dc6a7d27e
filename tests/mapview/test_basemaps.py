"""Payloads for the base maps and the coverage layers (no Qt, no browser)."""

from __future__ import annotations

from pathlib import Path

from coverage_planner.core.engine.rendering import RAMP
from coverage_planner.mapview import basemaps
from coverage_planner.mapview.page import CSP

BOUNDS = (22.2, 103.75, 22.5, 104.15)
SYNTHETIC = {"layers": {"dem": {"origin": "synthetic"}, "villages": {"origin": "real"}}}


def test_offline_csp_names_no_network_origin():
    assert basemaps.csp(False) == CSP
    assert "http" not in CSP


def test_online_csp_allows_only_the_osm_tile_host_for_images():
    online = basemaps.csp(True)
    directives = dict(d.strip().split(" ", 1) for d in online.split(";"))
    assert directives["img-src"] == "'self' file: data: https://tile.openstreetmap.org"
    assert online.count("https://") == 1
    assert directives["default-src"] == "'none'"


def test_hillshade_only_when_offline(tmp_path):
    png = tmp_path / "hill shade.png"
    png.write_bytes(b"x")
    payload = basemaps.base_maps_payload((png, BOUNDS), False, SYNTHETIC, "en")
    assert payload["title"] == "Base maps"
    [hill] = payload["layers"]
    assert hill["kind"] == "image" and hill["show"] is True
    assert hill["url"].startswith("file://") and hill["url"].endswith("hill%20shade.png")
    assert hill["bounds"] == [[22.2, 103.75], [22.5, 104.15]]
    assert "SYNTHETIC" in hill["attribution"]
    assert not any("http" in str(v) for v in hill.values())


def test_terrain_attribution_follows_the_provenance():
    real = {"layers": {"dem": {"origin": "real"}}}
    assert "SYNTHETIC" not in basemaps.terrain_attribution(real, "en")
    assert "GIẢ LẬP" in basemaps.terrain_attribution(SYNTHETIC, "vi")
    assert "GIẢ LẬP" not in basemaps.terrain_attribution(None, "vi")


def test_online_adds_osm_not_shown_over_the_hillshade(tmp_path):
    payload = basemaps.base_maps_payload((tmp_path / "h.png", BOUNDS), True, None, "vi")
    keys = [layer["key"] for layer in payload["layers"]]
    assert keys == ["hillshade", "osm"]
    osm = payload["layers"][1]
    assert osm["kind"] == "tiles" and osm["show"] is False
    assert osm["url"] == "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
    assert osm["name"] == "OpenStreetMap (trực tuyến)"
    assert "OpenStreetMap" in osm["attribution"]
    # without a DEM the online map is the base map
    alone = basemaps.base_maps_payload(None, True, None, "en")["layers"]
    assert [layer["key"] for layer in alone] == ["osm"] and alone[0]["show"] is True
    assert basemaps.base_maps_payload(None, False, None, "en")["layers"] == []


def test_coverage_payload_names_order_and_legend(tmp_path):
    images = [{"technology": t, "operator": o, "path": str(tmp_path / f"{t}{o}.png"),
               "bounds": BOUNDS}
              for t, o in (("4G", "Viettel"), ("2G", "MobiFone"), ("4G", "<VNPT>"))]
    vi = basemaps.coverage_payload(images, "vi")
    assert [layer["name"] for layer in vi["layers"]] == [
        "Phủ sóng 2G MobiFone", "Phủ sóng 4G &lt;VNPT&gt;", "Phủ sóng 4G Viettel"]
    en = basemaps.coverage_payload(images, "en")
    assert en["layers"][2]["name"] == "4G coverage Viettel"
    assert en["layers"][2]["key"] == "coverage_4G_Viettel"
    assert all(Path(layer["url"][len("file://"):]).name.endswith(".png")
               for layer in en["layers"])
    assert 0 < en["opacity"] < 1
    assert "Received signal (dBm)" in en["legend"]
    assert "Mức tín hiệu thu (dBm)" in vi["legend"]
    for _value, (r, g, b) in RAMP:
        assert f"#{r:02x}{g:02x}{b:02x}" in en["legend"]
    assert basemaps.coverage_payload(None, "en")["layers"] == []
