"""The gap list's columns: stable keys, bilingual headers, shapefile field names, values.

A gap table (:func:`coverage_planner.core.exports.gap_table`) keeps these **keys** as its column
names, so code never depends on the language; :func:`localised` gives the same table with the
headers of one language, as CSV, Excel, KML, HTML and PDF show it. GeoPackage and GeoJSON keep
the keys as field names (identifiers that scripts and QGIS expressions rely on; the GeoPackage
carries the headers as QGIS field aliases), and shapefiles use :data:`SHAPEFILE_FIELDS`.
"""

from __future__ import annotations

import pandas as pd

from coverage_planner.core.common.text import Text

TECHS = ("2G", "3G", "4G", "5G")

#: key -> header, in table order
HEADERS: dict[str, Text] = {
    "village_id": Text("Village ID", "Mã thôn"),
    "name": Text("Village", "Thôn, bản, tổ dân phố"),
    "commune": Text("Commune (to June 2025)", "Xã, phường, thị trấn (đến 6/2025)"),
    "district": Text("District (to June 2025)", "Huyện, thị xã, thành phố (đến 6/2025)"),
    "ward_2025": Text("Commune / ward from 1 July 2025", "Xã, phường (từ 1/7/2025)"),
    "households": Text("Households", "Số hộ"),
    "lon": Text("Centre longitude", "Kinh độ trung tâm"),
    "lat": Text("Centre latitude", "Vĩ độ trung tâm"),
    **{f"status_{t}": Text(f"{t} signal", f"Sóng {t}") for t in TECHS},
    "broadband": Text("3G/4G broadband", "Băng rộng 3G/4G"),
    "fiber": Text("Fixed broadband (fiber)", "Băng rộng cố định (cáp quang)"),
    "best_technology": Text("Best technology", "Công nghệ tốt nhất"),
    "best_level_dbm": Text("Best level (dBm)", "Mức thu tốt nhất (dBm)"),
    "carrier": Text("Carrier (nearest site / access point)",
                    "Nhà mạng (trạm / điểm truy nhập gần nhất)"),
    "nearest_site": Text("Nearest site", "Trạm BTS gần nhất"),
    "distance_site_km": Text("Distance to site (km)", "Khoảng cách tới trạm (km)"),
    "nearest_ap": Text("Nearest fiber access point", "Điểm truy nhập cáp quang gần nhất"),
    "distance_ap_km": Text("Distance to access point (km)",
                           "Khoảng cách tới điểm truy nhập (km)"),
    "fiber_extension_km": Text("Suggested fiber extension (km)", "Đề xuất kéo cáp quang (km)"),
    "action": Text("Suggested action", "Đề xuất"),
}
KEYS = tuple(HEADERS)

#: key -> shapefile field name (dBASE: at most 10 characters, ASCII)
SHAPEFILE_FIELDS: dict[str, str] = {
    "village_id": "village_id", "name": "name", "commune": "commune", "district": "district",
    "ward_2025": "ward_2025", "households": "households", "lon": "lon", "lat": "lat",
    **{f"status_{t}": f"st_{t.lower()}" for t in TECHS},
    "broadband": "broadband", "fiber": "fiber", "best_technology": "best_tech",
    "best_level_dbm": "best_dbm", "carrier": "carrier", "nearest_site": "near_site",
    "distance_site_km": "site_km", "nearest_ap": "near_ap", "distance_ap_km": "ap_km",
    "fiber_extension_km": "ext_km", "action": "action",
}

NUMERIC = ("households", "lon", "lat", "best_level_dbm", "distance_site_km", "distance_ap_km",
           "fiber_extension_km")
#: decimals kept for each numeric column
DECIMALS = {"lon": 6, "lat": 6, "best_level_dbm": 1, "distance_site_km": 2,
            "distance_ap_km": 2, "fiber_extension_km": 2}

YES = Text("yes", "có")
NO = Text("no", "không")

#: what each gap list holds (a title for files, sheets and the report)
GAP_TITLES: dict[str, Text] = {
    "fixed": Text("Villages without fixed broadband (fiber)",
                  "Thôn chưa có hạ tầng băng rộng cố định (cáp quang)"),
    "signal": Text("Villages without mobile signal (trắng sóng)",
                   "Thôn chưa có sóng di động (trắng sóng)"),
    "broadband": Text("Villages without 3G/4G mobile broadband",
                      "Thôn chưa có băng rộng di động 3G/4G"),
    "5g": Text("Villages without 5G", "Thôn chưa có sóng 5G"),
}
GAPS = tuple(GAP_TITLES)


def header(key: str, lang: str) -> str:
    return HEADERS[key](lang) if key in HEADERS else key


def localised(table: pd.DataFrame, lang: str | None = None) -> pd.DataFrame:
    """``table`` with the headers of ``lang`` (default: the language it was built in)."""
    lang = lang or table.attrs.get("lang", "vi")
    return table.rename(columns={k: header(k, lang) for k in table.columns})


def title(table: pd.DataFrame, lang: str | None = None) -> str:
    """"Villages without … — Viettel" for a table made by ``gap_table``."""
    lang = lang or table.attrs.get("lang", "vi")
    text = GAP_TITLES[table.attrs.get("gaps", "fixed")](lang)
    operator = table.attrs.get("operator")
    return f"{text} — {operator}" if operator else text
