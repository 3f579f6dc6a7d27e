"""Reading one file into a GeoDataFrame, whatever its format.

Formats: GeoPackage (.gpkg), GeoJSON (.geojson/.json), Shapefile (.shp, or zipped: .zip /
.shp.zip), KML/KMZ (.kml/.kmz, all folders read), CSV with longitude/latitude columns (or a WKT
column). Vector formats go through pyogrio; CSV through pandas. Frames come back indexed by the
feature's position in the file (row = index + 1), with text NFC-normalised (legacy TCVN3 / VNI
text recognised, :mod:`.encoding`); CRS handling and schema checks come later (:mod:`crs`,
:mod:`layers`). Before GDAL sees a file, its size is checked against the limit, a zip against
bombs and a KML against XML entities (:mod:`.guards`).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.io import encoding, guards
from coverage_planner.core.io.checks import row_of
from coverage_planner.core.io.columns import key
from coverage_planner.core.io.csvfile import read_csv
from coverage_planner.core.io.raw import RawLayer, unreadable

#: supported extensions, in the order a folder's files are preferred
EXTENSIONS = (".gpkg", ".geojson", ".json", ".shp", ".shp.zip", ".zip", ".kml", ".kmz", ".csv")
#: files that travel with another file and are never layers themselves
SIDECARS = {".dbf", ".shx", ".prj", ".cpg", ".qpj", ".qmd", ".qix", ".sbn", ".sbx", ".fix",
            ".xml", ".aux", ".ovr", ".lock", ".gpkg-wal", ".gpkg-shm", ".gpkg-journal", ".md"}
#: files above this size are refused before reading ($COVERAGE_PLANNER_MAX_FILE_MB overrides)
MAX_FILE_MB = 500.0
#: KML fields GDAL always adds: dropped (the second set only when empty)
KML_STYLE = ("altitudeMode", "tessellate", "extrude", "visibility", "drawOrder", "icon")
KML_OPTIONAL = ("Name", "description", "timestamp", "begin", "end", "snippet")
FORMATS = Text("GeoPackage, GeoJSON, Shapefile (.shp or zipped), KML/KMZ or CSV",
               "GeoPackage, GeoJSON, Shapefile (.shp hoặc nén .zip), KML/KMZ hoặc CSV")


def extension(path: Path) -> str:
    name = Path(path).name.lower()
    return ".shp.zip" if name.endswith(".shp.zip") else Path(name).suffix


def stem_of(path: Path) -> str:
    return Path(path).name[: -len(extension(path))] if extension(path) else Path(path).name


def layer_files(folder: Path, stem: str) -> list[Path]:
    """Every file in ``folder`` named ``stem.*`` (any case), sidecars excepted, best first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and stem_of(p).lower() == stem.lower()
             and extension(p) not in SIDECARS]
    rank = {ext: i for i, ext in enumerate(EXTENSIONS)}
    return sorted(found, key=lambda p: (rank.get(extension(p), len(rank)), p.name))


def find_layer_file(folder: str | Path, stem: str) -> Path | None:
    """The supported file ``stem.<ext>`` in ``folder`` (preferred format first), or None."""
    files = [p for p in layer_files(Path(folder), stem) if extension(p) in EXTENSIONS]
    return files[0] if files else None


def unsupported_error(path: Path) -> DataError:
    return DataError(
        path,
        Text(f"the file type '{extension(path) or path.name}' is not supported",
             f"không hỗ trợ loại tệp '{extension(path) or path.name}'"),
        Text(f"save the layer as {FORMATS.en}", f"lưu lớp dưới dạng {FORMATS.vi}"),
    )


def size_limit_mb(max_mb: float | None = None) -> float:
    """The file-size limit in MB: ``max_mb``, else $COVERAGE_PLANNER_MAX_FILE_MB, else 500."""
    if max_mb is not None:
        return max_mb
    text = os.environ.get("COVERAGE_PLANNER_MAX_FILE_MB", "")
    try:
        limit = float(text) if text.strip() else MAX_FILE_MB
    except ValueError:
        limit = -1.0
    if not limit > 0:
        raise DataError(None, Text(f"COVERAGE_PLANNER_MAX_FILE_MB='{text}' is not a size in MB",
                                   f"COVERAGE_PLANNER_MAX_FILE_MB='{text}' không phải dung "
                                   "lượng tính bằng MB"),
                        Text("set it to a number of megabytes, e.g. 800, or unset it",
                             "đặt một số MB, ví dụ 800, hoặc bỏ biến này"))
    return limit


