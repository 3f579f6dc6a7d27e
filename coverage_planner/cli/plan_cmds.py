"""Planning commands: whatif, compare, suggest, fiber-plan."""

from __future__ import annotations

import json
from pathlib import Path

from coverage_planner.cli.common import (
    ProgressBar,
    data_dir_arg,
    find_scenario,
    folder,
    load_folder,
    operator_name,
)
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text


def register(sub) -> None:
    whatif = sub.add_parser("whatif", help="what if these sites were built or removed / "
                                           "nếu xây thêm hoặc bỏ trạm")
    whatif.set_defaults(func=cmd_whatif)
    data_dir_arg(whatif)
    whatif.add_argument("--add", action="append", default=[], metavar="SPEC",
                        help='a new site: "operator=Viettel,lon=104.05,lat=22.62,height=30,'
                             'technology=2G+4G[,azimuths=0/120/240|omni]"')
    whatif.add_argument("--remove", action="append", default=[], metavar="SITE_ID")
    whatif.add_argument("--profile")
    whatif.add_argument("--json", action="store_true")
    whatif.add_argument("--project", help="a project file (.gpkg) to read a scenario from "
                                          "and/or save it to")
    whatif.add_argument("--scenario", help="scenario name in the project file")
    whatif.add_argument("--save", action="store_true",
                        help="save the scenario (its edits) into --project under --scenario")

    compare = sub.add_parser("compare", help="compare two scenarios of a project / "
                                             "so sánh hai kịch bản")
    compare.set_defaults(func=cmd_compare)
    compare.add_argument("project", help="project file (.gpkg)")
    compare.add_argument("a", help="scenario name")
    compare.add_argument("b", nargs="?", default=None, help="another scenario (default: baseline)")
    compare.add_argument("--json", action="store_true")

    suggest = sub.add_parser("suggest", help="suggest K new sites / đề xuất vị trí trạm mới")
    suggest.set_defaults(func=cmd_suggest)
    data_dir_arg(suggest)
    suggest.add_argument("--k", type=int, default=10, help="number of sites (default 10)")
    suggest.add_argument("--operator", default="Viettel")
    suggest.add_argument("--technology", default="4G", choices=["2G", "3G", "4G", "5G"])
    suggest.add_argument("--height", type=float, default=30.0, help="mast height (m)")
    suggest.add_argument("--spacing", type=float, default=1000.0,
                         help="candidate spacing (m): one high point per block")
    suggest.add_argument("--road-distance", type=float, default=2000.0,
                         help="candidates within this distance of a road (m); 0: anywhere")
    suggest.add_argument("--profile")
    suggest.add_argument("--json", action="store_true")

    fplan = sub.add_parser("fiber-plan", help="fiber extensions for villages without fiber / "
                                              "đề xuất kéo cáp quang")
    fplan.set_defaults(func=cmd_fiber_plan)
    data_dir_arg(fplan)
    fplan.add_argument("--out", help="write the extensions as lines (GeoJSON, GeoPackage…)")
    fplan.add_argument("--profile")
    fplan.add_argument("--json", action="store_true")


