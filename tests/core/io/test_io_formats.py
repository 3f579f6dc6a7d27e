"""Every supported format reads to the same checked layer; file discovery in a folder."""

from __future__ import annotations

import json
import zipfile

import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import find_layer_file, load_folder, read_layer
from coverage_planner.core.project.model import LoadReport

FORMATS = ["villages.gpkg", "villages.geojson", "villages.json", "villages.shp",
           "villages.zip", "villages.shp.zip", "villages.kml", "villages.csv"]


@pytest.mark.parametrize("name", FORMATS)
def test_villages_every_format(build, name):
    path = build.write(build.villages(), name)
    gdf = read_layer(path, "villages")
    assert gdf.crs.to_epsg() == 4326
    assert list(gdf["village_id"]) == ["V1", "V2", "V3"]
    assert gdf.loc[0, "name"] == "Bản Phố"
    assert list(gdf["households"]) == [100, 110, 120]
    assert gdf.geom_type.isin(["Polygon", "MultiPolygon"]).all()
    assert not gdf["centre_estimated"].any()


@pytest.mark.parametrize("ext", ["gpkg", "geojson", "shp", "zip", "kml", "csv"])
def test_cells_every_format(build, ext):
    path = build.write(build.cells(), f"sites.{ext}")
    cells = read_layer(path, "sites")
    assert list(cells["technology"]) == ["4G", "4G", "3G", "2G"]
    assert list(cells["site_id"]) == ["S1", "S1", "S1", "S2"]
    assert cells["height_m"].tolist() == [30.0, 30.0, 30.0, 25.0]
    assert cells.geom_type.eq("Point").all()
    assert cells["lon"].iloc[0] == pytest.approx(103.985)


def test_kmz(build, tmp_path):
    kml = build.write(build.wifi(), "w.kml")
    kmz = tmp_path / "wifi.kmz"
    with zipfile.ZipFile(kmz, "w") as archive:
        archive.write(kml, "doc.kml")
    wifi = read_layer(kmz, "wifi")
    assert wifi.loc[0, "name"] == "Chợ Cốc Lếu"
    assert wifi.loc[0, "wifi_id"] == "W1"


def test_every_layer_of_a_folder_in_its_own_format(build):
    b = build
    root = b.folder({"villages.gpkg": None, "villages.shp": b.villages(),
                     "sites.csv": None, "sites.kml": b.cells(),
                     "wifi.geojson": None, "wifi.csv": b.wifi(),
                     "households.gpkg": None, "households.zip": b.households()})
    project = load_folder(root)
    assert len(project.villages) == 3 and len(project.cells) == 4
    assert project.wifi.loc[0, "wifi_id"] == "W1"
    assert project.households["households"].sum() == 6
    assert project.report.sources["cells"].name == "sites.kml"


def test_find_layer_file_prefers_geopackage_and_ignores_case(build, tmp_path):
    build.write(build.villages(), "Villages.CSV")
    assert find_layer_file(tmp_path, "villages").name == "Villages.CSV"
    build.write(build.villages(), "villages.gpkg")
    assert find_layer_file(tmp_path, "villages").name == "villages.gpkg"
    assert find_layer_file(tmp_path, "roads") is None
    assert find_layer_file(tmp_path / "nowhere", "villages") is None


def test_several_files_for_one_layer_warns(build):
    root = build.folder({"villages.csv": build.villages()})
    project = load_folder(root)
    assert project.report.sources["villages"].name == "villages.gpkg"
    assert any("villages.csv ignored" in w.en for w in project.report.warnings)


def test_layer_inside_a_geopackage(build, tmp_path):
    path = tmp_path / "all.gpkg"
    build.villages().to_file(path, layer="villages")
    build.wifi().to_file(path, layer="wifi")
    assert read_layer(path, "wifi").loc[0, "wifi_id"] == "W1"  # our layer name picks the table
    raw = read_layer(path, layer="villages")
    assert len(raw) == 3
    with pytest.raises(DataError) as err:
        read_layer(path, layer="nothing")
    assert "villages, wifi" in str(err.value)


def test_read_layer_without_a_kind_reads_as_is(build, tmp_path):
    path = build.write(build.villages().to_crs(32648), "anything.geojson")
    report = LoadReport()
    gdf = read_layer(path, report=report)
    assert gdf.crs.to_epsg() == 4326
    assert "commune" in gdf.columns
    assert any("reprojected" in w.en for w in report.warnings)


def test_unsupported_extension_is_refused(build, tmp_path):
    path = tmp_path / "villages.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(DataError) as err:
        read_layer(path)
    message = str(err.value)
    assert "villages.xlsx" in message and ".xlsx" in message and "GeoPackage" in message


def test_unsupported_file_in_folder_is_refused(build):
    root = build.folder({"sites.csv": None})
    (root / "sites.xlsx").write_bytes(b"PK")
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert "sites.xlsx" in str(err.value) and "Fix" in str(err.value)


def test_zipped_shapefile_in_a_sub_folder(build, tmp_path):
    shp = build.write(build.wifi(), "wifi.shp", tmp_path / "parts")
    path = tmp_path / "wifi.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for part in shp.parent.iterdir():
            archive.write(part, f"export/{part.name}")
    assert read_layer(path, "wifi").loc[0, "name"] == "Chợ Cốc Lếu"


def test_projected_geojson_without_crs_member_is_refused(build, tmp_path):
    path = build.write(build.villages().to_crs(32648), "villages.geojson")
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("crs", None)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_layer(path, "villages")
    assert "are not degrees" in str(err.value) and "EPSG:4326" in str(err.value)
