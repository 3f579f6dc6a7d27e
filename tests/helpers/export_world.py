"""The tiny export world: six villages in two districts, three carriers, a fiber network, and
its coverage result written by hand (no DEM, no engine run), so every status is known. The
export tests (core and CLI) share it.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

from coverage_planner.core.analysis.summary import summarise
from coverage_planner.core.analysis.villages import CoverageResult
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
