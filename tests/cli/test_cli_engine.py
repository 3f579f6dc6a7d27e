"""The engine's command-line commands (summary, villages, raster), run in-process on a data
folder written to tmp_path: a ridge DEM in UTM 48N, four villages, two sites, fiber, Wi-Fi."""

from __future__ import annotations

import json

import numpy as np
import pytest
import rasterio
from engine_world import CRS, World, ridge, xy

from coverage_planner.cli import main

SITE = (200, 200)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    w = World()
    w.cell("S1", *SITE, "S1-4G", technology="4G", frequency_mhz=1800, eirp_dbm=40)
    w.cell("S1", *SITE, "S1-5G", technology="5G", frequency_mhz=3500, eirp_dbm=40)
    w.cell("S2", SITE[0], 300, "S2-2G", technology="2G", frequency_mhz=900, eirp_dbm=40,
           operator="VNPT")
    w.village("A", SITE[0], SITE[1] - 60, households=120, fiber_subscribers=12)
    w.village("B", SITE[0], SITE[1] + 60, households=80)
    w.village("C", SITE[0] - 8, SITE[1] - 8, households=50, district="Huyện Sa Pa")
    w.village("D", 20, 20, households=10, district="Huyện Sa Pa")
    w.cluster("A", SITE[0] + 4, SITE[1] - 60, 70)
    w.cluster("A", SITE[0] - 4, SITE[1] - 60, 50)
    w.access_point_xy("AP1", *xy(SITE[0] - 8, SITE[1] - 4))
    x, y = xy(SITE[0], SITE[1] - 50)
    w.cable_xy("T1", "trunk", [(x, y - 500), (x, y + 500)])
    w.wifi_xy("W1", *xy(SITE[0] - 8, SITE[1] - 8))
    return w.write_folder(tmp_path / "data", ridge(col=230, height=250.0, base=100.0))


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_json(folder, capsys):
    code, out, err = run(capsys, "summary", folder, "--json")
    assert code == 0, err
    data = json.loads(out)
    for key in ("villages_total", "mobile_signal", "mobile_broadband", "fixed_broadband",
                "without_fixed_broadband", "households_total", "households_fiber", "sites_5g",
                "wifi_points", "by_district", "by_operator", "profile"):
        assert key in data, key
    assert data["villages_total"] == 4
    assert data["mobile_signal"] == 3  # A and C by Viettel, B by VNPT; D is 6.4 km out
    assert data["mobile_broadband"] == 2
    assert data["fixed_broadband"] == 1 and data["without_fixed_broadband"] == 3  # C (AP, 100 m)
    assert data["households_total"] == 260 and data["households_fiber"] == 12
    assert data["sites_5g"] == 1 and data["wifi_points"] == 1
    assert sorted(data["by_district"]) == ["Huyện Bát Xát", "Huyện Sa Pa"]
    assert sorted(data["by_operator"]) == ["VNPT", "Viettel"]
    assert data["profile"]["max_radius_m"] == 5000.0  # the folder's profile.json is in force

    # the plain-text table also comes out, and a second run is served from the cache
    code, out, err = run(capsys, "summary", folder)
    assert code == 0 and out.strip()


def villages_json(folder, capsys) -> dict:
    code, out, err = run(capsys, "villages", folder, "--json")
    assert code == 0, err
    return {row["village_id"]: row for row in json.loads(out)}


def test_villages_json(folder, capsys):
    rows = villages_json(folder, capsys)
    assert rows["A"]["mobile_signal"] and not rows["D"]["mobile_signal"]
    assert rows["B"]["best_operator"] == "VNPT"
    assert rows["C"]["has_5g"] and rows["C"]["fixed_broadband"] and rows["C"]["public_wifi"]
    assert not rows["A"]["fixed_broadband"]  # the trunk at 250 m carries no drops
    # levels are printed at 0.1 dB, not as float32 noise
    assert rows["A"]["level_4G"] == round(rows["A"]["level_4G"], 1)
    code, out, err = run(capsys, "villages", folder)
    assert code == 0 and out.splitlines()[0].startswith("village_id,")
    assert len(out.splitlines()) == 5


def pixel_value(path, x, y):
    with rasterio.open(path) as src:
        row, col = src.index(x, y)
        return src.read(1)[row, col], src


def test_raster_matches_the_village_levels(folder, capsys, tmp_path):
    rows = villages_json(folder, capsys)
    out = tmp_path / "out" / "s1.tif"
    code, stdout, err = run(capsys, "raster", folder, "--site-id", "S1", "--out", out)
    assert code == 0, err
    assert str(out) in stdout
    with rasterio.open(out) as src:
        assert src.dtypes[0] == "float32"
        assert src.crs.to_string() == CRS
        assert src.res == (25.0, 25.0)
        assert src.tags()["cell_id"] == "S1-4G"  # the site's first cell
        data = src.read(1)
        checked = 0
        for vid in ("A", "B", "C"):
            row = rows[vid]
            x, y = _village_xy(vid)
            r, c = src.index(x, y)
            assert data[r, c] == pytest.approx(row["level_4G"], abs=0.1), vid
            checked += 1
        assert checked == 3
        # D lies outside the 5 km radius: no value
        r, c = src.index(*_village_xy("D"))
        assert not (0 <= r < src.height and 0 <= c < src.width) or np.isnan(data[r, c])

    code, _, err = run(capsys, "raster", folder, "--site-id", "S1", "--cell-id", "S1-5G",
                       "--out", tmp_path / "s1-5g.tif")
    assert code == 0, err
    with rasterio.open(tmp_path / "s1-5g.tif") as src:
        r, c = src.index(*_village_xy("C"))
        assert src.read(1)[r, c] == pytest.approx(rows["C"]["level_5G"], abs=0.1)


def _village_xy(vid):
    return {"A": xy(SITE[0], SITE[1] - 60), "B": xy(SITE[0], SITE[1] + 60),
            "C": xy(SITE[0] - 8, SITE[1] - 8), "D": xy(20, 20)}[vid]


def test_raster_los_only_is_a_0_1_mask(folder, capsys, tmp_path):
    out = tmp_path / "los.tif"
    code, _, err = run(capsys, "raster", folder, "--site-id", "S1", "--out", out, "--los-only")
    assert code == 0, err
    with rasterio.open(out) as src:
        assert src.dtypes[0] == "uint8"
        assert src.crs.to_string() == CRS
        data = src.read(1)
        assert set(np.unique(data)) == {0, 1}
        assert data[src.index(*_village_xy("A"))] == 1  # open
        assert data[src.index(*_village_xy("C"))] == 1
        assert data[src.index(*_village_xy("B"))] == 0  # behind the ridge


def test_raster_unknown_site_is_a_clear_error(folder, capsys, tmp_path):
    out = tmp_path / "nope.tif"
    code, stdout, err = run(capsys, "raster", folder, "--site-id", "NOPE", "--out", out)
    assert code == 2
    assert "NOPE" in err and "site_id" in err
    assert "Fix:" in err and "use a site_id from the sites file" in err
    assert "Traceback" not in err and not stdout
    assert not out.exists()
    code, _, err = run(capsys, "raster", folder, "--site-id", "S1", "--cell-id", "X9",
                       "--out", out)
    assert code == 2 and "X9" in err and "--cell-id" in err
