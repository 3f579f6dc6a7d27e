"""The export formats: one small writer module each, looked up by name, imported on use.

A writer is ``write(table, out: Path, job: Job) -> list[Path]``. File formats are written to a
temporary file beside ``out`` and moved into place when complete, so a failed export never
leaves half a file under the requested name; the HTML map is a folder. A ``gaps.shp`` is a set
of files beside it (``.shx``, ``.dbf``, …): its writer gets the final path and moves each
complete file into place itself.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text


@dataclass(frozen=True)
class Format:
    name: str
    suffixes: tuple[str, ...]  # accepted endings of ``out``; () for a folder
    label: Text
    module: str  # under coverage_planner.core.exports
    folder: bool = False
    sets: tuple[str, ...] = ()  # endings of ``out`` written as several files beside it


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("csv", (".csv",), Text("CSV (UTF-8, opens in Excel)", "CSV (UTF-8, mở bằng Excel)"),
           "csvfile"),
    Format("xlsx", (".xlsx",), Text("Excel workbook", "Bảng tính Excel"), "xlsx"),
    Format("gpkg", (".gpkg",), Text("GeoPackage with QGIS styles", "GeoPackage kèm kiểu QGIS"),
           "gpkg"),
    Format("geojson", (".geojson", ".json"), Text("GeoJSON", "GeoJSON"), "geojson"),
    Format("kml", (".kml",), Text("KML (Google Earth)", "KML (Google Earth)"), "kml"),
    Format("kmz", (".kmz",), Text("KMZ (Google Earth)", "KMZ (Google Earth)"), "kml"),
    Format("shp", (".zip", ".shp"), Text("Shapefile (zipped, or .shp)",
                                         "Shapefile (nén zip, hoặc .shp)"),
           "shapefile", sets=(".shp",)),
    Format("html", (), Text("Offline HTML map (a folder)", "Bản đồ HTML ngoại tuyến (thư mục)"),
           "htmlmap", folder=True),
)}


@dataclass
class Job:
    """What a writer needs besides the table."""

    project: object
    result: object
    lang: str
    fmt: str
    progress: Callable[[float, str], None] | None = None
    options: dict = field(default_factory=dict)

    def step(self, fraction: float, message: Text) -> None:
        if self.progress is not None:
            self.progress(float(fraction), message(self.lang))


def format_for(out: str | Path, fmt: str | None = None) -> Format:
    """The format named ``fmt``, or the one ``out``'s ending implies; DataError otherwise."""
    path = Path(out)
    suffix = path.suffix.lower()
    names = ", ".join(FORMATS)
    if fmt is None:
        found = [f for f in FORMATS.values() if suffix in f.suffixes]
        if found:
            return found[0]
        if not suffix:
            return FORMATS["html"]
        raise DataError(path, Text(f"no export format writes '{suffix}' files",
                                   f"không có định dạng xuất nào ghi tệp '{suffix}'"),
                        Text(f"choose a format ({names}) and a matching file name",
                             f"chọn định dạng ({names}) và tên tệp tương ứng"))
    key = str(fmt).lower().lstrip(".")
    if key not in FORMATS:
        raise DataError(None, Text(f"unknown export format '{fmt}'",
                                   f"không có định dạng xuất '{fmt}'"),
                        Text(f"use one of: {names}", f"dùng một trong: {names}"))
    f = FORMATS[key]
    if f.folder and suffix:
        raise DataError(path, Text(f"the {f.name} export is a folder, not a '{suffix}' file",
                                   f"bản xuất {f.name} là một thư mục, không phải tệp '{suffix}'"),
                        Text(f"give a folder name without an ending, e.g. {path.with_suffix('')}",
                             f"đặt tên thư mục không có phần mở rộng, ví dụ "
                             f"{path.with_suffix('')}"))
    if not f.folder and path.is_dir():
        raise _a_folder(path, f.suffixes[0])
    if not f.folder and suffix not in f.suffixes:
        want = f.suffixes[0]
        raise DataError(path, Text(f"a {f.name} file must end in {' or '.join(f.suffixes)}",
                                   f"tệp {f.name} phải có đuôi {' hoặc '.join(f.suffixes)}"),
                        Text(f"name it {path.with_suffix(want).name}",
                             f"đặt tên là {path.with_suffix(want).name}"))
    return f


def _a_folder(path: Path, suffix: str) -> DataError:
    example = path / f"gaps{suffix}"
    return DataError(path, Text("this is a folder", "đây là một thư mục"),
                     Text(f"give a file name, e.g. {example}", f"đặt tên tệp, ví dụ {example}"))


def _unwritable(path: Path, err: Exception) -> DataError:
    return DataError(path, Text(f"cannot write here: {err.strerror or err}",
                                f"không ghi được vào đây: {err.strerror or err}"),
                     Text("choose a folder you can write to, and close the file if another "
                          "program has it open", "chọn thư mục có quyền ghi, và đóng tệp nếu "
                          "chương trình khác đang mở"))


def prepare(out: str | Path, fmt: Format) -> Path:
    """Check that ``out`` can be written (creating its folder); DataError with the fix if not."""
    path = Path(out).expanduser()
    target = path if fmt.folder else path.parent
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise _unwritable(path, err) from None
    if not fmt.folder and path.is_dir():
        raise _a_folder(path, fmt.suffixes[0])
    if not os.access(target, os.W_OK):
        raise _unwritable(path, PermissionError(13, "permission denied"))
    return path


def run(table, out: str | Path, job: Job, fmt: Format) -> list[Path]:
    module = importlib.import_module(f"coverage_planner.core.exports.{fmt.module}")
    path = prepare(out, fmt)
    job.options.setdefault("final_path", path)
    if fmt.folder or path.suffix.lower() in fmt.sets:
        try:
            return module.write(table, path, job)
        except OSError as err:
            raise _unwritable(path, err) from None
    tmp = path.with_name(f".{path.stem}.part{path.suffix}")
    try:
        tmp.unlink(missing_ok=True)
        written = module.write(table, tmp, job)
        os.replace(tmp, path)
    except OSError as err:
        raise _unwritable(path, err) from None
    finally:
        tmp.unlink(missing_ok=True)
    return [path if p == tmp else p for p in written]
