"""The ``coverage-planner`` command: headless sub-commands and ``gui``.

Bad input never ends in a traceback: a :class:`DataError` is printed (file, row or column, and
the fix, in the chosen language) and the command exits with code 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from coverage_planner import __version__
from coverage_planner.core.errors import DataError
from coverage_planner.core.paths import default_data_dir
from coverage_planner.core.text import Text

EXIT_BAD_INPUT = 2


def _data_dir_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("data_dir", nargs="?", default=None,
                        help="data folder (default: the embedded Lào Cai data)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coverage-planner",
        description="Village-level coverage planning: mobile, 5G, fiber and Wi-Fi gaps. "
                    "/ Quy hoạch phủ sóng theo thôn: di động, 5G, cáp quang, Wi-Fi.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["vi", "en"], default=None,
                        help="language of messages / ngôn ngữ thông báo")
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="open the window / mở cửa sổ ứng dụng")
    _data_dir_arg(gui)

    info = sub.add_parser("info", help="what a data folder holds / nội dung thư mục dữ liệu")
    _data_dir_arg(info)
    info.add_argument("--json", action="store_true", help="print JSON")

    summary = sub.add_parser("summary", help="the 2023-style coverage table / bảng tổng hợp")
    _data_dir_arg(summary)
    summary.add_argument("--profile", help="coverage profile JSON (default: the folder's)")
    summary.add_argument("--json", action="store_true", help="print JSON")
    summary.add_argument("--no-cache", action="store_true", help="recompute every cell")

    villages = sub.add_parser("villages", help="per-village results / kết quả theo thôn")
    _data_dir_arg(villages)
    villages.add_argument("--profile")
    villages.add_argument("--json", action="store_true", help="print JSON (default CSV)")
    villages.add_argument("--no-cache", action="store_true")

    raster = sub.add_parser("raster", help="one cell's received power as GeoTIFF / "
                                           "bản đồ mức thu của một cell")
    _data_dir_arg(raster)
    raster.add_argument("--site-id", required=True)
    raster.add_argument("--cell-id", help="default: the site's first cell")
    raster.add_argument("--out", required=True, help="output GeoTIFF")
    raster.add_argument("--los-only", action="store_true",
                        help="line-of-sight mask (1 visible, 0 not) at the receiver height")
    raster.add_argument("--profile")

    whatif = sub.add_parser("whatif", help="what if these sites were built or removed / "
                                           "nếu xây thêm hoặc bỏ trạm")
    _data_dir_arg(whatif)
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
    compare.add_argument("project", help="project file (.gpkg)")
    compare.add_argument("a", help="scenario name")
    compare.add_argument("b", nargs="?", default=None, help="another scenario (default: baseline)")
    compare.add_argument("--json", action="store_true")

    suggest = sub.add_parser("suggest", help="suggest K new sites / đề xuất vị trí trạm mới")
    _data_dir_arg(suggest)
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
    _data_dir_arg(fplan)
    fplan.add_argument("--out", help="write the extensions as lines (GeoJSON, GeoPackage…)")
    fplan.add_argument("--profile")
    fplan.add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        os.environ["COVERAGE_PLANNER_LANG"] = args.lang
    command = args.command or "gui"
    try:
        if command == "gui":
            from coverage_planner.gui.app import run

            return run(getattr(args, "data_dir", None))
        if command == "info":
            return cmd_info(args)
        if command == "summary":
            return cmd_summary(args)
        if command == "villages":
            return cmd_villages(args)
        if command == "raster":
            return cmd_raster(args)
        if command == "whatif":
            return cmd_whatif(args)
        if command == "suggest":
            return cmd_suggest(args)
        if command == "compare":
            return cmd_compare(args)
        if command == "fiber-plan":
            return cmd_fiber_plan(args)
    except DataError as err:
        print(err.message(args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(Text("Interrupted.", "Đã dừng.")(args.lang), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output was piped into `head` or similar
        sys.stderr.close()
        return 0
    parser.error(f"unknown command {command}")
    return EXIT_BAD_INPUT


def _folder(args) -> Path:
    path = Path(args.data_dir) if args.data_dir else default_data_dir()
    if not path.is_dir():
        raise DataError(path, Text("this data folder does not exist",
                                   "thư mục dữ liệu này không tồn tại"),
                        Text("give the path of a folder holding villages.* and sites.*",
                             "chỉ ra thư mục có villages.* và sites.*"))
    return path


def cmd_info(args) -> int:
    from coverage_planner.core.io import load_folder
    from coverage_planner.core.summary_info import folder_info

    project = load_folder(_folder(args))
    info = folder_info(project)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(format_info(info, args.lang))
    return 0


def _analyse(args):
    from coverage_planner.core.analysis import analyse
    from coverage_planner.core.io import load_folder

    project = load_folder(_folder(args), getattr(args, "profile", None))
    with _progress_bar(args.lang) as progress:
        result = analyse(project, use_cache=not getattr(args, "no_cache", False),
                         progress=progress)
    return project, result


class _progress_bar:
    """tqdm on stderr while the cells are computed (silent when everything is cached)."""

    def __init__(self, lang):
        self.lang = lang
        self.bar = None

    def __enter__(self):
        return self

    def __call__(self, fraction: float, message: str) -> None:
        if self.bar is None:
            if fraction >= 1.0:
                return
            from tqdm import tqdm

            self.bar = tqdm(total=100, desc=Text("Coverage", "Phủ sóng")(self.lang),
                            unit="%", file=sys.stderr, leave=False)
        self.bar.n = round(100 * fraction)
        self.bar.set_postfix_str(message, refresh=True)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.close()
        return False


def cmd_summary(args) -> int:
    from coverage_planner.core.report_text import format_summary

    project, result = _analyse(args)
    if args.json:
        data = dict(result.summary)
        data["profile"] = result.profile
        data["model_notes"] = [{"en": n.en, "vi": n.vi} for n in result.notes]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_summary(result, args.lang))
    return 0


def cmd_villages(args) -> int:
    project, result = _analyse(args)
    table = result.villages
    if args.json:
        print(table.to_json(orient="records", force_ascii=False))
    else:
        table.to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0


def cmd_raster(args) -> int:
    from coverage_planner.core.io import load_folder
    from coverage_planner.core.rasters import write_cell_raster

    project = load_folder(_folder(args), args.profile)
    out = write_cell_raster(project, args.site_id, args.cell_id, Path(args.out),
                            los_only=args.los_only)
    print(Text("wrote {path}", "đã ghi {path}").format(path=out)(args.lang))
    return 0


def cmd_whatif(args) -> int:
    from coverage_planner.core import projectfile
    from coverage_planner.core.io import load_folder
    from coverage_planner.core.rasters import find_cell
    from coverage_planner.core.scenario import RemoveSite, Scenario
    from coverage_planner.core.templates import load_templates, parse_site
    from coverage_planner.core.whatif import Evaluator, delta

    pf = None
    if args.project and Path(args.project).exists():
        pf = projectfile.load(args.project)
    if args.data_dir is None and pf is not None:
        args.data_dir = str(pf.data_folder)
    folder = _folder(args)
    project = load_folder(folder, args.profile)
    specs = [parse_site(text) for text in args.add]
    for site_id in args.remove:
        find_cell(project, site_id, None)  # refuses an unknown id, naming it
    # an existing scenario is extended; a new name starts a new one
    saved = next((sc for sc in (pf.scenarios if pf else []) if sc["name"] == args.scenario),
                 None)
    if saved is not None:
        scenario = Scenario.from_dict(project, saved, load_templates(folder))
    else:
        scenario = Scenario(project, args.scenario or "scenario", load_templates(folder))
    for spec in specs:
        scenario.add_site(spec)
    for site_id in args.remove:
        scenario.push(RemoveSite(site_id))
    with _progress_bar(args.lang) as progress:
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
        pf = pf or projectfile.ProjectFile(folder.resolve())
        pf.scenarios = [s for s in pf.scenarios if s["name"] != args.scenario]
        pf.scenarios.append(scenario.to_dict())
        pf.active = args.scenario
        projectfile.save(pf, args.project)
    if args.json:
        print(json.dumps(change, ensure_ascii=False, indent=2, default=str))
    else:
        print(format_delta(change, args.lang))
    return 0


def _operator_name(project, name: str) -> str:
    from coverage_planner.core.io.cells import OPERATORS
    from coverage_planner.core.io.columns import key

    wanted = OPERATORS.get(key(name), name)
    known = sorted(project.cells["operator"].unique())
    if wanted not in known:
        raise DataError(None, Text(f"--operator {name}: no such carrier in the sites file",
                                   f"--operator {name}: không có nhà mạng này trong tệp trạm"),
                        Text(f"use one of: {', '.join(known)}", f"dùng một trong: {', '.join(known)}"))
    return wanted


def cmd_suggest(args) -> int:
    from coverage_planner.core.io import load_folder
    from coverage_planner.core.siting import suggest_sites
    from coverage_planner.core.templates import load_templates
    from coverage_planner.core.whatif import Evaluator

    folder = _folder(args)
    project = load_folder(folder, args.profile)
    operator = _operator_name(project, args.operator)
    if not 1 <= args.k <= 200:
        raise DataError(None, Text(f"--k {args.k}: choose 1 to 200 sites", f"--k {args.k}: chọn 1–200 trạm"),
                        Text("e.g. --k 10", "ví dụ --k 10"))
    with _progress_bar(args.lang) as progress:
        ev = Evaluator(project, progress=progress)
    s = suggest_sites(ev, args.k, operator, args.technology, height_m=args.height,
                      spacing_m=args.spacing, road_m=args.road_distance or None,
                      templates=load_templates(folder))
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
    from coverage_planner.core.analysis import analyse
    from coverage_planner.core.fiberplan import plan_fiber
    from coverage_planner.core.io import load_folder

    project = load_folder(_folder(args), args.profile)
    with _progress_bar(args.lang) as progress:
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


def _find_scenario(pf, name: str, path) -> dict:
    for sc in pf.scenarios:
        if sc["name"] == name:
            return sc
    names = ", ".join(s["name"] for s in pf.scenarios) or "—"
    raise DataError(path, Text(f"no scenario named '{name}'", f"không có kịch bản tên '{name}'"),
                    Text(f"use one of: {names}", f"dùng một trong: {names}"), column="scenario")


def cmd_compare(args) -> int:
    from coverage_planner.core import projectfile
    from coverage_planner.core.io import load_folder
    from coverage_planner.core.scenario import Scenario
    from coverage_planner.core.templates import load_templates
    from coverage_planner.core.whatif import Evaluator, delta

    pf = projectfile.load(args.project)
    project = load_folder(pf.data_folder)
    templates = load_templates(pf.data_folder)
    with _progress_bar(args.lang) as progress:
        ev = Evaluator(project, progress=progress)
    a = ev.evaluate(Scenario.from_dict(project, _find_scenario(pf, args.a, args.project),
                                       templates).project())
    if args.b is None:
        base, label = ev.result, "baseline"
    else:
        base = ev.evaluate(Scenario.from_dict(project, _find_scenario(pf, args.b, args.project),
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


def format_info(info: dict, lang: str | None) -> str:
    t = {
        "folder": Text("Data folder", "Thư mục dữ liệu"),
        "layer": Text("layer", "lớp"),
        "count": Text("features", "số đối tượng"),
        "origin": Text("origin", "nguồn gốc"),
        "file": Text("file", "tệp"),
        "real": Text("real", "thật"),
        "synthetic": Text("SYNTHETIC", "GIẢ LẬP"),
        "mixed": Text("mixed", "hỗn hợp"),
        "unknown": Text("user data", "dữ liệu người dùng"),
        "crs": Text("All layers are held in", "Mọi lớp được lưu trong"),
        "warnings": Text("Notes", "Ghi chú"),
    }
    lines = [f"{t['folder'](lang)}: {info['folder']}",
             f"{t['crs'](lang)} {info['crs']}", ""]
    lines.append(f"{t['layer'](lang):<22}{t['count'](lang):>14}  {t['origin'](lang):<18}{t['file'](lang)}")
    for row in info["layers"]:
        origin = t.get(row["origin"], t["unknown"])(lang)
        lines.append(f"{row['layer']:<22}{row['count']:>14}  {origin:<18}{row['file']}")
    lines.append("")
    for key, value in info["totals"].items():
        lines.append(f"{key}: {value}")
    if info.get("dem"):
        d = info["dem"]
        lines.append(f"DEM: {d['width']}×{d['height']} px, {d['resolution']}, {d['crs']}, "
                     f"{d['min']:.0f}–{d['max']:.0f} m ({t.get(d['origin'], t['unknown'])(lang)})")
    if info["warnings"]:
        lines.append("")
        lines.append(f"{t['warnings'](lang)}:")
        lines.extend(f"- {w[lang or 'en'] if isinstance(w, dict) else w}" for w in info["warnings"])
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
