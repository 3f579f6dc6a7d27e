"""Commands on a data folder: info, summary, villages, raster."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from coverage_planner.cli.common import (
    ProgressBar,
    analyse_folder,
    data_dir_arg,
    folder,
    load_folder,
)
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.distributed.cluster import (
    connect,
    scheduler_address,
    unreachable_scheduler,
)


def register(sub) -> None:
    info = sub.add_parser("info", help="what a data folder holds / nội dung thư mục dữ liệu")
    info.set_defaults(func=cmd_info)
    data_dir_arg(info)
    info.add_argument("--json", action="store_true", help="print JSON")

    summary = sub.add_parser("summary", help="the 2023-style coverage table / bảng tổng hợp")
    summary.set_defaults(func=cmd_summary)
    data_dir_arg(summary)
    summary.add_argument("--profile", help="coverage profile JSON (default: the folder's)")
    summary.add_argument("--json", action="store_true", help="print JSON")
    summary.add_argument("--no-cache", action="store_true", help="recompute every cell")
    dask_args(summary)

    villages = sub.add_parser("villages", help="per-village results / kết quả theo thôn")
    villages.set_defaults(func=cmd_villages)
    data_dir_arg(villages)
    villages.add_argument("--profile")
    villages.add_argument("--json", action="store_true", help="print JSON (default CSV)")
    villages.add_argument("--no-cache", action="store_true")
    dask_args(villages)

    raster = sub.add_parser("raster", help="one cell's received power as GeoTIFF / "
                                           "bản đồ mức thu của một cell")
    raster.set_defaults(func=cmd_raster)
    data_dir_arg(raster)
    raster.add_argument("--site-id", required=True)
    raster.add_argument("--cell-id", help="default: the site's first cell")
    raster.add_argument("--out", required=True, help="output GeoTIFF")
    raster.add_argument("--los-only", action="store_true",
                        help="line-of-sight mask (1 visible, 0 not) at the receiver height")
    raster.add_argument("--profile")


def _positive(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"a whole number of workers (1 or more), not {text!r}")
    return value


def dask_args(parser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--workers", type=_positive, metavar="N",
                       help="compute on a local Dask cluster of N worker processes "
                            "/ tính trên cụm Dask cục bộ N tiến trình")
    group.add_argument("--scheduler", metavar="ADDRESS",
                       help="compute on an existing Dask cluster, e.g. tcp://10.0.0.5:8786 "
                            "(see docs/cluster.md) / tính trên cụm Dask có sẵn")


#: how long the CLI waits for the scheduler to answer, then for its first worker
CONNECT_TIMEOUT = "20s"
WAIT_WORKERS_S = 30.0


def analyse_args(args):
    """The folder's analysis: in this process, or on Dask with --workers / --scheduler."""
    if not (getattr(args, "workers", None) or getattr(args, "scheduler", None)):
        return analyse_folder(args)
    try:
        from coverage_planner.core.distributed.scale import analyse_distributed
    except ImportError as exc:  # dask is a dependency; a broken install says so here
        raise DataError(None, Text(f"Dask is not available ({exc})",
                                   f"không có Dask ({exc})"),
                        Text("pip install 'dask[distributed]'",
                             "pip install 'dask[distributed]'")) from None
    project = load_folder(folder(args), getattr(args, "profile", None))
    alternative = Text("or use --workers N", "hoặc dùng --workers N")
    client = None
    if args.scheduler:
        # a malformed address, a scheduler that does not answer, or one without workers (a
        # run would wait for ever): each a message with its fix, before any work starts
        address = scheduler_address(args.scheduler)
        client = connect(address, CONNECT_TIMEOUT, alternative, wait_workers=WAIT_WORKERS_S)
    try:
        with ProgressBar(args.lang) as progress:
            result = analyse_distributed(project, client, workers=args.workers,
                                         use_cache=not getattr(args, "no_cache", False),
                                         progress=progress)
    except (OSError, TimeoutError) as exc:
        if not args.scheduler:
            raise
        raise unreachable_scheduler(args.scheduler, exc, alternative) from None
    finally:
        if client is not None:
            client.close()
    return project, result


def cmd_info(args) -> int:
    from coverage_planner.core.project.info import folder_info

    project = load_folder(folder(args))
    info = folder_info(project)
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        print(format_info(info, args.lang))
    return 0


def cmd_summary(args) -> int:
    from coverage_planner.core.analysis.table_text import format_summary

    project, result = analyse_args(args)
    if args.json:
        data = dict(result.summary)
        data["profile"] = result.profile
        data["model_notes"] = [{"en": n.en, "vi": n.vi} for n in result.notes]
        from coverage_planner.core.analysis.calibration import calibration_summary

        data["calibration"] = calibration_summary(result.profile)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(format_summary(result, args.lang))
    return 0


def cmd_villages(args) -> int:
    project, result = analyse_args(args)
    table = result.villages
    if args.json:
        print(table.to_json(orient="records", force_ascii=False))
    else:
        table.to_csv(sys.stdout, index=False, lineterminator="\n")
    return 0


def cmd_raster(args) -> int:
    from coverage_planner.core.exports.rasters import write_cell_raster

    project = load_folder(folder(args), args.profile)
    out = write_cell_raster(project, args.site_id, args.cell_id, Path(args.out),
                            los_only=args.los_only)
    print(Text("wrote {path}", "đã ghi {path}").format(path=out)(args.lang))
    return 0


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
