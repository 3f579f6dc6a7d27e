"""A layer the user opens on top of the map (File → Open layer…): any file the loaders read.

The payload is plain GeoJSON with one pre-escaped popup per feature (the properties as a small
table), so nothing from the file reaches the page as markup.
"""

from __future__ import annotations

import html
import json

import geopandas as gpd

MAX_FEATURES = 20_000
MAX_FIELDS = 12


def user_layer_payload(gdf: gpd.GeoDataFrame, name: str) -> dict:
    """{"name", "geojson", "count", "truncated"} for ``cpAddUserLayer`` (EPSG:4326)."""
    gdf = gdf.to_crs("EPSG:4326") if gdf.crs is not None else gdf
    truncated = len(gdf) > MAX_FEATURES
    gdf = gdf.iloc[:MAX_FEATURES]
    fields = [c for c in gdf.columns if c != gdf.geometry.name][:MAX_FIELDS]
    popups = []
    for _, row in gdf[fields].iterrows():
        cells = "".join(f"<tr><th>{html.escape(str(k))}</th><td>{html.escape(str(v))}</td></tr>"
                        for k, v in row.items())
        popups.append(f"<table class='cp-user-popup'>{cells}</table>")
    shapes = gpd.GeoDataFrame({"_popup": popups}, geometry=gdf.geometry.values, crs=gdf.crs)
    return {"name": html.escape(name), "geojson": json.loads(shapes.to_json(drop_id=True)),
            "count": int(len(gdf)), "truncated": bool(truncated)}
