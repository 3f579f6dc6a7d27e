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
    except DataError as err:
        print(err.message(args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(Text("Interrupted.", "Đã dừng.")(args.lang), file=sys.stderr)
        return 130
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
    from coverage_planner.core.io import load_folder
    from coverage_planner.core.rasters import find_cell
    from coverage_planner.core.scenario import RemoveSite, Scenario
    from coverage_planner.core.templates import load_templates, parse_site
    from coverage_planner.core.whatif import Evaluator, delta

    folder = _folder(args)
    project = load_folder(folder, args.profile)
    specs = [parse_site(text) for text in args.add]
    for site_id in args.remove:
        find_cell(project, site_id, None)  # refuses an unknown id, naming it
    scenario = Scenario(project, templates=load_templates(folder))
    for spec in specs:
        scenario.add_site(spec)
    for site_id in args.remove:
        scenario.push(RemoveSite(site_id))
    with _progress_bar(args.lang) as progress:
        evaluator = Evaluator(project, progress=progress)
    result = evaluator.evaluate(scenario.project())
    change = delta(evaluator.result, result)
    change["edits"] = [c.to_dict() for c in scenario.edits]
    if args.json:
        print(json.dumps(change, ensure_ascii=False, indent=2, default=str))
    else:
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
