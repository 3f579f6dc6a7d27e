"""The clutter raster: checked at load, resampled (nearest) onto the engine's grid, read at
points."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from engine_world import CRS, make_grid
from pyproj import Transformer
from rasterio.transform import from_origin

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io.clutter import clutter_at, clutter_on_grid, validate_clutter

WEST, NORTH, STEP = 104.02, 22.52, 0.001  # about 100 m pixels, around the test grids


def write(path, codes, *, crs="EPSG:4326", dtype="uint8"):
    profile = {"driver": "GTiff", "dtype": dtype, "count": 1, "width": codes.shape[1],
               "height": codes.shape[0], "transform": from_origin(WEST, NORTH, STEP, STEP)}
    if crs is not None:
        profile["crs"] = crs
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(codes.astype(dtype), 1)
    return path


def stripes(n: int = 60) -> np.ndarray:
    """Codes 1..7 in vertical stripes of 8 pixels (and 0 beyond)."""
    cols = np.arange(n)
    return np.tile(np.where(cols // 8 < 7, cols // 8 + 1, 0), (n, 1)).astype(np.uint8)


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))


def test_on_grid_is_the_nearest_code_at_each_pixel_centre(tmp_path):
    path = write(tmp_path / "clutter.tif", stripes())
    grid = make_grid(np.zeros((80, 80)))
    codes = clutter_on_grid(path, grid)
    assert codes.dtype == np.int8 and codes.shape == grid.shape
    rows, cols = np.mgrid[0:80:7, 0:80:7]
    x, y = grid.centre_xy(rows.ravel(), cols.ravel())
    lon, lat = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True).transform(x, y)
    expected = clutter_at(path, lon, lat)
    inside = (np.asarray(lon) > WEST + STEP) & (np.asarray(lon) < WEST + 59 * STEP)
    same = codes[rows.ravel(), cols.ravel()][inside] == expected[inside]
    assert same.mean() > 0.97  # pixel edges may fall either side
    assert set(np.unique(codes)) <= set(range(8))
    assert np.array_equal(clutter_on_grid(path, grid), codes)  # from the cache


def test_at_points_and_outside(tmp_path):
    path = write(tmp_path / "clutter.tif", stripes())
    lon = np.array([WEST + 0.5 * STEP, WEST + 20.5 * STEP, WEST + 55.5 * STEP, 100.0])
    lat = np.full(4, NORTH - 10.5 * STEP)
    assert clutter_at(path, lon, lat).tolist() == [1, 3, 7, 0]


def test_a_projected_raster_is_read_in_its_crs(tmp_path):
    to_utm = Transformer.from_crs("EPSG:4326", CRS, always_xy=True)
    x0, y0 = to_utm.transform(WEST, NORTH)
    profile = {"driver": "GTiff", "dtype": "uint8", "count": 1, "width": 10, "height": 10,
               "crs": CRS, "transform": from_origin(x0, y0, 100.0, 100.0)}
    with rasterio.open(tmp_path / "utm.tif", "w", **profile) as dst:
        dst.write(np.full((10, 10), 5, np.uint8), 1)
    lon, lat = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True).transform(x0 + 450,
                                                                              y0 - 450)
    assert clutter_at(tmp_path / "utm.tif", [lon], [lat]).tolist() == [5]


@pytest.mark.parametrize("codes, kwargs, needle", [
    (np.full((4, 4), 3), {"crs": None}, "no coordinate system"),
    (np.full((4, 4), 3.5), {"dtype": "float32"}, "not class codes"),
    (np.array([[1, 2], [9, 4]]), {}, "clutter code 9 (pixel row 2, column 1)"),
])
def test_validation_refuses_bad_rasters(tmp_path, codes, kwargs, needle):
    path = write(tmp_path / "clutter.tif", np.asarray(codes), **kwargs)
    with pytest.raises(DataError) as info:
        validate_clutter(path)
    assert needle in info.value.problem.en and info.value.fix.vi


def test_validation_accepts_codes_and_nodata(tmp_path):
    path = write(tmp_path / "clutter.tif", stripes(16))
    assert validate_clutter(path) == path
