"""The command line on bad input: exit code 2, the file and the fix on stderr, no traceback; and
a failed load leaves the project that was open untouched."""

from __future__ import annotations

import copy
from dataclasses import fields

import pytest
from badinput import CASES
from badinput.corpus import set_sites, write_good_folder

from coverage_planner.cli import main
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import load_folder

#: one or two cases of each kind of problem (load_folder cases: `info` does not read templates)
SAMPLE = ["villages_truncated_geojson", "villages_1gb_geojson", "villages_zip_bomb_forged",
          "villages_kml_billion_laughs", "villages_utm_prj_on_degrees", "sites_swapped_columns",
          "villages_point_among_polygons", "villages_unclosed_ring", "sites_misspelled_height",
          "sites_height_with_unit", "sites_mast_5km", "villages_duplicate_id",
          "villages_vni_shp", "dem_in_feet", "dem_mostly_holes", "profile_text_number",
          "ocid_bad_mcc", "sites_utf16_csv"]
BY_NAME = {c.name: c for c in CASES}


@pytest.mark.parametrize("lang", ["en", "vi"])
@pytest.mark.parametrize("name", [n for n in SAMPLE if BY_NAME[n].outcome == "refused"])
def test_info_on_bad_input_exits_2(name, lang, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", lang)  # restored after main() sets it
    case = BY_NAME[name]
    root = write_good_folder(tmp_path / name)
    case.make(root)
    code = main(["--lang", lang, "info", str(root)])
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert case.file in err
    assert ("Cách sửa:" if lang == "vi" else "Fix:") in err
    assert "Traceback" not in err + out
    if case.row is not None:
        assert (f"dòng {case.row}" if lang == "vi" else f"row {case.row}") in err


def test_info_on_a_repaired_input_exits_0(tmp_path, monkeypatch, capsys):
    """A TCVN3 Shapefile is converted: the folder opens and the warning is printed."""
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    root = write_good_folder(tmp_path / "data")
    BY_NAME["villages_tcvn3_shp"].make(root)
    assert main(["--lang", "en", "info", str(root)]) == 0
    out, err = capsys.readouterr()
    assert "TCVN3" in out and "Traceback" not in out + err


def snapshot(project) -> dict:
    return {f.name: copy.deepcopy(getattr(project, f.name)) for f in fields(project)}


def same(a, b) -> bool:
    if hasattr(a, "equals"):
        return a.equals(b)
    return a == b


@pytest.mark.parametrize("spoil", ["sites", "profile", "dem", "villages"])
def test_a_failed_load_leaves_the_open_project_untouched(spoil, tmp_path, monkeypatch):
    """Loading fails late (a bad profile, a DEM in feet) or early: what was open stays as it was."""
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    root = write_good_folder(tmp_path / "data")
    project = load_folder(root)
    layers = {f.name: getattr(project, f.name) for f in fields(project)}
    before = snapshot(project)
    if spoil == "sites":
        set_sites(root, "height_m", 2, "30m")
    elif spoil == "profile":
        (root / "profile.json").write_text('{"max_radius_m": "far"}', encoding="utf-8")
    elif spoil == "dem":
        BY_NAME["dem_in_feet"].make(root)
    else:
        (root / "villages.geojson").write_text('{"type": "FeatureCollection", "feat')
    opened = project
    try:
        opened = load_folder(root)
    except DataError:
        pass
    assert opened is project
    for name, value in layers.items():
        assert getattr(project, name) is value, name  # the very same objects ...
        assert same(getattr(project, name), before[name]), name  # ... with the same content
    assert [w.en for w in project.report.warnings] == [w.en for w in before["report"].warnings]
