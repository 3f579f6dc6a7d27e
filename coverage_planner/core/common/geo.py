"""Coordinate reference systems used throughout: display in WGS 84, measure in metres."""

from __future__ import annotations

import geopandas as gpd

WGS84 = "EPSG:4326"
#: UTM zone 48N fits Lào Cai; other areas use :func:`metric_crs_for`.
UTM48N = "EPSG:32648"


def metric_crs_for(gdf: gpd.GeoDataFrame) -> str:
    """A projected metric CRS for distances and buffers over ``gdf`` (never buffer in degrees)."""
    if gdf is None or gdf.empty:
        return UTM48N
    crs = gdf.estimate_utm_crs()
    return crs.to_string() if crs is not None else UTM48N
