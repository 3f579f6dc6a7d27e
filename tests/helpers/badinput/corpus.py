"""The bad-input corpus: each case spoils one file of a small valid data folder.

A :class:`Case` says which layer it spoils, what is wrong, the file the refusal must name (and
the row / column when there is one), and whether the folder must be refused (a DataError) or
loaded with a warning (a repair or a conversion, e.g. a TCVN3 Shapefile or a DEM with a few
holes). The folder is written as text, not through GDAL, so that a case costs milliseconds.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: Lào Cai city, roughly (as in tests/core/conftest.py)
LON0, LAT0 = 103.97, 22.48
VILLAGE_PROPS = [
    {"village_id": "V1", "name": "Bản Phố", "commune": "Cốc Lếu", "district": "Lào Cai",
     "households": 100},
    {"village_id": "V2", "name": "Thôn Làng Mới", "commune": "Cốc Lếu", "district": "Lào Cai",
     "households": 110},
    {"village_id": "V3", "name": "Tổ dân phố 1", "commune": "Cốc Lếu", "district": "Lào Cai",
     "households": 120},
]
SITE_HEADER = ["site_id", "cell_id", "operator", "technology", "frequency_mhz", "height_m",
               "eirp_dbm", "azimuth_deg", "beamwidth_deg", "tilt_deg", "lon", "lat"]
SITE_ROWS = [
    ["S1", "1", "Viettel", "4G", "1800", "30", "58", "0", "65", "4", "103.985", "22.495"],
    ["S1", "2", "Viettel", "4G", "1800", "30", "58", "120", "65", "4", "103.985", "22.495"],
    ["S1", "3", "Viettel", "3G", "2100", "30", "55", "240", "65", "4", "103.985", "22.495"],
    ["S2", "1", "VNPT", "2G", "900", "25", "55", "", "", "0", "104.015", "22.492"],
]


def square(i: int, size: float = 0.01) -> list:
    """Ring of the i-th village: squares in a row eastwards from (LON0, LAT0)."""
    x, y = LON0 + i * 0.02, LAT0
    return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]


def feature(props: dict, geometry: dict | None) -> dict:
    return {"type": "Feature", "properties": props, "geometry": geometry}


def polygon(i: int) -> dict:
    return {"type": "Polygon", "coordinates": [square(i)]}


def point(x: float, y: float) -> dict:
    return {"type": "Point", "coordinates": [x, y]}


def village_features() -> list:
    return [feature(dict(p), polygon(i)) for i, p in enumerate(VILLAGE_PROPS)]


def geojson(features: list, crs: str | None = None) -> str:
    data: dict = {"type": "FeatureCollection", "features": features}
    if crs:
        data["crs"] = {"type": "name", "properties": {"name": crs}}
    return json.dumps(data, ensure_ascii=False, allow_nan=True)


def csv_text(header: list, rows: list, sep: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def site_rows() -> list:
    return [list(r) for r in SITE_ROWS]


def write_good_folder(root: Path) -> Path:
    """villages.geojson (3 polygons) and sites.csv (4 cells): a folder that loads."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "villages.geojson").write_text(geojson(village_features()), encoding="utf-8")
    (root / "sites.csv").write_text(csv_text(SITE_HEADER, site_rows()), encoding="utf-8")
    return root


def set_sites(root: Path, column: str, row: int, value: str) -> None:
    """Write sites.csv with ``column`` of 1-based ``row`` set to ``value``."""
    rows = site_rows()
    rows[row - 1][SITE_HEADER.index(column)] = value
    (root / "sites.csv").write_text(csv_text(SITE_HEADER, rows), encoding="utf-8")


def set_village(root: Path, key: str, row: int, value) -> None:
    """Write villages.geojson with property ``key`` of 1-based ``row`` set to ``value``."""
    features = village_features()
    features[row - 1]["properties"][key] = value
    (root / "villages.geojson").write_text(geojson(features), encoding="utf-8")


@dataclass(frozen=True)
class Case:
    """One bad input."""

    name: str
    layer: str
    wrong: str
    make: Callable[[Path], None]
    file: str  # the file the message must name ("" for the data folder itself)
    row: int | None = None
    column: str | None = None
    outcome: str = "refused"  # or "warned": loaded, with ``expect`` in a warning
    expect: str = ""  # text the English message (or warning) must contain
    call: str = "folder"  # load_folder, or "templates" for load_templates


CASES: list[Case] = []


def case(name: str, layer: str, wrong: str, file: str, **kwargs) -> Callable:
    """Register the decorated folder-spoiling function as a :class:`Case`."""
    def register(make: Callable[[Path], None]) -> Callable[[Path], None]:
        if any(c.name == name for c in CASES):
            raise ValueError(f"duplicate case name {name}")
        CASES.append(Case(name, layer, wrong, make, file, **kwargs))
        return make

    return register
