"""Per-layer normalisers: one file as read -> a checked EPSG:4326 layer with our columns."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from coverage_planner.core.common.text import Text
from coverage_planner.core.io import cells, opencellid
from coverage_planner.core.io.checks import (
    as_id,
    as_text,
    blank,
    by_unique,
    check_integer,
    check_range,
    check_unique,
    require,
    scalars,
    to_number,
)
from coverage_planner.core.io.columns import key, map_columns, missing_column_error
from coverage_planner.core.io.crs import StudyArea, check_inside, metric_crs, to_wgs84
from coverage_planner.core.io.geometry import LINE, POINT, POLYGON, prepare_geometry, repair
from coverage_planner.core.io.raw import RawLayer
from coverage_planner.core.project.model import LoadReport

GEOMETRY = {"villages": POLYGON, "households": POINT, "cells": POINT, "fiber_cables": LINE,
            "fiber_access_points": POINT, "wifi": POINT, "communes": POLYGON,
            "districts": POLYGON, "roads": LINE}
COLUMNS = {
    "villages": ["village_id", "name", "commune", "district", "households", "fiber_subscribers",
                 "centre_lon", "centre_lat"],
    "households": ["village_id", "households"],
    "cells": cells.COLUMNS,
    "fiber_cables": ["cable_id", "kind"],
    "fiber_access_points": ["ap_id", "name"],
    "wifi": ["wifi_id", "name"],
    "communes": ["name"],
    "districts": ["name"],
    "roads": ["name"],
}
#: layers whose features must lie in the study area
IN_STUDY_AREA = ("cells", "households", "fiber_cables", "fiber_access_points", "wifi")
CABLE_KINDS = {**dict.fromkeys(["trunk", "truc", "truc_chinh", "cap_truc", "backbone", "main",
                                "feeder", "core"], "trunk"),
               **dict.fromkeys(["distribution", "phan_phoi", "cap_phan_phoi", "nhanh",
                                "access", "branch", ""], "distribution")}
#: more households (or subscribers) than this in one village or point is a data error
MAX_HOUSEHOLDS = 1_000_000
#: a village centre further than this from its polygon is reported (m)
CENTRE_TOLERANCE_M = 1000.0


@dataclass
class Context:
    """What a layer is checked against: the report to fill, the villages, the study area."""

    report: LoadReport
    villages: gpd.GeoDataFrame | None = None
    area: StudyArea | None = None


def normalise(raw: RawLayer, layer: str, ctx: Context) -> gpd.GeoDataFrame:
    """Map columns, check geometry and CRS, repair, check values; raise DataError on refusal."""
    report, path = ctx.report, raw.path
    gdf = raw.gdf
    report.warnings.extend(raw.notes)
    if layer == "cells" and opencellid.is_opencellid(gdf.columns):
        gdf = opencellid.to_cells(gdf, path, report.warnings)
    gdf, mapped = map_columns(gdf, layer, COLUMNS[layer], truncated=raw.truncated_names)
    gdf = scalars(gdf, COLUMNS[layer], path)
    mapped = {**raw.mapped, **mapped}
    if mapped:
        report.mapped_columns[layer] = {**report.mapped_columns.get(layer, {}), **mapped}
    gdf = prepare_geometry(gdf, path, GEOMETRY[layer], layer)
    gdf = to_wgs84(gdf, path, report.warnings, assume_wgs84=raw.assume_wgs84,
                   xy_columns=raw.xy_columns)
    gdf, repaired = repair(gdf, path, GEOMETRY[layer])
    if repaired:
        report.repaired_geometries[layer] = report.repaired_geometries.get(layer, 0) + repaired
    gdf = NORMALISERS[layer](gdf, path, ctx)
    if ctx.area is not None and layer in IN_STUDY_AREA:
        check_inside(gdf, ctx.area, path, layer, raw.xy_columns)
    report.sources[layer] = path
    return gdf.reset_index(drop=True)


def _villages(gdf, path: Path, ctx: Context) -> gpd.GeoDataFrame:
    for column in ("village_id", "name", "commune", "district", "households"):
        if column not in gdf.columns:
            raise missing_column_error(path, "villages", column, list(gdf.columns))
    out = gdf.copy()
    out["village_id"] = as_id(out["village_id"])
    require(out["village_id"], path, "village_id")
    check_unique(out["village_id"], path, "village_id")
    for column in ("name", "commune", "district"):
        out[column] = as_text(out[column])
    out["households"] = _count(out, "households", path, required=True, low=0)
    if "fiber_subscribers" in out.columns:
        out["fiber_subscribers"] = _count(out, "fiber_subscribers", path, required=False, low=0)
    else:
        out["fiber_subscribers"] = pd.Series(0, index=out.index, dtype="Int64")
    more = int((out["fiber_subscribers"] > out["households"]).sum())
    if more:
        ctx.report.warnings.append(Text(
            f"{path.name}: {more} village(s) with more fiber subscribers than households",
            f"{path.name}: {more} thôn có số thuê bao cáp quang lớn hơn số hộ"))
    _centres(out, path, ctx)
    extras = [c for c in out.columns if c not in COLUMNS["villages"] and c != out.geometry.name
              and c != "centre_estimated"]
    return out[COLUMNS["villages"] + ["centre_estimated"] + extras + [out.geometry.name]]


def _count(df, column, path, *, required: bool, low: int) -> pd.Series:
    values = to_number(df[column], path, column, example="120")
    if required:
        require(values, path, column)
    values = values.fillna(0.0)
    what = Text("the household count" if column == "households" else f"'{column}'",
                "số hộ" if column == "households" else f"'{column}'")
    check_range(values, path, column, low, MAX_HOUSEHOLDS, what)
    return check_integer(values, path, column)


def _centres(out: gpd.GeoDataFrame, path: Path, ctx: Context) -> None:
    """Centre (cultural house) columns, or a representative point flagged as estimated."""
    lon = lat = pd.Series(np.nan, index=out.index)
    if "centre_lon" in out.columns and "centre_lat" in out.columns:
        lon = to_number(out["centre_lon"], path, "centre_lon", example="103.97")
        lat = to_number(out["centre_lat"], path, "centre_lat", example="22.48")
        check_range(lon, path, "centre_lon", -180, 180, Text("centre longitude", "kinh độ tâm"))
        check_range(lat, path, "centre_lat", -90, 90, Text("centre latitude", "vĩ độ tâm"))
    estimated = lon.isna() | lat.isna()
    if estimated.any():
        points = out.geometry[estimated].representative_point()
        lon, lat = lon.where(~estimated, points.x), lat.where(~estimated, points.y)
        ctx.report.warnings.append(Text(
            f"{path.name}: {int(estimated.sum())} village(s) without a centre (cultural house): "
            "a point inside the polygon is used and marked as estimated",
            f"{path.name}: {int(estimated.sum())} thôn không có tọa độ tâm (nhà văn hóa): "
            "dùng một điểm bên trong ranh giới thôn, đánh dấu là ước tính"))
    out["centre_lon"], out["centre_lat"] = lon.astype(float), lat.astype(float)
    out["centre_estimated"] = estimated.astype(bool)
    given = ~estimated
    if given.any():
        crs = metric_crs(out)
        centres = gpd.GeoSeries(gpd.points_from_xy(lon[given], lat[given]), index=out.index[given],
                                crs=out.crs).to_crs(crs)
        far = int((centres.distance(out.geometry[given].to_crs(crs)) > CENTRE_TOLERANCE_M).sum())
        if far:
            ctx.report.warnings.append(Text(
                f"{path.name}: {far} village centre(s) lie more than "
                f"{CENTRE_TOLERANCE_M:g} m outside their village polygon",
                f"{path.name}: {far} tâm thôn nằm ngoài ranh giới thôn hơn {CENTRE_TOLERANCE_M:g} m"))


def _households(gdf, path: Path, ctx: Context) -> gpd.GeoDataFrame:
    out = gdf.copy()
    if "households" in out.columns:
        out["households"] = _count(out, "households", path, required=True, low=1)
    else:
        out["households"] = pd.Series(1, index=out.index, dtype="Int64")
        ctx.report.warnings.append(Text(
            f"{path.name}: no 'households' column: each point counts as one household",
            f"{path.name}: không có cột 'households': mỗi điểm tính là một hộ"))
    ids = as_id(out["village_id"]) if "village_id" in out.columns else pd.Series(
        "", index=out.index, dtype=object)
    missing = blank(ids)
    if ctx.villages is not None and missing.any():
        # a household without a village id belongs to the village polygon it lies in
        joined = gpd.sjoin(out.loc[missing, [out.geometry.name]],
                           ctx.villages[["village_id", ctx.villages.geometry.name]],
                           how="left", predicate="within")
        joined = joined[~joined.index.duplicated()]
        ids = ids.where(~missing, joined["village_id"].reindex(ids.index).fillna(""))
    if ctx.villages is not None:
        unknown = int((~ids.isin(ctx.villages["village_id"]) & ~blank(ids)).sum())
        if unknown:
            ctx.report.warnings.append(Text(
                f"{path.name}: {unknown} household point(s) name a village_id that is not in "
                "the villages layer", f"{path.name}: {unknown} điểm hộ có village_id không có "
                "trong lớp thôn"))
    out["village_id"] = ids.astype(object)
    return _ordered(out, ["village_id", "households"])


def _cables(gdf, path: Path, ctx: Context) -> gpd.GeoDataFrame:
    out = gdf.copy()
    out["cable_id"] = _ids(out, "cable_id", "C")
    kinds = as_text(out["kind"]) if "kind" in out.columns else pd.Series("", index=out.index)
    mapped = by_unique(kinds, lambda v: CABLE_KINDS.get(key(v)))
    unknown = mapped.isna()
    if unknown.any():
        values = ", ".join(sorted(set(kinds[unknown]))[:5])
        ctx.report.warnings.append(Text(
            f"{path.name}: {int(unknown.sum())} cable(s) of unknown kind ({values}) taken as "
            "distribution cables", f"{path.name}: {int(unknown.sum())} tuyến cáp loại không rõ "
            f"({values}) được coi là cáp phân phối"))
    out["kind"] = mapped.fillna("distribution").astype(object)
    return _ordered(out, ["cable_id", "kind"])


def _access_points(gdf, path: Path, ctx: Context) -> gpd.GeoDataFrame:
    out = gdf.copy()
    out["ap_id"] = _ids(out, "ap_id", "AP")
    return _ordered(out, ["ap_id"])


def _wifi(gdf, path: Path, ctx: Context) -> gpd.GeoDataFrame:
    out = gdf.copy()
    out["wifi_id"] = _ids(out, "wifi_id", "W")
    out["name"] = as_text(out["name"]) if "name" in out.columns else ""
    return _ordered(out, ["wifi_id", "name"])


def _reference(gdf, path: Path, ctx: Context) -> gpd.GeoDataFrame:
    return gdf


def _ids(df, column: str, prefix: str) -> pd.Series:
    """Ids as text; missing ones numbered from the row (``AP7`` for row 7)."""
    ids = as_id(df[column]) if column in df.columns else pd.Series("", index=df.index)
    generated = prefix + pd.Series(df.index + 1, index=df.index).astype(str)
    return ids.where(~blank(ids), generated).astype(object)


def _ordered(df: gpd.GeoDataFrame, first_columns: list) -> gpd.GeoDataFrame:
    rest = [c for c in df.columns if c not in first_columns and c != df.geometry.name]
    return df[first_columns + rest + [df.geometry.name]]


NORMALISERS = {
    "villages": _villages,
    "households": _households,
    "cells": lambda gdf, path, ctx: cells.normalise_cells(gdf, path, ctx.report.warnings),
    "fiber_cables": _cables,
    "fiber_access_points": _access_points,
    "wifi": _wifi,
    "communes": _reference,
    "districts": _reference,
    "roads": _reference,
}
