"""``plan``: the costed rollout plan for a budget — which masts, 4G upgrades, fiber extensions
(and, as the last resort, satellite terminals) close the most gaps, year by year
(:mod:`coverage_planner.core.planning.rollout` on the candidates of
:mod:`coverage_planner.core.planning.rollout_candidates`).

``--operator NAME`` plans for one carrier: only its masts and upgrades are candidates (fiber
and satellite stay, they belong to no carrier in the data)."""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np

from coverage_planner.cli.common import (
    ProgressBar,
    data_dir_arg,
    folder,
    load_folder,
    operator_name,
)
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text

T = {
    "title": Text("Rollout plan for {budget}", "Phương án đầu tư với ngân sách {budget}"),
    "cost": Text("Cost {cost} (capex {capex}, opex {opex} a year)",
                 "Chi phí {cost} (đầu tư {capex}, vận hành {opex} mỗi năm)"),
    "gained": Text("Villages gained: fixed broadband +{fixed}, mobile broadband +{broadband}, "
                   "signal +{signal}",
                   "Số thôn được phục vụ thêm: băng rộng cố định +{fixed}, băng rộng di động "
                   "+{broadband}, sóng +{signal}"),
    "households": Text("Households gained: fixed +{fixed}, mobile broadband +{broadband}, "
                       "signal +{signal}",
                       "Số hộ được phục vụ thêm: cố định +{fixed}, băng rộng di động +{broadband}, "
                       "sóng +{signal}"),
    "gap": Text("{method} ({status}), optimality gap {gap:.2%}, {seconds:.1f} s",
                "{method} ({status}), khoảng cách tối ưu {gap:.2%}, {seconds:.1f} giây"),
    "items": Text("{n} items:", "{n} hạng mục:"),
    "wrote": Text("wrote {path}", "đã ghi {path}"),
}


def register(sub) -> None:
    p = sub.add_parser("plan", help="the costed rollout plan for a budget / phương án đầu tư "
                                    "theo ngân sách")
    p.set_defaults(func=cmd_plan)
    data_dir_arg(p)
    p.add_argument("--budget", required=True, help="budget in VND, e.g. 50e9")
    p.add_argument("--years", type=int, default=1, help="years of the plan (the budget is "
                                                        "spread evenly; default 1)")
    p.add_argument("--operator", help="plan for one carrier's masts and upgrades")
    p.add_argument("--count", choices=["villages", "households"], default="villages",
                   help="what the objective counts (default villages)")
    p.add_argument("--time-limit", type=float, default=30.0,
                   help="seconds for the MILP (default 30)")
    p.add_argument("--profile")
    p.add_argument("--out", help="write the plan: plan.xlsx or plan.gpkg")
    p.add_argument("--json", action="store_true")


def _bad(flag: str, problem: Text, fix: Text) -> DataError:
    return DataError(None, Text(f"{flag}: {problem.en}", f"{flag}: {problem.vi}"), fix)


def _budget(text: str) -> float:
    try:
        value = float(str(text).replace("_", ""))
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise _bad(f"--budget {text}", Text("not a positive amount of VND",
                                            "không phải số tiền dương (đồng)"),
                   Text("e.g. --budget 50e9 (50 billion VND)", "ví dụ --budget 50e9 (50 tỷ đồng)"))
    return value


def _check(args) -> float:
    from coverage_planner.core.exports.plan_outputs import FORMATS

    budget = _budget(args.budget)
    if not 1 <= args.years <= 20:
        raise _bad(f"--years {args.years}", Text("choose 1 to 20 years", "chọn từ 1 đến 20 năm"),
                   Text("e.g. --years 3", "ví dụ --years 3"))
    if not 1 <= args.time_limit <= 3600:
        raise _bad(f"--time-limit {args.time_limit}", Text("choose 1 to 3600 s",
                                                           "chọn từ 1 đến 3600 giây"),
                   Text("e.g. --time-limit 30", "ví dụ --time-limit 30"))
    if args.out and Path(args.out).suffix.lower() not in FORMATS:
        raise _bad(f"--out {args.out}", Text("the plan is written as .xlsx or .gpkg",
                                             "phương án được ghi ra .xlsx hoặc .gpkg"),
                   Text("e.g. --out plan.xlsx", "ví dụ --out plan.xlsx"))
    return budget


