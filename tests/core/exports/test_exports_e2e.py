"""End to end on the embedded Lào Cai data: the fixed-broadband gap list has exactly 270 villages
in every format, and each file reads back with the same rows. One analysis (and one fiber plan)
is shared by the whole module."""

from __future__ import annotations

import json
import zipfile
from xml.etree import ElementTree as ET

import pandas as pd
import pyogrio
import pytest

from coverage_planner.core import exports
from coverage_planner.core.exports.columns import SHAPEFILE_FIELDS

pytestmark = pytest.mark.slow
KML = "{http://www.opengis.net/kml/2.2}"
N = 270


@pytest.fixture(scope="module")
def laocai(tmp_path_factory):
    from coverage_planner.core.analysis.villages import analyse
    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.core.io import load_folder

    cache = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COVERAGE_PLANNER_CACHE", str(cache))
        project = load_folder(default_data_dir())
        result = analyse(project)
        plan = exports.fiber_plan(project, result)
        table = exports.gap_table(project, result, "fixed", lang="vi", plan=plan)
        yield project, result, plan, table, cache


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    return tmp_path_factory.mktemp("exports")


def ids(values) -> list[str]:
    return sorted(str(v) for v in values)


def test_the_list_has_270_villages_with_2025_wards_and_actions(laocai):
    project, result, plan, table, _ = laocai
    assert len(table) == N == result.summary["without_fixed_broadband"]
    assert table["village_id"].is_unique
    assert (table["ward_2025"] != "").all()
    assert table["action"].str.startswith("Kéo cáp quang").sum() + \
        table["action"].str.startswith("Trong tầm").sum() == N
    assert table["district"].nunique() == 9


def test_csv_xlsx_geojson(laocai, out):
    from openpyxl import load_workbook

    project, result, plan, table, _ = laocai
    want = ids(table["village_id"])
    exports.write(table, project, result, "csv", out / "g.csv")
    csv = pd.read_csv(out / "g.csv", encoding="utf-8-sig", dtype={"Mã thôn": str})
    assert ids(csv["Mã thôn"]) == want
    exports.write(table, project, result, "xlsx", out / "g.xlsx")
    wb = load_workbook(out / "g.xlsx", read_only=True)
    assert len(wb.sheetnames) == 2 + 9
    assert sum(wb[n].max_row - 1 for n in wb.sheetnames[2:]) == N
    assert ids(r[0] for r in wb[wb.sheetnames[1]].iter_rows(min_row=2, values_only=True)) == want
    exports.write(table, project, result, "geojson", out / "g.geojson")
    gj = json.loads((out / "g.geojson").read_text(encoding="utf-8"))
    assert ids(f["properties"]["village_id"] for f in gj["features"]) == want


def test_gpkg_shp(laocai, out):
    project, result, plan, table, _ = laocai
    want = ids(table["village_id"])
    exports.write(table, project, result, "gpkg", out / "g.gpkg", plan=plan)
    assert ids(pyogrio.read_dataframe(out / "g.gpkg", layer="gap_villages")["village_id"]) == want
    assert len(pyogrio.read_dataframe(out / "g.gpkg", layer="gap_village_areas")) == N
    assert len(pyogrio.read_dataframe(out / "g.gpkg", layer="fiber_extensions")) > 200
    assert len(pyogrio.read_dataframe(out / "g.gpkg", layer="layer_styles")) == 6
    exports.write(table, project, result, "shp", out / "g.zip")
    shp = pyogrio.read_dataframe(f"/vsizip/{out / 'g.zip'}/g.shp")
    assert ids(shp[SHAPEFILE_FIELDS["village_id"]]) == want
    assert set(shp["name"]) == set(table["name"])  # Vietnamese intact through dBASE


def test_kml_kmz_one_folder_per_district(laocai, out):
    project, result, plan, table, _ = laocai
    exports.write(table, project, result, "kml", out / "g.kml")
    exports.write(table, project, result, "kmz", out / "g.kmz")
    with zipfile.ZipFile(out / "g.kmz") as z:
        kmz = ET.fromstring(z.read("doc.kml"))
    for root in (ET.parse(out / "g.kml").getroot(), kmz):
        folders = root.find(f"{KML}Document").findall(f"{KML}Folder")
        assert sorted(f.find(f"{KML}name").text for f in folders) == \
            sorted(table["district"].unique())
        marks = root.findall(f".//{KML}Placemark")
        assert ids(m.get("id")[2:] for m in marks) == ids(table["village_id"])
    assert len(pyogrio.list_layers(out / "g.kml")) == 9


def test_html_map(laocai, out):
    from coverage_planner.cli.export_cmds import enable_html_export

    project, result, plan, table, _ = laocai
    enable_html_export()
    index, csv = exports.write(table, project, result, "html", out / "map")
    assert index.is_file() and len(pd.read_csv(csv, encoding="utf-8-sig")) == N


def test_pdf_report_lists_the_270(laocai, out):
    from pypdf import PdfReader

    project, result, plan, table, _ = laocai
    path = exports.write_report(project, result, out / "report.pdf", lang="vi", plan=plan)
    reader = PdfReader(path)
    text = "\n".join(p.extract_text() for p in reader.pages)
    listed = text.split("Danh sách thôn:")[-1]
    assert all(v in listed for v in table["village_id"])
    assert "270 thôn" in listed and "GIẢ LẬP" in text
    assert "Tổ dân phố số 1" in text or "Bản" in text


def test_cli_export_on_the_embedded_data(laocai, out, monkeypatch, capsys):
    from coverage_planner.cli import main

    table, cache = laocai[3], laocai[4]
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(cache))  # the module's analysis, warm
    code = main(["export", "--gaps", "fixed", "--out", str(out / "cli.csv"), "--lang", "en"])
    assert code == 0, capsys.readouterr().err
    back = pd.read_csv(out / "cli.csv", encoding="utf-8-sig", dtype={"Village ID": str})
    assert ids(back["Village ID"]) == ids(table["village_id"])
    assert "270 villages" in capsys.readouterr().out
