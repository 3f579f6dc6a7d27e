"""The elevation model: dem.tif, one or several SRTM .hgt tiles, refusals."""

from __future__ import annotations

import numpy as np
import pytest
import rasterio
from affine import Affine

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import load_folder
from coverage_planner.core.io.dem import load_dem
from coverage_planner.core.project.model import LoadReport

SRTM3 = 1201  # samples per side of a 3″ tile


def write_tif(path, *, crs="EPSG:4326", bands=1, origin=(103.9, 22.6)):
    data = np.full((bands, 20, 30), 250, dtype="float32")
    profile = dict(driver="GTiff", width=30, height=20, count=bands, dtype="float32",
                   transform=Affine(0.01, 0, origin[0], 0, -0.01, origin[1]))
    if crs:
        profile["crs"] = crs
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data)
    return path


def write_hgt(folder, name, value):
    path = folder / name
    np.full((SRTM3, SRTM3), value, dtype=">i2").tofile(path)
    return path


def test_geotiff(build):
    root = build.folder()
    write_tif(root / "dem.tif")
    project = load_folder(root)
    assert project.dem_path == root / "dem.tif"
    assert not any("elevation" in w.en for w in project.report.warnings)


def test_other_dem_name_and_projected_crs(build):
    root = build.folder()
    write_tif(root / "dem_30m.tif", crs="EPSG:32648", origin=(390000, 2490000))
    report = LoadReport()
    assert load_dem(root, report).name == "dem_30m.tif"
    assert report.sources["dem"].name == "dem_30m.tif"


def test_one_hgt_tile(build):
    root = build.folder()
    write_hgt(root, "N22E103.hgt", 500)
    project = load_folder(root)
    assert project.dem_path.name == "N22E103.hgt"
    with rasterio.open(project.dem_path) as src:
        assert src.crs.to_epsg() == 4326
        assert next(src.sample([(103.98, 22.49)]))[0] == 500


def test_several_hgt_tiles_become_a_vrt(build, tmp_path):
    root = build.folder()
    write_hgt(root, "N22E103.hgt", 500)
    write_hgt(root, "N22E104.hgt", 1500)
    project = load_folder(root)
    assert project.dem_path.suffix == ".vrt"
    assert project.dem_path.is_relative_to(tmp_path / "cache")
    with rasterio.open(project.dem_path) as src:
        assert (src.width, src.height) == (2 * SRTM3 - 1, SRTM3)
        assert src.count == 1 and src.crs.to_epsg() == 4326
        values = [v[0] for v in src.sample([(103.5, 22.5), (104.5, 22.5)])]
    assert values == [500, 1500]


def test_missing_dem_is_allowed_with_a_warning(build):
    project = load_folder(build.folder())
    assert project.dem_path is None
    assert any("no elevation model" in w.en for w in project.report.warnings)


def test_dem_not_covering_the_villages_warns(build):
    root = build.folder()
    write_tif(root / "dem.tif", origin=(105.0, 21.0))
    project = load_folder(root)
    assert any("does not cover all villages" in w.en for w in project.report.warnings)


def test_dem_without_crs_is_refused(build):
    root = build.folder()
    write_tif(root / "dem.tif", crs=None)
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert err.value.path.name == "dem.tif" and "no coordinate reference system" in str(err.value)
    assert "gdal_edit.py" in str(err.value)


def test_multiband_dem_is_refused(build):
    root = build.folder()
    write_tif(root / "dem.tif", bands=3)
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert "3 bands" in str(err.value) and "-b 1" in str(err.value)


def test_broken_dem_is_refused(build):
    root = build.folder()
    (root / "dem.tif").write_bytes(b"II*\x00 not a tiff")
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert "dem.tif" in str(err.value) and "cannot be read" in str(err.value)


def test_badly_named_hgt_is_refused(build):
    root = build.folder()
    write_hgt(root, "laocai.hgt", 100)
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert "N22E103.hgt" in str(err.value)
