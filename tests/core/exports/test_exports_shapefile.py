"""The Shapefile export as a set of files (``gaps.shp`` with its ``.shx``, ``.dbf``, ``.prj``,
``.cpg`` beside it, as ogr2ogr writes it) and zipped (``gaps.zip``): read back with pyogrio and
geopandas, rows, CRS, short field names and Vietnamese text intact; overwriting and bad paths."""

from __future__ import annotations

import zipfile

import geopandas as gpd
import pyogrio
import pytest
from export_world import HOSTILE
from test_exports_formats import same_rows

from coverage_planner.core import exports
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.exports.columns import SHAPEFILE_FIELDS

SET = (".shp", ".shx", ".dbf", ".prj", ".cpg")


@pytest.fixture
def fixed(tiny):  # noqa: F811
    project, result = tiny
    return project, result, exports.gap_table(project, result, "fixed", lang="vi")


def read_back(src) -> gpd.GeoDataFrame:
    back = gpd.read_file(src)
    return back.rename(columns={v: k for k, v in SHAPEFILE_FIELDS.items()})


def test_a_shp_path_writes_the_five_files_beside_it(fixed, tmp_path):
    project, result, table = fixed
    out = tmp_path / "out" / "gaps.shp"
    paths = exports.write(table, project, result, "shp", out)
    assert paths == [out.with_suffix(s) for s in SET]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == \
        sorted(f"gaps{s}" for s in SET)  # nothing else: no temporary file, no fields.csv
    assert out.with_suffix(".cpg").read_text(encoding="ascii").strip().upper() in ("UTF-8",
                                                                                   "UTF8")
    info = pyogrio.read_info(out)
    assert info["features"] == len(table) == 4
    assert info["geometry_type"] == "Point" and info["encoding"].upper().replace("-", "") == "UTF8"
    assert list(info["fields"]) == list(SHAPEFILE_FIELDS.values())
    assert all(len(f) <= 10 for f in info["fields"])
    back = read_back(out)
    assert back.crs.to_epsg() == 4326
    same_rows(table, back)
    assert {"Bản Phố", "Thôn Làng Mới", "Bản Cốc", HOSTILE} == set(back["name"])
    assert set(back["commune"]) >= {"Xã Thanh Bình", "Xã Y Tý"}
    assert list(back.geometry.x.round(6)) == list(table["lon"].round(6))


def test_the_format_follows_from_the_ending(fixed, tmp_path):
    project, result, table = fixed
    assert exports.format_for("gaps.shp").name == "shp"
    assert exports.format_for("gaps.SHP", "shp").name == "shp"
    [shp, *_] = exports.write(table, project, result, None, tmp_path / "gaps.shp")
    assert shp == tmp_path / "gaps.shp" and len(pyogrio.read_dataframe(shp)) == 4


def test_the_zip_path_still_writes_the_zipped_set(fixed, tmp_path):
    project, result, table = fixed
    [path] = exports.write(table, project, result, "shp", tmp_path / "lists" / "gaps.zip")
    assert sorted(p.name for p in path.parent.iterdir()) == ["gaps.zip"]
    with zipfile.ZipFile(path) as z:
        assert {f"gaps{s}" for s in SET} | {"fields.csv"} == set(z.namelist())
    back = read_back(f"/vsizip/{path}/gaps.shp")
    assert back.crs.to_epsg() == 4326
    same_rows(table, back)
    assert "Bản Phố" in set(back["name"])


def test_writing_again_replaces_the_set_and_drops_stale_indexes(fixed, tmp_path):
    project, result, table = fixed
    out = tmp_path / "gaps.shp"
    exports.write(table, project, result, "shp", out)
    for stale in (".qix", ".sbn", ".sbx"):
        out.with_suffix(stale).write_bytes(b"an index of the old set")
    (tmp_path / "gaps.csv").write_text("someone else's file")
    smaller = table[table["village_id"] != "V1"].reset_index(drop=True)
    smaller.attrs.update(table.attrs)
    exports.write(smaller, project, result, "shp", out)
    assert sorted(p.name for p in tmp_path.iterdir()) == \
        sorted([f"gaps{s}" for s in SET] + ["gaps.csv"])
    assert len(pyogrio.read_dataframe(out)) == 3


def test_an_empty_list_writes_a_valid_set(tiny, tmp_path):  # noqa: F811
    project, result = tiny
    result.villages["fixed_broadband"] = True
    table = exports.gap_table(project, result, "fixed")
    paths = exports.write(table, project, result, "shp", tmp_path / "none.shp")
    assert len(paths) == 5 and all(p.is_file() for p in paths)
    assert len(pyogrio.read_dataframe(paths[0])) == 0


def test_upper_case_name_keeps_its_case(fixed, tmp_path):
    project, result, table = fixed
    paths = exports.write(table, project, result, "shp", tmp_path / "GAPS.SHP")
    assert [p.name for p in paths] == [f"GAPS{s.upper()}" for s in SET]
    assert len(pyogrio.read_dataframe(paths[0])) == 4


@pytest.mark.parametrize("name, words", [
    ("a_file.txt/gaps.shp", "cannot write"),  # under a file
    ("folder.shp", "folder"),  # a folder named like the set
    ("gaps.dbf", ".zip or .shp"),  # a side file's name
])
def test_bad_paths_are_refused_like_the_other_formats(fixed, tmp_path, name, words):
    project, result, table = fixed
    (tmp_path / "a_file.txt").write_text("x")
    (tmp_path / "folder.shp").mkdir()
    with pytest.raises(DataError) as err:
        exports.write(table, project, result, "shp", tmp_path / name)
    assert words in err.value.message("en")
    assert "Cách sửa" in err.value.message("vi")
    assert not list(tmp_path.glob("gaps*"))


def test_a_failed_set_leaves_no_part(fixed, tmp_path, monkeypatch):
    from coverage_planner.core.exports import shapefile

    project, result, table = fixed

    def full_disk(table, folder, stem):
        (folder / f"{stem}.shp").write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shapefile, "write_parts", full_disk)
    with pytest.raises(DataError) as err:
        exports.write(table, project, result, "shp", tmp_path / "gaps.shp")
    assert "No space left" in err.value.message("en")
    assert list(tmp_path.iterdir()) == []
