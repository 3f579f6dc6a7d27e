"""Files that cannot be read: missing, empty, truncated, too big, wrongly encoded."""

from __future__ import annotations

import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import load_folder, read_layer, readers
from coverage_planner.core.project.model import LoadReport


def refusal(call, *args, **kwargs) -> DataError:
    with pytest.raises(DataError) as err:
        call(*args, **kwargs)
    return err.value


@pytest.mark.parametrize("missing", ["villages.gpkg", "sites.csv"])
def test_missing_required_layer(build, missing):
    root = build.folder({missing: None})
    e = refusal(load_folder, root)
    stem = missing.split(".")[0]
    assert e.path == root and f"{stem}.*" in str(e) and f"{stem}.gpkg" in str(e)


def test_cells_file_is_accepted_for_sites(build):
    root = build.folder({"sites.csv": None, "cells.csv": build.cells()})
    assert len(load_folder(root).cells) == 4


def test_not_a_folder(build, tmp_path):
    path = build.write(build.villages(), "villages.gpkg")
    assert "not a folder" in str(refusal(load_folder, path))


def test_empty_file(build):
    root = build.folder()
    (root / "villages.gpkg").unlink()
    (root / "villages.geojson").write_bytes(b"")
    e = refusal(load_folder, root)
    assert e.path.name == "villages.geojson" and "empty" in str(e) and "export" in str(e)


def test_empty_csv(build, tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text("\n\n", encoding="utf-8")
    assert "empty" in str(refusal(read_layer, path, "cells"))


def test_truncated_geojson(build):
    path = build.write(build.villages(), "villages.geojson")
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    e = refusal(read_layer, path, "villages")
    assert "villages.geojson" in str(e) and "damaged or truncated" in str(e)
    assert "export it again" in str(e)


def test_shapefile_without_dbf(build):
    path = build.write(build.villages(), "villages.shp")
    path.with_suffix(".dbf").unlink()
    e = refusal(read_layer, path, "villages")
    assert "villages.shp" in str(e) and ".dbf file is missing" in str(e)
    assert "zipped" in str(e)


def test_bad_zip(build, tmp_path):
    path = tmp_path / "villages.zip"
    path.write_bytes(b"PK\x03\x04 broken")
    assert "cannot be read" in str(refusal(read_layer, path, "villages"))


def test_empty_required_layer(build):
    villages = build.villages().iloc[:0]
    root = build.folder({"villages.gpkg": villages})
    e = refusal(load_folder, root)
    assert e.path.name == "villages.gpkg" and "no features" in str(e)


def test_empty_optional_layer_is_left_out(build):
    root = build.folder({"wifi.geojson": build.wifi().iloc[:0]})
    project = load_folder(root)
    assert project.wifi is None
    assert any("wifi.geojson: no features" in w.en for w in project.report.warnings)


def test_header_only_csv_is_an_empty_layer(build, tmp_path):
    path = tmp_path / "sites.csv"
    path.write_text("site_id,cell_id,lon,lat\n", encoding="utf-8")
    assert "no features" in str(refusal(read_layer, path, "cells"))


def test_file_above_size_limit(build, monkeypatch):
    path = build.write(build.villages(), "villages.gpkg")
    monkeypatch.setattr(readers, "MAX_FILE_MB", 0.001)
    e = refusal(read_layer, path, "villages")
    assert "villages.gpkg" in str(e) and "above the limit of 0.001 MB" in str(e)
    assert "COVERAGE_PLANNER_MAX_FILE_MB" in str(e)
    monkeypatch.setenv("COVERAGE_PLANNER_MAX_FILE_MB", "10")
    assert len(read_layer(path, "villages")) == 3


def test_cp1258_shapefile_without_cpg(build):
    villages = build.villages()
    # GDAL is told Latin-1, so each character becomes the one cp1258 byte it stands for
    villages["name"] = villages["name"].map(lambda s: build.cp1258(s).decode("latin1"))
    villages["commune"] = build.cp1258("Cốc Lếu").decode("latin1")
    path = build.write(villages, "villages.shp", encoding="latin1")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    report = LoadReport()
    gdf = read_layer(path, "villages", report=report)
    assert gdf.loc[0, "name"] == "Bản Phố"
    assert gdf.loc[2, "name"] == "Tổ dân phố 1"
    assert gdf.loc[0, "commune"] == "Cốc Lếu"
    assert any("cp1258" in w.en for w in report.warnings)


def test_utf8_shapefile_without_cpg(build):
    path = build.write(build.villages(), "villages.shp")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    assert read_layer(path, "villages").loc[0, "name"] == "Bản Phố"


def test_cpg_is_honoured_in_a_zip(build):
    villages = build.villages()
    villages["name"] = villages["name"].map(lambda s: build.cp1258(s).decode("latin1"))
    shp = build.write(villages, "v.shp", encoding="latin1")
    shp.with_suffix(".cpg").write_text("1258", encoding="ascii")
    import zipfile

    path = shp.parent / "villages.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            archive.write(shp.with_suffix(ext), f"villages{ext}")
    assert read_layer(path, "villages").loc[0, "name"] == "Bản Phố"


def test_undecodable_shapefile(build):
    villages = build.villages()
    villages.loc[1, "name"] = b"Ban \x81\x8d".decode("latin1")  # undefined in cp1258 too
    path = build.write(villages, "villages.shp", encoding="latin1")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    e = refusal(read_layer, path, "villages")
    assert "neither utf-8 nor cp1258" in str(e) and "UTF-8" in str(e) and ".cpg" in str(e)
