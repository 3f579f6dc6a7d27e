"""The what-if overlays' payloads (Qt-free): which sites an edit touched and how, new fiber,
suggested sites, fiber extensions and the villages that change status; every text escaped."""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import LineString, Point

from coverage_planner.core.planning.scenario import (
    AddFiber,
    EditSite,
    MoveSite,
    RemoveSite,
    Scenario,
)
from coverage_planner.core.planning.templates import SiteSpec
from coverage_planner.mapview.edits import (
    differences,
    differences_payload,
    edits_payload,
    fiber_plan_payload,
    length_text,
    site_state,
    suggestions_payload,
)
from coverage_planner.mapview.escape import js_json

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture
def scenario(make_project):
    project = make_project()
    project.cells["origin"] = "synthetic"  # a column a new site has no value for
    return Scenario(project, "A")


def payload(sc: Scenario, selected=None, lang="en") -> dict:
    touched = [getattr(c, "spec", None).site_id if hasattr(c, "spec") else c.site_id
               for c in sc.edits if hasattr(c, "spec") or hasattr(c, "site_id")]
    state = sc.stack.state
    return edits_payload(sc.baseline.cells, state.cells, touched, selected,
                         state.fiber_access_points, state.fiber_cables, lang)


def test_every_kind_of_site_edit_has_its_state(scenario):
    sc = scenario
    new = sc.add_site(SiteSpec(HOSTILE, 103.82, 22.33, 40.0, ("2G", "4G"), None))
    sc.push(MoveSite("S2", 103.835, 22.315))
    sc.push(EditSite("S3", {"height_m": 45.0}))
    sc.push(RemoveSite("S4"))
    out = payload(sc, selected="S1")
    states = {s["id"]: s["state"] for s in out["sites"]}
    assert states == {new.spec.site_id: "new", "S2": "moved", "S3": "edited", "S4": "removed",
                      "S1": "base"}
    moved = next(s for s in out["sites"] if s["id"] == "S2")
    assert moved["from"] == [22.31, 103.83] and [moved["la"], moved["lo"]] == [22.315, 103.835]
    first = out["sites"][0]
    assert "&lt;img" in first["t"] and "<img" not in first["t"]  # the operator is data
    assert "2G+4G, 40 m" in first["t"] and first["c"] == "#7f7f7f"
    assert out["selected"] == "S1" and out["name"] == "What-if edits"
    assert "<" not in js_json(out)  # safe inside a script
    # unchanged and not selected: not drawn
    assert "S1" not in {s["id"] for s in payload(sc)["sites"]}
    assert site_state(sc.baseline.cells, sc.stack.state.cells, "nope") is None


def test_undone_edits_leave_the_map(scenario):
    sc = scenario
    sc.add_site(SiteSpec("Viettel", 103.82, 22.33, 30.0, ("4G",)))
    sc.stack.undo()
    assert payload(sc)["sites"] == []


def test_new_fiber_is_drawn_in_vietnamese_too(scenario):
    sc = scenario
    sc.push(AddFiber([(103.81, 22.32)], "AP-NEW-001"))
    sc.push(AddFiber([(103.80, 22.30), (103.81, 22.31), (103.82, 22.31)], "FO-NEW-001"))
    out = payload(sc, lang="vi")
    assert out["aps"] == [{"id": "AP-NEW-001", "la": 22.32, "lo": 103.81,
                           "t": "Điểm truy nhập cáp quang mới AP-NEW-001"}]
    assert out["cables"][0]["ll"] == [[22.3, 103.8], [22.31, 103.81], [22.31, 103.82]]
    assert out["name"] == "Thay đổi giả định"
    # the baseline's own access points and cables are not edits
    assert len(sc.stack.state.fiber_access_points) == 3 and len(out["aps"]) == 1


def test_a_new_site_fits_a_baseline_with_extra_columns(make_project):
    project = make_project()
    project.cells["origin"] = "synthetic"
    project.cells["bandwidth_mhz"] = 10.0
    sc = Scenario(project, "A")
    sc.add_site(SiteSpec("Viettel", 103.82, 22.33))
    cells = sc.project().cells
    new = cells[cells["site_id"].str.startswith("NEW-")]
    assert len(new) == 3 and new["origin"].isna().all()
    assert "origin" in project.cells and len(project.cells) == len(cells) - 3  # baseline intact


