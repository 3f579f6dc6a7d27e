"""The report's story: first page (title, date, sources, the 2023 table), the map, the
district and carrier tables, the calibration (when there is one), the rollout plan (when one was
computed: :mod:`.plan_page`), and the gap list by district."""

from __future__ import annotations

import datetime as dt
import math

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from coverage_planner.core.common.text import Text
from coverage_planner.core.exports import summary as S
from coverage_planner.core.exports.columns import header, title
from coverage_planner.core.exports.report.calibration_page import calibration_story
from coverage_planner.core.exports.report.fonts import BODY, NARROW
from coverage_planner.core.exports.report.mapdraw import map_drawing
from coverage_planner.core.exports.report.plan_page import plan_story
from coverage_planner.core.exports.report.styles import _esc, grid, styles
from coverage_planner.core.exports.sources import (
    WARDS_SOURCE,
    calibration_line,
    dataset_name,
    profile_line,
    source_rows,
    synthetic_notice,
)

WIDTH = A4[0] - 30 * mm
T = {
    "title": Text("Telecom coverage report by village",
                  "Báo cáo hiện trạng phủ sóng viễn thông theo thôn"),
    "date": Text("Date: {d}", "Ngày lập: {d}"),
    "sources": Text("Data sources", "Nguồn dữ liệu"),
    "layer": Text("Layer", "Lớp dữ liệu"),
    "origin": Text("Origin", "Nguồn gốc"),
    "note": Text("Note", "Ghi chú"),
    "summary": Text("Coverage summary (as in the 2023 provincial table)",
                    "Tổng hợp phủ sóng (theo bảng của tỉnh năm 2023)"),
    "in_list": Text("Villages in the gap list", "Số thôn trong danh sách"),
    "map": Text("Map", "Bản đồ"),
    "by_district": Text("By district", "Theo huyện, thị xã, thành phố"),
    "by_carrier": Text("By carrier", "Theo nhà mạng"),
    "notes": Text("Model validity", "Phạm vi hiệu lực của mô hình"),
    "list": Text("Gap list", "Danh sách thôn"),
    "count": Text("{n} villages, {h} households", "{n} thôn, {h} hộ"),
    "best": Text("Best signal", "Sóng tốt nhất"),
    "page": Text("Page {p}", "Trang {p}"),
    "synthetic": Text("Computed on SYNTHETIC data — not real infrastructure",
                      "Tính trên dữ liệu GIẢ LẬP — không phải hạ tầng thực tế"),
    "none": Text("No village in this list.", "Không có thôn nào trong danh sách."),
    "carrier_note": Text(
        "Carrier: of the nearest site (mobile lists) or fiber access point (fixed list, when "
        "the fiber data names one). Distances are straight lines from the village centre.",
        "Nhà mạng: của trạm gần nhất (danh sách di động) hoặc của điểm truy nhập cáp quang gần "
        "nhất (danh sách cố định, khi dữ liệu cáp quang có ghi). Khoảng cách là đường thẳng "
        "từ trung tâm thôn."),
}


def _num(value, nd: int, lang: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{nd}f}"
    if lang == "vi":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def _date(lang: str) -> str:
    today = dt.date.today()
    return today.strftime("%d/%m/%Y") if lang == "vi" else today.isoformat()


def _first_page(project, result, table, lang, st) -> list:
    story = [Paragraph(_esc(T["title"](lang)), st["title"]),
             Paragraph(_esc(dataset_name(project)), st["subtitle"]),
             Paragraph(_esc(T["date"](lang).format(d=_date(lang))), st["subtitle"])]
    notice = synthetic_notice(project, lang)
    if notice:
        story.append(Paragraph(_esc(notice), st["warn"]))
    story.append(Paragraph(_esc(T["sources"](lang)), st["h1"]))
    rows = source_rows(project, lang)
    if rows:
        story.append(grid([T[k](lang) for k in ("layer", "origin", "note")], rows,
                           [38 * mm, 26 * mm, WIDTH - 64 * mm], st, "cell"))
    story.append(Spacer(1, 3))
    story.append(Paragraph(_esc(WARDS_SOURCE(lang)), st["small"]))
    story.append(Paragraph(_esc(profile_line(result.profile, lang)), st["small"]))
    story.append(Paragraph(_esc(calibration_line(result.profile, lang)), st["small"]))
    story.append(Paragraph(_esc(T["summary"](lang)), st["h1"]))
    rows = [[label, S.fmt_int(v, lang), S.fmt_share(share, lang)] for label, v, share in
            S.summary_rows(result.summary, lang)]
    rows.append([T["in_list"](lang) + f" ({title(table, lang).lower()})",
                 S.fmt_int(len(table), lang), ""])
    story.append(grid([S.T[k](lang) for k in ("indicator", "value", "share")], rows,
                       [WIDTH - 60 * mm, 30 * mm, 30 * mm], st, "cell9"))
    return story


