"""CSV layers: points from longitude/latitude columns, or any geometry from a WKT column.

Text is UTF-8 (with or without BOM), UTF-16, TCVN3 (converted) or cp1258 (:mod:`.encoding`);
the separator is ``,``, ``;`` or a tab, whichever the header line uses most. Every value is read as text first so that ids keep their leading zeros
and a bad number ("30m") can be named with its row.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.io import encoding
from coverage_planner.core.io.checks import blank, first, row_of, to_number
from coverage_planner.core.io.columns import key, map_columns, missing_column_error
from coverage_planner.core.io.opencellid import HEADER as OCID_HEADER
from coverage_planner.core.io.opencellid import is_headerless
from coverage_planner.core.io.raw import RawLayer, unreadable

WKT_KEYS = ("wkt", "geometry", "geom", "the_geom", "shape", "hinh_hoc")


def _too_many_fields(path: Path, row: int, sep: str) -> DataError:
    shown = {"\t": "tab"}.get(sep, f"'{sep}'")
    return DataError(
        path,
        Text(f"this row has more values than the header has columns (separator {shown})",
             f"dòng này có nhiều giá trị hơn số cột của dòng tiêu đề (dấu phân cách {shown})"),
        Text("put quotes around values that contain the separator, write decimals with a dot "
             "(1.5, not 1,5), or add the missing column names to the header",
             "đặt giá trị có chứa dấu phân cách trong ngoặc kép, ghi số thập phân bằng dấu chấm "
             "(1.5, không phải 1,5), hoặc bổ sung tên cột còn thiếu ở dòng tiêu đề"),
        row=row,
    )


def _check_header(path: Path, line: str, sep: str) -> None:
    """Refuse a header naming a column twice (which of the two would be used?)."""
    seen: set = set()
    for name in next(csv.reader([line], delimiter=sep), []):
        name = unicodedata.normalize("NFC", name.strip())
        if name in seen and name:
            raise DataError(path, Text(f"the header names the column '{name}' twice",
                                       f"dòng tiêu đề có hai cột cùng tên '{name}'"),
                            Text("give each column its own name, or remove the extra one",
                                 "đặt tên riêng cho mỗi cột, hoặc xóa cột thừa"), column=name)
        seen.add(name)


def read_csv(path: Path, kind: str | None) -> RawLayer:
    text, codec = encoding.read_text(path)
    lines = text.lstrip().splitlines()
    if not lines:
        raise DataError(path, Text("the file is empty", "tệp rỗng"),
                        Text("export the layer again", "xuất lại lớp dữ liệu"))
    sep = max((",", ";", "\t"), key=lines[0].count)
    names = list(OCID_HEADER) if is_headerless(lines[0]) else None
    if names is None:
        _check_header(path, lines[0], sep)
    try:
        with warnings.catch_warnings():  # a first row longer than the header: an error too
            warnings.simplefilter("error", pd.errors.ParserWarning)
            df = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                             na_values=[""], names=names, header=None if names else "infer",
                             index_col=False)
    except pd.errors.ParserWarning:
        raise _too_many_fields(path, 1, sep) from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        found = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if found:
            line = int(found[2])
            raise _too_many_fields(path, line if names else line - 1, sep) from None
        raise unreadable(path, str(exc).strip()) from None
    df = encoding.normalise_text(df)
    df.columns = [str(c).strip() for c in df.columns]
    encoding.check_columns(df, path)
    notes = [] if codec == "utf-8-sig" else [encoding.tcvn3_note(path)] if (
        codec == encoding.TCVN3_NAME) else [
        Text(f"{path.name}: text read as {codec}", f"{path.name}: đọc chữ theo bảng mã {codec}")]
    if codec in ("utf-8-sig", "UTF-16"):
        df = encoding.fix_unicode(df, path, notes)
    wkt = next((c for c in df.columns if key(c) in WKT_KEYS), None)
    if wkt is not None:
        texts = df.pop(wkt)
        strings = np.array([v if isinstance(v, str) and v.strip() else None for v in texts]
                           + [""], dtype=object)[:-1]
        geoms = shapely.from_wkt(strings, on_invalid="ignore")
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
