"""A project file keeps the coverage profile chosen in the window (core.project.projectfile):
only where it is not the data folder's own, read back equal, refused with a clear message
when damaged; a file saved before profiles were kept opens with the folder's."""

from __future__ import annotations

import json

import pyogrio
import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io.settings import project_profile
from coverage_planner.core.project import autosave, projectfile
from coverage_planner.core.project.profile import CoverageProfile


@pytest.fixture
def folder(tmp_path):
    f = tmp_path / "data"
    f.mkdir()
    (f / "profile.json").write_text(json.dumps({"signal_dbm": {"2G": -98.0}}))
    return f


def test_the_folders_own_profile_is_not_kept(folder):
    own = projectfile.folder_profile(folder)
    assert own.signal_dbm["2G"] == -98.0
    assert projectfile.profile_override(own, folder) is None
    pf = autosave.snapshot(folder, [], "", own)
    assert pf.profile is None


def test_a_profile_chosen_in_the_window_is_saved_and_read_back_equal(folder, tmp_path):
    own = projectfile.folder_profile(folder)
    chosen = CoverageProfile.from_dict({**own.to_dict(),
                                        "models": {**own.models, "2G": "itm", "4G": "hata"},
                                        "terrain_heights": "dem-posts"})
    pf = autosave.snapshot(folder, [], "", chosen)
    assert pf.profile is not None and pf.profile["models"]["2G"] == "itm"
    path = projectfile.save(pf, tmp_path / "plan.gpkg")
    back = projectfile.load(path)
    assert back.profile == pf.profile
    assert project_profile(back, path) == chosen


def test_a_project_saved_before_profiles_were_kept_uses_the_folders(folder, tmp_path):
    path = projectfile.save(projectfile.ProjectFile(folder), tmp_path / "old.gpkg")
    table = pyogrio.read_dataframe(path, layer="cp_project")
    table = table[table["key"] != "profile"]  # as an older version wrote it
    pyogrio.write_dataframe(table, path, layer="cp_project")
    pf = projectfile.load(path)
    assert pf.profile is None and project_profile(pf, path) is None


def test_a_damaged_profile_is_refused_naming_the_file_and_the_key(folder, tmp_path):
    path = projectfile.save(projectfile.ProjectFile(folder), tmp_path / "bad.gpkg")
    table = pyogrio.read_dataframe(path, layer="cp_project")
    table.loc[table["key"] == "profile", "value"] = '{"models": '
    pyogrio.write_dataframe(table, path, layer="cp_project")
    with pytest.raises(DataError) as err:
        projectfile.load(path)
    text = err.value.message("en")
    assert "bad.gpkg" in text and "profile" in text and "Save project" in text
    assert "hồ sơ vùng phủ" in err.value.message("vi")


def test_a_profile_with_an_unknown_model_is_refused_naming_the_project(folder, tmp_path):
    pf = projectfile.ProjectFile(folder, profile={"models": {"2G": "okumura-magic"}})
    path = projectfile.save(pf, tmp_path / "odd.gpkg")
    with pytest.raises(DataError) as err:
        project_profile(projectfile.load(path), path)
    assert "odd.gpkg" in err.value.message("en")
