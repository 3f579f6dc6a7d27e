"""Byte-stable writers: the same data always gives the same bytes (for the hash test)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

PRECISION = 6  # decimal degrees: about 0.1 m


def _clean(value):
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        return None if not np.isfinite(value) else round(float(value), 4)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def write_geojson(gdf: gpd.GeoDataFrame, path: Path, metadata: dict | None = None) -> None:
    """GeoJSON in EPSG:4326 with coordinates rounded to 6 decimals, one feature per line."""
    gdf = gdf.to_crs("EPSG:4326")
    geoms = gdf.geometry.values
    coords = shapely.get_coordinates(geoms)
    geoms = shapely.set_coordinates(geoms.copy(), np.round(coords, PRECISION))
    props = pd.DataFrame(gdf.drop(columns=gdf.geometry.name))
    lines = []
    for geom, (_, row) in zip(geoms, props.iterrows()):
        feature = {
            "type": "Feature",
            "properties": {k: _clean(v) for k, v in row.items()},
            "geometry": json.loads(shapely.to_geojson(geom)),
        }
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
    head = {"type": "FeatureCollection", "name": path.stem}
    if metadata:
        head["metadata"] = metadata
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    text += ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    path.write_text(text, encoding="utf-8")


def write_csv(df: pd.DataFrame, path: Path) -> None:
    df.to_csv(path, index=False, float_format="%.6f", lineterminator="\n")


def write_dem(dem: np.ndarray, west: float, north: float, res: float, path: Path,
              description: str) -> None:
    import rasterio
    from rasterio.transform import from_origin

    profile = {
        "driver": "GTiff", "dtype": "int16", "count": 1, "crs": "EPSG:4326",
        "width": dem.shape[1], "height": dem.shape[0],
        "transform": from_origin(west, north, res, res), "nodata": -32768,
        "compress": "deflate", "predictor": 2, "tiled": True, "blockxsize": 256,
        "blockysize": 256,
    }
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(dem, 1)
        dst.update_tags(DESCRIPTION=description, ORIGIN="synthetic", UNITS="metre")
        dst.set_band_description(1, "elevation (synthetic)")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
