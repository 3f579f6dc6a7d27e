"""Every export format, written from the tiny world and read back with its own reader:
pandas (CSV), openpyxl (Excel), pyogrio (GeoPackage, GeoJSON, Shapefile, KML), zipfile and
ElementTree (KML/KMZ), pypdf (the report). Rows, values and Vietnamese text must survive."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import zipfile
from contextlib import closing
from xml.etree import ElementTree as ET

import numpy as np
import pandas as pd
import pyogrio
import pytest
from export_world import HOSTILE

from coverage_planner.core import exports
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.exports.columns import SHAPEFILE_FIELDS
from coverage_planner.core.exports.xlsx import sheet_name

KML = "{http://www.opengis.net/kml/2.2}"
NUMERIC = ("households", "lon", "lat", "best_level_dbm", "distance_site_km", "distance_ap_km",
           "fiber_extension_km")


@pytest.fixture
def fixed(tiny):  # noqa: F811
    project, result = tiny
    return project, result, exports.gap_table(project, result, "fixed", lang="vi")


def same_rows(table: pd.DataFrame, back: pd.DataFrame, columns=None) -> None:
    """``back`` (keys as columns) holds the rows and values of ``table``."""
    columns = columns or list(table.columns)
    assert len(back) == len(table)
    back = back.reset_index(drop=True)
    for key in columns:
        want, got = table[key], back[key]
        if key in NUMERIC:
            np.testing.assert_allclose(pd.to_numeric(got, errors="coerce").astype(float),
                                       want.astype(float), rtol=0, atol=1e-6, err_msg=key)
        else:
            assert [str(x) for x in want.fillna("")] == \
                ["" if x is None or x != x else str(x) for x in got], key


def test_csv_has_a_bom_and_the_headers_of_the_language(fixed, tmp_path):
    project, result, table = fixed
    [path] = exports.write(table, project, result, "csv", tmp_path / "gaps.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    assert list(back.columns) == list(exports.localised(table).columns)
    back.columns = list(table.columns)
    same_rows(table, back)
    assert "Bản Phố" in set(back["name"]) and HOSTILE in set(back["name"])
    en = exports.write(table, project, result, None, tmp_path / "en.csv", lang="en")[0]
    assert pd.read_csv(en, encoding="utf-8-sig").columns[0] == "Village ID"


def test_excel_summary_and_one_sheet_per_district(fixed, tmp_path):
    from openpyxl import load_workbook

    project, result, table = fixed
    [path] = exports.write(table, project, result, "xlsx", tmp_path / "gaps.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Tổng hợp", "Tất cả", "Huyện Bát Xát", "Thành phố Lào Cai"]
    summary = [list(r) for r in wb["Tổng hợp"].iter_rows(values_only=True)]
    labels = {r[0]: r[1] for r in summary if r and r[0]}
    shares = {r[0]: r[2] for r in summary if r and r[0]}
    assert labels["Thôn, tổ dân phố"] == 6
    assert labels["chưa có băng rộng cố định"] == 4
    assert shares["chưa có băng rộng cố định"] == pytest.approx(4 / 6)
    assert labels["Số thôn trong danh sách"] == 4
    assert any(r[0] == "Huyện Bát Xát" and r[1] == 3 for r in summary)  # by district
    assert any(r[0] == "Viettel" for r in summary)  # by carrier
    assert any("GIẢ LẬP" in str(r[0]) for r in summary)  # the synthetic notice
    headers = list(exports.localised(table).columns)
    total = 0
    for name in wb.sheetnames[1:]:
        ws = wb[name]
        rows = list(ws.iter_rows(values_only=True))
        assert list(rows[0]) == headers
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, len(headers)).column_letter}{len(rows)}"
        assert all(ws.column_dimensions[c].width >= 6 for c in "ABCDE")
        back = pd.DataFrame(rows[1:], columns=list(table.columns))
        if name == "Tất cả":
            same_rows(table, back)
        else:
            total += len(back)
            same_rows(table[table["district"] == name], back)
    assert total == len(table)


def test_sheet_names_are_valid_and_unique():
    taken: set = set()
    assert sheet_name("Huyện [Bát]: Xát*?/\\", taken) == "Huyện -Bát-- Xát----"
    long = "Thành phố Lào Cai — Phường Cốc Lếu và vùng lân cận"
    a, b = sheet_name(long, taken), sheet_name(long, taken)
    assert len(a) == 31 and len(b) <= 31 and a != b and b.endswith("(2)")
    assert sheet_name("'quoted'", taken) == "quoted"


def test_geopackage_layers_values_and_qgis_styles(fixed, tmp_path):
    project, result, table = fixed
    [path] = exports.write(table, project, result, "gpkg", tmp_path / "gaps.gpkg")
    layers = {name: kind for name, kind in pyogrio.list_layers(path)}
    for name in ("gap_villages", "gap_village_areas", "fiber_extensions", "sites",
                 "fiber_cables", "fiber_access_points", "layer_styles"):
        assert name in layers, name
    assert layers["gap_villages"] == "Point" and layers["gap_village_areas"] == "MultiPolygon"
    back = pyogrio.read_dataframe(path, layer="gap_villages")
    same_rows(table, back)
    assert np.allclose(back.geometry.x, table["lon"]) and np.allclose(back.geometry.y, table["lat"])
    assert set(pyogrio.read_dataframe(path, layer="gap_village_areas")["village_id"]) == \
        set(table["village_id"])
    assert len(pyogrio.read_dataframe(path, layer="sites")) == 5
    info = pyogrio.read_info(path, layer="gap_villages")
    assert info["crs"] == "EPSG:4326" and info["features"] == 4
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47  # "GPKG"
        desc = dict(con.execute("SELECT table_name, description FROM gpkg_contents"))
        styles = con.execute("SELECT f_table_name, f_geometry_column, styleQML, useAsDefault, "
                             "f_table_schema FROM layer_styles").fetchall()
        geom = dict(con.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"))
    assert "GIẢ LẬP" in desc["gap_villages"]
    assert {s[0] for s in styles} == set(layers) - {"layer_styles"}
    for name, column, qml, default, schema in styles:
        assert column == geom[name] and default == 1 and schema == ""
        root = ET.fromstring(qml.split("\n", 1)[1])
        assert root.tag == "qgis" and root.find("renderer-v2") is not None
    qml = dict((s[0], s[2]) for s in styles)["gap_villages"]
    aliases = {a.get("field"): a.get("name") for a in ET.fromstring(qml.split("\n", 1)[1])
               .iter("alias")}
    assert aliases["name"] == "Thôn, bản, tổ dân phố"
    sites = ET.fromstring(dict((s[0], s[2]) for s in styles)["sites"].split("\n", 1)[1])
    assert {c.get("value") for c in sites.iter("category")} >= {"Viettel", "VNPT", "MobiFone"}


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="GDAL's ogrinfo is not installed")
def test_geopackage_passes_ogrinfo(fixed, tmp_path):
    project, result, table = fixed
    [path] = exports.write(table, project, result, "gpkg", tmp_path / "gaps.gpkg")
    run = subprocess.run(["ogrinfo", "-ro", "-al", "-so", str(path)], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "ERROR" not in run.stderr and "Feature Count: 4" in run.stdout
    assert "partially supported" not in run.stderr  # GeoPackage 1.2, for older GDAL/QGIS


def test_geojson(fixed, tmp_path):
    project, result, table = fixed
    [path] = exports.write(table, project, result, None, tmp_path / "gaps.geojson")
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["type"] == "FeatureCollection" and len(raw["features"]) == 4
    assert raw["features"][0]["geometry"]["type"] == "Point"
    assert "Bản Phố" in path.read_text(encoding="utf-8")
    same_rows(table, pyogrio.read_dataframe(path))


def _kml_root(data: bytes):
    return ET.fromstring(data)


def test_kml_folders_placemarks_and_escaping(fixed, tmp_path):
    project, result, table = fixed
    [path] = exports.write(table, project, result, "kml", tmp_path / "gaps.kml")
    root = _kml_root(path.read_bytes())
    doc = root.find(f"{KML}Document")
    folders = doc.findall(f"{KML}Folder")
    assert [f.find(f"{KML}name").text for f in folders] == ["Huyện Bát Xát", "Thành phố Lào Cai"]
    marks = root.findall(f".//{KML}Placemark")
    assert [m.find(f"{KML}name").text for m in marks] == list(table["name"])
    assert HOSTILE in [m.find(f"{KML}name").text for m in marks]
    assert b"&lt;P\xc3\xb3&gt;" in path.read_bytes()  # escaped, not markup
    data = {d.get("name"): d.find(f"{KML}value").text or ""
            for d in marks[0].iter(f"{KML}Data")}
    back = pd.DataFrame([{d.get("name"): d.find(f"{KML}value").text or ""
                          for d in m.iter(f"{KML}Data")} for m in marks])
    same_rows(table, back)
    assert data["commune"] == "Xã Thanh Bình" and data["ward_2025"] == "Xã Y Tý"
    display = [d.find(f"{KML}displayName").text for d in marks[0].iter(f"{KML}Data")]
    assert display[0] == "Mã thôn"
    style_ids = {s.get("id") for s in doc.findall(f"{KML}Style")}
    assert all(m.find(f"{KML}styleUrl").text[1:] in style_ids for m in marks)
    lon, lat, _ = marks[0].find(f".//{KML}coordinates").text.split(",")
    assert float(lon) == table.loc[0, "lon"] and float(lat) == table.loc[0, "lat"]
    # GDAL's reader agrees: one layer per district folder
    names = [n for n, _ in pyogrio.list_layers(path)]
    assert names == ["Huyện Bát Xát", "Thành phố Lào Cai"]
    assert len(pyogrio.read_dataframe(path, layer="Huyện Bát Xát")) == 3


def test_by_commune_nests_kml_folders_and_makes_a_sheet_per_commune(tiny, tmp_path):  # noqa: F811
    from openpyxl import load_workbook

    project, result = tiny
    table = exports.gap_table(project, result, "fixed", by="commune")
    [path] = exports.write(table, project, result, "kml", tmp_path / "gaps.kml")
    [xlsx] = exports.write(table, project, result, "xlsx", tmp_path / "gaps.xlsx")
    assert load_workbook(xlsx).sheetnames[2:] == ["Xã Thanh Bình", "Xã Y Tý", "Phường Cốc Lếu"]
    doc = _kml_root(path.read_bytes()).find(f"{KML}Document")
    bx = doc.findall(f"{KML}Folder")[0]
    assert [f.find(f"{KML}name").text for f in bx.findall(f"{KML}Folder")] == \
        ["Xã Thanh Bình", "Xã Y Tý"]


def test_kmz_is_a_zip_with_doc_kml(fixed, tmp_path):
    project, result, table = fixed
    [path] = exports.write(table, project, result, "kmz", tmp_path / "gaps.kmz")
    with zipfile.ZipFile(path) as z:
        assert z.namelist() == ["doc.kml"]
        root = _kml_root(z.read("doc.kml"))
    assert len(root.findall(f".//{KML}Placemark")) == 4
    assert len(root.find(f"{KML}Document").findall(f"{KML}Folder")) == 2


def test_zipped_shapefile_declares_utf8(fixed, tmp_path):
    project, result, table = fixed
    [path] = exports.write(table, project, result, "shp", tmp_path / "gaps.zip")
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        assert {"gaps.shp", "gaps.shx", "gaps.dbf", "gaps.prj", "gaps.cpg", "fields.csv"} <= names
        assert z.read("gaps.cpg").decode().strip().upper() in ("UTF-8", "UTF8")
        fields = pd.read_csv(z.open("fields.csv"), encoding="utf-8-sig")
    assert list(fields["field"]) == list(SHAPEFILE_FIELDS.values())
    assert all(len(f) <= 10 for f in fields["field"])
    back = pyogrio.read_dataframe(f"/vsizip/{path}/gaps.shp")
    assert list(back.columns[:-1]) == list(SHAPEFILE_FIELDS.values())
    back = back.rename(columns={v: k for k, v in SHAPEFILE_FIELDS.items()})
    same_rows(table, back)
    assert HOSTILE in set(back["name"])


def test_html_map_folder(fixed, tmp_path):
    from coverage_planner.cli.export_cmds import enable_html_export

    project, result, table = fixed
    enable_html_export()
    paths = exports.write(table, project, result, "html", tmp_path / "map")
    index, csv = paths
    assert index == tmp_path / "map" / "index.html" and csv.name == "gaps.csv"
    html = index.read_text(encoding="utf-8")
    assert (tmp_path / "map" / "lib" / "leaflet" / "leaflet.js").is_file()
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html
    villages = (tmp_path / "map" / "data" / "villages.js").read_text(encoding="ascii")
    assert "#e31a1c" in villages  # the list's colour
    assert "Trong danh s\\u00e1ch (4)" in villages or "Trong danh sách (4)" in villages
    assert len(pd.read_csv(csv, encoding="utf-8-sig")) == 4


def test_html_without_the_map_view_is_refused(fixed, tmp_path, monkeypatch):
    from coverage_planner.core.exports import htmlmap

    project, result, table = fixed
    monkeypatch.setattr(htmlmap, "_BUILDER", [])
    with pytest.raises(DataError):
        exports.write(table, project, result, "html", tmp_path / "map")


def test_pdf_report_text_and_fonts(tiny, tmp_path):  # noqa: F811
    from pypdf import PdfReader

    project, result = tiny
    steps = []
    path = exports.write_report(project, result, tmp_path / "report.pdf", lang="vi",
                                progress=lambda f, m: steps.append(f))
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for needle in ("Báo cáo hiện trạng phủ sóng", "Bản Phố", "Thôn Làng Mới", "Xã Thanh Bình",
                   "Huyện Bát Xát", "Xã Y Tý", "GIẢ LẬP", "Nguồn dữ liệu", "Tổng hợp phủ sóng",
                   "Theo nhà mạng", "Kéo cáp quang", "V1", "V6"):
        assert needle in text, needle
    assert "Tổ dân phố số 1" not in text.split("Danh sách thôn")[-1]  # has fiber: not listed
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            if "DejaVu" in font["/BaseFont"]:
                assert "/FontFile2" in font["/FontDescriptor"]  # embedded
    assert any("DejaVuSans" in f for f in fonts)
    assert steps[0] < steps[-1] == 1.0
    assert reader.metadata.title == "Báo cáo hiện trạng phủ sóng viễn thông theo thôn"


def test_pdf_in_english_with_another_gap_list(tiny, tmp_path):  # noqa: F811
    from pypdf import PdfReader

    project, result = tiny
    path = exports.write_report(project, result, tmp_path / "r.pdf", lang="en", gaps="signal")
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Villages without mobile signal" in text and "Thôn Làng Mới" in text
    assert "New site needed" in text


def test_report_refuses_a_non_pdf_name(tiny, tmp_path):  # noqa: F811
    project, result = tiny
    with pytest.raises(DataError) as err:
        exports.write_report(project, result, tmp_path / "report.docx")
    assert "report.pdf" in err.value.message("en")


@pytest.mark.parametrize("fmt, name", [("csv", "e.csv"), ("xlsx", "e.xlsx"), ("gpkg", "e.gpkg"),
                                       ("geojson", "e.geojson"), ("kml", "e.kml"),
                                       ("kmz", "e.kmz"), ("shp", "e.zip")])
def test_an_empty_list_still_writes_a_valid_file(tiny, tmp_path, fmt, name):  # noqa: F811
    project, result = tiny
    result.villages["fixed_broadband"] = True
    table = exports.gap_table(project, result, "fixed")
    steps = []
    [path] = exports.write(table, project, result, fmt, tmp_path / name,
                           progress=lambda f, m: steps.append((f, m)))
    assert path.is_file() and steps[0][0] == 0.0 and steps[-1][0] == 1.0
    if fmt in ("gpkg", "geojson", "shp"):
        src = f"/vsizip/{path}/e.shp" if fmt == "shp" else path
        kwargs = {"layer": "gap_villages"} if fmt == "gpkg" else {}
        assert len(pyogrio.read_dataframe(src, **kwargs)) == 0


def test_pdf_with_an_empty_list(tiny, tmp_path):  # noqa: F811
    from pypdf import PdfReader

    project, result = tiny
    result.villages["fixed_broadband"] = True
    path = exports.write_report(project, result, tmp_path / "r.pdf", lang="en")
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "No village in this list." in text
