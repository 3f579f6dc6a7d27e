"""``coverage-planner calibrate``: the terms, the held-out figures, the written profile, and bad
input (exit code 2 with the file and the fix, in both languages)."""

from __future__ import annotations

import json

import pytest
from calibration_world import PLANTED, write_calibration_folder

from coverage_planner.cli import main
from coverage_planner.core.project.profile import CoverageProfile


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path_factory.mktemp("cache")))
        yield write_calibration_folder(tmp_path_factory.mktemp("data"))


@pytest.fixture(autouse=True)
def env(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_terms_and_written_profile(folder, tmp_path, capsys):
    out_path = tmp_path / "calibrated" / "profile.json"
    code, out, err = run(capsys, "calibrate", folder, "--json", "--out", out_path)
    assert code == 0, err
    data = json.loads(out)
    assert data["samples"] > 300
    for key, offset in PLANTED.items():
        assert data["terms"][key]["offset_db"] == pytest.approx(offset, abs=1.0)
    before, after = data["heldout"]["before"], data["heldout"]["after"]
    assert after["rmse"] < before["rmse"]
    assert after["r2"] > before["r2"]
    assert data["profile_written"] == str(out_path)
    assert "calibrated against" in data["status"]["en"]
    profile = CoverageProfile.load(out_path)
    assert profile.calibration["terms"] == data["terms"]
    assert profile.calibration["samples"] == data["samples"]
    assert profile.max_radius_m == 5000.0  # the folder's own settings are kept


def test_text_output_in_vietnamese_writes_nothing_without_out(folder, tmp_path, capsys):
    code, out, err = run(capsys, "--lang", "vi", "calibrate", folder)
    assert code == 0, err
    assert "Hiệu chỉnh theo số liệu đo" in out
    assert "Viettel|4G" in out and "VNPT|4G" in out
    assert "trước" in out and "sau" in out
    assert "Chưa ghi hồ sơ" in out
    assert not list(tmp_path.iterdir())


def test_measurements_option_reads_another_file(folder, tmp_path, capsys):
    import pandas as pd

    other = tmp_path / "drive.csv"
    df = pd.read_csv(folder / "measurements.csv")
    df = df[df["operator"] == "Viettel"]
    df.to_csv(other, index=False)
    code, out, err = run(capsys, "calibrate", folder, "--measurements", other, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert list(data["terms"]) == ["Viettel|4G"]
    assert data["samples"] == len(df)


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_bad_input_exits_2_with_the_fix(folder, tmp_path, capsys, lang):
    fix = "Cách sửa:" if lang == "vi" else "Fix:"
    missing = tmp_path / "nope.csv"
    code, out, err = run(capsys, "--lang", lang, "calibrate", folder, "--measurements", missing)
    assert code == 2 and str(missing) in err and fix in err and "Traceback" not in err

    code, out, err = run(capsys, "--lang", lang, "calibrate", folder, "--out",
                         tmp_path / "profile.txt")
    assert code == 2 and "profile.json" in err and fix in err

    bad = tmp_path / "bad.csv"
    bad.write_text("lon,lat,value_dbm,operator,technology\n"
                   + "".join("104.0,22.4,-80,Viettel,4G\n" for _ in range(3)), encoding="utf-8")
    code, out, err = run(capsys, "--lang", lang, "calibrate", folder, "--measurements", bad)
    assert code == 2 and fix in err and "Traceback" not in err
    assert ("quá ít mẫu" if lang == "vi" else "too few") in err


def test_a_folder_without_measurements_says_so(folder, tmp_path, capsys):
    import shutil

    bare = tmp_path / "bare"
    shutil.copytree(folder, bare)
    (bare / "measurements.csv").unlink()
    code, out, err = run(capsys, "--lang", "vi", "calibrate", bare)
    assert code == 2
    assert "không có số liệu đo" in err and "--measurements" in err


def test_summary_json_has_a_calibration_object(folder, tmp_path, capsys):
    code, out, err = run(capsys, "summary", folder, "--json")
    assert code == 0, err
    cal = json.loads(out)["calibration"]
    assert cal["calibrated"] is False and "not calibrated" in cal["text"]["en"]
    profile = tmp_path / "calibrated.json"
    assert run(capsys, "calibrate", folder, "--out", profile)[0] == 0
    code, out, err = run(capsys, "summary", folder, "--json", "--profile", profile)
    assert code == 0, err
    cal = json.loads(out)["calibration"]
    written = CoverageProfile.load(profile).calibration
    assert cal["calibrated"] is True and cal["samples"] == written["samples"]
    assert cal["heldout_rmse_db"] == pytest.approx(written["heldout"]["after"]["rmse"])
    # the text summary says it too
    code, out, err = run(capsys, "summary", folder, "--profile", profile)
    assert f"calibrated against {written['samples']:,} measured samples" in out


def test_embedded_drive_test_recovers_its_answer_key(capsys):
    """The done-when of the calibration: on the embedded (synthetic) drive test, generated from
    a truth world that differs from the default model (relief the DEM lacks, heavier clutter,
    per-carrier offsets, σ 7.5 dB shadowing), the held-out RMSE after calibration is at most
    8 dB and below the raw one, and each carrier × technology offset is the planted one
    within 1 dB (the truth has no distance slope: the correction is the offset everywhere)."""
    from coverage_planner.core.common.paths import default_data_dir

    data_dir = default_data_dir()
    key = json.loads((data_dir / "measurements_truth.json").read_text(encoding="utf-8"))
    code, out, err = run(capsys, "calibrate", data_dir, "--json")
    assert code == 0, err
    data = json.loads(out)
    errors = {g: data["terms"][g]["offset_db"] - v for g, v in key["offsets_db"].items()}
    print("offset errors (dB):", {g: round(e, 2) for g, e in errors.items()})
    print("held-out:", data["heldout"])
    assert max(abs(e) for e in errors.values()) <= 1.0
    before, after = data["heldout"]["before"], data["heldout"]["after"]
    assert after["rmse"] <= 8.0 and after["rmse"] < before["rmse"]
    assert abs(after["mean"]) < 0.5 < abs(before["mean"])
    # the heavier clutter of the truth is found where the samples have it
    for name, extra in key["clutter_extra_db"].items():
        if name in data["clutter_extra_db"] and name in ("forest", "village"):
            assert data["clutter_extra_db"][name] == pytest.approx(extra, abs=2.0)
