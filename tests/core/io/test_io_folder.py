"""Opening a whole data folder: layers, fiber in one or two files, provenance, profile."""

from __future__ import annotations

import json

import geopandas as gpd
import pytest
from shapely.geometry import LineString, Point, box

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import load_folder
from coverage_planner.core.project.model import Project
from coverage_planner.core.project.profile import CoverageProfile

LON0, LAT0 = 103.97, 22.48  # as in conftest.py


def test_complete_folder(build):
    project = load_folder(build.folder())
    assert isinstance(project, Project)
    for name in ("villages", "cells", "households", "fiber_cables", "fiber_access_points",
                 "wifi"):
        layer = project.layer(name)
        assert layer.crs.to_epsg() == 4326, name
        assert list(layer.index) == list(range(len(layer))), name
    assert project.villages.columns[:9].tolist() == [
        "village_id", "name", "commune", "district", "households", "fiber_subscribers",
        "centre_lon", "centre_lat", "centre_estimated"]
    assert project.cells.columns[:12].tolist() == [
        "site_id", "cell_id", "operator", "technology", "frequency_mhz", "height_m",
        "eirp_dbm", "azimuth_deg", "beamwidth_deg", "tilt_deg", "lon", "lat"]
    assert project.communes is None and project.dem_path is None
    assert project.profile == CoverageProfile()
    assert project.provenance == {}
    assert any("no elevation model" in w.en for w in project.report.warnings)


def test_fiber_in_one_file(build):
    project = load_folder(build.folder())
    assert project.fiber_cables["cable_id"].tolist() == ["C1", "C2"]
    assert project.fiber_cables["kind"].tolist() == ["trunk", "distribution"]
    assert "ap_id" not in project.fiber_cables.columns
    assert project.fiber_access_points["ap_id"].tolist() == ["AP1"]
    assert project.report.sources["fiber_cables"].name == "fiber.geojson"


def test_fiber_in_two_files(build):
    fiber = build.fiber()
    cables = fiber.iloc[:2].drop(columns="ap_id").rename(columns={"cable_id": "ma_cap",
                                                                   "kind": "loai"})
    points = fiber.iloc[2:][["ap_id", "geometry"]]
    root = build.folder({"fiber.geojson": None, "fiber_cables.shp": cables,
                         "fiber_access_points.csv": points})
    project = load_folder(root)
    assert project.fiber_cables["cable_id"].tolist() == ["C1", "C2"]
    assert project.fiber_cables["kind"].tolist() == ["trunk", "distribution"]
    assert project.fiber_access_points["ap_id"].tolist() == ["AP1"]
    assert project.report.mapped_columns["fiber_cables"] == {"ma_cap": "cable_id",
                                                             "loai": "kind"}


def test_fiber_in_two_layers_of_one_geopackage(build):
    root = build.folder({"fiber.geojson": None})
    fiber = build.fiber()
    fiber.iloc[:2].to_file(root / "fiber.gpkg", layer="cables")
    fiber.iloc[2:].to_file(root / "fiber.gpkg", layer="access_points")
    project = load_folder(root)
    assert len(project.fiber_cables) == 2 and len(project.fiber_access_points) == 1


def test_fiber_without_ids_gets_numbered(build):
    fiber = build.fiber().drop(columns=["cable_id", "ap_id"])
    project = load_folder(build.folder({"fiber.geojson": fiber}))
    assert project.fiber_cables["cable_id"].tolist() == ["C1", "C2"]
    assert project.fiber_access_points["ap_id"].tolist() == ["AP3"]


def test_polygon_in_fiber_is_refused(build):
    fiber = build.fiber()
    fiber.loc[3] = [None, None, "AP9", box(LON0, LAT0, LON0 + .01, LAT0 + .01)]
    with pytest.raises(DataError) as err:
        load_folder(build.folder({"fiber.geojson": fiber}))
    assert err.value.row == 4 and "Polygon" in str(err.value)


def test_households_are_joined_to_their_village(build):
    project = load_folder(build.folder())
    assert project.households["village_id"].tolist() == ["V1", "V2", "V3"]
    assert project.households["households"].tolist() == [3, 2, 1]


def test_household_points_without_counts(build):
    households = build.households().drop(columns="households")
    project = load_folder(build.folder({"households.gpkg": households}))
    assert project.households["households"].tolist() == [1, 1, 1]
    assert any("one household" in w.en for w in project.report.warnings)


def test_household_count_below_one_is_refused(build):
    households = build.households()
    households.loc[1, "households"] = 0
    with pytest.raises(DataError) as err:
        load_folder(build.folder({"households.gpkg": households}))
    assert (err.value.row, err.value.column) == (2, "households")


def test_reference_layers_keep_their_columns(build):
    communes = gpd.GeoDataFrame({"Tên xã": ["Cốc Lếu"], "dan_so": [12000]},
                                geometry=[box(LON0 - .01, LAT0 - .01, LON0 + .1, LAT0 + .05)],
                                crs=4326).to_crs(32648)
    roads = gpd.GeoDataFrame({"ten_duong": ["QL4D"]},
                             geometry=[LineString([(LON0, LAT0), (LON0 + .1, LAT0)])], crs=4326)
    project = load_folder(build.folder({"communes.geojson": communes, "roads.kml": roads}))
    assert project.communes.columns.tolist() == ["name", "dan_so", "geometry"]
    assert project.communes.crs.to_epsg() == 4326
    assert project.roads.loc[0, "name"] == "QL4D"
    assert project.districts is None


def test_provenance_and_profile(build):
    root = build.folder()
    provenance = {"layers": {"villages": {"origin": "synthetic", "note": "generated"}},
                  "version": 2}
    (root / "dataset.json").write_text(json.dumps(provenance), encoding="utf-8")
    (root / "profile.json").write_text('{"fiber_drop_reach_m": 800}', encoding="utf-8")
    project = load_folder(root)
    assert project.provenance == provenance
    assert project.profile.fiber_drop_reach_m == 800
    other = root.parent / "strict.json"
    other.write_text('{"fiber_drop_reach_m": 300}', encoding="utf-8")
    assert load_folder(root, profile_path=other).profile.fiber_drop_reach_m == 300


def test_broken_dataset_json_is_refused(build):
    root = build.folder()
    (root / "dataset.json").write_text('{"layers": ', encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert err.value.path.name == "dataset.json"


def test_a_refusal_leaves_the_open_project_alone(build):
    root = build.folder()
    project = load_folder(root)
    before = project.villages.copy()
    wifi = build.wifi()
    wifi.loc[1] = ["W2", "x", Point(110, 10)]
    build.write(wifi, "wifi.geojson", root)
    with pytest.raises(DataError):
        load_folder(root)
    assert project.villages.equals(before) and len(project.wifi) == 1
