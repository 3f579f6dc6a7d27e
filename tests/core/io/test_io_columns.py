"""Column synonyms (English, Vietnamese, with or without diacritics) and missing columns."""

from __future__ import annotations

import pandas as pd
import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import load_folder, read_layer
from coverage_planner.core.io.columns import closest_column, key, map_columns
from coverage_planner.core.project.model import LoadReport


def test_key_strips_diacritics_case_and_units():
    assert key("Số hộ") == "so_ho"
    assert key("  TÊN THÔN ") == "ten_thon"
    assert key("Tần số (MHz)") == "tan_so_mhz"
    assert key("Độ cao") == "do_cao"


def test_map_columns_prefers_our_name_and_reports_renames():
    df = pd.DataFrame(columns=["Tên", "name", "Số hộ", "x", "lon"])
    out, mapped = map_columns(df, "villages", ["name", "households", "lon"])
    assert mapped == {"Số hộ": "households"}
    assert list(out.columns) == ["Tên", "name", "households", "x", "lon"]


def test_same_name_in_two_cases_does_not_clash():
    df = pd.DataFrame({"Name": ["a"], "name": ["b"]})
    out, _ = map_columns(df, None, ["name"])
    assert out["name"].tolist() == ["b"]
    assert out["Name"].tolist() == ["a"]


def test_vietnamese_village_headers(build):
    villages = build.villages().rename(columns={
        "village_id": "Mã thôn", "name": "Tên thôn", "commune": "Xã", "district": "Huyện",
        "households": "Số hộ", "centre_lon": "Kinh độ NVH", "centre_lat": "Vĩ độ NVH"})
    path = build.write(villages, "villages.geojson")
    report = LoadReport()
    gdf = read_layer(path, "villages", report=report)
    assert gdf.loc[0, "name"] == "Bản Phố"
    assert gdf["households"].tolist() == [100, 110, 120]
    assert not gdf["centre_estimated"].any()
    assert report.mapped_columns["villages"] == {
        "Mã thôn": "village_id", "Tên thôn": "name", "Xã": "commune", "Huyện": "district",
        "Số hộ": "households", "Kinh độ NVH": "centre_lon", "Vĩ độ NVH": "centre_lat"}


def test_vietnamese_cell_headers_without_diacritics_in_csv(build):
    cells = build.cells().rename(columns={
        "site_id": "ma_tram", "operator": "NHA_MANG", "technology": "cong_nghe",
        "height_m": "do_cao", "frequency_mhz": "tan_so", "azimuth_deg": "azimuth",
        "tilt_deg": "do_nghieng"})
    path = build.write(cells, "sites.csv")
    frame = pd.read_csv(path).rename(columns={"lon": "kinh_do", "lat": "vi_do"})
    frame.to_csv(path, index=False)
    report = LoadReport()
    gdf = read_layer(path, "cells", report=report)
    assert gdf["operator"].tolist() == ["Viettel"] * 3 + ["VNPT"]
    assert gdf["azimuth_deg"].tolist()[:3] == [0, 120, 240]
    mapped = report.mapped_columns["cells"]
    assert mapped["kinh_do"] == "lon" and mapped["vi_do"] == "lat"
    assert mapped["do_cao"] == "height_m" and mapped["tan_so"] == "frequency_mhz"


@pytest.mark.parametrize("lon,lat", [("lng", "latitude"), ("x", "y"), ("Longitude", "LAT")])
def test_coordinate_synonyms_in_csv(build, lon, lat):
    path = build.write(build.wifi(), "wifi.csv")
    pd.read_csv(path).rename(columns={"lon": lon, "lat": lat}).to_csv(path, index=False)
    assert read_layer(path, "wifi").geometry.x.iloc[0] == pytest.approx(103.975)


def test_truncated_shapefile_names_are_matched(build):
    path = build.write(build.cells(), "sites.shp")  # frequency_, azimuth_de, beamwidth_
    report = LoadReport()
    cells = read_layer(path, "cells", report=report)
    assert cells["beamwidth_deg"].tolist()[:3] == [65, 65, 65]
    assert report.mapped_columns["cells"]["azimuth_de"] == "azimuth_deg"


def test_missing_column_lists_synonyms(build):
    path = build.write(build.villages().drop(columns="households"), "villages.gpkg")
    with pytest.raises(DataError) as err:
        read_layer(path, "villages")
    e = err.value
    assert e.column == "households" and e.path == path
    message = e.message("en")
    assert "villages.gpkg" in message and "'households'" in message and "so_ho" in message
    assert "thêm cột 'households'" in e.message("vi")


def test_misspelled_column_is_suggested(build):
    villages = build.villages().rename(columns={"households": "housholds"})
    path = build.write(villages, "villages.geojson")
    with pytest.raises(DataError) as err:
        read_layer(path, "villages")
    assert "rename it to 'households'" in str(err.value)
    assert "'housholds'" in str(err.value)
    assert closest_column("households", "villages", ["geometry", "so_hoo"]) == "so_hoo"
    assert closest_column("households", "villages", ["abc"]) is None


def test_missing_site_column_in_folder_names_the_file(build):
    root = build.folder({"sites.csv": build.cells().drop(columns="operator")})
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert "sites.csv" in str(err.value) and "'operator'" in str(err.value)
    assert "nha_mang" in str(err.value)


def test_csv_without_coordinates(build, tmp_path):
    path = tmp_path / "wifi.csv"
    path.write_text("wifi_id,name\nW1,Chợ\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        read_layer(path, "wifi")
    assert err.value.column == "lon" and "kinh_do" in str(err.value)
    assert "WKT" in str(err.value)


def test_semicolon_csv_in_cp1258(build, tmp_path):
    path = tmp_path / "wifi.csv"
    path.write_bytes(build.cp1258("wifi_id;tên;kinh_do;vi_do\nW1;Chợ Cốc Lếu;103.975;22.485\n"))
    wifi = read_layer(path, "wifi")
    assert wifi.loc[0, "name"] == "Chợ Cốc Lếu"
    assert wifi.geometry.x.iloc[0] == pytest.approx(103.975)
