"""The clutter (land cover) raster of a data folder: checked at load, put on the engine's grid.

``clutter.tif`` is a single-band GeoTIFF of class codes (:data:`~coverage_planner.core.engine.
clutter.CLUTTER_CODES`: 0 unknown, 1 dense urban, 2 urban, 3 suburban, 4 village, 5 forest,
6 open, 7 water) in any CRS the file declares.

- :func:`validate_clutter` refuses a raster without a CRS, with non-integer pixels or with codes
  outside 0–7 (nodata pixels count as 0);
- :func:`clutter_on_grid` resamples it by **nearest neighbour** (class codes must not be
  averaged) onto the engine's metric grid (:class:`~coverage_planner.core.engine.terrain.Grid`),
  cached on disk like the DEM in :func:`~coverage_planner.core.engine.terrain.load_grid`, keyed
  by the file's digest and the grid's origin, pixel size and shape;
- :func:`clutter_at` reads the class at WGS 84 points (0 outside the raster).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.clutter import CLUTTER_CODES
from coverage_planner.core.engine.terrain import Grid, file_digest

MAX_CODE = max(CLUTTER_CODES)
CODES_TEXT = ", ".join(f"{c} {n}" for c, n in CLUTTER_CODES.items())


def validate_clutter(path: str | Path) -> Path:
    """Check a clutter raster (CRS, integer band, codes 0–7); return its path."""
    import rasterio
    from rasterio.errors import RasterioIOError

    path = Path(path)
    try:
        src = rasterio.open(path)
    except RasterioIOError as exc:
        raise DataError(path, Text(f"the clutter raster cannot be read ({exc})",
                                   f"không đọc được raster lớp phủ ({exc})"),
                        Text("save it again as a GeoTIFF of class codes 0–7",
                             "lưu lại dưới dạng GeoTIFF mã lớp 0–7")) from None
    with src:
        if src.crs is None:
            raise DataError(path, Text("the clutter raster has no coordinate system",
                                       "raster lớp phủ không có hệ tọa độ"),
                            Text("assign its CRS (QGIS: Raster > Projections > Assign "
                                 "Projection) and save it again",
                                 "gán hệ tọa độ (QGIS: Raster > Projections > Assign "
                                 "Projection) rồi lưu lại"))
        if not np.issubdtype(np.dtype(src.dtypes[0]), np.integer):
            raise DataError(path, Text(f"the clutter raster holds {src.dtypes[0]} values, not "
                                       "class codes", f"raster lớp phủ chứa giá trị "
                                       f"{src.dtypes[0]}, không phải mã lớp"),
                            Text(f"save it as whole numbers (Byte): {CODES_TEXT}",
                                 f"lưu dưới dạng số nguyên (Byte): {CODES_TEXT}"))
        codes = src.read(1, masked=True).filled(0)
    bad = (codes < 0) | (codes > MAX_CODE)
    if bad.any():
        row, col = (int(v[0]) for v in np.nonzero(bad))
        raise DataError(path, Text(f"the clutter code {int(codes[row, col])} (pixel row "
                                   f"{row + 1}, column {col + 1}) is not a class (0–{MAX_CODE})",
                                   f"mã lớp phủ {int(codes[row, col])} (điểm ảnh hàng {row + 1}, "
                                   f"cột {col + 1}) không phải một lớp (0–{MAX_CODE})"),
                        Text(f"reclassify the raster to: {CODES_TEXT}",
                             f"phân loại lại raster theo: {CODES_TEXT}"))
    return path


def clutter_on_grid(path: str | Path, grid: Grid) -> np.ndarray:
    """The clutter codes (int8, ``grid.shape``; 0 where unknown) on the engine's grid."""
    import rasterio
    from rasterio.warp import Resampling, reproject

    from coverage_planner.core.common.paths import cache_dir

    path = Path(path)
    digest = file_digest(path)
    key = hashlib.sha256(f"{digest}|{grid.crs}|{grid.x0}|{grid.y0}|{grid.res}|{grid.shape}|v1"
                         .encode()).hexdigest()[:24]
    cached = cache_dir() / "clutter" / f"{key}.npy"
    if cached.exists():
        try:
            return np.load(cached)
        except (OSError, ValueError, EOFError):
            pass  # a damaged entry is computed again
    out = np.zeros(grid.shape, dtype=np.uint8)
    with rasterio.open(path) as src:
        reproject(rasterio.band(src, 1), out, dst_transform=grid.transform, dst_crs=grid.crs,
                  resampling=Resampling.nearest, dst_nodata=0)
    out = np.where(out <= MAX_CODE, out, 0).astype(np.int8)
    with replacing(cached, ".npy") as tmp:
        np.save(tmp, out)
    return out


def clutter_at(path: str | Path, lon, lat) -> np.ndarray:
    """The clutter codes (int8) at WGS 84 points; 0 outside the raster or on nodata."""
    import rasterio
    from rasterio.transform import rowcol
    from rasterio.warp import transform

    lon = np.atleast_1d(np.asarray(lon, dtype=float))
    lat = np.atleast_1d(np.asarray(lat, dtype=float))
    out = np.zeros(lon.shape, dtype=np.int8)
    if lon.size == 0:
        return out
    with rasterio.open(path) as src:
        xs, ys = (lon, lat) if src.crs.to_epsg() == 4326 else transform(
            "EPSG:4326", src.crs, lon.ravel().tolist(), lat.ravel().tolist())
        rows, cols = rowcol(src.transform, np.ravel(xs), np.ravel(ys))
        rows, cols = np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)
        inside = (rows >= 0) & (rows < src.height) & (cols >= 0) & (cols < src.width)
        if inside.any():
            band = src.read(1, masked=True).filled(0)
            values = band[rows[inside], cols[inside]]
            flat = out.ravel()
            flat[inside] = np.where((values >= 0) & (values <= MAX_CODE), values, 0)
            out = flat.reshape(lon.shape)
    return out
