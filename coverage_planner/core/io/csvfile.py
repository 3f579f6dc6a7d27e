"""CSV layers: points from longitude/latitude columns, or any geometry from a WKT column.

Text is UTF-8 (with or without BOM) or cp1258; the separator is ``,``, ``;`` or a tab, whichever
the header line uses most. Every value is read as text first so that ids keep their leading zeros
and a bad number ("30m") can be named with its row.
"""

from __future__ import annotations

import io
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.errors import DataError
from coverage_planner.core.io import encoding
from coverage_planner.core.io.checks import blank, first, row_of, to_number
from coverage_planner.core.io.columns import key, map_columns, missing_column_error
from coverage_planner.core.io.opencellid import HEADER as OCID_HEADER
from coverage_planner.core.io.opencellid import is_headerless
from coverage_planner.core.io.raw import RawLayer, unreadable
from coverage_planner.core.text import Text

WKT_KEYS = ("wkt", "geometry", "geom", "the_geom", "shape", "hinh_hoc")


def read_csv(path: Path, kind: str | None) -> RawLayer:
    text, codec = encoding.read_text(path)
    lines = text.lstrip().splitlines()
    if not lines:
        raise DataError(path, Text("the file is empty", "tệp rỗng"),
                        Text("export the layer again", "xuất lại lớp dữ liệu"))
    sep = max((",", ";", "\t"), key=lines[0].count)
    names = list(OCID_HEADER) if is_headerless(lines[0]) else None
    try:
        df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                         na_values=[""], names=names, header=None if names else "infer")
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise unreadable(path, str(exc).strip()) from None
    df = encoding.normalise_text(df)
    df.columns = [str(c).strip() for c in df.columns]
    notes = [] if codec == "utf-8-sig" else [
        Text(f"{path.name}: text read as {codec}", f"{path.name}: đọc chữ theo bảng mã {codec}")]
    wkt = next((c for c in df.columns if key(c) in WKT_KEYS), None)
    if wkt is not None:
        texts = df.pop(wkt)
        geoms = shapely.from_wkt(texts.where(~blank(texts), None).to_numpy(), on_invalid="ignore")
        bad = first(pd.Series(shapely.is_missing(geoms) & ~blank(texts).to_numpy(), index=df.index))
        if bad is not None:
            raise DataError(path, Text("the geometry is not valid WKT", "hình học không đúng WKT"),
                            Text("write it like POLYGON ((103.9 22.4, ...))",
                                 "viết theo dạng POLYGON ((103.9 22.4, ...))"),
                            row=row_of(bad), column=wkt)
        gdf = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, index=df.index), crs=None)
        return RawLayer(path, gdf, "csv", assume_wgs84=True, notes=notes)
    df, mapped = map_columns(df, kind, ["lon", "lat"])
    inverse = {ours: src for src, ours in mapped.items()}
    xy = (inverse.get("lon", "lon"), inverse.get("lat", "lat"))
    for ours in ("lon", "lat"):
        if ours not in df.columns:
            why = Text("a CSV layer needs longitude and latitude columns in WGS 84 degrees, "
                       "or a WKT geometry column",
                       "lớp CSV cần cột kinh độ và vĩ độ (độ, WGS 84) hoặc cột hình học WKT")
            raise missing_column_error(path, kind or "CSV", ours, list(df.columns), why=why)
    coords = {}
    for ours, src in zip(("lon", "lat"), xy):
        values = to_number(df[ours], path, src, example="103.97" if ours == "lon" else "22.48")
        bad = first(values.isna())
        if bad is not None:
            raise DataError(path, Text("the coordinate is missing", "thiếu tọa độ"),
                            Text("fill in longitude and latitude in degrees (WGS 84), or "
                                 "remove the row", "điền kinh độ, vĩ độ (độ, WGS 84) hoặc xóa dòng"),
                            row=row_of(bad), column=src)
        coords[ours] = df[ours] = values
    geometry = gpd.points_from_xy(np.asarray(coords["lon"]), np.asarray(coords["lat"]))
    gdf = gpd.GeoDataFrame(df, geometry=geometry, crs=None)
    return RawLayer(path, gdf, "csv", assume_wgs84=True, xy_columns=xy, mapped=mapped, notes=notes)
