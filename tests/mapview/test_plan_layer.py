"""The rollout plan's map payload: masts, upgrades and satellite terminals as markers in the
carrier's colour, fiber extensions as lines in Leaflet's [lat, lon] order, the year and the
costs in the popups, every text escaped, Vietnamese and English; nothing to draw gives None."""

from __future__ import annotations

import numpy as np
import shapely

from coverage_planner.core.common.text import Text
from coverage_planner.core.planning.rollout import Candidate, Plan
from coverage_planner.mapview.plan import SATELLITE_COLOUR, money_text, plan_payload
from coverage_planner.mapview.style import OPERATORS


def _candidates() -> list:
    return [
        Candidate("PLAN-VIE-001", "mast", "Viettel", "Huyện Bát Xát", 1.9e9, 1.9e8,
                  {"signal": np.array([1, 2]), "broadband": np.array([1])},
                  label=Text("New Viettel <4G> mast", "Trạm 4G mới <Viettel>"),
                  geometry=shapely.Point(103.85, 22.55), meta={"power_km": 2.5}),
        Candidate("S1+4G", "upgrade", "VNPT", "Huyện Sa Pa", 8.2e8, 8e7,
                  {"broadband": np.array([3])}, label=Text("4G added", "Lắp thêm 4G"),
                  geometry=shapely.Point(103.9, 22.4)),
        Candidate("F-V9", "fiber", None, "Huyện Sa Pa", 5.0e8, 1e7, {"fixed": np.array([4, 5])},
                  label=Text("Fiber to Bản Mế", "Cáp quang tới Bản Mế"),
                  geometry=shapely.LineString([(103.80, 22.50), (103.81, 22.51),
                                               (103.83, 22.52)]),
                  meta={"length_km": 3.2}),
        Candidate("S-V7", "satellite", None, "Huyện Sa Pa", 2e7, 2e7, {"fixed": np.array([6])},
                  label=Text("Satellite at Bản Xa", "Vệ tinh tại Bản Xa"),
                  geometry=shapely.Point(103.7, 22.3)),
        Candidate("UNUSED", "mast", "MobiFone", "Huyện Sa Pa", 1.9e9, 1.9e8, {},
                  geometry=shapely.Point(103.6, 22.2)),
    ]


def _plan(chosen) -> Plan:
    return Plan(chosen=chosen, cost_vnd=0.0, capex_vnd=0.0, opex_vnd_per_year=0.0, gained={},
                households_gained={}, objective=0.0, bound=0.0, gap=0.0, method="milp",
                status="optimal", message="")


def test_markers_and_lines_of_the_chosen_items_only():
    chosen = [("PLAN-VIE-001", 1), ("S1+4G", 1), ("F-V9", 2), ("S-V7", 2)]
    data = plan_payload(_plan(chosen), _candidates(), "en")
    sites = {s["id"]: s for s in data["sites"]}
    assert set(sites) == {"PLAN-VIE-001", "S1+4G", "S-V7"}  # not the unchosen mast
    assert [s["kind"] for s in data["sites"]] == ["mast", "upgrade", "satellite"]
    mast = sites["PLAN-VIE-001"]
    assert (mast["la"], mast["lo"]) == (22.55, 103.85)  # Leaflet's order
    assert mast["c"] == OPERATORS["viettel"][1] and sites["S1+4G"]["c"] == OPERATORS["vnpt"][1]
    assert sites["S-V7"]["c"] == SATELLITE_COLOUR
    assert [s["y"] for s in data["sites"]] == [1, 1, 2]
    (line,) = data["lines"]
    assert line["id"] == "F-V9" and line["y"] == 2
    assert line["ll"] == [[22.5, 103.8], [22.51, 103.81], [22.52, 103.83]]
    assert "Rollout plan (4 items)" in data["name"]


def test_popups_carry_costs_year_and_gains_and_are_escaped():
    data = plan_payload(_plan([("PLAN-VIE-001", 3), ("F-V9", 1)]), _candidates(), "en")
    mast = data["sites"][0]
    assert "<4G>" not in mast["t"] and "&lt;4G&gt;" in mast["t"]
    assert "(year 3)" in mast["t"]
    assert "1,900 million VND" in mast["p"] and "190 million VND" in mast["p"]
    assert "2.50 km" in mast["p"]  # the power line
    assert "mobile signal" in mast["p"] and "&lt;4G&gt;" in mast["p"]
    assert "3.20 km" in data["lines"][0]["p"]


def test_vietnamese_texts_and_numbers():
    data = plan_payload(_plan([("PLAN-VIE-001", 1), ("F-V9", 2)]), _candidates(), "vi")
    assert "Phương án đầu tư (2 hạng mục)" in data["name"]
    assert "(năm 2)" in data["lines"][0]["t"]
    assert "1.900 triệu đồng" in data["sites"][0]["p"]
    assert "3,20 km" in data["lines"][0]["p"]
    assert money_text(2.5e9, "vi") == "2.500 triệu đồng"


def test_nothing_to_draw_is_none():
    assert plan_payload(None, _candidates(), "en") is None
    assert plan_payload(_plan([]), _candidates(), "en") is None
    by_id = {c.id: c for c in _candidates()}
    assert plan_payload(_plan([("S-V7", 1)]), by_id, "en")["sites"][0]["kind"] == "satellite"
