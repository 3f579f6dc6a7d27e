"""Cache files written by many threads at once: each writer its own temporary, no torn files."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
import rasterio
from rasterio.transform import from_origin

from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.engine.terrain import load_grid


def test_concurrent_writers_to_one_target_all_succeed(tmp_path):
    target = tmp_path / "cache" / "same.npz"

    def write(k: int) -> None:
        with replacing(target, ".npz") as tmp:
            np.savez(tmp, value=np.full(50_000, k))

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(write, range(64)))
    value = np.load(target)["value"]
    assert len(set(value.tolist())) == 1  # one writer's whole file, never a mix
    assert [p.name for p in target.parent.iterdir()] == ["same.npz"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "keep.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), replacing(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_empty_gives_a_name_that_does_not_exist_yet(tmp_path):
    with replacing(tmp_path / "x.tif", empty=True) as tmp:
        assert not tmp.exists() and tmp.suffix == ".tif"
        tmp.write_bytes(b"ok")
    assert (tmp_path / "x.tif").read_bytes() == b"ok"


def test_a_geographic_dem_loaded_by_eight_threads_at_once(tmp_path, monkeypatch):
    """The CI failure of session 1: two loads of one DEM renamed each other's temporary away."""
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    dem = tmp_path / "dem.tif"
    z = np.random.default_rng(1).uniform(100, 2000, (120, 120)).astype(np.float32)
    with rasterio.open(dem, "w", driver="GTiff", dtype="float32", count=1, width=120,
                       height=120, crs="EPSG:4326",
                       transform=from_origin(103.9, 22.5, 1 / 1200, 1 / 1200)) as dst:
        dst.write(z, 1)
    with ThreadPoolExecutor(8) as pool:
        grids = list(pool.map(lambda _: load_grid(dem), range(8)))
    for g in grids[1:]:
        np.testing.assert_array_equal(g.z, grids[0].z)
    assert [p.suffix for p in (tmp_path / "cache" / "dem").iterdir()] == [".npz"]
