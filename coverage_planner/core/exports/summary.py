"""The 2023-style table, per district and per carrier, as rows for Excel and the PDF."""

from __future__ import annotations

from coverage_planner.core.analysis.table_text import ROWS
from coverage_planner.core.common.text import Text

T = {
    "indicator": Text("Indicator", "Chỉ tiêu"),
    "value": Text("Number", "Số lượng"),
    "share": Text("Share", "Tỷ lệ"),
    "hh_fiber": Text("Households with fiber (subscribed)", "Hộ dùng cáp quang"),
    "hh_total": Text("Households", "Tổng số hộ"),
    "sites_5g": Text("5G sites", "Trạm 5G"),
    "wifi": Text("Public Wi-Fi points", "Điểm Wi-Fi công cộng"),
    "district": Text("District", "Huyện, thị xã, thành phố"),
    "villages": Text("Villages", "Số thôn"),
    "signal": Text("Mobile signal", "Có sóng"),
    "broadband": Text("3G/4G", "3G/4G"),
    "fiber": Text("Fiber", "Cáp quang"),
    "no_fiber": Text("No fiber", "Chưa có cáp quang"),
    "in_list": Text("In this list", "Trong danh sách"),
    "households_in_list": Text("Households in list", "Số hộ trong danh sách"),
    "carrier": Text("Carrier", "Nhà mạng"),
    "sites": Text("Sites", "Số trạm"),
    "g5": Text("5G", "5G"),
    "total": Text("Total", "Tổng"),
}


def fmt_int(value, lang: str) -> str:
    text = f"{int(value):,}"
    return text.replace(",", ".") if lang == "vi" else text


def summary_rows(summary: dict, lang: str) -> list[tuple[str, int, float | None]]:
    """(label, value, share of the villages or households, or None) for the province."""
    def share(part, whole):
        return part / whole if whole else None

    total = summary["villages_total"]
    rows = [(label(lang), int(summary[key]),
             None if key == "villages_total" else share(summary[key], total))
            for key, label in ROWS]
    rows.append((T["hh_total"](lang), int(summary["households_total"]), None))
    rows.append((T["hh_fiber"](lang), int(summary["households_fiber"]),
                 share(summary["households_fiber"], summary["households_total"])))
    rows.append((T["sites_5g"](lang), int(summary.get("sites_5g", 0)), None))
    rows.append((T["wifi"](lang), int(summary.get("wifi_points", 0)), None))
    return rows


def fmt_share(value: float | None, lang: str) -> str:
    """"58.3 %" ("58,3 %" in Vietnamese); "" for None."""
    if value is None:
        return ""
    text = f"{100.0 * value:.1f} %"
    return text.replace(".", ",") if lang == "vi" else text


def district_header(lang: str) -> list[str]:
    return [T[k](lang) for k in ("district", "villages", "signal", "broadband", "fiber",
                                 "no_fiber", "in_list", "households_in_list")]


def district_rows(summary: dict, table) -> list[list]:
    """Per district: villages, signal, 3G/4G, fiber, no fiber, the list's villages, households."""
    in_list = table.groupby("district")["households"].agg(["size", "sum"]) if len(table) else None
    rows = []
    for name, d in summary.get("by_district", {}).items():
        n, hh = (0, 0)
        if in_list is not None and name in in_list.index:
            n, hh = int(in_list.loc[name, "size"]), int(in_list.loc[name, "sum"])
        rows.append([name, d["villages_total"], d["mobile_signal"], d["mobile_broadband"],
                     d["fixed_broadband"], d["without_fixed_broadband"], n, hh])
    return rows


def operator_header(lang: str) -> list[str]:
    return [T[k](lang) for k in ("carrier", "sites", "signal", "broadband", "g5")]


def operator_rows(summary: dict) -> list[list]:
    return [[name, d["sites"], d["mobile_signal"], d["villages_3g_4g_signal"], d["villages_5g"]]
            for name, d in summary.get("by_operator", {}).items()]
