"""File → Open layer…: the payload drawn on the map escapes every value."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point

from coverage_planner.mapview.userlayer import user_layer_payload


def test_user_layer_payload_escapes_and_keeps_every_feature():
    gdf = gpd.GeoDataFrame({"ten": ["<img src=x onerror=alert(1)>", "Bản Phố"], "so_ho": [3, 4]},
                           geometry=[Point(104.0, 22.5), Point(104.1, 22.6)], crs="EPSG:4326")
    data = user_layer_payload(gdf, "<b>trạm</b>.csv")
    assert data["count"] == 2 and not data["truncated"]
    assert data["name"] == "&lt;b&gt;trạm&lt;/b&gt;.csv"
    popups = [f["properties"]["_popup"] for f in data["geojson"]["features"]]
    assert "&lt;img src=x onerror=alert(1)&gt;" in popups[0] and "<img" not in popups[0]
    assert "Bản Phố" in popups[1]
    assert data["geojson"]["features"][1]["geometry"]["coordinates"] == [104.1, 22.6]
