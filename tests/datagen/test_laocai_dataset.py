"""The embedded Lào Cai data set: its invariants and its reproducibility."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import rasterio
import shapely

from coverage_planner.core.common.paths import default_data_dir

DATA = default_data_dir()


@pytest.fixture(scope="module")
def villages():
    return gpd.read_file(DATA / "villages.geojson")


@pytest.fixture(scope="module")
def communes():
    return gpd.read_file(DATA / "communes.geojson")


@pytest.fixture(scope="module")
def cells():
    return pd.read_csv(DATA / "sites.csv")


def test_village_and_household_totals(villages):
    assert len(villages) == 1562
    assert villages["village_id"].is_unique
    assert villages["households"].sum() == 171_984
    assert villages["fiber_subscribers"].sum() == 100_328
    assert (villages["fiber_subscribers"] <= villages["households"]).all()
    assert (villages["households"] > 0).all()


def test_household_clusters_sum_to_village_households(villages):
    clusters = gpd.read_file(DATA / "households.geojson")
    per_village = clusters.groupby("village_id")["households"].sum()
    assert per_village.reindex(villages["village_id"]).to_numpy().tolist() == \
        villages["households"].tolist()
    inside = gpd.sjoin(clusters, villages[["village_id", "geometry"]], predicate="intersects",
                       rsuffix="poly")
    own = inside[inside["village_id_left"] == inside["village_id_poly"]]
    assert own["village_id_left"].nunique() == len(villages)
    assert len(own.index.unique()) >= 0.99 * len(clusters)


def test_communes_and_districts(communes):
    assert len(communes) == 151
    assert communes["district"].nunique() == 9
    assert communes.groupby("district").size().to_dict()["Huyện Bát Xát"] == 21
    assert shapely.coverage_is_valid(communes.geometry.values)


def test_villages_tile_their_communes(villages, communes):
    utm = "EPSG:32648"
    v, c = villages.to_crs(utm), communes.to_crs(utm)
    assert shapely.coverage_is_valid(v.geometry.values)
    # commune names repeat across districts (two "Xã Thanh Bình"): key by code
    area_v = v.groupby("commune_code")["geometry"].apply(lambda g: g.area.sum())
    area_c = c.set_index("commune_code").geometry.area
    rel = (area_v.reindex(area_c.index) - area_c).abs() / area_c
    assert rel.max() < 1e-4  # no gap, no overlap beyond coordinate rounding
    # each village lies in its own commune
    merged = v.merge(c[["commune_code", "geometry"]].rename(columns={"geometry": "cg"}),
                     on="commune_code")
    # coordinates are rounded to 1e-6 degrees (~0.1 m): allow half a metre along the edges
    inside = shapely.within(merged.geometry.values, shapely.buffer(merged["cg"].values, 0.5))
    assert inside.all()


def test_centres_inside_their_village(villages):
    pts = shapely.points(villages["centre_lon"], villages["centre_lat"])
    assert shapely.contains(villages.geometry.values, pts).mean() > 0.995


def test_towers_5g_and_wifi(cells, villages):
    sites = cells.drop_duplicates("site_id")
    assert 900 <= len(sites) <= 1100
    assert set(sites["operator"]) == {"Viettel", "VNPT", "MobiFone"}
    assert cells.loc[cells.technology == "5G", "site_id"].nunique() == 5
    assert set(cells["technology"]) == {"2G", "3G", "4G", "5G"}
    assert not cells.duplicated(["site_id", "cell_id"]).any()
    # every site inside or near the province (5 km)
    province = shapely.union_all(villages.to_crs("EPSG:32648").geometry.values).buffer(5000)
    pts = gpd.GeoSeries(gpd.points_from_xy(sites.lon, sites.lat), crs=4326).to_crs("EPSG:32648")
    assert shapely.contains(province, pts.values).all()
    wifi = gpd.read_file(DATA / "wifi.geojson")
    assert len(wifi) == 15
    assert wifi["commune"].str.startswith("Phường").all()


def test_gap_villages_are_remote_and_high(villages):
    """The 270 villages without fiber are higher and farther from the exchanges than the rest."""
    assert (villages["fiber_subscribers"] == 0).sum() >= 270
    with rasterio.open(DATA / "dem.tif") as dem:
        z = np.array([v[0] for v in dem.sample(zip(villages.centre_lon, villages.centre_lat))])
    fiber = gpd.read_file(DATA / "fiber.geojson").to_crs("EPSG:32648")
    reach = fiber[fiber.kind != "trunk"]
    centres = gpd.GeoSeries(gpd.points_from_xy(villages.centre_lon, villages.centre_lat),
                            crs=4326).to_crs("EPSG:32648")
    d = shapely.distance(centres.values, shapely.union_all(reach.geometry.values))
    no_fiber = d > 500
    # the centre test alone: households may reach a few more villages (the engine decides)
    assert 250 <= no_fiber.sum() <= 290
    assert np.median(z[no_fiber]) > np.median(z[~no_fiber]) + 300


def test_terrain_matches_landmarks():
    marks = pd.read_csv(DATA.parent / "sources" / "landmarks" / "laocai_landmarks.csv")
    with rasterio.open(DATA / "dem.tif") as dem:
        assert dem.crs.to_epsg() == 4326
        assert abs(dem.res[0] - 1 / 1200) < 1e-9
        z = np.array([v[0] for v in dem.sample(zip(marks.lon, marks.lat))])
        assert dem.read(1).max() <= 3143
        assert dem.tags()["ORIGIN"] == "synthetic"
    err = np.abs(z - marks["elevation_m"].to_numpy())
    assert err.max() < 200
    fansipan = z[marks["name"] == "Fansipan"][0]
    assert fansipan >= 3100
    river = marks["name"].str.startswith("Red River")
    assert (z[river.to_numpy()] < 130).all()
    assert (DATA / "dem.tif").stat().st_size < 15 * 2**20


def test_provenance_says_what_is_synthetic():
    meta = json.loads((DATA / "dataset.json").read_text(encoding="utf-8"))
    assert meta["layers"]["villages"]["origin"] == "synthetic"
    assert meta["layers"]["communes"]["origin"] == "real"
    for name in ("villages", "households", "fiber", "wifi"):
        head = json.loads((DATA / f"{name}.geojson").read_text(encoding="utf-8").split("\n")[0]
                          .rstrip(",").replace(',"features":[', "}"))
        assert head["metadata"]["origin"] == "synthetic"
    assert "SYNTHETIC" in (DATA / "README.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_generator_rebuilds_identical_files(tmp_path):
    """The committed files are exactly what the generator makes (about 15 s)."""
    from coverage_planner.datagen.laocai.build import build

    hashes = build(tmp_path)
    committed = dict(
        reversed(line.split("  ")) for line in
        (DATA / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    )
    assert hashes == committed
    from coverage_planner.datagen.laocai.writer import sha256

    for name, digest in committed.items():
        assert sha256(DATA / name) == digest, f"{name} differs from SHA256SUMS"
