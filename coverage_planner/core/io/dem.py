"""The elevation model of a data folder: ``dem.tif`` (any ``dem*.tif``), or SRTM ``.hgt`` tiles.

One GeoTIFF or one tile is used as it is. Several SRTM tiles (named like ``N22E103.hgt``) are
mosaicked into a GDAL VRT written to the cache folder (:func:`core.common.paths.cache_dir`), which
references the tiles in place; the tiles must share one resolution (all 1″ or all 3″). The DEM
must open with rasterio, have a CRS and a single band, and hold plausible heights in metres
over the villages (:mod:`.demcheck`). Without a DEM the folder still loads
(terrain is then ignored) and the report says so. Raster files are read lazily by window, so
the file-size limit of the vector loaders does not apply to them.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from xml.sax.saxutils import escape

import pyproj
import rasterio
from rasterio.warp import transform_bounds

from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.paths import cache_dir
from coverage_planner.core.common.text import Text
from coverage_planner.core.io import demcheck
from coverage_planner.core.project.model import LoadReport

HGT_NAME = re.compile(r"^[NS]\d{2}[EW]\d{3}", re.IGNORECASE)


def find_dem_files(folder: Path) -> list[Path]:
    """``[dem.tif]``, another ``dem*.tif``, or all ``*.hgt`` tiles; empty if none."""
    files = sorted(p for p in Path(folder).iterdir() if p.is_file())
    tifs = [p for p in files if p.suffix.lower() in (".tif", ".tiff")
            and p.name.lower().startswith("dem")]
    exact = [p for p in tifs if p.stem.lower() == "dem"]
    if exact or tifs:
        return (exact or tifs)[:1]
    return [p for p in files if p.suffix.lower() == ".hgt"]


def load_dem(folder: Path, report: LoadReport, bounds=None, villages=None) -> Path | None:
    """The DEM path for ``folder`` (validated), or None with a warning in ``report``.

    With ``villages`` (EPSG:4326 polygons), its values over them are checked too
    (:mod:`.demcheck`: holes, undeclared fill values, heights not in metres)."""
    files = find_dem_files(folder)
    if not files:
        report.warnings.append(Text(
            "no elevation model (dem.tif or SRTM .hgt tiles) in the folder: terrain is ignored",
            "thư mục không có mô hình độ cao (dem.tif hoặc tệp SRTM .hgt): bỏ qua địa hình"))
        return None
    for path in files:
        validate(path)
    path = files[0] if len(files) == 1 else build_vrt(files)
    if bounds is not None:
        _check_cover(path, bounds, report)
    if villages is not None:
        demcheck.check_values(path, villages, report)
    report.sources["dem"] = path
    return path


def validate(path: Path) -> None:
    """Refuse a DEM that does not open, has no CRS or more than one band."""
    if path.suffix.lower() == ".hgt" and not HGT_NAME.match(path.name):
        raise DataError(
            path,
            Text("an SRTM tile's name must give its position", "tên tệp SRTM phải cho biết vị trí"),
            Text("keep the original name, e.g. N22E103.hgt (south-west corner)",
                 "giữ tên gốc, ví dụ N22E103.hgt (góc tây nam)"),
        )
    try:
        with rasterio.open(path) as src:
            crs, count, bounds = src.crs, src.count, src.bounds
    except rasterio.errors.RasterioError as exc:
        raise DataError(
            path,
            Text(f"the elevation model cannot be read ({exc})",
                 f"không đọc được mô hình độ cao ({exc})"),
            Text("export it again as a GeoTIFF, or download the SRTM tile again",
                 "xuất lại dưới dạng GeoTIFF, hoặc tải lại tệp SRTM"),
        ) from None
    if crs is None:
        raise DataError(
            path,
            Text("the elevation model has no coordinate reference system",
                 "mô hình độ cao không có hệ tọa độ"),
            Text("assign one (gdal_edit.py -a_srs EPSG:4326 dem.tif, or in QGIS) and save again",
                 "gán hệ tọa độ (gdal_edit.py -a_srs EPSG:4326 dem.tif, hoặc trong QGIS)"),
        )
    try:  # with pyproj, which raises quietly (GDAL would print an error on stderr)
        to_lonlat = pyproj.Transformer.from_crs(pyproj.CRS.from_wkt(crs.to_wkt()), "EPSG:4326",
                                                always_xy=True)
        to_lonlat.transform_bounds(*bounds, errcheck=True)
    except (pyproj.exceptions.ProjError, pyproj.exceptions.CRSError):
        raise DataError(
            path,
            Text(f"the elevation model's coordinate system ({crs.to_string()[:80]}) cannot be "
                 "converted to longitude/latitude", f"hệ tọa độ của mô hình độ cao "
                 f"({crs.to_string()[:80]}) không chuyển được sang kinh độ/vĩ độ"),
            Text("assign the coordinate system it was made in (e.g. gdal_edit.py -a_srs "
                 "EPSG:32648 dem.tif) and save again", "gán đúng hệ tọa độ đã dùng để tạo "
                 "(ví dụ gdal_edit.py -a_srs EPSG:32648 dem.tif) rồi lưu lại"),
        ) from None
    if count != 1:
        raise DataError(
            path,
            Text(f"the elevation model has {count} bands; it must have one (elevation in metres)",
                 f"mô hình độ cao có {count} kênh; chỉ được có một (độ cao, mét)"),
            Text("save the elevation band alone (gdal_translate -b 1 in.tif dem.tif)",
                 "chỉ lưu kênh độ cao (gdal_translate -b 1 in.tif dem.tif)"),
        )


def build_vrt(tiles: list[Path]) -> Path:
    """A VRT mosaic of same-resolution tiles, in the cache folder; returns its path."""
    infos = []
    for tile in tiles:
        with rasterio.open(tile) as src:
            infos.append((tile.resolve(), src.transform, src.width, src.height, src.crs,
                          src.dtypes[0], src.nodata))
    res = {(round(t.a, 12), round(t.e, 12)) for _, t, *_ in infos}
    if len(res) > 1 or len({str(i[4]) for i in infos}) > 1:
        raise DataError(
            tiles[0].parent,
            Text("the SRTM tiles mix resolutions (1″ and 3″) or coordinate systems",
                 "các tệp SRTM có độ phân giải (1″ và 3″) hoặc hệ tọa độ khác nhau"),
            Text("keep tiles of one kind only", "chỉ giữ các tệp cùng một loại"),
        )
    xres, yres = infos[0][1].a, infos[0][1].e
    left = min(t.c for _, t, *_ in infos)
    top = max(t.f for _, t, *_ in infos)
    right = max(t.c + w * xres for _, t, w, *_ in infos)
    bottom = min(t.f + h * yres for _, t, _, h, *_ in infos)
    width, height = round((right - left) / xres), round((bottom - top) / yres)
    nodata = infos[0][6] if infos[0][6] is not None else -32768
    sources = []
    for path, t, w, h, *_ in infos:
        xoff, yoff = round((t.c - left) / xres), round((t.f - top) / yres)
        sources.append(
            f'    <ComplexSource><SourceFilename relativeToVRT="0">{escape(str(path))}'
            f'</SourceFilename><SourceBand>1</SourceBand>'
            f'<SrcRect xOff="0" yOff="0" xSize="{w}" ySize="{h}"/>'
            f'<DstRect xOff="{xoff}" yOff="{yoff}" xSize="{w}" ySize="{h}"/>'
            f'<NODATA>{nodata:g}</NODATA></ComplexSource>')
    dtype = {"int16": "Int16", "float32": "Float32", "int32": "Int32", "uint16": "UInt16",
             "float64": "Float64"}.get(infos[0][5], "Float32")
    xml = (
        f'<VRTDataset rasterXSize="{width}" rasterYSize="{height}">\n'
        f"  <SRS>{escape(infos[0][4].to_wkt())}</SRS>\n"
        f"  <GeoTransform>{left!r}, {xres!r}, 0, {top!r}, 0, {yres!r}</GeoTransform>\n"
        f'  <VRTRasterBand dataType="{dtype}" band="1">\n'
        f"    <NoDataValue>{nodata:g}</NoDataValue>\n" + "\n".join(sources) +
        "\n  </VRTRasterBand>\n</VRTDataset>\n"
    )
    stamp = "|".join(f"{p}:{p.stat().st_mtime_ns}:{p.stat().st_size}" for p, *_ in infos)
    out = cache_dir() / "dem" / f"mosaic-{hashlib.sha1(stamp.encode()).hexdigest()[:16]}.vrt"
    with replacing(out) as tmp:  # another load of the same tiles may be reading it
        tmp.write_text(xml, encoding="utf-8")
    validate(out)
    return out


def _check_cover(path: Path, bounds, report: LoadReport) -> None:
    """Warn when the DEM does not cover the villages' extent (lon/lat bounds)."""
    with rasterio.open(path) as src:
        left, bottom, right, top = transform_bounds(src.crs, "EPSG:4326", *src.bounds)
    x0, y0, x1, y1 = bounds
    if x0 < left or y0 < bottom or x1 > right or y1 > top:
        report.warnings.append(Text(
            f"{path.name} does not cover all villages: terrain is ignored outside it",
            f"{path.name} không phủ hết các thôn: ngoài vùng này bỏ qua địa hình"))
