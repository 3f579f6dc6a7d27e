"""The rollout plan as files: an Excel workbook and a GeoPackage.

XLSX (openpyxl; money as numbers in VND with a ``#,##0`` format, never text): *Summary* (the
plan's figures, then the comparison with the province's targets), *Items*, *Per carrier*,
*Per district*, *Villages* (the per-village answer of
:func:`~coverage_planner.core.planning.rollout_villages.village_answers`, Giga's columns).

GeoPackage: ``plan_sites`` (masts, upgrades, satellite terminals: points), ``plan_fiber``
(fiber extensions: lines), ``plan_villages`` (village centres with the per-village answer), and
the attribute tables ``plan_per_carrier``, ``plan_per_district`` and ``plan_targets``.
Both are written whole or not at all (a temporary beside the target, then one rename).
"""

from __future__ import annotations

import math
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.exports.plan_tables import (
    TARGET_NOTE,
    TARGETS,
    grouped,
    items_table,
    summary_rows,
    targets_table,
)
from coverage_planner.core.planning.rollout_villages import village_answers

VND_FORMAT = "#,##0"
SHARE_FORMAT = "0.0%"
HEAD_FILL = PatternFill("solid", fgColor="DDE4EE")
BOLD = Font(bold=True)
SHEETS = {
    "summary": Text("Summary", "Tổng hợp"), "items": Text("Items", "Hạng mục"),
    "carrier": Text("Per carrier", "Theo nhà mạng"), "district": Text("Per district", "Theo huyện"),
    "villages": Text("Villages", "Thôn"),
}
FORMATS = (".xlsx", ".gpkg")


class PlanTables:
    """Every table of a plan, computed once for the writers."""

    def __init__(self, plan, cset, costs, *, targets=TARGETS, after: pd.DataFrame | None = None,
                 lang: str | None = None):
        self.plan, self.cset, self.costs, self.lang = plan, cset, costs, lang
        self.answers = village_answers(cset, plan, costs)
        self.items = items_table(plan, cset, costs, lang)
        self.per_carrier = grouped(self.items, self.answers, "operator")
        self.per_district = grouped(self.items, self.answers, "district")
        self.targets = targets_table(cset.villages, self.answers, targets, after, lang)
        self.summary = summary_rows(plan, cset, costs, lang)


def write_plan(path: str | Path, tables: PlanTables) -> Path:
    """Write ``tables`` as ``path`` (.xlsx or .gpkg)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, tables)
    if suffix == ".gpkg":
        return write_gpkg(path, tables)
    raise DataError(path, Text(f"cannot write a plan as '{suffix or path.name}'",
                               f"không ghi được phương án dưới dạng '{suffix or path.name}'"),
                    Text("name the output .xlsx or .gpkg", "đặt tên tệp .xlsx hoặc .gpkg"))


def _is_money(column: str) -> bool:
    return column.endswith("_vnd") or column.endswith("_vnd_per_year")


def _cell(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value.item() if hasattr(value, "item") else value


def _table_sheet(ws, frame: pd.DataFrame, share_cols=()) -> None:
    ws.append(list(frame.columns))
    for cell in ws[1]:
        cell.font, cell.fill = BOLD, HEAD_FILL
    for row in frame.itertuples(index=False):
        ws.append([_cell(v) for v in row])
    for j, col in enumerate(frame.columns, start=1):
        letter = get_column_letter(j)
        fmt = VND_FORMAT if _is_money(col) else SHARE_FORMAT if col in share_cols else None
        if fmt:
            for cell in ws[letter][1:]:
                cell.number_format = fmt
        width = max([len(str(col))] + [len(str(v)) for v in frame[col].head(200)])
        ws.column_dimensions[letter].width = min(max(10, width + 2), 60)
    ws.freeze_panes = "A2"
    if len(frame):
        ws.auto_filter.ref = ws.dimensions


def write_xlsx(path: str | Path, t: PlanTables) -> Path:
    """The workbook (see the module docstring)."""
    lang = t.lang
    wb = Workbook()
    ws = wb.active
    ws.title = SHEETS["summary"](lang)
    ws.append([Text("Rollout plan", "Phương án đầu tư")(lang)])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    for label, value in t.summary:
        ws.append([label, _cell(value)])
        if isinstance(value, float) and ("VND" in label or "(đồng)" in label):
            ws.cell(ws.max_row, 2).number_format = VND_FORMAT
        if label.startswith(("Optimality gap", "Khoảng cách")):
            ws.cell(ws.max_row, 2).number_format = "0.00%"
    ws.append([])
    ws.append([Text("Targets", "Chỉ tiêu")(lang)])
    ws.cell(ws.max_row, 1).font = BOLD
    start = ws.max_row + 1
    ws.append(list(t.targets.columns))
    for cell in ws[start]:
        cell.font, cell.fill = BOLD, HEAD_FILL
    for row in t.targets.itertuples(index=False):
        ws.append([_cell(v) for v in row])
        for j in (3, 4, 5):
            ws.cell(ws.max_row, j).number_format = SHARE_FORMAT
    ws.append([TARGET_NOTE(lang)])
    ws.column_dimensions["A"].width = 60
    ws.column_dimensions["B"].width = 24
    for key, frame in (("items", t.items), ("carrier", t.per_carrier),
                       ("district", t.per_district), ("villages", t.answers)):
        _table_sheet(wb.create_sheet(SHEETS[key](lang)), frame)
    with replacing(path, ".xlsx") as tmp:
        wb.save(tmp)
    return Path(path)


def _geo_items(t: PlanTables) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    by_id = t.cset.by_id()
    geoms = [by_id[i].geometry for i in t.items["id"]]
    frame = gpd.GeoDataFrame(t.items.drop(columns=["lon", "lat"]), geometry=geoms,
                             crs="EPSG:4326")
    is_line = frame.geom_type.isin(["LineString", "MultiLineString"]).to_numpy()
    return frame[~is_line], frame[is_line]


def write_gpkg(path: str | Path, t: PlanTables) -> Path:
    """The GeoPackage (see the module docstring)."""
    points, lines = _geo_items(t)
    a = t.answers
    villages = gpd.GeoDataFrame(a, geometry=gpd.points_from_xy(a["longitude"], a["latitude"]),
                                crs="EPSG:4326")
    with replacing(path, ".gpkg", empty=True) as tmp:
        for name, frame, geom in (("plan_sites", points, "Point"),
                                  ("plan_fiber", lines, "LineString"),
                                  ("plan_villages", villages, "Point")):
            pyogrio.write_dataframe(frame.reset_index(drop=True), tmp, layer=name,
                                    driver="GPKG", geometry_type=geom, append=tmp.exists())
        for name, frame in (("plan_per_carrier", t.per_carrier),
                            ("plan_per_district", t.per_district), ("plan_targets", t.targets)):
            pyogrio.write_dataframe(pd.DataFrame(frame).reset_index(drop=True), tmp, layer=name,
                                    driver="GPKG", append=True)
    return Path(path)


__all__ = ["PlanTables", "write_plan", "write_xlsx", "write_gpkg", "FORMATS", "VND_FORMAT"]
