"""Gap lists (coverage_planner.core.exports.gap_table) on a tiny world built in code.

The world's coverage result is written by hand (no DEM, no engine run), so every status is
known: six villages in two districts, three carriers, a fiber network. Other test_exports_*
files import ``world`` from here.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from coverage_planner.core import exports
from coverage_planner.core.analysis.summary import summarise
from coverage_planner.core.analysis.villages import CoverageResult
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.project.model import Project
from coverage_planner.core.project.profile import TECHNOLOGIES, CoverageProfile

HOSTILE = 'Bản "Nậm" <Pó> & Cò'
#: id, name, commune, district, households, lon, lat
VILLAGES = [
    ("V1", "Bản Phố", "Xã Thanh Bình", "Huyện Bát Xát", 120, 103.620, 22.650),
    ("V2", "Tổ dân phố số 1", "Phường Cốc Lếu", "Thành phố Lào Cai", 300, 103.970, 22.480),
    ("V3", "Thôn Làng Mới", "Xã Thanh Bình", "Huyện Bát Xát", 80, 103.640, 22.640),
    ("V4", "Bản Cốc", "Xã Y Tý", "Huyện Bát Xát", 45, 103.600, 22.660),
    ("V5", "Thôn Hợp Thành", "Phường Cốc Lếu", "Thành phố Lào Cai", 150, 103.975, 22.485),
    ("V6", HOSTILE, "Phường Cốc Lếu", "Thành phố Lào Cai", 60, 103.965, 22.475),
]
#: village -> {(technology, operator): level dBm} at the centre
LEVELS = {
    "V1": {("4G", "Viettel"): -90.0},
    "V2": {("4G", "Viettel"): -70.0, ("4G", "VNPT"): -80.0, ("5G", "Viettel"): -95.0},
    "V3": {},
    "V4": {("2G", "VNPT"): -95.0},
    "V5": {("3G", "MobiFone"): -98.0},
    "V6": {("4G", "MobiFone"): -85.0},
}
FIBER = {"V1": False, "V2": True, "V3": False, "V4": False, "V5": True, "V6": False}
SITES = [  # site, operator, technologies, lon, lat
    ("VIE-1", "Viettel", ("2G", "4G"), 103.625, 22.655),
    ("VIE-2", "Viettel", ("4G", "5G"), 103.972, 22.482),
    ("VNP-1", "VNPT", ("2G",), 103.605, 22.662),
    ("VNP-2", "VNPT", ("4G",), 103.968, 22.478),
    ("MOB-1", "MobiFone", ("3G", "4G"), 103.966, 22.474),
]


def world(ap_operators: list | None = None) -> tuple[Project, CoverageResult]:
    """The tiny project and its hand-written coverage result."""
    crs = "EPSG:4326"
    v = pd.DataFrame(VILLAGES, columns=["village_id", "name", "commune", "district",
                                        "households", "centre_lon", "centre_lat"])
    v["fiber_subscribers"] = [0, 120, 0, 0, 60, 0]
    villages = gpd.GeoDataFrame(
        v, geometry=[box(x - 0.004, y - 0.004, x + 0.004, y + 0.004)
                     for x, y in zip(v["centre_lon"], v["centre_lat"])], crs=crs)
    rows = [dict(site_id=s, cell_id=f"{s}-{t}", operator=op, technology=t, lon=x, lat=y)
            for s, op, techs, x, y in SITES for t in techs]
    cells = gpd.GeoDataFrame(pd.DataFrame(rows), geometry=[Point(r["lon"], r["lat"]) for r in rows],
                             crs=crs)
    cables = gpd.GeoDataFrame({"cable_id": ["T1", "D1"], "kind": ["trunk", "distribution"]},
                              geometry=[LineString([(103.90, 22.40), (103.97, 22.47)]),
                                        LineString([(103.97, 22.47), (103.98, 22.49)])], crs=crs)
    aps = gpd.GeoDataFrame({"ap_id": ["AP1", "AP2"]},
                           geometry=[Point(103.971, 22.481), Point(103.63, 22.60)], crs=crs)
    if ap_operators is not None:
        aps["operator"] = ap_operators
    districts = gpd.GeoDataFrame({"name": ["Huyện Bát Xát", "Thành phố Lào Cai"]},
                                 geometry=[box(103.55, 22.58, 103.70, 22.72),
                                           box(103.90, 22.40, 104.05, 22.55)], crs=crs)
    communes = gpd.GeoDataFrame({"name": ["Xã Thanh Bình", "Xã Y Tý", "Phường Cốc Lếu"]},
                                geometry=[box(103.61, 22.58, 103.70, 22.72),
                                          box(103.55, 22.58, 103.61, 22.72),
                                          box(103.90, 22.40, 104.05, 22.55)], crs=crs)
    provenance = {"name": "Bộ dữ liệu thử — Lào Cai", "layers": {
        "communes": {"origin": "real", "note": "censusVN2009 (MIT)"},
        "villages": {"origin": "synthetic", "note": "generated villages"},
        "sites": {"origin": "synthetic", "note": "generated towers"},
        "fiber": {"origin": "synthetic", "note": "generated FTTH network"}}}
    profile = CoverageProfile()
    project = Project(root=None, villages=villages, cells=cells, fiber_cables=cables,
                      fiber_access_points=aps, communes=communes, districts=districts,
                      profile=profile, provenance=provenance)
    return project, CoverageResult(_result_table(v, profile), {}, profile.to_dict(),
                                   ["MobiFone", "VNPT", "Viettel"])


def _result_table(v: pd.DataFrame, profile: CoverageProfile) -> pd.DataFrame:
    t = v.copy()
    t["centre_estimated"] = False
    ops = ["MobiFone", "VNPT", "Viettel"]
    for tech in TECHNOLOGIES:
        best = [max([lv for (tt, _), lv in LEVELS[i].items() if tt == tech], default=np.nan)
                for i in t["village_id"]]
        t[f"level_{tech}"] = best
        t[f"signal_{tech}"] = np.asarray(best) >= profile.signal_dbm[tech]
        for op in ops:
            t[f"signal_{tech}_{op}"] = [LEVELS[i].get((tech, op), -999) >= profile.signal_dbm[tech]
                                        for i in t["village_id"]]
    t["mobile_signal"] = np.logical_or.reduce([t[f"signal_{x}"] for x in TECHNOLOGIES])
    t["signal_share"] = t["mobile_signal"].astype(float)
    t["weak_pocket"] = False
    t["mobile_broadband"] = np.logical_or.reduce(
        [t[f"level_{x}"].fillna(-999) >= profile.broadband_dbm[x] for x in ("3G", "4G")])
    t["has_5g"] = t["level_5G"].fillna(-999) >= profile.broadband_dbm.get("5G", -110)
    best_tech, best_level = [], []
    for _, r in t.iterrows():
        got = [(x, r[f"level_{x}"]) for x in ("5G", "4G", "3G", "2G") if r[f"signal_{x}"]]
        best_tech.append(got[0][0] if got else "")
        best_level.append(got[0][1] if got else np.nan)
    t["best_technology"], t["best_level_dbm"] = best_tech, best_level
    t["best_operator"] = ""
    t["best_site"] = ""
    t["fixed_broadband"] = [FIBER[i] for i in t["village_id"]]
    t["distance_fiber_m"] = 0.0
    t["distance_site_m"] = 0.0
    t["public_wifi"] = False
    return t


@pytest.fixture
def tiny(monkeypatch, tmp_path):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    project, result = world()
    result.summary = summarise(project, result.villages, project.cells)
    return project, result


def ids(table) -> list[str]:
    return list(table["village_id"])


# --- which villages a list holds ---------------------------------------------------------


def test_province_lists(tiny):
    project, result = tiny
    fixed = exports.gap_table(project, result, "fixed", lang="en")
    assert ids(fixed) == ["V1", "V3", "V4", "V6"]  # by district, commune, id
    assert list(fixed.columns) == list(exports.KEYS)
    assert ids(exports.gap_table(project, result, "signal")) == ["V3"]
    assert ids(exports.gap_table(project, result, "broadband")) == ["V3", "V4", "V5"]
    assert sorted(ids(exports.gap_table(project, result, "5g"))) == ["V1", "V3", "V4", "V5",
                                                                     "V6"]
    assert fixed.attrs == {"gaps": "fixed", "operator": None, "by": "district",
                           "assign": "uncovered", "lang": "en"}


def test_grouped_by_district_then_commune(tiny):
    project, result = tiny
    t = exports.gap_table(project, result, "5g", by="commune")
    keys = list(zip(t["district"], t["commune"]))
    assert keys == sorted(keys)
    assert t.attrs["by"] == "commune"


def test_a_carriers_list_is_what_it_does_not_serve(tiny):
    project, result = tiny
    # Viettel has signal at V1 and V2 only; VNPT at V2 (4G) and V4 (2G)
    assert ids(exports.gap_table(project, result, "signal", operator="Viettel")) == \
        ["V3", "V4", "V5", "V6"]
    vnpt = exports.gap_table(project, result, "signal", operator="vinaphone")
    assert vnpt.attrs["operator"] == "VNPT"
    assert ids(vnpt) == ["V1", "V3", "V5", "V6"]
    # broadband for a carrier: its own 3G/4G signal where the village has broadband at all
    assert ids(exports.gap_table(project, result, "broadband", operator="MobiFone")) == \
        ["V1", "V3", "V4", "V2", "V5"]
    # a carrier's status columns are its own
    row = vnpt.set_index("village_id").loc["V1"]
    assert row["status_4G"] == "không"  # Viettel's 4G reaches V1, VNPT's does not


def test_assign_to_the_nearest_carrier(tiny):
    project, result = tiny
    province = exports.gap_table(project, result, "broadband", lang="en")
    parts = {op: exports.gap_table(project, result, "broadband", operator=op,
                                   assign="nearest")
             for op in ("Viettel", "VNPT", "MobiFone")}
    # the province list is split among the carriers, each village once
    assert sorted(sum((ids(p) for p in parts.values()), [])) == sorted(ids(province))
    for op, part in parts.items():
        assert (part["carrier"] == op).all()
    assert province.set_index("village_id").loc["V4", "carrier"] == "VNPT"  # VNP-1 is nearest


def test_fixed_lists_without_and_with_operators_on_the_access_points(tiny):
    project, result = tiny
    every = exports.gap_table(project, result, "fixed", operator="Viettel")
    assert ids(every) == ["V1", "V3", "V4", "V6"]  # the fiber data names no owner: all
    assert set(every["carrier"]) == {""}
    owned, _ = world(ap_operators=["VNPT", "Viettel"])  # AP1 in the city, AP2 near Bát Xát
    viettel = exports.gap_table(owned, result, "fixed", operator="Viettel")
    vnpt = exports.gap_table(owned, result, "fixed", operator="VNPT")
    assert ids(viettel) == ["V1", "V3", "V4"] and ids(vnpt) == ["V6"]
    assert set(viettel["carrier"]) == {"Viettel"}


def test_unknown_carrier_and_bad_choices(tiny):
    project, result = tiny
    with pytest.raises(DataError) as err:
        exports.gap_table(project, result, "signal", operator="Vietnamobile")
    assert "Viettel" in err.value.message("en") and err.value.column == "operator"
    with pytest.raises(DataError):
        exports.gap_table(project, result, "wifi")
    with pytest.raises(DataError):
        exports.gap_table(project, result, "fixed", by="province")
    assert exports.carriers(project) == ["MobiFone", "VNPT", "Viettel"]


# --- columns and values --------------------------------------------------------------------


def test_columns_values_and_languages(tiny):
    project, result = tiny
    vi = exports.gap_table(project, result, "fixed", lang="vi")
    en = exports.gap_table(project, result, "fixed", lang="en")
    r = vi.set_index("village_id").loc["V1"]
    assert r["name"] == "Bản Phố" and r["commune"] == "Xã Thanh Bình"
    assert r["district"] == "Huyện Bát Xát" and r["ward_2025"] == "Xã Y Tý"
    assert r["households"] == 120 and r["lon"] == 103.62 and r["lat"] == 22.65
    assert r["status_4G"] == "có" and r["status_2G"] == "không" and r["fiber"] == "không"
    assert r["broadband"] == "có" and r["best_technology"] == "4G"
    assert r["best_level_dbm"] == -90.0
    assert r["nearest_site"] == "VIE-1" and 0.5 < r["distance_site_km"] < 1.0
    assert r["nearest_ap"] == "AP2"
    assert en.set_index("village_id").loc["V1", "status_4G"] == "yes"
    assert vi.set_index("village_id").loc["V6", "ward_2025"] == "Xã Cốc San"
    headers = list(exports.localised(vi).columns)
    assert headers[:3] == ["Mã thôn", "Thôn, bản, tổ dân phố", "Xã, phường, thị trấn (đến 6/2025)"]
    assert "Xã, phường (từ 1/7/2025)" in headers
    assert list(exports.localised(vi, "en").columns)[0] == "Village ID"
    assert exports.title(vi).startswith("Thôn chưa có")


def test_suggested_actions(tiny):
    project, result = tiny
    fixed = exports.gap_table(project, result, "fixed", lang="en").set_index("village_id")
    assert fixed["fiber_extension_km"].notna().all()
    assert fixed.loc["V1", "action"].startswith("Extend fiber ")
    assert fixed.loc["V1", "fiber_extension_km"] > 0
    vi = exports.gap_table(project, result, "fixed", lang="vi").set_index("village_id")
    assert vi.loc["V1", "action"].startswith("Kéo cáp quang ")
    signal = exports.gap_table(project, result, "signal", lang="en").set_index("village_id")
    assert signal.loc["V3", "action"].startswith("New site needed; nearest site VIE-1 (Viettel, ")
    assert np.isnan(signal.loc["V3", "fiber_extension_km"])
    bb = exports.gap_table(project, result, "broadband", lang="en").set_index("village_id")
    assert bb.loc["V4", "action"].startswith("Add 4G to site VNP-1")  # a 2G-only site
    five = exports.gap_table(project, result, "5g", lang="en").set_index("village_id")
    assert five.loc["V5", "action"].startswith("New 5G site needed; nearest 5G site VIE-2")
    assert five.loc["V1", "action"].startswith("Add 5G at site VIE-1")


def test_a_precomputed_plan_is_used(tiny):
    project, result = tiny
    plan = exports.fiber_plan(project, result)
    lines, per, total = plan
    assert set(per["village_id"]) == {"V1", "V3", "V4", "V6"}
    with_plan = exports.gap_table(project, result, "fixed", plan=plan)
    with_table = exports.gap_table(project, result, "fixed", plan=per)
    pd.testing.assert_frame_equal(with_plan, with_table)


def test_a_village_outside_lao_cai_has_no_2025_ward(tiny):
    project, result = tiny
    result.villages.loc[result.villages["village_id"] == "V3", ["centre_lon", "centre_lat"]] = \
        (105.85, 21.03)  # Hà Nội
    t = exports.gap_table(project, result, "signal")
    assert t.loc[0, "ward_2025"] == ""


def test_no_gap_at_all_gives_an_empty_table(tiny):
    project, result = tiny
    result.villages["fixed_broadband"] = True
    t = exports.gap_table(project, result, "fixed")
    assert len(t) == 0 and list(t.columns) == list(exports.KEYS)
