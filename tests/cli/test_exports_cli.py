"""``coverage-planner export`` and ``report`` on a tiny data folder (ridge DEM, engine run),
and the checks of the output path and format that come before any work."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from engine_world import World, ridge, xy

from coverage_planner.cli import main
from coverage_planner.core import exports
from coverage_planner.core.common.errors import DataError

SITE = (200, 200)
NAMES = {"A": "Bản Phố", "B": "Tổ dân phố số 1", "C": "Thôn Làng Mới", "D": "Bản Cốc"}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    w = World()
    w.cell("S1", *SITE, "S1-4G", technology="4G", frequency_mhz=1800, eirp_dbm=40)
    w.cell("S2", SITE[0], 300, "S2-2G", technology="2G", frequency_mhz=900, eirp_dbm=40,
           operator="VNPT")
    w.village("A", SITE[0], SITE[1] - 60, households=120, commune="Xã Thanh Bình")
    w.village("B", SITE[0], SITE[1] + 60, households=80, commune="Xã Thanh Bình")
    w.village("C", SITE[0] - 8, SITE[1] - 8, households=50, district="Thị xã Sa Pa")
    w.village("D", 20, 20, households=10, district="Thị xã Sa Pa")
    w.access_point_xy("AP1", *xy(SITE[0] - 8, SITE[1] - 4))
    root = w.write_folder(tmp_path / "data", ridge(col=230, height=250.0, base=100.0))
    villages = gpd.read_file(root / "villages.geojson")
    villages["name"] = villages["village_id"].map(NAMES)
    villages.to_file(root / "villages.geojson", driver="GeoJSON")
    return root


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_csv_and_kmz(folder, tmp_path, capsys):
    code, out, err = run(capsys, "export", folder, "--gaps", "fixed", "--format", "csv",
                         "--out", tmp_path / "out" / "gaps.csv", "--lang", "vi")
    assert code == 0, err
    table = pd.read_csv(tmp_path / "out" / "gaps.csv", encoding="utf-8-sig")
    assert table.columns[0] == "Mã thôn"
    assert set(table["Thôn, bản, tổ dân phố"]) == {"Bản Phố", "Tổ dân phố số 1", "Bản Cốc"}
    assert "3 thôn" in out and "đã ghi" in out
    code, out, err = run(capsys, "export", folder, "--gaps", "signal", "--operator", "VNPT",
                         "--by", "commune", "--out", tmp_path / "vnpt.kmz")
    assert code == 0, err
    assert (tmp_path / "vnpt.kmz").is_file() and "wrote" in out


def test_export_shapefile_set_and_zip(folder, tmp_path, capsys):
    code, out, err = run(capsys, "export", folder, "--gaps", "fixed", "--format", "shp",
                         "--out", tmp_path / "shp" / "gaps.shp", "--lang", "vi")
    assert code == 0, err
    parts = [tmp_path / "shp" / f"gaps{s}" for s in (".shp", ".shx", ".dbf", ".prj", ".cpg")]
    assert sorted((tmp_path / "shp").iterdir()) == sorted(parts)
    assert all(f"đã ghi {p}" in out for p in parts)
    back = gpd.read_file(parts[0])
    assert back.crs.to_epsg() == 4326
    assert set(back["name"]) == {"Bản Phố", "Tổ dân phố số 1", "Bản Cốc"}
    code, out, err = run(capsys, "export", folder, "--gaps", "fixed", "--out",
                         tmp_path / "gaps.zip")
    assert code == 0, err
    zipped = gpd.read_file(f"/vsizip/{tmp_path / 'gaps.zip'}/gaps.shp")
    assert sorted(zipped["name"]) == sorted(back["name"]) and len(zipped) == 3
    # overwriting is silent, as for the other formats; a folder under that name is refused
    code, out, err = run(capsys, "export", folder, "--gaps", "fixed", "--out", parts[0])
    assert code == 0, err
    (tmp_path / "dir.shp").mkdir()
    code, out, err = run(capsys, "export", folder, "--gaps", "fixed", "--out",
                         tmp_path / "dir.shp")
    assert code == 2 and "folder" in err and "Fix:" in err


def test_export_html_folder(folder, tmp_path, capsys):
    code, out, err = run(capsys, "export", folder, "--gaps", "broadband", "--format", "html",
                         "--out", tmp_path / "map")
    assert code == 0, err
    assert (tmp_path / "map" / "index.html").is_file()
    assert (tmp_path / "map" / "gaps.csv").is_file()


@pytest.mark.parametrize("argv, words", [
    (["--operator", "Gmobile", "--out", "{tmp}/g.csv"], "Viettel"),  # unknown carrier
    (["--format", "csv", "--out", "{tmp}/g.xlsx"], "g.csv"),  # wrong extension
    (["--out", "{tmp}/g.docx"], ".docx"),  # no format writes it
    (["--format", "html", "--out", "{tmp}/map.html"], "folder"),
    (["--out", "{tmp}/a_file.txt/sub/g.csv"], "cannot write"),  # under a file
    (["--out", "{tmp}"], "folder"),  # a folder for a file format (html is the default there)
])
def test_bad_input_exits_2_with_the_fix(folder, tmp_path, capsys, argv, words):
    (tmp_path / "a_file.txt").write_text("x")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    if argv[-1] == str(tmp_path):
        argv = ["--format", "csv", *argv]
    code, out, err = run(capsys, "export", folder, "--gaps", "fixed", *argv)
    assert code == 2, (out, err)
    assert words in err and "Fix:" in err


def test_report_command(folder, tmp_path, capsys):
    from pypdf import PdfReader

    code, out, err = run(capsys, "report", folder, "--out", tmp_path / "r.pdf", "--lang", "vi")
    assert code == 0, err
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "Bản Phố" in text and "Thị xã Sa Pa" in text
    code, out, err = run(capsys, "report", folder, "--out", tmp_path / "r.txt")
    assert code == 2 and "r.pdf" in err


def test_format_for_infers_and_checks(tmp_path):
    assert exports.format_for("a.CSV").name == "csv"
    assert exports.format_for("a.json").name == "geojson"
    assert exports.format_for("a.zip").name == "shp"
    assert exports.format_for(tmp_path / "folder").name == "html"
    assert exports.format_for("a.kmz", "KMZ").name == "kmz"
    assert exports.format_for("a.shp").name == "shp"
    for out, fmt in (("a.kml", "kmz"), ("a.dbf", "shp"), ("a.csv", "pdf")):
        with pytest.raises(DataError):
            exports.format_for(out, fmt)


def test_a_failed_write_leaves_no_file(tmp_path, monkeypatch):
    from export_world import world

    from coverage_planner.core.exports import csvfile

    project, result = world()
    table = exports.gap_table(project, result, "signal")

    def broken(table, out, job):
        out.write_text("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csvfile, "write", broken)
    with pytest.raises(DataError) as err:
        exports.write(table, project, result, "csv", tmp_path / "g.csv")
    assert "No space left" in err.value.message("en")
    assert list(tmp_path.iterdir()) == []
