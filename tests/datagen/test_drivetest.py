"""The synthetic drive test and clutter of the embedded data: counts, along the roads, the
answer key consistent with the samples and the engine, deterministic parts."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import rasterio
import shapely

from coverage_planner.core.common.geo import UTM48N
from coverage_planner.core.common.paths import default_data_dir
from coverage_planner.core.io.measurements import read_measurements
from coverage_planner.datagen.laocai import drivetest
from coverage_planner.datagen.laocai.writer import sha256

DATA = default_data_dir()


@pytest.fixture(scope="module")
def samples():
    return pd.read_csv(DATA / "measurements.csv", dtype={"cell_id": str})


@pytest.fixture(scope="module")
def key():
    return json.loads((DATA / "measurements_truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def roads():
    return gpd.read_file(DATA / "roads.geojson")


def test_counts_and_answer_key(samples, key):
    assert 3000 <= len(samples) <= 5000
    assert key["samples"] == len(samples) <= key["positions"]
    assert "ANSWER KEY" in key["notice"] and "SYNTHETIC" in key["notice"]
    counts = samples.groupby(["operator", "technology"]).size()
    assert {f"{op}|{t}": int(n) for (op, t), n in counts.items()} == key["counts"]
    assert set(key["counts"]) <= set(key["offsets_db"])
    assert key["truth_models"] == drivetest.TRUTH_MODELS
    assert key["shadowing"]["sigma_db"] == drivetest.SIGMA_DB == 7.5
    meta = json.loads((DATA / "dataset.json").read_text(encoding="utf-8"))
    assert meta["counts"]["measurements"] == len(samples)
    assert meta["layers"]["measurements"]["origin"] == "synthetic"
    sums = dict(reversed(line.split("  ")) for line in
                (DATA / "SHA256SUMS").read_text(encoding="utf-8").splitlines())
    for name in ("measurements.csv", "measurements_truth.json", "clutter.tif"):
        assert sums[name] == sha256(DATA / name)


def test_samples_read_cleanly_and_respect_sensitivity(samples):
    df = read_measurements(DATA / "measurements.csv")
    assert len(df) == len(samples) and not df.attrs["warnings"]
    floor = df["technology"].map(drivetest.SENSITIVITY_DBM)
    assert (df["value_dbm"] >= floor).all()
    assert set(df["operator"]) == set(drivetest.ROUTES)
    assert (df["cell_id"] != "").all() and df["time"].notna().all()
    assert (df["value_dbm"] <= drivetest.SATURATION_DBM).all()
    # the scanner logs 4G, 3G and 2G in turn: every carrier's technologies get a few hundred
    # samples (what the calibration needs per carrier × technology)
    counts = df.groupby(["operator", "technology"]).size()
    assert len(counts) == 9 and counts.min() >= 200


def test_samples_lie_on_the_roads_their_carrier_drives(samples, roads):
    utm = roads.to_crs(UTM48N)
    pts = gpd.GeoSeries(gpd.points_from_xy(samples.lon, samples.lat), crs=4326).to_crs(UTM48N)
    for op, names in drivetest.ROUTES.items():
        mine = samples["operator"].to_numpy() == op
        route = shapely.union_all(utm.geometry[utm["name"].isin(names)].values)
        assert shapely.distance(pts.values[mine], route).max() < 1.0
    # about one sample per spacing along a road (the first two points of one road)
    xy = np.column_stack([pts.x, pts.y])
    steps = np.hypot(*np.diff(xy[:2], axis=0).T)
    assert steps[0] == pytest.approx(drivetest.SPACING_M, abs=30)


def test_route_points_are_evenly_spaced_and_deterministic(roads):
    xy, part, along, names = drivetest.route_points(roads, ("Quốc lộ 40",), 150.0)
    again = drivetest.route_points(roads, ("Quốc lộ 40",), 150.0)
    assert np.array_equal(xy, again[0])
    same = part[1:] == part[:-1]
    assert np.allclose(np.diff(along)[same], 150.0)
    assert set(names) == {"Quốc lộ 40"}
    with pytest.raises(ValueError):
        drivetest.route_points(roads, ("Đường không có",))


def test_gudmundson_shadowing_statistics():
    n = 40_000
    parts = np.zeros(n, dtype=int)
    along = np.arange(n) * 25.0
    s = drivetest.gudmundson(parts, along, np.random.default_rng(1))
    assert np.array_equal(s, drivetest.gudmundson(parts, along, np.random.default_rng(1)))
    assert s.std() == pytest.approx(drivetest.SIGMA_DB, rel=0.03)
    rho = np.corrcoef(s[:-1], s[1:])[0, 1]
    assert rho == pytest.approx(np.exp(-25.0 / 50.0), abs=0.02)
    # a new part starts afresh: no correlation across parts
    parts = np.repeat(np.arange(n // 2), 2)
    s = drivetest.gudmundson(parts, np.tile([0.0, 1000.0], n // 2), np.random.default_rng(2))
    assert abs(np.corrcoef(s[0::2], s[1::2])[0, 1]) < 0.03


def test_best_servers_keeps_the_strongest_cell_per_carrier_and_technology():
    cells = pd.DataFrame({"operator": ["A", "A", "B"], "technology": ["4G", "4G", "4G"]})
    per_cell = [(np.array([0, 1]), np.array([-90.0, -80.0], np.float32)),
                (np.array([1, 2]), np.array([-70.0, -100.0], np.float32)),
                (np.array([0]), np.array([-60.0], np.float32))]
    best = drivetest.best_servers(per_cell, cells, 4)
    level, who = best[("A", "4G")]
    assert level.tolist() == [-90.0, -70.0, -100.0, -np.inf]
    assert who.tolist() == [0, 1, 1, -1]
    assert best[("B", "4G")][1].tolist() == [2, -1, -1, -1]


def test_planted_offset_is_what_the_samples_show_over_the_engine(samples, key, monkeypatch,
                                                                 tmp_path):
    """measured − engine truth ≈ planted offset for Viettel 4G (150 samples, σ 8 dB)."""
    from coverage_planner.core.io import load_folder

    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    project = load_folder(DATA)
    group = samples[(samples.operator == "Viettel") & (samples.technology == "4G")]
    group = group.iloc[:: max(1, len(group) // 150)].iloc[:150]
    pts = gpd.GeoSeries(gpd.points_from_xy(group.lon, group.lat), crs=4326).to_crs(UTM48N)
    xy = np.column_stack([pts.x, pts.y])
    sites = np.asarray(project.cells.to_crs(UTM48N).geometry.array)
    near = shapely.dwithin(sites[:, None], shapely.points(xy)[None, :],
                           project.profile.max_radius_m).any(1)
    cells = project.cells[near & (project.cells.operator == "Viettel").to_numpy()]
    project.cells = cells.reset_index(drop=True)
    best, table = drivetest.truth_levels(project, xy, key["truth_models"])
    level, who = best[("Viettel", "4G")]
    residual = group["value_dbm"].to_numpy() - level
    assert residual.mean() == pytest.approx(key["offsets_db"]["Viettel|4G"], abs=2.5)
    assert 5.0 < residual.std() < 11.0
    assert (table["cell_id"].to_numpy()[who] == group["cell_id"].to_numpy()).mean() > 0.95


def test_clutter_raster_is_small_synthetic_and_plausible():
    with rasterio.open(DATA / "clutter.tif") as src, rasterio.open(DATA / "dem.tif") as dem:
        assert src.shape == dem.shape and src.transform == dem.transform
        assert src.dtypes[0] == "uint8" and src.tags()["ORIGIN"] == "synthetic"
        codes, z = src.read(1), dem.read(1)
    assert (DATA / "clutter.tif").stat().st_size < 1 << 20
    assert set(np.unique(codes)) <= set(range(8))
    assert (codes[z > 1500] == 5).mean() > 0.95  # high ground is forest
    share = {c: (codes == c).mean() for c in (2, 4, 5, 6, 7)}
    assert 0.3 < share[5] < 0.8 and share[6] > 0.1 and 0 < share[4] < 0.1
    assert 0 < share[2] < share[4] and share[7] > 0
