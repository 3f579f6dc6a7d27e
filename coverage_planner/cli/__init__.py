"""The ``coverage-planner`` command: headless sub-commands and ``gui``.

Each module here registers its sub-commands (``register(subparsers)``); ``main`` dispatches.
Bad input never ends in a traceback: a :class:`DataError` is printed (file, row or column, and
the fix, in the chosen language) and the command exits with code 2.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings

from coverage_planner import __version__
from coverage_planner.cli import (
    calibrate_cmds,
    data_cmds,
    export_cmds,
    gui_cmds,
    plan_cmds,
    rollout_cmds,
)
from coverage_planner.cli.common import EXIT_BAD_INPUT
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text

MODULES = [gui_cmds, data_cmds, plan_cmds, rollout_cmds, export_cmds, calibrate_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coverage-planner",
        description="Village-level coverage planning: mobile, 5G, fiber and Wi-Fi gaps. "
                    "/ Quy hoạch phủ sóng theo thôn: di động, 5G, cáp quang, Wi-Fi.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["vi", "en"], default=None,
                        help="language of messages / ngôn ngữ thông báo")
    sub = parser.add_subparsers(dest="command")
    for module in MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        os.environ["COVERAGE_PLANNER_LANG"] = args.lang
    if args.command is None:  # no sub-command: the window
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    # GDAL's own warnings (e.g. "Non closed ring detected") would print before our message
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="pyogrio")
    try:
        return args.func(args)
    except DataError as err:
        print(err.message(args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(Text("Interrupted.", "Đã dừng.")(args.lang), file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output was piped into `head` or similar
        sys.stderr.close()
        return 0
    except MemoryError:
        print(Text("Out of memory: the data is too large for this machine. Run it on Dask "
                   "(docs/cluster.md) or on a smaller area.",
                   "Hết bộ nhớ: dữ liệu quá lớn cho máy này. Hãy chạy trên Dask "
                   "(docs/cluster.md) hoặc với vùng nhỏ hơn.")(args.lang), file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug: say so plainly, keep the details in a file
        import tempfile
        import traceback

        log = tempfile.NamedTemporaryFile("w", prefix="coverage-planner-error-", suffix=".log",
                                          delete=False, encoding="utf-8")
        with log:
            traceback.print_exc(file=log)
        print(Text(f"Unexpected error ({type(exc).__name__}: {exc}). This is a bug in Coverage "
                   f"Planner, not in your data; details were written to {log.name}.",
                   f"Lỗi không mong đợi ({type(exc).__name__}: {exc}). Đây là lỗi của Coverage "
                   f"Planner, không phải của dữ liệu; chi tiết ghi tại {log.name}.")(args.lang),
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
