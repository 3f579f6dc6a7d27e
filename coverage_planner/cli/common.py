"""Shared pieces of the command line: the data-folder argument, progress, lookups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.paths import default_data_dir
from coverage_planner.core.common.text import Text

EXIT_BAD_INPUT = 2


def load_folder(path, profile=None):
    """:func:`coverage_planner.core.io.load_folder`, imported on use (``--help`` stays fast)."""
    from coverage_planner.core.io import load_folder as load

    return load(path, profile)


def data_dir_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("data_dir", nargs="?", default=None,
                        help="data folder (default: the embedded Lào Cai data)")


def folder(args) -> Path:
    path = Path(args.data_dir) if args.data_dir else default_data_dir()
    if not path.is_dir():
        raise DataError(path, Text("this data folder does not exist",
                                   "thư mục dữ liệu này không tồn tại"),
                        Text("give the path of a folder holding villages.* and sites.*",
                             "chỉ ra thư mục có villages.* và sites.*"))
    return path


class ProgressBar:
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


def analyse_folder(args):
    from coverage_planner.core.analysis.villages import analyse

    project = load_folder(folder(args), getattr(args, "profile", None))
    with ProgressBar(args.lang) as progress:
        result = analyse(project, use_cache=not getattr(args, "no_cache", False),
                         progress=progress)
    return project, result


def operator_name(project, name: str) -> str:
    from coverage_planner.core.io.cells import OPERATORS
    from coverage_planner.core.io.columns import key

    wanted = OPERATORS.get(key(name), name)
    known = sorted(project.cells["operator"].unique())
    if wanted not in known:
        raise DataError(None, Text(f"--operator {name}: no such carrier in the sites file",
                                   f"--operator {name}: không có nhà mạng này trong tệp trạm"),
                        Text(f"use one of: {', '.join(known)}", f"dùng một trong: {', '.join(known)}"))
    return wanted


def find_scenario(pf, name: str, path) -> dict:
    for sc in pf.scenarios:
        if sc["name"] == name:
            return sc
    names = ", ".join(s["name"] for s in pf.scenarios) or "—"
    raise DataError(path, Text(f"no scenario named '{name}'", f"không có kịch bản tên '{name}'"),
                    Text(f"use one of: {names}", f"dùng một trong: {names}"), column="scenario")
