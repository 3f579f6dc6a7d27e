"""The rollout plan's candidates on a tiny world: what each mast, upgrade and fiber route would
serve is what the engine finds once it is built; fiber branches require their trunk; Wi-Fi
points stay optional; satellite is the last resort; power is priced by the road proxy."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from engine_world import World, ll_of_xy, lonlat, make_grid, ridge, rollout_world, xy
from shapely.geometry import LineString

from coverage_planner.core.planning.costs import CostModel
from coverage_planner.core.planning.rollout_candidates import build_candidates
from coverage_planner.core.planning.scenario import AddFiber, AddSite, Scenario
from coverage_planner.core.planning.templates import SiteSpec
from coverage_planner.core.planning.whatif import Evaluator

FLAGS = {"fixed": "fixed_broadband", "broadband": "mobile_broadband", "signal": "mobile_signal"}


def world() -> World:
    return rollout_world()


def evaluator(project=None) -> Evaluator:
    return Evaluator(project or world().project(), grid=make_grid(ridge()), workers=1)


def build(ev, **kw):
    kw = {"per_carrier": 10, "road_m": None, "workers": 1, **kw}
    return build_candidates(ev.baseline, ev, **kw)


def newly(ev, project) -> dict:
    base, now = ev.result.villages, ev.evaluate(project).villages
    return {c: np.flatnonzero(now[col].to_numpy(bool) & ~base[col].to_numpy(bool))
            for c, col in FLAGS.items()}


def test_each_mast_and_upgrade_serves_what_the_engine_finds_once_it_is_built():
    ev = evaluator()
    cs = build(ev)
    radio = [c for c in cs.candidates if c.kind in ("mast", "upgrade")]
    assert {c.kind for c in radio} == {"mast", "upgrade"}
    for item in radio:
        sc = Scenario(ev.baseline)
        sc.push(AddSite(SiteSpec.from_dict(item.meta["spec"])))
        found = newly(ev, sc.project())
        for cat in ("signal", "broadband"):
            np.testing.assert_array_equal(found[cat], np.sort(item.gains[cat]), err_msg=item.id)
        assert not len(found["fixed"])
    # the world is built so that something is there to gain: D's signal, E's broadband
    assert any(3 in c.gains["signal"] for c in radio)
    assert any(4 in c.gains["broadband"] for c in radio)


def test_gains_count_only_villages_lacking_the_category():
    ev = evaluator()
    cs = build(ev, satellite="all")
    for item in cs.candidates:
        for cat, idx in item.gains.items():
            assert not cs.served[cat][idx].any(), (item.id, cat)


def test_masts_are_offered_to_every_carrier_at_the_same_positions():
    ev = evaluator()
    cs = build(ev)
    masts = [c for c in cs.candidates if c.kind == "mast"]
    by_pos: dict = {}
    for m in masts:
        by_pos.setdefault((m.meta["spec"]["lon"], m.meta["spec"]["lat"]), []).append(m)
    assert len(by_pos) <= 10
    for group in by_pos.values():
        assert sorted(m.operator for m in group) == ["VNPT", "Viettel"]
        a, b = group
        for cat in ("signal", "broadband"):
            np.testing.assert_array_equal(a.gains[cat], b.gains[cat])
        assert a.capex_vnd == b.capex_vnd == CostModel().mast_capex(30.0)
    only = build(ev, operators=["Viettel"])
    assert {c.operator for c in only.candidates if c.kind in ("mast", "upgrade")} == {"Viettel"}


def test_upgrades_add_4g_only_to_sites_without_it():
    ev = evaluator()
    cs = build(ev)
    ups = [c for c in cs.candidates if c.kind == "upgrade"]
    assert [u.meta["base_site"] for u in ups] == ["G"]
    spec = ups[0].meta["spec"]
    g = ev.baseline.cells.set_index("site_id").loc["G"]
    assert spec["technologies"] == ["4G"] and spec["height_m"] == g["height_m"]
    assert (spec["lon"], spec["lat"]) == pytest.approx((g.geometry.x, g.geometry.y))
    assert ups[0].capex_vnd == CostModel().upgrade_capex("4G")


def test_fiber_branches_require_the_extension_they_start_on_and_serve_what_they_reach():
    ev = evaluator()
    cs = build(ev)
    fiber = {c.id: c for c in cs.candidates if c.kind == "fiber"}
    lacking = np.flatnonzero(~cs.served["fixed"])
    assert set(np.concatenate([f.gains["fixed"] for f in fiber.values()])) == set(lacking)
    crs = ev.grid.crs
    metric = {k: gpd.GeoSeries([f.geometry], crs="EPSG:4326").to_crs(crs).iloc[0]
              for k, f in fiber.items()}
    assert any(f.requires for f in fiber.values())
    for k, f in fiber.items():
        start = shapely.Point(metric[k].coords[0])
        for parent in f.requires:
            assert parent in fiber and metric[parent].distance(start) < 1.0
        meta = f.meta
        assert meta["length_km"] == pytest.approx(metric[k].length / 1000, abs=1e-3)
        costs = CostModel()
        assert f.capex_vnd == pytest.approx(costs.fiber_capex(
            meta["road_km"], meta["length_km"] - meta["road_km"], len(f.gains["fixed"])),
            rel=1e-3)
    # a branch with its trunk, built as cables, gives exactly the villages they claim
    child = next(f for f in fiber.values() if f.requires)
    sc = Scenario(ev.baseline)
    for item in (fiber[child.requires[0]], child):
        sc.push(AddFiber([tuple(c) for c in item.geometry.coords], item.id))
    claim = np.union1d(fiber[child.requires[0]].gains["fixed"], child.gains["fixed"])
    np.testing.assert_array_equal(newly(ev, sc.project())["fixed"], claim)


def test_wifi_points_are_optional_one_per_village_reached():
    ev = evaluator()
    cs = build(ev)
    fiber_ids = {c.id for c in cs.candidates if c.kind == "fiber"}
    assert cs.optional and all(w.kind == "wifi" for w in cs.optional)
    assert not any(c.kind == "wifi" for c in cs.candidates)
    villages = [w.meta["village"] for w in cs.optional]
    assert len(villages) == len(set(villages))
    for w in cs.optional:
        assert w.gains == {} and w.requires[0] in fiber_ids
        assert w.capex_vnd == CostModel().wifi_point_vnd


def test_satellite_is_the_last_resort():
    ev = evaluator()
    lacking = set(np.flatnonzero(~ev.result.villages["fixed_broadband"].to_numpy(bool)))
    assert not [c for c in build(ev).candidates if c.kind == "satellite"]  # fiber reaches all
    every = [c for c in build(ev, satellite="all").candidates if c.kind == "satellite"]
    assert {int(c.gains["fixed"][0]) for c in every} == lacking
    assert all(c.opex_vnd_per_year == CostModel().opex("satellite") for c in every)
    assert not [c for c in build(ev, satellite="none").candidates if c.kind == "satellite"]
    # no fiber network to extend: nothing reaches them, satellite does
    w = world()
    w.access_points.clear()
    bare = evaluator(w.project())
    sat = [c for c in build(bare).candidates if c.kind == "satellite"]
    assert {int(c.gains["fixed"][0]) for c in sat} == set(
        np.flatnonzero(~bare.result.villages["fixed_broadband"].to_numpy(bool)))


def test_power_is_priced_by_the_distance_to_a_road_and_refused_too_far():
    project = world().project()
    road = LineString([ll_of_xy(*xy(5, 0)), ll_of_xy(*xy(5, 400))])  # 5 km north of the masts
    project.roads = gpd.GeoDataFrame({"kind": ["local"]}, geometry=[road], crs="EPSG:4326")
    ev = evaluator(project)
    cs = build(ev, power_free_km=1.0)
    masts = [c for c in cs.candidates if c.kind == "mast"]
    costs = CostModel()
    assert masts and cs.notes
    for m in masts:
        d = m.meta["grid_distance_km"]
        lon, lat = m.meta["spec"]["lon"], m.meta["spec"]["lat"]
        p = gpd.GeoSeries([shapely.Point(lon, lat)], crs="EPSG:4326").to_crs(ev.grid.crs)
        r = gpd.GeoSeries([road], crs="EPSG:4326").to_crs(ev.grid.crs)
        assert d == pytest.approx(p.distance(r.iloc[0]).iloc[0] / 1000, abs=0.01)
        assert m.meta["power_source"] == "road proxy"
        # the distance in meta is rounded to 10 m
        assert m.capex_vnd == pytest.approx(costs.mast_capex(30.0) + costs.power_capex(
            max(0.0, d - 1.0)), abs=costs.power_capex(0.006))
    far = build(ev, power_max_km=2.0)
    kept = [c for c in far.candidates if c.kind == "mast"]
    assert far.excluded and all("no power" in reason.en for _, reason in far.excluded)
    assert all(c.meta["grid_distance_km"] > 2.0 for c in far.excluded_items)
    assert all(c.meta["grid_distance_km"] <= 2.0 for c in kept)
    assert len(kept) + len(far.excluded) == len(masts)
    assert [c for c in far.candidates if c.kind == "upgrade"]  # an existing site has power


def test_a_scenarios_drawn_site_becomes_a_candidate():
    ev = evaluator()
    sc = Scenario(ev.baseline)
    lon, lat = lonlat(150, 300)
    sc.add_site(SiteSpec("MobiFone", lon, lat, 40.0, ("4G",), site_id="MY-1"))
    cs = build(ev, scenario=sc)
    drawn = [c for c in cs.candidates if c.id == "MY-1"]
    assert len(drawn) == 1 and drawn[0].operator == "MobiFone" and drawn[0].meta["drawn"]
    assert drawn[0].capex_vnd == CostModel().mast_capex(40.0)
    fresh = Scenario(ev.baseline)
    fresh.push(AddSite(SiteSpec.from_dict(drawn[0].meta["spec"])))
    np.testing.assert_array_equal(newly(ev, fresh.project())["broadband"],
                                  drawn[0].gains["broadband"])
