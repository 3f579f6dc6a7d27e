"""Coordinate reference systems: reproject to WGS 84, refuse what cannot be placed.

- a layer in another CRS is reprojected to EPSG:4326 (noted in the report); one declaring a
  projected CRS (metres) whose coordinates all look like longitude/latitude is refused;
- a layer without a CRS whose coordinates are longitude/latitude is taken as WGS 84 (CSV and
  KML always are); one whose coordinates are far outside ±180/±90 is refused;
- longitude and latitude swapped (x looks like a latitude, y like a longitude) is refused;
- features far outside the study area (the villages' extent + 50 km) are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyproj
import shapely
from pyproj import CRS

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.geo import WGS84, metric_crs_for
from coverage_planner.core.common.text import Text
from coverage_planner.core.io.checks import row_of

#: how far beyond the villages' extent cells, access points, Wi-Fi points may lie (m)
STUDY_BUFFER_M = 50_000.0
NOUNS = {
    "cells": Text("cell", "cell"),
    "households": Text("household point", "điểm hộ gia đình"),
    "fiber_cables": Text("fiber cable", "tuyến cáp quang"),
    "fiber_access_points": Text("fiber access point", "điểm truy nhập cáp quang"),
    "wifi": Text("Wi-Fi point", "điểm Wi-Fi"),
}


def to_wgs84(
    gdf: gpd.GeoDataFrame,
    path: Path,
    notes: list,
    *,
    assume_wgs84: bool = False,
    xy_columns: tuple[str, str] | None = None,
) -> gpd.GeoDataFrame:
    """``gdf`` in EPSG:4326, or a :class:`DataError` saying why it cannot be placed."""
    crs = gdf.crs
    name = Path(path).name
    if crs is not None and not crs.is_geographic:
        _check_not_degrees(gdf, path, crs)
        out = _reproject(gdf, path, crs)
        notes.append(Text(f"{name}: reprojected from {_crs_name(crs)} to EPSG:4326",
                          f"{name}: đã chuyển hệ tọa độ từ {_crs_name(crs)} sang EPSG:4326"))
        if not np.isfinite(shapely.get_coordinates(out.geometry.array)).all():
            raise DataError(
                path,
                Text(f"the coordinates do not fit the declared CRS {_crs_name(crs)}",
                     f"tọa độ không khớp với hệ tọa độ khai báo {_crs_name(crs)}"),
                Text("check the .prj / CRS of the file and save it again in EPSG:4326",
                     "kiểm tra tệp .prj / hệ tọa độ và lưu lại theo EPSG:4326"),
            )
        return out
    _check_degrees(gdf, path, crs, xy_columns)
    if crs is None:
        if not assume_wgs84:
            notes.append(Text(f"{name}: no coordinate system given; longitude/latitude "
                              "degrees (WGS 84) assumed",
                              f"{name}: không có hệ tọa độ; coi là kinh độ/vĩ độ WGS 84"))
        return gdf.set_crs(WGS84)
    if crs.equals(CRS.from_epsg(4326), ignore_axis_order=True):
        return gdf.set_crs(WGS84, allow_override=True)
    notes.append(Text(f"{name}: converted from {_crs_name(crs)} to EPSG:4326",
                      f"{name}: đã chuyển từ {_crs_name(crs)} sang EPSG:4326"))
    return _reproject(gdf, path, crs)


def _reproject(gdf: gpd.GeoDataFrame, path: Path, crs: CRS) -> gpd.GeoDataFrame:
    try:
        return gdf.to_crs(WGS84)
    except (pyproj.exceptions.ProjError, pyproj.exceptions.CRSError, ValueError):
        raise DataError(
            path,
            Text(f"the file's coordinate system ({_crs_name(crs)[:80]}) cannot be converted to "
                 "longitude/latitude (WGS 84)", f"hệ tọa độ của tệp ({_crs_name(crs)[:80]}) "
                 "không chuyển được sang kinh độ/vĩ độ (WGS 84)"),
            Text("set the coordinate system the data were made in (QGIS: Layer > Set CRS, e.g. "
                 "EPSG:32648 or the VN-2000 zone) and export it again in EPSG:4326",
                 "đặt đúng hệ tọa độ đã dùng để tạo dữ liệu (QGIS: Layer > Set CRS, ví dụ "
                 "EPSG:32648 hoặc múi VN-2000) rồi xuất lại theo EPSG:4326"),
        ) from None


def _check_not_degrees(gdf, path, crs) -> None:
    """Refuse a projected CRS over coordinates that are all within ±180 / ±90: degrees."""
    xmin, ymin, xmax, ymax = gdf.total_bounds
    if not (np.isfinite([xmin, ymin, xmax, ymax]).all() and -180 <= xmin and xmax <= 180
            and -90 <= ymin and ymax <= 90):
        return
    span = f"x {xmin:.4f} … {xmax:.4f}, y {ymin:.4f} … {ymax:.4f}"
    raise DataError(
        path,
        Text(f"the file declares {_crs_name(crs)}, in metres, but its coordinates ({span}) "
             "look like longitude/latitude degrees",
             f"tệp khai báo {_crs_name(crs)} (đơn vị mét) nhưng tọa độ ({span}) có vẻ là độ "
             "kinh/vĩ"),
        Text("declare the CRS the coordinates are in: EPSG:4326 (QGIS: Layer > Set CRS, without "
             "reprojecting, then export again), or correct the .prj file",
             "khai báo đúng hệ tọa độ của tọa độ: EPSG:4326 (QGIS: Layer > Set CRS, không chuyển "
             "đổi, rồi xuất lại), hoặc sửa tệp .prj"),
    )


def _crs_name(crs: CRS) -> str:
    epsg = crs.to_epsg()
    return f"EPSG:{epsg} ({crs.name})" if epsg else crs.name


def _check_degrees(gdf, path, crs, xy_columns) -> None:
    bounds = shapely.bounds(gdf.geometry.array)
    xmin, ymin, xmax, ymax = bounds.T
    ok = (xmin >= -180) & (xmax <= 180) & (ymin >= -90) & (ymax <= 90)
    if ok.all():
        return
    swapped = (xmin >= -90) & (xmax <= 90) & (ymin >= -180) & (ymax <= 180)
    if not ok.any():
        if swapped.all():
            raise swapped_error(path, xy_columns, None, float(np.median(xmin)),
                                float(np.median(ymin)))
        span = f"x {np.nanmin(xmin):.0f} … {np.nanmax(xmax):.0f}, y {np.nanmin(ymin):.0f} … {np.nanmax(ymax):.0f}"
        if crs is None:
            raise DataError(
                path,
                Text(f"the file has no coordinate reference system and its coordinates ({span}) "
                     "are not longitude/latitude degrees: they look projected (metres)",
                     f"tệp không có hệ tọa độ và tọa độ ({span}) không phải độ kinh/vĩ: "
                     "có vẻ là tọa độ phẳng (mét)"),
                Text("set the layer's CRS (e.g. EPSG:32648 WGS 84 / UTM 48N, or the VN-2000 "
                     "zone it was made in) in QGIS and export it again, or add the missing .prj "
                     "file; CSV coordinates must be WGS 84 degrees",
                     "đặt hệ tọa độ cho lớp (ví dụ EPSG:32648 WGS 84 / UTM 48N, hoặc múi VN-2000 "
                     "đã dùng) trong QGIS rồi xuất lại, hoặc thêm tệp .prj bị thiếu; tọa độ "
                     "trong CSV phải là độ WGS 84"),
            )
        raise DataError(
            path,
            Text(f"the file declares {_crs_name(crs)} (degrees) but its coordinates ({span}) "
                 "are not degrees", f"tệp khai báo {_crs_name(crs)} (độ) nhưng tọa độ ({span}) "
                 "không phải là độ"),
            Text("export it again in EPSG:4326 (GeoJSON and KML must be WGS 84 longitude/"
                 "latitude), or correct its CRS (.prj) to the one the coordinates were made in",
                 "xuất lại theo EPSG:4326 (GeoJSON và KML phải là kinh độ/vĩ độ WGS 84), hoặc "
                 "sửa hệ tọa độ (.prj) cho đúng hệ đã dùng để tạo tọa độ"),
        )
    bad = int(np.flatnonzero(~ok)[0])
    if swapped[bad]:
        raise swapped_error(path, xy_columns, row_of(gdf.index[bad]), xmin[bad], ymin[bad])
    raise DataError(
        path,
        Text(f"the coordinates ({xmin[bad]:g}, {ymin[bad]:g}) are outside ±180° / ±90°",
             f"tọa độ ({xmin[bad]:g}, {ymin[bad]:g}) nằm ngoài ±180° / ±90°"),
        Text("correct the coordinates of this row (longitude, latitude in degrees)",
             "sửa tọa độ của dòng này (kinh độ, vĩ độ tính bằng độ)"),
        row=row_of(gdf.index[bad]),
    )


def swapped_error(path, xy_columns, row, x, y) -> DataError:
    """Longitude and latitude look swapped."""
    if xy_columns:
        xc, yc = xy_columns
        problem = Text(
            f"longitude and latitude look swapped: column '{xc}' holds latitudes (≈{x:.2f}) "
            f"and column '{yc}' holds longitudes (≈{y:.2f})",
            f"kinh độ và vĩ độ có vẻ bị đảo: cột '{xc}' chứa vĩ độ (≈{x:.2f}) "
            f"và cột '{yc}' chứa kinh độ (≈{y:.2f})",
        )
        fix = Text(f"swap the names of the columns '{xc}' and '{yc}'",
                   f"đổi tên hai cột '{xc}' và '{yc}' cho nhau")
    else:
        problem = Text(
            f"longitude and latitude look swapped: x holds latitudes (≈{x:.2f}) and y holds "
            f"longitudes (≈{y:.2f})",
            f"kinh độ và vĩ độ có vẻ bị đảo: x chứa vĩ độ (≈{x:.2f}) và y chứa kinh độ "
            f"(≈{y:.2f})",
        )
        fix = Text("swap x and y (QGIS: Processing > Swap X and Y coordinates) and save again",
                   "đảo x và y (QGIS: Processing > Swap X and Y coordinates) rồi lưu lại")
    column = f"{xy_columns[0]}/{xy_columns[1]}" if xy_columns else None
    return DataError(path, problem, fix, row=row, column=column)


@dataclass(frozen=True)
class StudyArea:
    """The villages' extent buffered by :data:`STUDY_BUFFER_M`, in a metric CRS."""

    polygon: shapely.Geometry
    crs: str


