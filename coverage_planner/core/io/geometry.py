"""Geometry checks: present, finite, of the expected type, valid (repaired when it is safe)."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.io.checks import first, row_of

POINT, LINE, POLYGON = "point", "line", "polygon"
#: shapely type ids accepted per geometry kind (MultiPoint only with a single point)
TYPE_IDS = {POINT: {0, 4}, LINE: {1, 2, 5}, POLYGON: {3, 6}}
TYPE_NAMES = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
              5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}
KIND_TEXT = {
    POINT: Text("points", "điểm"),
    LINE: Text("lines", "đường"),
    POLYGON: Text("polygons", "vùng (polygon)"),
}


def check_present(gdf: gpd.GeoDataFrame, path: Path) -> None:
    """Refuse features without geometry or with an empty one."""
    geoms = gdf.geometry.array
    bad = first(pd.Series(shapely.is_missing(geoms) | shapely.is_empty(geoms), index=gdf.index))
    if bad is not None:
        raise DataError(
            path,
            Text("this feature has no geometry (empty or null)",
                 "đối tượng này không có hình học (rỗng)"),
            Text("draw or geocode it, or remove the row", "vẽ lại hoặc xóa dòng này"),
            row=row_of(bad),
        )


def check_finite(gdf: gpd.GeoDataFrame, path: Path) -> None:
    """Refuse coordinates that are NaN or infinite."""
    coords, index = shapely.get_coordinates(gdf.geometry.array, return_index=True)
    bad_parts = ~np.isfinite(coords).all(axis=1)
    if bad_parts.any():
        label = gdf.index[index[bad_parts][0]]
        raise DataError(
            path,
            Text("this feature has a coordinate that is not a number (NaN or infinite)",
                 "đối tượng này có tọa độ không phải là số (NaN hoặc vô hạn)"),
            Text("correct its coordinates or remove the row", "sửa tọa độ hoặc xóa dòng này"),
            row=row_of(label),
        )


def force_2d(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Drop Z/M (KML writes Z = 0 everywhere)."""
    if shapely.has_z(gdf.geometry.array).any():
        gdf = gdf.set_geometry(shapely.force_2d(gdf.geometry.array), crs=gdf.crs)
    return gdf


def check_kind(gdf: gpd.GeoDataFrame, path: Path, kind: str, layer: str) -> gpd.GeoDataFrame:
    """Refuse geometries of the wrong kind; single-point MultiPoints become Points."""
    geoms = gdf.geometry.array
    types = shapely.get_type_id(geoms)
    ok = np.isin(types, list(TYPE_IDS[kind]))
    if kind == POINT:
        ok &= shapely.get_num_geometries(geoms) == 1
    bad = first(pd.Series(~ok, index=gdf.index))
    if bad is not None:
        found = shapely.get_type_id(geoms[gdf.index.get_loc(bad)])
        found_name = TYPE_NAMES.get(int(found), "geometry")
        raise DataError(
            path,
            Text(f"this feature is a {found_name}, but the {layer} layer holds {KIND_TEXT[kind].en}",
                 f"đối tượng này là {found_name}, nhưng lớp {layer} chỉ chứa {KIND_TEXT[kind].vi}"),
            Text(f"export the {layer} layer as {KIND_TEXT[kind].en}, or remove this row",
                 f"xuất lớp {layer} dưới dạng {KIND_TEXT[kind].vi}, hoặc xóa dòng này"),
            row=row_of(bad),
        )
    if kind == POINT and (types == 4).any():
        gdf = gdf.set_geometry(shapely.get_geometry(geoms, 0), crs=gdf.crs)
    return gdf


def repair(gdf: gpd.GeoDataFrame, path: Path, kind: str) -> tuple[gpd.GeoDataFrame, int]:
    """Make invalid polygons valid, keeping their polygonal part; return the frame and a count.

    Lines and points are left alone (GEOS calls a line invalid only when it is degenerate, and
    "repairing" it would turn it into a point).
    """
    geoms = gdf.geometry.array
    polygonal = np.isin(shapely.get_type_id(geoms), [3, 6])
    invalid = polygonal & ~shapely.is_valid(geoms)
    count = int(invalid.sum())
    if not count:
        return gdf, 0
    fixed = np.array(geoms, dtype=object)
    # "structure" treats rings as area outlines and, without collapsed parts, yields only polygons
    fixed[invalid] = shapely.make_valid(fixed[invalid], method="structure", keep_collapsed=False)
    if kind == POLYGON:
        collapsed = invalid & (shapely.is_empty(fixed) | (shapely.area(fixed) <= 0))
        bad = first(pd.Series(collapsed, index=gdf.index))
        if bad is not None:
            raise DataError(
                path,
                Text("this polygon is invalid and has no area left once repaired",
                     "vùng này không hợp lệ và không còn diện tích sau khi sửa"),
                Text("redraw this polygon (in QGIS: Vector > Geometry Tools > Check Validity)",
                     "vẽ lại vùng này (QGIS: Vector > Geometry Tools > Check Validity)"),
                row=row_of(bad),
            )
    out = gdf.copy()
    out[out.geometry.name] = gpd.GeoSeries(fixed, index=gdf.index, crs=gdf.crs)
    return out, count


def prepare_geometry(
    gdf: gpd.GeoDataFrame, path: Path, kind: str | None, layer: str
) -> gpd.GeoDataFrame:
    """Presence, finiteness, 2D and kind checks, in the order a user would fix them."""
    check_present(gdf, path)
    check_finite(gdf, path)
    gdf = force_2d(gdf)
    if kind is not None:
        gdf = check_kind(gdf, path, kind, layer)
    return gdf
