"""Gap lists (coverage_planner.core.exports.gap_table) on a tiny world built in code.

The world's coverage result is written by hand (no DEM, no engine run), so every status is
known: six villages in two districts, three carriers, a fiber network (tests/helpers/
export_world.py, shared with the other export tests).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from export_world import world

from coverage_planner.core import exports
from coverage_planner.core.common.errors import DataError


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