def cmd_whatif(args) -> int:
    from coverage_planner.core.exports.rasters import find_cell
    from coverage_planner.core.io.settings import project_profile
    from coverage_planner.core.planning.scenario import RemoveSite, Scenario
    from coverage_planner.core.planning.templates import load_templates, parse_site
    from coverage_planner.core.planning.whatif import Evaluator, delta
    from coverage_planner.core.project import projectfile

    pf = None
    if args.project and Path(args.project).exists():
        pf = projectfile.load(args.project)
    if args.data_dir is None and pf is not None:
        args.data_dir = str(pf.data_folder)
    data_folder = folder(args)
    project = load_folder(data_folder, args.profile)
    if pf is not None and args.profile is None:  # the project's own profile, when it has one
        project.profile = project_profile(pf, args.project) or project.profile
    specs = [parse_site(text) for text in args.add]
    for site_id in args.remove:
        find_cell(project, site_id, None)  # refuses an unknown id, naming it
    # an existing scenario is extended; a new name starts a new one
    saved = next((sc for sc in (pf.scenarios if pf else []) if sc["name"] == args.scenario),
                 None)
    if saved is not None:
        scenario = Scenario.from_dict(project, saved, load_templates(data_folder))
    else:
        scenario = Scenario(project, args.scenario or "scenario", load_templates(data_folder))
    for spec in specs:
        scenario.add_site(spec)
    for site_id in args.remove:
        scenario.push(RemoveSite(site_id))
    with ProgressBar(args.lang) as progress:
        evaluator = Evaluator(project, progress=progress)
    result = evaluator.evaluate(scenario.project())
    change = delta(evaluator.result, result)
    change["edits"] = [c.to_dict() for c in scenario.edits]
    if args.save:
        if not args.project or not args.scenario:
            raise DataError(None, Text("--save needs --project FILE and --scenario NAME",
                                       "--save cần --project TỆP và --scenario TÊN"),
                            Text("e.g. --project plan.gpkg --scenario 'Y Tý 2026' --save",
                                 "ví dụ --project plan.gpkg --scenario 'Y Tý 2026' --save"))
        pf = pf or projectfile.ProjectFile(data_folder.resolve())
        if args.profile is not None:  # a profile given on the command line stays with the plan
            pf.profile = projectfile.profile_override(project.profile, data_folder)
        pf.scenarios = [s for s in pf.scenarios if s["name"] != args.scenario]
        pf.scenarios.append(scenario.to_dict())
        pf.active = args.scenario
        projectfile.save(pf, args.project)
    if args.json:
        print(json.dumps(change, ensure_ascii=False, indent=2, default=str))
    else:
        print(format_delta(change, args.lang))
    return 0


def cmd_compare(args) -> int:
    from coverage_planner.core.io.settings import project_profile
    from coverage_planner.core.planning.scenario import Scenario
    from coverage_planner.core.planning.templates import load_templates
    from coverage_planner.core.planning.whatif import Evaluator, delta
    from coverage_planner.core.project import projectfile

    pf = projectfile.load(args.project)
    project = load_folder(pf.data_folder)
    project.profile = project_profile(pf, args.project) or project.profile
    templates = load_templates(pf.data_folder)
    with ProgressBar(args.lang) as progress:
        ev = Evaluator(project, progress=progress)
    a = ev.evaluate(Scenario.from_dict(project, find_scenario(pf, args.a, args.project),
                                       templates).project())
    if args.b is None:
        base, label = ev.result, "baseline"
    else:
        base = ev.evaluate(Scenario.from_dict(project, find_scenario(pf, args.b, args.project),
                                              templates).project())
        label = args.b
    change = delta(base, a)
    change["compared"] = {"scenario": args.a, "against": label}
    if args.json:
        print(json.dumps(change, ensure_ascii=False, indent=2, default=str))
    else:
        print(f"{args.a} ↔ {label}")
        print(format_delta(change, args.lang))
    return 0