def test_suggestions_payload():
    sites = pd.DataFrame({"rank": [1, 2], "lon": [103.81, 103.83], "lat": [22.31, 22.32],
                          "ground_m": [1510.0, 1320.0], "households": [3108, 120],
                          "villages": [12, 1], "cumulative_households": [3108, 3228],
                          "village_ids": [["V1"], ["V2"]]})
    out = suggestions_payload(sites, "Viettel", "4G", "en", accepted=[2])
    assert [i["rank"] for i in out["items"]] == [1, 2]
    assert out["items"][0]["t"] == "Suggested site 1: +3,108 households"
    assert "1,510 m" in out["items"][0]["p"] and out["items"][0]["c"] == "#d7191c"
    assert out["items"][1]["ok"] and "(accepted)" in out["items"][1]["p"]
    vi = suggestions_payload(sites, "Viettel", "4G", "vi")
    assert vi["items"][0]["t"] == "Vị trí đề xuất số 1: +3.108 số hộ"


def test_fiber_plan_payload_and_lengths():
    lines = gpd.GeoDataFrame({"village_id": ["V2"], "length_m": [1552]},
                             geometry=[LineString([(103.8, 22.3), (103.81, 22.31)])],
                             crs="EPSG:4326")
    table = pd.DataFrame({"village_id": ["V2", "V3"], "name": [HOSTILE, "Bản Ba"],
                          "commune": ["Xã A", "Xã B"], "district": ["H", "H"],
                          "households": [80, 45], "length_m": [1552.0, 0.0],
                          "road_m": [900.0, 0.0], "straight_m": [1500.0, 100.0],
                          "route": ["along roads", "within reach of an extension"]})
    out = fiber_plan_payload(lines, table, 1552.0, "en")
    assert out["name"] == "Suggested fiber extensions (1.6 km)"
    (item,) = out["items"]
    assert item["ll"] == [[22.3, 103.8], [22.31, 103.81]]
    assert item["t"].startswith("&lt;img") and "1.6 km" in item["t"]
    assert "along roads" in item["p"] and "<img" not in item["p"]
    assert length_text(850, "en") == "850 m" and length_text(12345, "vi") == "12,3 km"
    assert json.loads(js_json(out)) == out


def test_differences_between_two_results():
    base = pd.DataFrame({"village_id": ["V1", "V2", "V3", "V4"],
                         "mobile_signal": [True, False, True, True],
                         "mobile_broadband": [True, False, True, False],
                         "has_5g": [False, False, False, False],
                         "fixed_broadband": [True, False, True, False]})
    new = base.copy()
    new.loc[1, ["mobile_signal", "mobile_broadband"]] = True  # V2 gains
    new.loc[2, "fixed_broadband"] = False  # V3 loses
    new.loc[3, ["fixed_broadband", "mobile_signal"]] = [True, False]  # V4 both
    assert differences(base, new) == {"V2": "gained", "V3": "lost", "V4": "mixed"}
    out = differences_payload(base, new, "vi")
    assert out["labels"]["gained"] == "được phủ thêm" and out["v"]["V4"] == "mixed"
    assert differences(base, base) == {}


def test_site_layers_carry_the_site_id(make_project):
    from coverage_planner.mapview.layers import site_payloads

    payloads = {p.key: json.loads(p.data) for p in site_payloads(make_project(), "en")}
    assert {p["id"] for p in payloads["sites_viettel"]} == {"S1", "S4"}


def test_edits_payload_tolerates_cells_without_lon_lat(make_project):
    project = make_project()
    cells = project.cells.drop(columns=[c for c in ("lon", "lat") if c in project.cells])
    moved = cells.copy()
    moved.loc[moved["site_id"] == "S2", "geometry"] = Point(103.9, 22.4)
    out = edits_payload(cells, moved, ["S2"], None, None, None, "en")
    assert out["sites"][0]["state"] == "moved" and out["aps"] == [] and out["cables"] == []
