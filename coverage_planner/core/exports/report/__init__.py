"""The PDF report (reportlab): title, date and data sources (which are synthetic), the map,
the 2023-style table, per-district and per-carrier tables, the calibration, the rollout plan
(when one is given) and the gap list by district.

Fonts: the vendored DejaVu Sans (every Vietnamese glyph, embedded as subsets).
"""

from __future__ import annotations

import os
from pathlib import Path

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text


def check_out(out: str | Path) -> Path:
    """``out`` must end in .pdf and be writable (its folder is created); DataError if not."""
    from coverage_planner.core.exports.registry import Format, prepare

    path = Path(out)
    if path.suffix.lower() != ".pdf":
        raise DataError(path, Text("the report is a PDF file", "báo cáo là tệp PDF"),
                        Text(f"name it {path.with_suffix('.pdf').name}",
                             f"đặt tên là {path.with_suffix('.pdf').name}"))
    return prepare(path, Format("pdf", (".pdf",), Text("PDF", "PDF"), "report"))


def write_pdf(project, result, out, lang: str, progress=None, gaps: str = "fixed",
              plan=None, rollout=None) -> Path:
    """Write the report to ``out`` (.pdf). ``plan``: the fiber plan (``plan_fiber``'s tuple of
    lines, routes, total) for the fixed-broadband gap list and the map (computed here when
    None); ``rollout``: a computed rollout plan (:class:`.plan_page.PlanReport`) for its pages
    (none without it)."""
    from coverage_planner.core.exports.actions import fiber_plan
    from coverage_planner.core.exports.gaps import gap_table
    from coverage_planner.core.exports.registry import _unwritable
    from coverage_planner.core.exports.report.document import build

    def step(fraction: float, message: Text) -> None:
        if progress is not None:
            progress(fraction, message(lang))

    path = check_out(out)
    step(0.05, Text("gap list", "danh sách thôn"))
    if gaps == "fixed" and plan is None:
        plan = fiber_plan(project, result)
    table = gap_table(project, result, gaps, lang=lang, plan=plan)
    step(0.3, Text("map and tables", "bản đồ và bảng"))
    tmp = path.with_name(f".{path.stem}.part.pdf")
    try:
        build(tmp, project, result, table, lang, plan if isinstance(plan, tuple) else None,
              lambda f: step(0.3 + 0.65 * f, Text("writing the PDF", "đang ghi PDF")),
              rollout=rollout)
        os.replace(tmp, path)
    except OSError as err:
        raise _unwritable(path, err) from None
    finally:
        tmp.unlink(missing_ok=True)
    step(1.0, Text("report written", "đã ghi báo cáo"))
    return path