def metric_crs(gdf: gpd.GeoDataFrame) -> str:
    """:func:`~coverage_planner.core.common.geo.metric_crs_for`, remembered per extent (the lookup
    queries the PROJ database and costs a tenth of a second)."""
    bounds = tuple(np.round(np.asarray(gdf.to_crs(WGS84).total_bounds, float), 7))
    if gdf.empty or not np.isfinite(bounds).all():
        return metric_crs_for(gdf)
    return _metric_crs(bounds)


@lru_cache(maxsize=64)
def _metric_crs(bounds: tuple) -> str:
    return metric_crs_for(gpd.GeoDataFrame(geometry=[shapely.box(*bounds)], crs=WGS84))


def study_area(villages: gpd.GeoDataFrame) -> StudyArea:
    crs = metric_crs(villages)
    extent = shapely.box(*villages.to_crs(crs).total_bounds)
    return StudyArea(extent.buffer(STUDY_BUFFER_M), crs)


def check_inside(
    gdf: gpd.GeoDataFrame,
    area: StudyArea,
    path: Path,
    layer: str,
    xy_columns: tuple[str, str] | None = None,
) -> None:
    """Refuse the first feature that does not reach into the study area."""
    if gdf is None or gdf.empty:
        return
    shapely.prepare(area.polygon)
    metric = gdf.geometry.to_crs(area.crs).array
    outside = ~shapely.intersects(area.polygon, metric)
    if not outside.any():
        return
    pos = int(np.flatnonzero(outside)[0])
    geom = gdf.geometry.iloc[pos]
    row = row_of(gdf.index[pos])
    x, y = shapely.get_coordinates(geom)[0]
    flipped = gpd.GeoSeries([shapely.transform(geom, lambda c: c[:, ::-1])], crs=WGS84)
    if abs(x) <= 90 and area.polygon.intersects(flipped.to_crs(area.crs).iloc[0]):
        raise swapped_error(path, xy_columns, row, x, y)
    km = area.polygon.distance(metric[pos]) / 1000
    noun = NOUNS.get(layer, Text(f"{layer} feature", f"đối tượng {layer}"))
    raise DataError(
        path,
        Text(f"this {noun.en} at ({x:.4f}, {y:.4f}) lies {km:.0f} km outside the study "
             f"area (the villages' extent plus {STUDY_BUFFER_M / 1000:.0f} km)",
             f"{noun.vi} này tại ({x:.4f}, {y:.4f}) nằm ngoài vùng nghiên cứu {km:.0f} km "
             f"(phạm vi các thôn cộng thêm {STUDY_BUFFER_M / 1000:.0f} km)"),
        Text("check the coordinates of this row, or remove it if it belongs to another area",
             "kiểm tra tọa độ của dòng này, hoặc xóa nếu nó thuộc vùng khác"),
        row=row,
    )
