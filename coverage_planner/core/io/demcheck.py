"""What a DEM holds over the villages: no-data holes, fill values, heights in metres.

The DEM is sampled (at most :data:`SAMPLE` pixels a side) over the village polygons that lie
in its extent (the part outside is reported by the coverage check in :mod:`.dem`):

- no-data pixels (the declared no-data value, or NaN) are allowed and their share reported,
  unless they are most of the villages' area (:data:`MAX_HOLES`): then the DEM is refused;
- values below :data:`MIN_ELEVATION_M` are fill values nobody declared as no-data: refused,
  with the command that declares them;
- heights above :data:`MAX_ELEVATION_M` (higher than Everest) mean feet or decimetres: refused;
  heights all below :data:`LOW_MAX_M` may be kilometres (or a flat delta): a warning.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.features import geometry_mask
from rasterio.windows import Window, from_bounds

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.project.model import LoadReport

MAX_HOLES = 0.5
MAX_ELEVATION_M = 9000.0
MIN_ELEVATION_M = -500.0
LOW_MAX_M = 10.0
SAMPLE = 512


def check_values(path: Path, villages: gpd.GeoDataFrame, report: LoadReport) -> None:
    """Refuse or warn about the DEM's values over the villages (see the module notes)."""
    try:
        values = _sample(path, villages)
    except rasterio.errors.RasterioError as exc:
        raise DataError(path, Text(f"the elevation model cannot be read ({exc})",
                                   f"không đọc được mô hình độ cao ({exc})"),
                        Text("export it again as a GeoTIFF, or download the SRTM tile again",
                             "xuất lại dưới dạng GeoTIFF, hoặc tải lại tệp SRTM")) from None
    if values is None or values.size == 0:
        return
    data = np.ma.getdata(values).astype(float)
    holes = np.ma.getmaskarray(values) | ~np.isfinite(data)
    valid = data[~holes]
    if valid.size and valid.min() < MIN_ELEVATION_M:
        fill = valid.min()
        raise DataError(
            path,
            Text(f"the elevation model holds {fill:g} over the villages, a fill value for "
                 "missing data that is not declared as no-data",
                 f"mô hình độ cao có giá trị {fill:g} trong vùng các thôn, là giá trị lấp chỗ "
                 "thiếu dữ liệu nhưng không được khai báo là no-data"),
            Text(f"declare it: gdal_edit.py -a_nodata {fill:g} {path.name} (or in QGIS: "
                 "Raster > Conversion > Translate, 'Assign a specified nodata value')",
                 f"khai báo giá trị đó: gdal_edit.py -a_nodata {fill:g} {path.name} (hoặc QGIS: "
                 "Raster > Conversion > Translate, 'Assign a specified nodata value')"),
        )
    share = float(holes.mean())
    if share > MAX_HOLES:
        raise DataError(
            path,
            Text(f"the elevation model has no data over {share:.0%} of the villages' area",
                 f"mô hình độ cao không có dữ liệu trên {share:.0%} diện tích các thôn"),
            Text("fill the holes (QGIS: Raster > Analysis > Fill nodata) or use another DEM "
                 "(e.g. the SRTM tiles of the area), or remove it to ignore terrain",
                 "lấp các lỗ (QGIS: Raster > Analysis > Fill nodata) hoặc dùng DEM khác (ví dụ "
                 "các tệp SRTM của vùng), hoặc bỏ tệp để không tính địa hình"),
        )
    if share > 0:
        report.warnings.append(Text(
            f"{path.name}: no data over {share:.1%} of the villages' area; terrain is ignored "
            "there", f"{path.name}: không có dữ liệu trên {share:.1%} diện tích các thôn; bỏ "
            "qua địa hình ở đó"))
    if not valid.size:
        return
    top = float(valid.max())
    if top > MAX_ELEVATION_M:
        raise DataError(
            path,
            Text(f"the elevation model reaches {top:.0f} over the villages, higher than Everest "
                 "(8849 m): its heights are probably in feet or decimetres",
                 f"mô hình độ cao lên tới {top:.0f} trong vùng các thôn, cao hơn đỉnh Everest "
                 "(8849 m): có lẽ đơn vị là feet hoặc decimet"),
            Text(f"convert it to metres, e.g. gdal_calc.py -A {path.name} --calc=\"A*0.3048\" "
                 "--outfile=dem_m.tif for feet (A/10 for decimetres), and use that file",
                 f"đổi sang mét, ví dụ gdal_calc.py -A {path.name} --calc=\"A*0.3048\" "
                 "--outfile=dem_m.tif với feet (A/10 với decimet), rồi dùng tệp đó"),
        )
    if top < LOW_MAX_M:
        report.warnings.append(Text(
            f"{path.name}: every height over the villages is below {LOW_MAX_M:g} (highest "
            f"{top:.2f}); if the DEM is in kilometres, convert it to metres "
            "(gdal_calc.py --calc=\"A*1000\"); in a flat coastal area this is expected",
            f"{path.name}: mọi độ cao trong vùng các thôn đều dưới {LOW_MAX_M:g} (cao nhất "
            f"{top:.2f}); nếu DEM tính bằng kilômét, hãy đổi sang mét "
            "(gdal_calc.py --calc=\"A*1000\"); ở vùng đồng bằng ven biển thì bình thường"))


def _sample(path: Path, villages: gpd.GeoDataFrame):
    """The DEM's values inside the village polygons (masked where no-data), or None."""
    with rasterio.open(path) as src:
        geoms = villages.geometry.to_crs(src.crs)
        geoms = geoms[geoms.notna() & ~geoms.is_empty]
        if geoms.empty or not np.isfinite(geoms.total_bounds).all():
            return None
        full = Window(0, 0, src.width, src.height)
        try:
            w = from_bounds(*geoms.total_bounds, transform=src.transform)
            col, row = int(np.floor(w.col_off)), int(np.floor(w.row_off))
            window = Window(col, row, int(np.ceil(w.col_off + w.width)) - col,
                            int(np.ceil(w.row_off + w.height)) - row).intersection(full)
        except rasterio.errors.WindowError:  # no overlap
            return None
        if window.width < 1 or window.height < 1:
            return None
        step = max(window.width / SAMPLE, window.height / SAMPLE, 1.0)
        shape = (max(1, int(window.height / step)), max(1, int(window.width / step)))
        values = src.read(1, window=window, out_shape=shape, masked=True,
                          resampling=Resampling.nearest)
        transform = src.window_transform(window) @ rasterio.Affine.scale(
            window.width / shape[1], window.height / shape[0])
    inside = geometry_mask(list(geoms), out_shape=shape, transform=transform, invert=True,
                           all_touched=True)
    return values[inside]
