"""A file as read, before CRS and schema checks; the refusal for files that cannot be read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text


@dataclass
class RawLayer:
    """A file as read, before CRS and schema checks."""

    path: Path
    gdf: gpd.GeoDataFrame
    fmt: str
    assume_wgs84: bool = False  # CSV and KML are WGS 84 by definition
    xy_columns: tuple[str, str] | None = None  # CSV: the source longitude/latitude columns
    mapped: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    truncated_names: bool = False  # Shapefile field names are cut at 10 characters


def unreadable(path: Path, detail: str) -> DataError:
    return DataError(
        path,
        Text(f"the file cannot be read; it may be damaged or truncated ({detail})",
             f"không đọc được tệp; tệp có thể bị hỏng hoặc thiếu ({detail})"),
        Text("export it again from the program that made it (and copy it completely)",
             "xuất lại tệp từ phần mềm đã tạo ra nó (và sao chép đầy đủ)"),
    )
