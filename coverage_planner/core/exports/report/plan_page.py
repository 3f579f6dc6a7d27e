"""The report's rollout-plan pages: the budget and what the plan costs, the villages and
households it gains per category, how far from optimal it can be (the gap and the method), the
cost curve (:mod:`coverage_planner.core.exports.plan_plot`), the province's targets before and
after the plan (:data:`coverage_planner.core.exports.plan_tables.TARGETS`), the plan year by year
and its items with their costs in VND.

Shown when a plan was computed: :func:`~coverage_planner.core.exports.report.write_pdf` takes
it as ``rollout=PlanReport(...)`` (the desktop app's Plan dock keeps the last one). The gap is
(bound − objective) / bound, the bound being the LP relaxation's optimum: no plan within the
budget can score more than the bound (:mod:`coverage_planner.core.planning.rollout`).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, field

import pandas as pd
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Spacer

from coverage_planner.core.common.text import Text
from coverage_planner.core.exports.plan_tables import (
    KIND_LABELS,
    TARGET_NOTE,
    TARGETS,
    items_table,
    targets_table,
)
from coverage_planner.core.exports.report.styles import _esc, grid
from coverage_planner.core.planning.costs import group
from coverage_planner.core.planning.rollout import CATEGORIES, CATEGORY_LABELS

T = {
    "title": Text("Rollout plan", "Phương án đầu tư"),
    "intro": Text(
        "The investments (new masts, 4G added to existing masts, fiber extensions and, as the "
        "last resort, satellite terminals) that serve the most villages for the budget, "
        "weighted by category, chosen by a mixed-integer programme (HiGHS); the greedy answer is "
        "its floor and fallback, the LP relaxation its upper bound. Costs are approximate "
        "defaults or the project's own (the profile's costs), in VND.",
        "Các hạng mục đầu tư (trạm mới, lắp thêm 4G cho trạm có sẵn, kéo cáp quang và, khi "
        "không còn cách nào khác, trạm vệ tinh) phục vụ nhiều thôn nhất trong ngân sách, có "
        "trọng số theo loại, được chọn bằng quy hoạch nguyên hỗn hợp (HiGHS); lời giải tham "
        "lam là mức sàn và phương án dự phòng, nới lỏng tuyến tính là cận trên. Chi phí là "
        "giá trị mặc định gần đúng hoặc của dự án (mục chi phí trong hồ sơ), tính bằng đồng."),
    "figures": Text("Budget and cost", "Ngân sách và chi phí"),
    "budget": Text("Budget", "Ngân sách"),
    "cost": Text("Cost counted against the budget", "Chi phí tính vào ngân sách"),
    "capex": Text("Capital cost", "Chi phí đầu tư"),
    "opex": Text("Operating cost per year", "Chi phí vận hành mỗi năm"),
    "tco": Text("Total cost of ownership, {n} years", "Tổng chi phí sở hữu {n} năm"),
    "items_n": Text("Items", "Số hạng mục"),
    "what": Text("Figure", "Nội dung"),
    "value": Text("Value", "Giá trị"),
    "years": Text("Years", "Số năm"),
    "method": Text("Method", "Phương pháp"),
    "milp": Text("mixed-integer programme (HiGHS)", "quy hoạch nguyên hỗn hợp (HiGHS)"),
    "greedy": Text("greedy (the MILP's fallback)", "tham lam (phương án dự phòng của MILP)"),
    "status": Text("Status", "Trạng thái"),
    "gap": Text("Optimality gap", "Khoảng cách tối ưu"),
    "gap_note": Text("no plan within the budget scores more than {g} above this one",
                     "không phương án nào trong ngân sách hơn phương án này quá {g}"),
    "gains": Text("Villages and households gained", "Số thôn và số hộ được phục vụ thêm"),
    "category": Text("Category", "Loại"),
    "lacking": Text("Villages lacking before", "Số thôn còn thiếu trước"),
    "villages": Text("Villages gained", "Số thôn được phục vụ thêm"),
    "households": Text("Households gained", "Số hộ được phục vụ thêm"),
    "curve": Text("Cost versus villages served", "Chi phí và số thôn được phục vụ"),
    "curve_note": Text("The best plan for each of {n} budgets; the star is this plan.",
                       "Phương án tốt nhất cho mỗi mức trong {n} mức ngân sách; ngôi sao là "
                       "phương án này."),
    "targets": Text("The province's targets", "Chỉ tiêu của tỉnh"),
    "target": Text("Target", "Chỉ tiêu"),
    "year": Text("Year", "Năm"),
    "share": Text("Target", "Mức"),
    "before": Text("Before", "Trước"),
    "after": Text("After the plan", "Sau phương án"),
    "met": Text("Met", "Đạt"),
    "short": Text("Villages short", "Số thôn còn thiếu"),
    "yes": Text("yes", "có"),
    "no": Text("no", "không"),
    "per_year": Text("Year by year", "Theo từng năm"),
    "items": Text("Items", "Các hạng mục"),
    "item": Text("Item", "Hạng mục"),
    "kind": Text("Kind", "Loại"),
    "carrier": Text("Carrier", "Nhà mạng"),
    "district": Text("District", "Huyện"),
    "capex_col": Text("Capex (VND)", "Đầu tư (đồng)"),
    "opex_col": Text("Opex/year (VND)", "Vận hành/năm (đồng)"),
    "v_fixed": Text("Fixed (villages)", "Cố định (thôn)"),
    "v_broadband": Text("Mobile BB (villages)", "BR di động (thôn)"),
    "v_signal": Text("Signal (villages)", "Sóng (thôn)"),
    "hh": Text("Households", "Số hộ"),
    "none": Text("The plan chooses no item.", "Phương án không chọn hạng mục nào."),
    "total": Text("Total", "Tổng"),
}


@dataclass
class PlanReport:
    """A computed plan as the report shows it: the plan, its candidates (``CandidateSet``), the
    cost model, the cost curve (plans for ascending budgets; may be empty), the targets and,
    when already computed, the per-village answer (``village_answers``)."""

    plan: object
    cset: object
    costs: object
    curve: list = field(default_factory=list)
    targets: tuple = TARGETS
    answers: pd.DataFrame | None = None

    def village_answers(self) -> pd.DataFrame:
        if self.answers is None:
            from coverage_planner.core.planning.rollout_villages import village_answers

            self.answers = village_answers(self.cset, self.plan, self.costs)
        return self.answers


def vnd(value: float, lang: str) -> str:
    """Whole VND with separators (1.900.000.000 / 1,900,000,000)."""
    return group(value, lang) if value is not None and math.isfinite(value) else "–"


def _int(value, lang: str) -> str:
    return group(float(value), lang)


def _pct(share: float, lang: str, nd: int = 1) -> str:
    text = f"{100.0 * float(share):.{nd}f} %"
    return text.replace(".", ",") if lang == "vi" else text


def _money(value: float, costs, lang: str) -> str:
    """VND, and the second currency in brackets when the cost model has one."""
    return costs.fmt(value, lang)


def _figures(r: PlanReport, lang: str, st: dict, width: float) -> list:
    p, costs = r.plan, r.costs
    method = T[p.method](lang) if p.method in ("milp", "greedy") else p.method
    rows = [[T["budget"](lang), _money(p.budget_vnd, costs, lang)],
            [T["cost"](lang), _money(p.cost_vnd, costs, lang)],
            [T["capex"](lang), _money(p.capex_vnd, costs, lang)],
            [T["opex"](lang), _money(p.opex_vnd_per_year, costs, lang)],
            [T["tco"](lang).format(n=costs.tco_years),
             _money(costs.tco(p.capex_vnd, p.opex_vnd_per_year), costs, lang)],
            [T["items_n"](lang), _int(len(p.chosen), lang)],
            [T["years"](lang), _int(max(1, len(p.per_year)), lang)],
            [T["method"](lang), method],
            [T["status"](lang), p.status],
            [T["gap"](lang), f"{_pct(p.gap, lang, 2)} — "
                             + T["gap_note"](lang).format(g=_pct(p.gap, lang, 2))]]
    story = [Paragraph(_esc(T["figures"](lang)), st["h2"]),
             grid([T["what"](lang), T["value"](lang)], rows, [70 * mm, width - 70 * mm], st, "cell9")]
    message = p.message(lang) if isinstance(p.message, Text) else str(p.message or "")
    if message:
        story.append(Paragraph(_esc(message), st["small"]))
    for note in getattr(r.cset, "notes", []) or []:
        story.append(Paragraph(_esc(note(lang) if isinstance(note, Text) else note), st["small"]))
    return story


def _gains(r: PlanReport, lang: str, st: dict, width: float) -> list:
    p, served = r.plan, r.cset.served
    rows = [[CATEGORY_LABELS[c](lang), _int(int((~served[c]).sum()), lang),
             _int(p.villages_gained(c), lang), _int(int(p.households_gained.get(c, 0)), lang)]
            for c in CATEGORIES]
    head = [T[k](lang) for k in ("category", "lacking", "villages", "households")]
    return [Paragraph(_esc(T["gains"](lang)), st["h2"]),
            grid(head, rows, [width - 105 * mm, 35 * mm, 35 * mm, 35 * mm], st, "cell9")]


def _curve(r: PlanReport, lang: str, st: dict, width: float) -> list:
    if not r.curve:
        return []
    from coverage_planner.core.exports.plan_plot import pareto_png

    png = pareto_png(r.curve, lang, r.plan, width_in=7.5, height_in=3.6, dpi=150)
    return [Paragraph(_esc(T["curve"](lang)), st["h2"]),
            Image(io.BytesIO(png), width=width, height=width * 3.6 / 7.5),
            Paragraph(_esc(T["curve_note"](lang).format(n=len(r.curve))), st["small"])]


def _targets(r: PlanReport, lang: str, st: dict, width: float) -> list:
    table = targets_table(r.cset.villages, r.village_answers(), r.targets, lang=lang)
    rows = [[row.target, str(row.year), _pct(row.target_share, lang, 0), _pct(row.before, lang),
             _pct(row.after_plan, lang), T["yes" if row.met else "no"](lang),
             _int(row.shortfall_villages, lang)] for row in table.itertuples(index=False)]
    head = [T[k](lang) for k in ("target", "year", "share", "before", "after", "met", "short")]
    widths = [width - 116 * mm, 14 * mm, 17 * mm, 19 * mm, 24 * mm, 14 * mm, 28 * mm]
    return [Paragraph(_esc(T["targets"](lang)), st["h2"]), grid(head, rows, widths, st, "cell9"),
            Paragraph(_esc(TARGET_NOTE(lang)), st["small"])]


def _per_year(r: PlanReport, lang: str, st: dict, width: float) -> list:
    years = r.plan.per_year
    if len(years) < 2:
        return []
    rows = [[str(y["year"]), _int(len(y["items"]), lang), vnd(y["capex_vnd"], lang),
             *(_int(len(y["gained"].get(c, ())), lang) for c in CATEGORIES)] for y in years]
    head = [T["year"](lang), T["items_n"](lang), T["capex_col"](lang),
            *(CATEGORY_LABELS[c](lang) for c in CATEGORIES)]
    return [Paragraph(_esc(T["per_year"](lang)), st["h2"]),
            grid(head, rows, [16 * mm, 20 * mm, 40 * mm] + [(width - 76 * mm) / 3] * 3, st,
                 "cell9")]


def _items(r: PlanReport, lang: str, st: dict, width: float) -> list:
    items = items_table(r.plan, r.cset, r.costs, lang)
    story = [Paragraph(_esc(T["items"](lang)), st["h2"])]
    if items.empty:
        return story + [Paragraph(_esc(T["none"](lang)), st["body"])]
    rows = []
    for row in items.itertuples(index=False):
        kind = KIND_LABELS.get(row.kind)
        rows.append([str(row.year), row.label, kind(lang) if kind else row.kind,
                     row.operator or "–", row.district or "–", vnd(row.capex_vnd, lang),
                     vnd(row.opex_vnd_per_year, lang),
                     *(_int(getattr(row, f"villages_{c}"), lang) for c in CATEGORIES),
                     _int(row.households, lang)])
    rows.append([T["total"](lang), "", "", "", "", vnd(float(items["capex_vnd"].sum()), lang),
                 vnd(float(items["opex_vnd_per_year"].sum()), lang), "", "", "", ""])
    head = [T["year"](lang), T["item"](lang), T["kind"](lang), T["carrier"](lang),
            T["district"](lang), T["capex_col"](lang), T["opex_col"](lang),
            T["v_fixed"](lang), T["v_broadband"](lang), T["v_signal"](lang), T["hh"](lang)]
    parts = (7, 35, 14, 12, 19, 20, 17, 13, 15, 12, 14)  # mm at 7 pt, scaled to the width
    widths = [w * width / sum(parts) for w in parts]
    return story + [grid(head, rows, widths, st, "cell", total_row=True)]


def plan_story(report: PlanReport | None, lang: str, st: dict, width: float) -> list:
    """The pages' flowables ([] without a plan)."""
    if report is None or report.plan is None:
        return []
    story = [Paragraph(_esc(T["title"](lang)), st["h1"]),
             Paragraph(_esc(T["intro"](lang)), st["small"])]
    for part in (_figures, _gains, _curve, _targets, _per_year, _items):
        story += part(report, lang, st, width)
        story.append(Spacer(1, 3))
    return story


__all__ = ["PlanReport", "plan_story", "vnd"]