def check_size(path: Path, max_mb: float | None = None) -> None:
    """Refuse, before reading, files bigger than the limit, zips that unpack beyond it or are
    forged (zip bombs), and KML declaring XML entities (:mod:`.guards`)."""
    limit = size_limit_mb(max_mb)
    paths = [path] + ([path.with_suffix(".dbf")] if extension(path) == ".shp" else [])
    size = sum(p.stat().st_size for p in paths if p.exists())
    if size > limit * 1024 * 1024:
        raise guards.too_big(path, size, limit)
    if extension(path) in (".zip", ".shp.zip", ".kmz"):
        guards.check_zip(path, limit)
    elif extension(path) == ".kml":
        guards.check_xml(path)


def read_raw(
    path: str | Path,
    layer: str | None = None,
    *,
    kind: str | None = None,
    all_layers: bool = False,
    max_mb: float | None = None,
) -> RawLayer:
    """Read ``path``; ``layer`` names a layer inside the file, ``kind`` is our layer name."""
    path = Path(path)
    if not path.is_file():
        raise DataError(path, Text("the file does not exist", "tệp không tồn tại"),
                        Text("check the path", "kiểm tra lại đường dẫn"))
    ext = extension(path)
    if ext not in EXTENSIONS:
        raise unsupported_error(path)
    if path.stat().st_size == 0:
        raise DataError(path, Text("the file is empty (0 bytes)", "tệp rỗng (0 byte)"),
                        Text("export the layer again", "xuất lại lớp dữ liệu"))
    check_size(path, max_mb)
    if ext == ".shp":
        _check_sidecars(path)
    if ext == ".csv":
        return read_csv(path, kind)
    return read_vector(path, layer, kind=kind, all_layers=all_layers)


def read_vector(path: Path, layer: str | None, *, kind: str | None,
                all_layers: bool) -> RawLayer:
    ext = extension(path)
    target = _zip_target(path, kind) if ext in (".zip", ".shp.zip") else path
    try:
        listed = pyogrio.list_layers(target)
    except Exception as exc:  # GDAL raises several types for damaged files
        raise unreadable(path, str(exc).split(";")[0]) from None
    spatial = [str(n) for n, gtype in listed if gtype is not None] or [str(n) for n, _ in listed]
    if not spatial:
        raise DataError(path, Text("the file holds no layer: there are no features",
                                   "tệp không chứa lớp nào: không có đối tượng"),
                        Text("export the layer again with its features",
                             "xuất lại lớp cùng các đối tượng"))
    notes: list = []
    if layer is not None:
        if layer not in spatial:
            raise DataError(path, Text(f"there is no layer '{layer}' in the file",
                                       f"tệp không có lớp '{layer}'"),
                            Text(f"use one of: {', '.join(spatial)}",
                                 f"dùng một trong: {', '.join(spatial)}"))
        chosen = [layer]
    elif all_layers or ext in (".kml", ".kmz") or len(spatial) == 1:
        chosen = spatial
    else:
        wanted = {key(stem_of(path)), key(kind or "")}
        chosen = [n for n in spatial if key(n) in wanted][:1] or spatial[:1]
        notes.append(Text(f"{path.name}: has layers {', '.join(spatial)}; read '{chosen[0]}'",
                          f"{path.name}: có các lớp {', '.join(spatial)}; đã đọc '{chosen[0]}'"))
    shapefile = ext == ".shp" or (ext in (".zip", ".shp.zip") and _zip_has_shp(path))
    frames = []
    for name in chosen:
        try:
            frame = pyogrio.read_dataframe(target, layer=name,
                                           encoding=encoding.RAW if shapefile else None)
        except shapely.errors.GEOSException:
            raise _bad_geometry(path, target, name) from None
        except Exception as exc:
            raise unreadable(path, str(exc).split(";")[0]) from None
        if frames and frame.crs != frames[0].crs and frame.crs and frames[0].crs:
            frame = frame.to_crs(frames[0].crs)
        frames.append(frame)
    gdf = frames[0] if len(frames) == 1 else gpd.GeoDataFrame(
        pd.concat(frames, ignore_index=True), geometry="geometry", crs=frames[0].crs)
    codec = None
    if shapefile:
        gdf, codec = encoding.decode_frame(gdf, path, encoding.cpg_encoding(path))
        if codec == encoding.TCVN3_NAME:
            notes.append(encoding.tcvn3_note(path))
        elif codec != "utf-8":
            notes.append(Text(f"{path.name}: text read as {codec}",
                              f"{path.name}: đọc chữ theo bảng mã {codec}"))
    else:
        gdf = encoding.normalise_text(gdf)
    encoding.check_columns(gdf, path)
    if not shapefile or codec == "utf-8":
        gdf = encoding.fix_unicode(gdf, path, notes)
    kml = ext in (".kml", ".kmz")
    if kml:
        empty = [c for c in KML_OPTIONAL if c in gdf.columns and gdf[c].isna().all()]
        gdf = gdf.drop(columns=[c for c in KML_STYLE if c in gdf.columns] + empty)
        gdf = gdf.rename(columns={"id": "kml_id"})
    gdf = gdf.reset_index(drop=True)
    return RawLayer(path, gdf, ext.strip("."), assume_wgs84=kml, notes=notes,
                    truncated_names=shapefile)


