"""Compact GeoJSON text for the page: EPSG:4326, coordinates rounded to 1e-5° (about 1 m)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from coverage_planner.core.common.geo import WGS84
from coverage_planner.mapview.escape import js_json

DECIMALS = 5


def to_wgs84(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``gdf`` in EPSG:4326 without missing or empty geometries (the model promises 4326)."""
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(WGS84)
    keep = ~(gdf.geometry.isna() | gdf.geometry.is_empty)
    return gdf[keep.to_numpy()]


def rounded(geoms) -> np.ndarray:
    return shapely.transform(np.asarray(geoms, dtype=object), lambda c: np.round(c, DECIMALS))


def feature_collection(geoms, properties: list[dict]) -> str:
    """A FeatureCollection as JSON text; properties go through :func:`js_json`."""
    texts = shapely.to_geojson(rounded(geoms))
    features = [
        '{"type":"Feature","geometry":' + geom + ',"properties":' + js_json(props) + "}"
        for geom, props in zip(texts, properties)
    ]
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"


def first_column(gdf, candidates) -> str | None:
    """The first of ``candidates`` that is a column of ``gdf``."""
    for name in candidates:
        if name in gdf.columns:
            return name
    return None
