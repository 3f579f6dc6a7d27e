"""Export commands: ``export`` (gap lists in eight formats) and ``report`` (the PDF)."""

from __future__ import annotations

from pathlib import Path

from coverage_planner.cli.common import ProgressBar, data_dir_arg, folder, load_folder
from coverage_planner.core.common.text import Text, current_language

FORMATS = ("csv", "xlsx", "gpkg", "geojson", "kml", "kmz", "shp", "html")


def register(sub) -> None:
    export = sub.add_parser(
        "export", help="gap lists for the carriers / danh sách thôn còn thiếu cho nhà mạng",
        description="Villages lacking a service, grouped by district and commune. A carrier's "
                    "list (--operator) holds the villages that carrier does not serve; with "
                    "--assign nearest, the province's gaps whose nearest site (fixed: access "
                    "point, when the fiber data names an operator) is the carrier's.")
    export.set_defaults(func=cmd_export)
    data_dir_arg(export)
    export.add_argument("--gaps", required=True, choices=["fixed", "signal", "broadband", "5g"],
                        help="the service lacking / dịch vụ còn thiếu")
    export.add_argument("--operator", help="a carrier's list (Viettel, VNPT, MobiFone…)")
    export.add_argument("--assign", choices=["uncovered", "nearest"], default="uncovered",
                        help="carrier's list: villages it does not serve (default), or the "
                             "province's gaps assigned to the nearest carrier")
    export.add_argument("--by", choices=["district", "commune"], default="district",
                        help="grouping: sheets / KML folders (default district)")
    export.add_argument("--format", choices=FORMATS, default=None,
                        help="default: from the --out file's ending (a folder: html)")
    export.add_argument("--out", required=True,
                        help="output file (shp: gaps.shp writes the .shp/.shx/.dbf/.prj/.cpg "
                             "set beside it, gaps.zip the set zipped; html: a folder)")
    _common(export)

    report = sub.add_parser("report", help="the PDF report / báo cáo PDF")
    report.set_defaults(func=cmd_report)
    data_dir_arg(report)
    report.add_argument("--out", required=True, help="output .pdf")
    report.add_argument("--gaps", choices=["fixed", "signal", "broadband", "5g"],
                        default="fixed", help="the gap list in the report (default fixed)")
    _common(report)


def _common(parser) -> None:
    parser.add_argument("--lang", dest="out_lang", choices=["vi", "en"], default=None,
                        help="language of the headers and texts / ngôn ngữ")
    parser.add_argument("--profile", help="coverage profile JSON (default: the folder's)")


def _lang(args) -> str:
    if args.out_lang:
        args.lang = args.out_lang  # messages follow too
    return args.out_lang or args.lang or current_language()


class ReportBar(ProgressBar):
    """The progress bar, titled for the report."""

    def __call__(self, fraction: float, message: str) -> None:
        super().__call__(fraction, message)
        if self.bar is not None:
            self.bar.set_description(Text("Report", "Báo cáo")(self.lang), refresh=False)


def _analyse(args, project):
    from coverage_planner.core.analysis.villages import analyse

    with ProgressBar(args.lang) as progress:
        return analyse(project, progress=progress)


def build_page(project, out_dir, lang, highlight) -> Path:
    """The map view's page with the villages coloured as ``highlight`` says."""
    from dataclasses import fields

    from coverage_planner.mapview.page import build_map_page
    from coverage_planner.mapview.style import VillageStyle

    style = VillageStyle(**{f.name: getattr(highlight, f.name) for f in fields(highlight)})
    return build_map_page(project, out_dir, lang, village_style=style)


def enable_html_export() -> None:
    """Let :func:`coverage_planner.core.exports.write` write the ``html`` format."""
    from coverage_planner.core.exports import register_page_builder

    register_page_builder(build_page)


def cmd_export(args) -> int:
    from coverage_planner.core import exports

    lang = _lang(args)
    fmt = exports.format_for(args.out, args.format)
    exports.registry.prepare(args.out, fmt)  # refuse a bad path before the analysis
    project = load_folder(folder(args), args.profile)
    exports.carrier_name(project, args.operator)
    result = _analyse(args, project)
    table = exports.gap_table(project, result, args.gaps, operator=args.operator, by=args.by,
                              lang=lang, assign=args.assign)
    if fmt.name == "html":
        enable_html_export()
    paths = exports.write(table, project, result, fmt.name, args.out, lang)
    print(Text(f"{len(table)} villages: {exports.title(table, 'en')}",
               f"{len(table)} thôn: {exports.title(table, 'vi')}")(lang))
    for path in paths:
        print(Text("wrote {path}", "đã ghi {path}").format(path=path)(lang))
    return 0


def cmd_report(args) -> int:
    from coverage_planner.core import exports
    from coverage_planner.core.exports.report import check_out

    lang = _lang(args)
    out = check_out(args.out)
    project = load_folder(folder(args), args.profile)
    result = _analyse(args, project)
    with ReportBar(args.lang) as progress:
        path = exports.write_report(project, result, out, lang, progress=progress,
                                    gaps=args.gaps)
    print(Text("wrote {path}", "đã ghi {path}").format(path=path)(lang))
    return 0