def _bad_geometry(path: Path, target, name: str) -> DataError:
    """The refusal for a geometry GEOS cannot build (a ring not closed, too few points)."""
    row = None
    try:
        wkb = pyogrio.raw.read(target, layer=name, columns=[])[2]
        parsed = shapely.from_wkb(wkb, on_invalid="ignore")
        bad = [i for i, (w, g) in enumerate(zip(wkb, parsed)) if w is not None and g is None]
        row = row_of(bad[0]) if bad else None
    except Exception:  # noqa: BLE001  (the row is a courtesy; the refusal stands without it)
        pass
    return DataError(
        path,
        Text("this feature's geometry cannot be built: a polygon ring is not closed or has "
             "fewer than 4 points", "không dựng được hình học của đối tượng này: vòng của "
             "vùng không khép kín hoặc có ít hơn 4 điểm"),
        Text("repair it (QGIS: Processing > Fix geometries) or redraw it, and save again",
             "sửa lại (QGIS: Processing > Fix geometries) hoặc vẽ lại rồi lưu lại"),
        row=row,
    )


def _check_sidecars(path: Path) -> None:
    """A Shapefile is several files; without .shx or .dbf GDAL reads nothing or no attributes."""
    present = {p.suffix.lower() for p in path.parent.iterdir()
               if p.stem.lower() == path.stem.lower()}
    missing = [ext for ext in (".shx", ".dbf") if ext not in present]
    if missing:
        raise DataError(
            path,
            Text(f"the Shapefile's {' and '.join(missing)} file is missing",
                 f"thiếu tệp {' và '.join(missing)} của Shapefile"),
            Text("copy all the files of the Shapefile together (.shp, .shx, .dbf, .prj, .cpg), "
                 "or send it zipped", "chép đủ các tệp của Shapefile (.shp, .shx, .dbf, .prj, "
                 ".cpg), hoặc gửi dưới dạng nén .zip"),
        )


def _zip_target(path: Path, kind: str | None) -> str | Path:
    """The zip itself when its data sit at its root, else the dataset in its sub-folder."""
    vector = (".shp", ".gpkg", ".geojson", ".json", ".kml")
    try:
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(vector)]
    except zipfile.BadZipFile:
        raise unreadable(path, "not a valid zip archive") from None
    if not names or any("/" not in n for n in names):
        return path
    wanted = {key(stem_of(path)), key(kind or "")}
    inner = next((n for n in names if key(stem_of(Path(n))) in wanted), names[0])
    return f"/vsizip/{path}/{inner}"


def _zip_has_shp(path: Path) -> bool:
    with zipfile.ZipFile(path) as archive:
        return any(n.lower().endswith(".shp") for n in archive.namelist())
