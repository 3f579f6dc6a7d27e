"""Excel workbook (openpyxl): a summary sheet with the 2023-style table, the whole list, then
one sheet per group (district, or district — commune). Every list sheet has a frozen, bold
header row, an auto-filter and column widths fitted to the content."""

from __future__ import annotations

import math
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from coverage_planner.core.common.text import Text
from coverage_planner.core.exports import summary as S
from coverage_planner.core.exports.columns import DECIMALS, localised, title
from coverage_planner.core.exports.gaps import groups
from coverage_planner.core.exports.sources import (
    calibration_line,
    dataset_name,
    source_rows,
    synthetic_notice,
)

BAD = re.compile(r"[\[\]:*?/\\]")
HEAD_FILL = PatternFill("solid", fgColor="DDE4EE")
BOLD = Font(bold=True)
T = {
    "summary": Text("Summary", "Tổng hợp"),
    "all": Text("All villages", "Tất cả"),
    "sources": Text("Data sources", "Nguồn dữ liệu"),
    "layer": Text("Layer", "Lớp"),
    "origin": Text("Origin", "Nguồn gốc"),
    "note": Text("Note", "Ghi chú"),
    "by_district": Text("By district", "Theo huyện"),
    "by_carrier": Text("By carrier", "Theo nhà mạng"),
    "list": Text("Villages in this list", "Số thôn trong danh sách"),
}


def sheet_name(name: str, taken: set) -> str:
    """At most 31 characters, none of []:*?/\\, not starting/ending with ', unique."""
    base = BAD.sub("-", str(name)).strip("'").strip() or "Sheet"
    base = base[:31]
    out, n = base, 2
    while out.lower() in taken:
        tail = f" ({n})"
        out, n = base[: 31 - len(tail)] + tail, n + 1
    taken.add(out.lower())
    return out


def _value(v):
    if isinstance(v, float) and math.isnan(v):
        return None
    return v.item() if hasattr(v, "item") else v


def _list_sheet(ws, table, lang: str) -> None:
    frame = localised(table, lang)
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        ws.append([_value(v) for v in row])
    for cell in ws[1]:
        cell.font, cell.fill = BOLD, HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 30  # two lines of wrapped header
    last = get_column_letter(max(1, len(frame.columns)))
    ws.auto_filter.ref = f"A1:{last}{max(1, len(frame) + 1)}"
    for j, key in enumerate(table.columns, start=1):
        letter = get_column_letter(j)
        if key in DECIMALS:
            fmt = "0." + "0" * DECIMALS[key]
            for cell in ws[letter][1:]:
                cell.number_format = fmt
        values = [str(v) for v in frame.iloc[:, j - 1].head(500) if v is not None]
        longest = max([len(v) for v in values] + [min(len(str(frame.columns[j - 1])), 18), 6])
        ws.column_dimensions[letter].width = min(longest + 2, 60)


def _table(ws, header: list, rows: list) -> None:
    ws.append(header)
    for cell in ws[ws.max_row]:
        cell.font, cell.fill = BOLD, HEAD_FILL
    for row in rows:
        ws.append([_value(v) for v in row])


def _summary_sheet(ws, table, job) -> None:
    lang, s = job.lang, job.result.summary
    ws.append([title(table, lang)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([dataset_name(job.project)])
    notice = synthetic_notice(job.project, lang)
    if notice:
        ws.append([notice])
        ws.cell(ws.max_row, 1).font = Font(bold=True, color="C00000")
    ws.append([calibration_line(job.result.profile, lang)])
    ws.append([])
    _table(ws, [S.T[k](lang) for k in ("indicator", "value", "share")],
           [list(r) for r in S.summary_rows(s, lang)])
    for cell in ws["C"][-len(S.summary_rows(s, lang)):]:
        cell.number_format = "0.0%"
    ws.append([T["list"](lang), len(table)])
    ws.cell(ws.max_row, 1).font = BOLD
    ws.append([])
    ws.append([T["by_district"](lang)])
    ws.cell(ws.max_row, 1).font = BOLD
    _table(ws, S.district_header(lang), S.district_rows(s, table))
    ws.append([])
    ws.append([T["by_carrier"](lang)])
    ws.cell(ws.max_row, 1).font = BOLD
    _table(ws, S.operator_header(lang), S.operator_rows(s))
    ws.append([])
    ws.append([T["sources"](lang)])
    ws.cell(ws.max_row, 1).font = BOLD
    _table(ws, [T[k](lang) for k in ("layer", "origin", "note")],
           [list(r) for r in source_rows(job.project, lang)])
    for letter, width in zip("ABCDEFGH", (44, 14, 14, 14, 14, 16, 16, 18)):
        ws.column_dimensions[letter].width = width


def write(table, out: Path, job) -> list[Path]:
    lang = job.lang
    wb = Workbook()
    ws = wb.active
    taken: set = set()
    ws.title = sheet_name(T["summary"](lang), taken)
    _summary_sheet(ws, table, job)
    _list_sheet(wb.create_sheet(sheet_name(T["all"](lang), taken)), table, lang)
    parts = groups(table)
    for i, (name, part) in enumerate(parts):
        _list_sheet(wb.create_sheet(sheet_name(name, taken)), part, lang)
        job.step(0.1 + 0.8 * (i + 1) / max(1, len(parts)), Text("Excel sheets", "Trang Excel"))
    wb.properties.title = title(table, lang)
    wb.properties.description = " — ".join(
        p for p in (synthetic_notice(job.project, lang),
                    calibration_line(job.result.profile, lang)) if p) or None
    wb.properties.creator = "coverage-planner"
    wb.save(out)
    return [out]
