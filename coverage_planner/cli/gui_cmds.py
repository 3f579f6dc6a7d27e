"""Commands that open the window: ``gui`` and ``screenshot``.

Qt is imported only when such a command runs, after its arguments were checked: the other
commands, and a screenshot refused for bad input, never load PySide6.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from coverage_planner.cli.common import data_dir_arg, folder, load_folder
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text

DEFAULT_SIZE = "1400x900"
#: the smallest window whose docks and table still lay out at the size asked for
MIN_SIZE = (800, 600)
MAX_SIZE = (7680, 4320)
_SIZE = re.compile(r"\s*(\d+)\s*[x×X]\s*(\d+)\s*")


def register(sub) -> None:
    gui = sub.add_parser("gui", help="open the window / mở cửa sổ ứng dụng")
    gui.set_defaults(func=cmd_gui)
    data_dir_arg(gui)

    shot = sub.add_parser(
        "screenshot", help="the main window as a PNG, headless / ảnh chụp cửa sổ chính (PNG)",
        description="Open the main window offscreen on a data folder, wait until the map has "
                    "drawn (and the villages are coloured by the coverage analysis when the "
                    "folder has an elevation model), and save the window as a PNG. Works "
                    "without a display. / Mở cửa sổ chính không cần màn hình, chờ bản đồ vẽ "
                    "xong và lưu ảnh PNG.")
    shot.set_defaults(func=cmd_screenshot)
    shot.add_argument("out", help="PNG file to write / tệp PNG")
    data_dir_arg(shot)
    shot.add_argument("--size", default=DEFAULT_SIZE, metavar="WxH",
                      help=f"window size in pixels (default {DEFAULT_SIZE}) / kích thước cửa sổ")
    shot.add_argument("--lang", dest="out_lang", choices=["vi", "en"], default=None,
                      help="language of the window and the map (messages follow) "
                           "/ ngôn ngữ của cửa sổ và bản đồ")


def parse_size(text: str) -> tuple[int, int]:
    """``"1600x1000"`` -> (1600, 1000); DataError with the fix for anything else."""
    match = _SIZE.fullmatch(text or "")
    (lo_w, lo_h), (hi_w, hi_h) = MIN_SIZE, MAX_SIZE
    if match:
        width, height = int(match.group(1)), int(match.group(2))
        if lo_w <= width <= hi_w and lo_h <= height <= hi_h:
            return width, height
    raise DataError(None, Text(f"--size {text}: not a window size this command can grab",
                               f"--size {text}: không phải kích thước cửa sổ chụp được"),
                    Text(f"give WIDTHxHEIGHT in pixels, e.g. 1600x1000 (width {lo_w}–{hi_w}, "
                         f"height {lo_h}–{hi_h})",
                         f"ghi RỘNGxCAO theo điểm ảnh, ví dụ 1600x1000 (rộng {lo_w}–{hi_w}, "
                         f"cao {lo_h}–{hi_h})"))


def _unwritable(path: Path, err: OSError) -> DataError:
    reason = err.strerror or str(err)
    return DataError(path, Text(f"cannot write here: {reason}",
                                f"không ghi được vào đây: {reason}"),
                     Text("choose a folder you can write to, and close the file if another "
                          "program has it open", "chọn thư mục có quyền ghi, và đóng tệp nếu "
                          "chương trình khác đang mở"))


def check_out(text: str) -> Path:
    """The PNG to write: a ``.png`` name in a folder we can write to (created if missing)."""
    path = Path(text).expanduser()
    if path.is_dir():
        example = path / "main_window.png"
        raise DataError(path, Text("this is a folder", "đây là một thư mục"),
                        Text(f"give a file name, e.g. {example}", f"đặt tên tệp, ví dụ {example}"))
    if path.suffix.lower() != ".png":
        name = path.with_suffix(".png").name if path.name else "main_window.png"
        raise DataError(path, Text("a screenshot is written as PNG",
                                   "ảnh chụp được ghi dưới dạng PNG"),
                        Text(f"name it {name}", f"đặt tên là {name}"))
    blocker = next((p for p in path.parents if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        raise DataError(path, Text(f"{blocker} is a file, not a folder",
                                   f"{blocker} là một tệp, không phải thư mục"),
                        Text("choose a folder you can write to",
                             "chọn thư mục có quyền ghi"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # a real write (os.access says yes to root even on a read-only file system)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.stem}.", suffix=".png"):
            pass
    except OSError as err:
        raise _unwritable(path, err) from None
    if path.exists() and not os.access(path, os.W_OK):
        raise _unwritable(path, PermissionError(13, "permission denied"))
    return path


def cmd_gui(args) -> int:
    from coverage_planner.gui.app import run

    return run(args.data_dir)


def cmd_screenshot(args) -> int:
    if args.out_lang:
        args.lang = args.out_lang  # messages follow the window's language
    out = check_out(args.out)
    size = parse_size(args.size)
    data_dir = folder(args)
    load_folder(data_dir)  # the loaders' refusal, with its fix, before Qt starts
    try:
        from coverage_planner.gui.screenshot import take
    except ImportError as exc:
        raise DataError(None, Text(f"the window cannot start: Qt is not available ({exc})",
                                   f"không mở được cửa sổ: không có Qt ({exc})"),
                        Text("pip install pyside6; on Linux also the system libraries Qt needs "
                             "(libEGL, libxkbcommon, fontconfig)",
                             "pip install pyside6; trên Linux cài thêm các thư viện hệ thống "
                             "Qt cần (libEGL, libxkbcommon, fontconfig)")) from None
    # take() renders offscreen (QT_QPA_PLATFORM=offscreen unless set: no display needed) and,
    # as root, turns QtWebEngine's sandbox off (QTWEBENGINE_DISABLE_SANDBOX), before the
    # QApplication exists; it waits until the map has drawn, then grabs the window
    code = take(str(out), str(data_dir), size, args.lang)
    if code == 0:
        got = png_size(out)
        if got is not None and got != size:
            print(Text(f"note: the window cannot be smaller than {got[0]}x{got[1]}; "
                       f"the PNG has that size",
                       f"lưu ý: cửa sổ không thu nhỏ hơn {got[0]}x{got[1]} được; "
                       f"ảnh PNG có kích thước đó")(args.lang), file=sys.stderr)
    return code


def png_size(path: Path) -> tuple[int, int] | None:
    """Width and height from a PNG's header (None if it is not one)."""
    with open(path, "rb") as f:
        head = f.read(24)
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