def cmd_plan(args) -> int:
    from coverage_planner.core.exports.plan_outputs import PlanTables, write_plan
    from coverage_planner.core.exports.plan_tables import targets_for
    from coverage_planner.core.planning.costs import CostModel
    from coverage_planner.core.planning.rollout import PlanRequest, solve
    from coverage_planner.core.planning.rollout_candidates import build_candidates
    from coverage_planner.core.planning.templates import load_templates
    from coverage_planner.core.planning.whatif import Evaluator

    budget = _check(args)
    start = time.perf_counter()
    data_folder = folder(args)
    project = load_folder(data_folder, args.profile)
    operator = operator_name(project, args.operator) if args.operator else None
    costs = CostModel.from_profile(project.profile, project.root)
    t_load = time.perf_counter()
    with ProgressBar(args.lang) as progress:
        ev = Evaluator(project, progress=progress)
    t_base = time.perf_counter()
    cset = build_candidates(project, ev, costs=costs,
                            operators=[operator] if operator else None,
                            templates=load_templates(data_folder))
    t_cand = time.perf_counter()
    names = cset.villages["name"].astype(str).tolist()
    request = PlanRequest(budget, years=args.years, count=args.count,
                          time_limit_s=args.time_limit, village_names=names)
    plan = solve(cset.candidates, cset.households, cset.served, request)
    t_solve = time.perf_counter()
    tables = PlanTables(plan, cset, costs, lang=args.lang, targets=targets_for(project.profile))
    if args.out:
        write_plan(args.out, tables)
    seconds = {"load": t_load - start, "baseline": t_base - t_load,
               "candidates": t_cand - t_base, "solve": t_solve - t_cand,
               "total": time.perf_counter() - start}
    data = plan_json(plan, cset, tables, args, seconds, operator)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=_plain))
    else:
        print(format_plan(data, costs, args.lang))
    return 0


def _plain(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, Text):
        return value.en
    return str(value)


def plan_json(plan, cset, tables, args, seconds: dict, operator) -> dict:
    from collections import Counter

    from coverage_planner.core.planning.rollout import CATEGORIES

    items = tables.items.drop(columns=["kind_label"]).replace({np.nan: None})
    return {
        "budget_vnd": plan.budget_vnd, "years": args.years, "operator": operator,
        "count": args.count, "cost_vnd": plan.cost_vnd, "capex_vnd": plan.capex_vnd,
        "opex_vnd_per_year": plan.opex_vnd_per_year, "within_budget":
            bool(plan.cost_vnd <= plan.budget_vnd + 1e-6),
        "villages_gained": {c: len(plan.gained.get(c, ())) for c in CATEGORIES},
        "villages_gained_any": plan.villages_gained(),
        "households_gained": {c: int(plan.households_gained.get(c, 0)) for c in CATEGORIES},
        "villages_lacking_before": {c: int((~cset.served[c]).sum()) for c in CATEGORIES},
        "method": plan.method, "status": plan.status, "objective": plan.objective,
        "bound": plan.bound, "gap": plan.gap,
        "message": {"en": plan.message.en, "vi": plan.message.vi}
        if isinstance(plan.message, Text) else (str(plan.message) if plan.message else ""),
        "candidates": dict(Counter(c.kind for c in cset.candidates)),
        "notes": [{"en": n.en, "vi": n.vi} for n in cset.notes],
        "targets": tables.targets.to_dict(orient="records"),
        "per_year": plan.per_year,
        "items": items.to_dict(orient="records"),
        "seconds": {k: round(v, 2) for k, v in seconds.items()},
        "out": args.out,
    }


def format_plan(data: dict, costs, lang) -> str:
    money = lambda v: costs.fmt(v, lang)  # noqa: E731
    lines = [T["title"].format(budget=money(data["budget_vnd"]))(lang),
             T["cost"].format(cost=money(data["cost_vnd"]), capex=money(data["capex_vnd"]),
                              opex=money(data["opex_vnd_per_year"]))(lang),
             T["gained"].format(**data["villages_gained"])(lang),
             T["households"].format(**data["households_gained"])(lang),
             T["gap"].format(method=data["method"], status=data["status"], gap=data["gap"],
                             seconds=data["seconds"]["total"])(lang)]
    msg = data["message"]
    if msg:
        lines.append(Text(msg["en"], msg["vi"])(lang) if isinstance(msg, dict) else msg)
    for note in data["notes"]:
        lines.append(Text(note["en"], note["vi"])(lang))
    lines.append(T["items"].format(n=len(data["items"]))(lang))
    for r in data["items"]:
        lines.append(f"  {r['year']}  {r['id']:<18} {r['kind']:<9} {money(r['capex_vnd'])}  "
                     f"+{r['villages_fixed']}/{r['villages_broadband']}/{r['villages_signal']}  "
                     f"{r['label']}")
    if data["out"]:
        lines.append(T["wrote"].format(path=data["out"])(lang))
    return "\n".join(lines)
