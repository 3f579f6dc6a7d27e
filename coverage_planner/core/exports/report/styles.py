"""Paragraph and table styles of the report (DejaVu fonts)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle

from coverage_planner.core.exports.report.fonts import BODY, BOLD, NARROW, NARROW_BOLD, register

HEAD_BG = colors.HexColor("#dde4ee")
GRID = colors.HexColor("#b0b8c4")
WARN = colors.HexColor("#c00000")


def styles() -> dict[str, ParagraphStyle]:
    register()
    return {
        "title": ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=22, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=BODY, fontSize=10.5, leading=14,
                                   textColor=colors.HexColor("#404040"), spaceAfter=2),
        "h1": ParagraphStyle("h1", fontName=BOLD, fontSize=13, leading=17, spaceBefore=8,
                             spaceAfter=5),
        "h2": ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=7,
                             spaceAfter=3),
        "caption": ParagraphStyle("caption", fontName=BOLD, fontSize=10, leading=13,
                                  spaceAfter=1),
        "body": ParagraphStyle("body", fontName=BODY, fontSize=9, leading=12, spaceAfter=4),
        "small": ParagraphStyle("small", fontName=BODY, fontSize=7.5, leading=9.5,
                                textColor=colors.HexColor("#404040"), spaceAfter=3),
        "warn": ParagraphStyle("warn", fontName=BOLD, fontSize=9, leading=12, textColor=WARN,
                               borderColor=WARN, borderWidth=0.8, borderPadding=5,
                               spaceBefore=6, spaceAfter=10),
        "cell": ParagraphStyle("cell", fontName=NARROW, fontSize=7, leading=8.4),
        "cell_head": ParagraphStyle("cell_head", fontName=NARROW_BOLD, fontSize=7,
                                    leading=8.4),
        "cell9": ParagraphStyle("cell9", fontName=NARROW, fontSize=8.5, leading=10.5),
        "cell9_head": ParagraphStyle("cell9_head", fontName=NARROW_BOLD, fontSize=8.5,
                                     leading=10.5),
    }


def grid(header: list, rows: list, widths: list, st: dict, size: str = "cell",
          total_row: bool = False, caption: str | None = None) -> Table:
    """A table of Paragraph cells (text wraps) with a shaded header row, repeated on every
    page with the ``caption`` row above it when there is one."""
    head = [Paragraph(_esc(h), st[f"{size}_head"]) for h in header]
    body = [[Paragraph(_esc(c), st[size]) for c in row] for row in rows]
    top = [[Paragraph(_esc(caption), st["caption"])] + [""] * (len(header) - 1)] if caption else []
    k = len(top)
    t = Table([*top, head, *body], colWidths=widths, repeatRows=k + 1)
    cmds = [("BACKGROUND", (0, k), (-1, k), HEAD_BG),
            ("GRID", (0, k), (-1, -1), 0.3, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
    if caption:
        cmds += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (0, 0), 0)]
    for i in range(k + 2, k + len(rows) + 1, 2):
        cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f6f9")))
    if total_row and rows:
        cmds.append(("BACKGROUND", (0, k + len(rows)), (-1, k + len(rows)), HEAD_BG))
    t.setStyle(TableStyle(cmds))
    return t


def _esc(value) -> str:
    text = "" if value is None else str(value)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