def cmd_suggest(args) -> int:
    from coverage_planner.core.planning.siting import suggest_sites
    from coverage_planner.core.planning.templates import load_templates
    from coverage_planner.core.planning.whatif import Evaluator

    data_folder = folder(args)
    project = load_folder(data_folder, args.profile)
    operator = operator_name(project, args.operator)
    if not 1 <= args.k <= 200:
        raise DataError(None, Text(f"--k {args.k}: choose 1 to 200 sites", f"--k {args.k}: chọn 1–200 trạm"),
                        Text("e.g. --k 10", "ví dụ --k 10"))
    with ProgressBar(args.lang) as progress:
        ev = Evaluator(project, progress=progress)
    s = suggest_sites(ev, args.k, operator, args.technology, height_m=args.height,
                      spacing_m=args.spacing, road_m=args.road_distance or None,
                      templates=load_templates(data_folder))
    data = {"operator": operator, "technology": args.technology, "k": args.k,
            "threshold_dbm": s.threshold_dbm, "candidates": s.candidates,
            "households_gained": s.households_total, "upper_bound_households": s.upper_bound,
            "share_of_bound": round(s.households_total / s.upper_bound, 3) if s.upper_bound else 1.0,
            "sites": s.sites.to_dict(orient="records")}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    t = Text
    print(t(f"{len(s.sites)} suggested {operator} {args.technology} sites ({s.candidates} candidates)",
            f"{len(s.sites)} vị trí trạm {args.technology} {operator} đề xuất ({s.candidates} ứng viên)")(args.lang))
    for r in data["sites"]:
        print(f"  {r['rank']:>2}. {r['lat']:.5f}, {r['lon']:.5f}  {r['ground_m']:.0f} m  "
              f"+{r['households']} " + t("households", "hộ")(args.lang)
              + f", +{r['villages']} " + t("villages", "thôn")(args.lang))
    print(t(f"Households covered: {s.households_total:,}; no {args.k} candidates can cover more "
            f"than {s.upper_bound:,} ({data['share_of_bound']:.0%} of the bound)",
            f"Số hộ được phủ: {s.households_total:,}; không bộ {args.k} ứng viên nào phủ quá "
            f"{s.upper_bound:,} hộ (đạt {data['share_of_bound']:.0%} cận trên)")(args.lang))
    return 0


def cmd_fiber_plan(args) -> int:
    from coverage_planner.core.analysis.villages import analyse
    from coverage_planner.core.planning.fiberplan import plan_fiber

    project = load_folder(folder(args), args.profile)
    with ProgressBar(args.lang) as progress:
        result = analyse(project, progress=progress)
    gaps = result.villages.loc[~result.villages["fixed_broadband"], "village_id"]
    lines, table, total = plan_fiber(project, gaps)
    if args.out:
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        lines.merge(table, on="village_id").to_file(out)
    if args.json:
        print(json.dumps({"villages": int(len(table)), "total_length_m": round(total),
                          "per_village": table.to_dict(orient="records")},
                         ensure_ascii=False, indent=2))
        return 0
    t = Text
    print(t(f"Fiber extensions for {len(table)} villages without fixed broadband: "
            f"{total / 1000:,.1f} km in all", f"Kéo cáp quang cho {len(table)} thôn chưa có băng rộng "
            f"cố định: tổng {total / 1000:,.1f} km")(args.lang))
    for r in table.sort_values("length_m").itertuples():
        print(f"  {r.village_id}  {r.name} ({r.commune}, {r.district}): {r.length_m / 1000:.2f} km "
              f"({r.route})")
    if args.out:
        print(t("wrote {path}", "đã ghi {path}").format(path=args.out)(args.lang))
    return 0


def format_delta(change: dict, lang: str | None) -> str:
    t = Text
    lines = [t("What-if result", "Kết quả giả định")(lang), ""]
    for key, label in (("signal", t("mobile signal", "sóng di động")),
                       ("broadband", t("3G/4G", "3G/4G")), ("5g", t("5G", "5G")),
                       ("fiber", t("fiber", "cáp quang"))):
        lines.append(f"{label(lang):<16}+{change[f'villages_gained_{key}']:<5}"
                     f"-{change[f'villages_lost_{key}']:<5}" + t("villages", "thôn")(lang))
    lines.append(t("Households gained (signal)", "Hộ được phủ sóng thêm")(lang)
                 + f": {change['households_gained']:,}")
    for row in change["gained_signal"][:20]:
        lines.append(f"  + {row['name']} ({row['commune']}, {row['district']}), "
                     f"{row['households']} " + t("households", "hộ")(lang))
    gr = change["gaps_remaining"]
    lines.append(t("Gaps remaining", "Còn thiếu")(lang) + f": {gr['no_signal']} "
                 + t("without signal", "trắng sóng")(lang) + f", {gr['no_broadband']} "
                 + t("without 3G/4G", "chưa có 3G/4G")(lang) + f", {gr['no_fiber']} "
                 + t("without fiber", "chưa có cáp quang")(lang))
    return "\n".join(lines)