def _tables(result, table, lang, st) -> list:
    s = result.summary
    raw = S.district_rows(s, table)
    if raw:
        raw.append([S.T["total"](lang), *(sum(r[i] for r in raw) for i in range(1, 8))])
    rows = [[r[0], *(S.fmt_int(x, lang) for x in r[1:])] for r in raw]
    story = [Paragraph(_esc(T["by_district"](lang)), st["h1"]),
             grid(S.district_header(lang), rows, [46 * mm] + [(WIDTH - 46 * mm) / 7] * 7, st,
                   "cell9", total_row=True),
             Paragraph(_esc(T["by_carrier"](lang)), st["h1"]),
             grid(S.operator_header(lang),
                   [[r[0], *(S.fmt_int(x, lang) for x in r[1:])] for r in S.operator_rows(s)],
                   [46 * mm] + [(WIDTH - 46 * mm) / 4] * 4, st, "cell9")]
    notes = getattr(result, "notes", None) or []
    if notes:
        story.append(Paragraph(_esc(T["notes"](lang)), st["h2"]))
        story += [Paragraph(_esc("– " + n(lang)), st["small"]) for n in notes]
    return story


GAP_COLUMNS = ("village_id", "name", "commune", "ward_2025", "households", "best",
               "nearest_site", "nearest_ap", "action")
GAP_WIDTHS = (13, 24, 20, 20, 17, 13, 25, 24, 24)  # mm, fitted to the texts at 7 pt


def _gap_rows(part, lang) -> list:
    rows = []
    for r in part.itertuples(index=False):
        best = f"{r.best_technology} {_num(r.best_level_dbm, 1, lang)}" if r.best_technology \
            else "–"
        site = f"{r.nearest_site} ({_num(r.distance_site_km, 2, lang)} km)" if r.nearest_site \
            else "–"
        ap = f"{r.nearest_ap} ({_num(r.distance_ap_km, 2, lang)} km)" if r.nearest_ap else "–"
        rows.append([r.village_id, r.name, r.commune, r.ward_2025 or "–",
                     S.fmt_int(r.households, lang), best, site, ap, r.action or "–"])
    return rows


def _gap_list(table, lang, st) -> list:
    n, hh = len(table), int(table["households"].sum()) if len(table) else 0
    story = [Paragraph(_esc(f"{T['list'](lang)}: {title(table, lang)}"), st["h1"]),
             Paragraph(_esc(T["count"](lang).format(n=S.fmt_int(n, lang),
                                                    h=S.fmt_int(hh, lang))), st["body"]),
             Paragraph(_esc(T["carrier_note"](lang)), st["small"])]
    if not n:
        return story + [Paragraph(_esc(T["none"](lang)), st["body"])]
    head = [T["best"](lang) if k == "best" else header(k, lang) for k in GAP_COLUMNS]
    widths = [w * WIDTH / sum(GAP_WIDTHS) for w in GAP_WIDTHS]
    for name, part in table.groupby("district", sort=False):
        count = T["count"](lang).format(n=S.fmt_int(len(part), lang),
                                        h=S.fmt_int(int(part["households"].sum()), lang))
        story += [Spacer(1, 4), grid(head, _gap_rows(part, lang), widths, st,
                                     caption=f"{name} — {count}")]
    return story


def build(path, project, result, table, lang, plan, progress, rollout=None) -> None:
    """Write the report. ``plan``: the fiber plan drawn on the map (``plan_fiber``'s tuple) or
    None; ``rollout``: a :class:`~.plan_page.PlanReport` for the rollout plan's pages, or None."""
    st = styles()
    notice = synthetic_notice(project, lang)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=16 * mm, title=T["title"](lang),
                            subject=notice or title(table, lang), author="coverage-planner",
                            creator="coverage-planner", initialFontName=BODY)
    story = _first_page(project, result, table, lang, st)
    story += [PageBreak(), Paragraph(_esc(f"{T['map'](lang)}: {title(table, lang)}"), st["h1"])]
    progress(0.1)
    story.append(map_drawing(project, table, WIDTH, doc.height - 12 * mm, lang, plan))
    progress(0.4)
    story += [PageBreak(), *_tables(result, table, lang, st)]
    calibration = calibration_story(project, result.profile, lang, st, WIDTH)
    if calibration:
        story += [PageBreak(), *calibration]
    rollout_pages = plan_story(rollout, lang, st, WIDTH)
    if rollout_pages:
        story += [PageBreak(), *rollout_pages]
    progress(0.5)
    story += [PageBreak(), *_gap_list(table, lang, st)]

    def footer(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(NARROW, 7)
        canvas.setFillColor(colors.HexColor("#606060"))
        canvas.drawRightString(A4[0] - 15 * mm, 9 * mm, T["page"](lang).format(p=_doc.page))
        if notice:
            canvas.setFillColor(colors.HexColor("#c00000"))
            canvas.drawString(15 * mm, 9 * mm, T["synthetic"](lang))
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    progress(1.0)
