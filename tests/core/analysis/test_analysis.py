"""The per-village classification (DOMAIN.md §4) and the summary table, on tiny worlds."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from engine_world import (
    RES,
    World,
    curvature_drop,
    flat,
    j_hand,
    make_grid,
    ridge,
    small_profile,
    wavelength,
    write_dem,
    xy,
)

from coverage_planner.core.analysis.villages import analyse

SITE = (200, 200)
RIDGE = ridge(col=230, height=250.0, base=100.0)  # 750 m east of the site


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    path = tmp_path / "cache"
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(path))
    return path


def table(world: World, z: np.ndarray, profile=None) -> pd.DataFrame:
    result = analyse(world.project(profile), grid=make_grid(z), workers=1)
    return result.villages.set_index("village_id")


# --------------------------------------------------------------- a ridge blocks a village (1)


def ridge_world() -> World:
    """A 4G omni, 30 m, EIRP 40 dBm; A 1500 m west in the open, B 1500 m east behind the ridge."""
    w = World()
    w.cell("S", *SITE, technology="4G", frequency_mhz=1800.0, eirp_dbm=40.0, tilt_deg=np.nan)
    w.village("A", SITE[0], SITE[1] - 60)
    w.village("B", SITE[0], SITE[1] + 60)
    return w


def test_a_ridge_blocks_the_village_behind_it():
    t = table(ridge_world(), RIDGE)
    assert t.loc["A", "mobile_signal"] and t.loc["A", "signal_4G"]
    assert not t.loc["B", "mobile_signal"]
    assert t.loc["A", "level_4G"] >= -115.0 > t.loc["B", "level_4G"]
    # the difference is the ridge's knife-edge loss, worked out by hand: the crest is 134.3 m
    # above the straight path at mid-way, v = 24.0 at 1800 MHz, J(v) = 40.5 dB, plus the
    # empirical correction of P.452-16's Bullington, (1 - exp(-J/6)) (10 + 0.02 d_km)
    crest = 250.0 - curvature_drop(750.0)  # heights relative to the antenna's plane
    rx = 100.0 + 1.5 - curvature_drop(1500.0)
    h = crest - (130.0 + (rx - 130.0) / 2)
    v = h * np.sqrt(2 * 1500.0 / (wavelength(1800.0) * 750.0 * 750.0))
    assert h == pytest.approx(134.3, abs=0.05) and v == pytest.approx(24.0, abs=0.05)
    j = j_hand(v)
    bullington = j + (1 - np.exp(-j / 6)) * (10 + 0.02 * 1.5)
    assert t.loc["A", "level_4G"] - t.loc["B", "level_4G"] == pytest.approx(bullington, abs=0.2)
    assert j_hand(v) == pytest.approx(40.5, abs=0.1)
    assert t.loc["A", "best_technology"] == "4G" and t.loc["A", "best_site"] == "S"
    assert t.loc["B", "best_technology"] == "" and np.isnan(t.loc["B", "best_level_dbm"])


def test_without_the_ridge_both_villages_have_signal():
    t = table(ridge_world(), flat())
    assert t["mobile_signal"].all()
    assert t.loc["A", "level_4G"] == t.loc["B", "level_4G"]


def test_the_dem_file_and_the_grid_give_the_same_table(tmp_path):
    w = ridge_world()
    dem = write_dem(tmp_path / "dem.tif", RIDGE)
    from_file = analyse(w.project(dem_path=dem), workers=1).villages
    pd.testing.assert_frame_equal(from_file.set_index("village_id"), table(w, RIDGE))


def test_no_dem_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="elevation model"):
        analyse(ridge_world().project(), workers=1)


# ------------------------------------------------------------- centre versus households (4)


def pocket_world() -> World:
    """P: centre 375 m east of the site (before the ridge), 90 of its 100 households behind it.
    R: centre behind the ridge, all its households in the open."""
    w = ridge_world()
    w.villages.clear()
    w.village("P", SITE[0], SITE[1] + 15, households=100)
    w.cluster("P", SITE[0] + 5, SITE[1] + 15, 10)
    w.cluster("P", SITE[0], SITE[1] + 60, 50)
    w.cluster("P", SITE[0] + 10, SITE[1] + 60, 40)
    w.village("R", SITE[0] - 50, SITE[1] + 60, households=80)
    w.cluster("R", SITE[0] - 50, SITE[1] - 30, 50)
    w.cluster("R", SITE[0] - 40, SITE[1] - 30, 30)
    return w


def test_covered_centre_with_households_behind_a_ridge_is_a_weak_pocket():
    t = table(pocket_world(), RIDGE)
    assert t.loc["P", "mobile_signal"]
    assert t.loc["P", "signal_share"] == pytest.approx(0.10)
    assert t.loc["P", "share_4G"] == pytest.approx(0.10)
    assert t.loc["P", "weak_pocket"]
    assert t.loc["P", "mobile_broadband"]
    assert t.loc["P", "broadband_share"] == pytest.approx(0.10)


def test_trang_song_is_decided_at_the_centre():
    t = table(pocket_world(), RIDGE)
    assert not t.loc["R", "mobile_signal"]  # trắng sóng, although every household is covered
    assert t.loc["R", "signal_share"] == pytest.approx(1.0)
    assert not t.loc["R", "weak_pocket"]  # a pocket needs a covered centre


def test_pocket_threshold_comes_from_the_profile():
    t = table(pocket_world(), RIDGE, small_profile(weak_pocket_share=0.05))
    assert not t.loc["P", "weak_pocket"]


def test_households_without_a_village_id_are_placed_by_polygon():
    w = pocket_world()
    for c in w.households:
        if c["village_id"] == "R":
            c["village_id"] = ""
    # R's clusters (in the open, 2 km from R) now lie in no village's polygon: they are
    # dropped, and R, left without clusters, counts by its centre (behind the ridge)
    t = table(w, RIDGE)
    assert t.loc["R", "signal_share"] == 0.0
    # a cluster without an id inside P's polygon (300 m square), in the open, joins P
    w.cluster("", SITE[0] - 2, SITE[1] + 15, 5)
    t = table(w, RIDGE)
    assert t.loc["P", "signal_share"] == pytest.approx(15 / 105, abs=1e-3)


def test_villages_without_clusters_count_by_their_centre():
    w = pocket_world()
    w.village("Q", SITE[0] + 100, SITE[1] - 20, households=33)  # open, no clusters
    t = table(w, RIDGE)
    assert t.loc["Q", "mobile_signal"] and t.loc["Q", "signal_share"] == 1.0


# ------------------------------------------------------------------ fiber and Wi-Fi (3)

#: village centres, far apart (3.5 km): row, col
SLOTS = {"V1": (100, 60), "V2": (100, 200), "V3": (100, 340), "V4": (300, 60),
         "V5": (300, 200), "V6": (300, 340)}


def fiber_world() -> World:
    w = World()
    w.cell("S", 200, 200, tilt_deg=np.nan)
    for vid, (r, c) in SLOTS.items():
        w.village(vid, r, c)

    def at(vid, dx, dy=0.0):
        x, y = xy(*SLOTS[vid])
        return x + dx, y + dy

    w.access_point_xy("AP1", *at("V1", 499.0))  # V1: an access point at 499 m
    w.access_point_xy("AP2", *at("V2", 0.0, -501.0))  # V2: at 501 m
    x, y = at("V3", 499.0)  # V3: a distribution cable passing at 499 m
    w.cable_xy("D3", "distribution", [(x, y - 800), (x, y + 800)])
    x, y = at("V4", 100.0)  # V4: a trunk at 100 m
    w.cable_xy("T4", "trunk", [(x, y - 800), (x, y + 800)])
    w.access_point_xy("AP5", *at("V5", 800.0))  # V5: AP 800 m out, a cluster 400 m from it
    w.cluster("V5", SLOTS["V5"][0], SLOTS["V5"][1] + 16, 30)  # 400 m east of the centre
    x, y = at("V6", 501.0)  # V6: a distribution cable at 501 m
    w.cable_xy("D6", "distribution", [(x, y - 800), (x, y + 800)])
    w.wifi_xy("W1", *at("V1", 0.0, 79.0))
    w.wifi_xy("W2", *at("V2", -81.0))
    return w


def test_fiber_reach_at_its_boundary():
    t = table(fiber_world(), flat())
    assert t["fixed_broadband"].to_dict() == {
        "V1": True,  # access point at 499 m
        "V2": False,  # access point at 501 m
        "V3": True,  # distribution cable at 499 m
        "V4": False,  # trunk at 100 m: trunks carry no drops
        "V5": True,  # a household cluster within reach, the centre not
        "V6": False,  # distribution cable at 501 m
    }
    dist = t["distance_fiber_m"].to_dict()
    assert dist["V1"] == 499 and dist["V2"] == 501 and dist["V3"] == 499
    assert dist["V5"] == 800 and dist["V6"] == 501
    assert dist["V4"] > 1000  # the trunk does not count as a distance either


def test_fiber_reach_comes_from_the_profile():
    t = table(fiber_world(), flat(), small_profile(fiber_drop_reach_m=502.0))
    assert t.loc[["V1", "V2", "V3", "V6"], "fixed_broadband"].all()
    assert not t.loc["V4", "fixed_broadband"]


def test_trunk_kind_is_matched_without_case():
    w = fiber_world()
    w.cables[1]["kind"] = "Trunk"
    assert not table(w, flat()).loc["V4", "fixed_broadband"]
    w.cables[1]["kind"] = "distribution"
    assert table(w, flat()).loc["V4", "fixed_broadband"]


def test_public_wifi_radius():
    t = table(fiber_world(), flat())
    assert t.loc["V1", "public_wifi"]  # 79 m
    assert not t.loc["V2", "public_wifi"]  # 81 m
    assert not t.loc[["V3", "V4", "V5", "V6"], "public_wifi"].any()


# --------------------------------------------------------------------------- summary (9)


def summary_world() -> World:
    """Four villages in two districts; Viettel (4G + 5G) west of the ridge, VNPT (2G) east."""
    w = World()
    w.cell("VT", *SITE, "VT-4G", technology="4G", frequency_mhz=1800.0, eirp_dbm=40.0,
           tilt_deg=np.nan)
    w.cell("VT", *SITE, "VT-5G", technology="5G", frequency_mhz=3500.0, eirp_dbm=38.0,
           tilt_deg=np.nan)
    w.cell("VN", SITE[0], 300, "VN-2G", technology="2G", frequency_mhz=900.0, eirp_dbm=40.0,
           tilt_deg=np.nan, operator="VNPT")
    w.village("A", SITE[0], SITE[1] - 60, households=120, district="Huyện Bát Xát",
              fiber_subscribers=30)  # Viettel only
    w.village("B", SITE[0], SITE[1] + 60, households=80, district="Huyện Bát Xát")  # VNPT only
    w.village("C", SITE[0] - 8, SITE[1] - 8, households=50, district="Huyện Sa Pa",
              fiber_subscribers=5)  # 280 m from Viettel: 4G and 5G
    w.village("D", 20, 20, households=10, district="Huyện Sa Pa")  # 6.4 km out: nothing
    w.access_point_xy("AP", *xy(SITE[0] - 8, SITE[1] - 4))  # 100 m from C
    w.wifi_xy("W", *xy(SITE[0] - 8, SITE[1] - 8))
    w.wifi_xy("W2", *xy(20, 390))
    return w


def test_summary_counts_match_the_village_table():
    result = analyse(summary_world().project(), grid=make_grid(RIDGE), workers=1)
    t = result.villages.set_index("village_id")
    s = result.summary
    # by hand: A and C have Viettel signal, B has VNPT's 2G, D (6.4 km out) has nothing
    assert t["mobile_signal"].to_dict() == {"A": True, "B": True, "C": True, "D": False}
    assert t["has_5g"].to_dict() == {"A": False, "B": False, "C": True, "D": False}
    assert t["mobile_broadband"].to_dict() == {"A": True, "B": False, "C": True, "D": False}
    assert t["fixed_broadband"].to_dict() == {"A": False, "B": False, "C": True, "D": False}
    assert t.loc["C", "best_technology"] == "5G" and t.loc["B", "best_operator"] == "VNPT"

    assert s["villages_total"] == 4
    assert s["mobile_signal"] == 3 and s["no_signal"] == 1
    assert s["mobile_broadband"] == 2
    assert s["villages_5g"] == 1 and s["sites_5g"] == 1
    assert s["fixed_broadband"] == 1 and s["without_fixed_broadband"] == 3
    assert s["households_total"] == 260 and s["households_fiber"] == 35
    assert s["wifi_points"] == 2 and s["villages_public_wifi"] == 1
    assert s["weak_signal_pockets"] == int(t["weak_pocket"].sum()) == 0

    assert sorted(s["by_district"]) == ["Huyện Bát Xát", "Huyện Sa Pa"]
    for district, counts in s["by_district"].items():
        sub = t[t["district"] == district]
        assert counts["villages_total"] == len(sub) == 2
        assert counts["mobile_signal"] == int(sub["mobile_signal"].sum())
        assert counts["mobile_broadband"] == int(sub["mobile_broadband"].sum())
        assert counts["villages_5g"] == int(sub["has_5g"].sum())
        assert counts["fixed_broadband"] == int(sub["fixed_broadband"].sum())
        assert counts["households_total"] == int(sub["households"].sum())
    assert s["by_district"]["Huyện Bát Xát"]["mobile_signal"] == 2
    assert s["by_district"]["Huyện Sa Pa"]["mobile_signal"] == 1
    assert s["by_district"]["Huyện Sa Pa"]["households_fiber"] == 5

    assert result.operators == ["VNPT", "Viettel"]
    vt, vn = s["by_operator"]["Viettel"], s["by_operator"]["VNPT"]
    assert (vt["sites"], vt["cells"], vn["sites"], vn["cells"]) == (1, 2, 1, 1)
    assert vt["mobile_signal"] == 2 and vn["mobile_signal"] == 1
    assert vt["villages_3g_4g_signal"] == 2 and vn["villages_3g_4g_signal"] == 0
    assert vt["villages_5g"] == 1 and vn["villages_5g"] == 0
    for op, counts in s["by_operator"].items():
        signal = np.zeros(len(t), bool)
        for tech in ("2G", "3G", "4G", "5G"):
            signal |= t[f"signal_{tech}_{op}"].to_numpy()
        assert counts["mobile_signal"] == int(signal.sum())


def test_best_server_is_the_highest_technology_with_signal():
    w = World()
    w.cell("S", *SITE, "S-2G", technology="2G", frequency_mhz=900.0, eirp_dbm=55.0,
           tilt_deg=np.nan)
    # a weak 4G: -107 dBm at 1 km and -121 dBm at 4.75 km over flat ground (free space)
    w.cell("S", *SITE, "S-4G", technology="4G", frequency_mhz=1800.0, eirp_dbm=18.0,
           tilt_deg=np.nan)
    w.village("near", SITE[0], SITE[1] - 40)  # 1 km: 4G and 2G
    w.village("far", SITE[0], SITE[1] - 190)  # 4.75 km: 2G only
    t = table(w, flat())
    assert t.loc["near", "best_technology"] == "4G" and t.loc["near", "best_cell"] == "S-4G"
    assert t.loc["near", "best_level_dbm"] == t.loc["near", "level_4G"]
    assert t.loc["far", "signal_2G"] and not t.loc["far", "signal_4G"]
    assert t.loc["far", "best_technology"] == "2G" and t.loc["far", "best_cell"] == "S-2G"
    assert t.loc["far", "distance_site_m"] == pytest.approx(190 * RES, abs=1)


def test_village_points_are_kept_for_the_same_frames_and_redone_for_new_ones():
    from engine_world import CRS

    from coverage_planner.core.analysis.points import village_points

    project = pocket_world().project()
    first = village_points(project, CRS)
    assert village_points(project, CRS) is first  # the evaluator and the analysis share it
    with pytest.raises(ValueError):
        first.xy[0, 0] = 0.0  # read-only: a caller cannot spoil the next one's
    project.households = project.households.iloc[:-1]  # another frame: computed again
    again = village_points(project, CRS)
    assert again is not first and len(again.xy) == len(first.xy) - 1
    assert village_points(project, "EPSG:32647") is not again  # another CRS too


def test_fiber_distances_are_kept_until_the_fiber_changes():
    from engine_world import CRS

    from coverage_planner.core.analysis.fixed import fiber_distance as _fiber_distance
    from coverage_planner.core.analysis.points import village_points

    project = fiber_world().project()
    pts = village_points(project, CRS)
    first = _fiber_distance(project, pts, CRS)
    # a what-if scenario copies the layers: equal geometries, the same distances
    project.fiber_access_points = project.fiber_access_points.copy()
    assert _fiber_distance(project, pts, CRS) is first
    # one access point moved 300 m closer to V5: computed again
    aps = project.fiber_access_points.copy()
    ap5 = aps.index[aps["ap_id"] == "AP5"][0] if "ap_id" in aps else aps.index[-1]
    x, y = shapely.get_x(aps.geometry.to_crs(CRS)[ap5]), shapely.get_y(aps.geometry.to_crs(CRS)[ap5])
    aps.loc[ap5, "geometry"] = gpd.GeoSeries([shapely.Point(x - 300.0, y)], crs=CRS).to_crs(
        aps.crs).iloc[0]
    project.fiber_access_points = aps
    again = _fiber_distance(project, pts, CRS)
    assert again is not first and (again <= first).all() and (again < first).any()
