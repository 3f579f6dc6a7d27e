"""The rollout plan's cost curve as PNG bytes: villages served against money spent, one point
per budget of the Pareto front (:func:`coverage_planner.core.planning.rollout.pareto`), with the
chosen plan marked.

Each point is the best plan for one budget B: x = its cost (what it counts against B, in
billions of VND), y = the villages it newly serves — in at least one category (the thick line)
and per category (fixed broadband, mobile broadband, mobile signal; thin lines). The front is
monotone: more money never serves fewer villages (``pareto`` keeps the cheaper plan when a
time-limited solve scores less). A dashed vertical line marks the chosen budget and a star the
chosen plan.

matplotlib without pyplot (:class:`matplotlib.figure.Figure` on the Agg canvas: no global
state, safe in a worker thread) and the vendored DejaVu Sans, as
:mod:`~coverage_planner.core.exports.calibration_plot` (Vietnamese diacritics render).
"""

from __future__ import annotations

from coverage_planner.core.common.text import Text
from coverage_planner.core.exports.calibration_plot import figure_png
from coverage_planner.core.planning.rollout import CATEGORIES, CATEGORY_LABELS

T = {
    "title": Text("Cost versus villages served", "Chi phí và số thôn được phục vụ"),
    "x": Text("Cost (billion VND)", "Chi phí (tỷ đồng)"),
    "y": Text("Villages newly served", "Số thôn được phục vụ thêm"),
    "any": Text("any category", "ít nhất một loại"),
    "budget": Text("chosen budget {b}", "ngân sách đã chọn {b}"),
    "plan": Text("chosen plan: {n} villages", "phương án đã chọn: {n} thôn"),
}
ANY_COLOUR = "#1f3b73"
CATEGORY_COLOURS = {"fixed": "#6a00a8", "broadband": "#1a9850", "signal": "#d95f02"}
BUDGET_COLOUR = "#c0392b"


def _num(value: float, nd: int, lang: str) -> str:
    text = f"{value:,.{nd}f}"
    if lang == "vi":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return text


def curve_points(plans) -> dict:
    """The curve's values from plans (ascending budgets): ``budget`` and ``cost`` (billions
    of VND), ``any`` and each category's villages gained."""
    out = {"budget": [p.budget_vnd / 1e9 for p in plans],
           "cost": [p.cost_vnd / 1e9 for p in plans],
           "any": [p.villages_gained() for p in plans]}
    for c in CATEGORIES:
        out[c] = [p.villages_gained(c) for p in plans]
    return out


def pareto_png(plans, lang: str, chosen=None, *, width_in: float = 6.4, height_in: float = 4.0,
               dpi: int = 110) -> bytes:
    """The figure (see the module docstring) of ``plans`` (ascending budgets); ``chosen``: the
    plan to mark (its budget and its point)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_in, height_in), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    pts = curve_points(list(plans))
    if pts["cost"]:
        ax.plot(pts["cost"], pts["any"], "-o", color=ANY_COLOUR, linewidth=2.2, markersize=4,
                label=T["any"](lang))
        for c in CATEGORIES:
            ax.plot(pts["cost"], pts[c], "-", color=CATEGORY_COLOURS[c], linewidth=1.1,
                    marker=".", markersize=3, label=CATEGORY_LABELS[c](lang))
    if chosen is not None:
        budget = chosen.budget_vnd / 1e9
        ax.axvline(budget, color=BUDGET_COLOUR, linestyle="--", linewidth=1.2,
                   label=T["budget"](lang).format(b=_num(budget, 1, lang)))
        n = chosen.villages_gained()
        ax.plot([chosen.cost_vnd / 1e9], [n], marker="*", markersize=15, color=BUDGET_COLOUR,
                markeredgecolor="#ffffff", linestyle="none",
                label=T["plan"](lang).format(n=_num(n, 0, lang)), zorder=5)
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    ax.set_title(T["title"](lang), fontsize=11)
    ax.set_xlabel(T["x"](lang), fontsize=9)
    ax.set_ylabel(T["y"](lang), fontsize=9)
    ax.grid(True, linewidth=0.4, alpha=0.5)
    ax.tick_params(labelsize=8)
    if lang == "vi":
        from matplotlib.ticker import FuncFormatter

        comma = FuncFormatter(lambda v, _pos: _num(v, 0 if float(v).is_integer() else 1, lang))
        ax.xaxis.set_major_formatter(comma)
        ax.yaxis.set_major_formatter(comma)
    ax.legend(loc="upper left", fontsize=7, frameon=True)
    return figure_png(fig, dpi)


__all__ = ["pareto_png", "curve_points"]
