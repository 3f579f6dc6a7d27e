"""The PDF report's rollout-plan pages (text read back with pypdf): the budget and the cost in
VND, the gains per category, the gap and the method, the cost curve's figure, the targets, the
items; none without a plan. The cost curve's PNG in both languages."""

from __future__ import annotations

import io

import numpy as np
import pytest
from engine_world import ridge, rollout_world

from coverage_planner.core.planning.costs import CostModel, group
from coverage_planner.core.planning.rollout import CATEGORIES, PlanRequest, pareto, solve

PNG = b"\x89PNG\r\n\x1a\n"
BUDGET = 4.0e9


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The ridge world of the planning tests as a data folder: a 4G site west of the ridge,
    villages B-E behind it, an access point at A; its analysis, candidates, plan and curve."""
    from coverage_planner.core.analysis.villages import analyse
    from coverage_planner.core.io import load_folder
    from coverage_planner.core.planning.rollout_candidates import build_candidates
    from coverage_planner.core.planning.whatif import Evaluator

    w = rollout_world()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path_factory.mktemp("cache")))
        project = load_folder(w.write_folder(tmp_path_factory.mktemp("data"), ridge()))
        result = analyse(project, workers=1)
        ev = Evaluator(project, workers=1)
        cs = build_candidates(project, ev, per_carrier=10, road_m=None, workers=1)
        request = PlanRequest(BUDGET, years=2)
        plan = solve(cs.candidates, cs.households, cs.served, request)
        curve = pareto(cs.candidates, cs.households, cs.served, request,
                       [1.0e9, 2.0e9, BUDGET, 8.0e9])
        yield project, result, cs, plan, curve


def _pdf(path):
    from pypdf import PdfReader

    return PdfReader(str(path))


def _text(reader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_report_has_the_plans_page(world, tmp_path, lang):
    from coverage_planner.core.exports.report import write_pdf
    from coverage_planner.core.exports.report.plan_page import PlanReport, T

    project, result, cs, plan, curve = world
    assert plan.chosen and any(plan.villages_gained(c) for c in CATEGORIES)
    report = PlanReport(plan, cs, CostModel(), curve)
    out = write_pdf(project, result, tmp_path / "report.pdf", lang, gaps="signal",
                    rollout=report)
    reader = _pdf(out)
    text = _text(reader)
    for key in ("title", "gains", "targets", "items", "curve"):
        assert T[key](lang) in text, key
    assert group(BUDGET, lang) in text  # the budget in VND
    assert group(plan.capex_vnd, lang) in text  # the capital cost in VND
    gap = f"{100 * plan.gap:.2f} %"
    assert (gap.replace(".", ",") if lang == "vi" else gap) in text
    assert T["milp" if plan.method == "milp" else "greedy"](lang) in text
    by_id = cs.by_id()
    for cid, _ in plan.chosen:  # every item, by its label
        label = by_id[cid].label(lang)
        assert label.split(" (")[0] in text.replace("\n", " "), label
    # the page with the curve carries its figure
    start = next(i for i, p in enumerate(reader.pages) if T["curve"](lang) in p.extract_text())
    assert any(len(p.images) for p in reader.pages[start:start + 2])


def test_without_a_plan_the_report_has_no_plan_page(world, tmp_path):
    from coverage_planner.core.exports.report import write_pdf
    from coverage_planner.core.exports.report.plan_page import T

    project, result, *_ = world
    text = _text(_pdf(write_pdf(project, result, tmp_path / "plain.pdf", "en", gaps="signal")))
    assert T["gains"]("en") not in text and T["curve"]("en") not in text


def test_the_cost_curve_in_both_languages(world):
    from PIL import Image

    from coverage_planner.core.exports.plan_plot import curve_points, pareto_png

    *_, plan, curve = world
    pts = curve_points(curve)
    assert pts["any"] == sorted(pts["any"])  # more money never serves fewer villages
    assert all(c <= b + 1e-9 for c, b in zip(pts["cost"], pts["budget"]))
    vi, en = pareto_png(curve, "vi", plan), pareto_png(curve, "en", plan)
    assert vi.startswith(PNG) and en.startswith(PNG) and vi != en
    img = np.asarray(Image.open(io.BytesIO(en)).convert("RGB")).astype(int)
    red = (img[..., 0] > 150) & (img[..., 1] < 90) & (img[..., 2] < 90)
    assert red.sum() > 50  # the chosen budget's line and star are drawn
