"""What-if planning in the core: commands with undo/redo, the incremental evaluator, the delta,
site templates, suggested sites and fiber extensions — on tiny worlds."""

from __future__ import annotations

import json

import numpy as np
import pytest
from engine_world import World, flat, ll_of_xy, lonlat, make_grid, ridge, write_dem, xy

from coverage_planner.cli import main
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.planning.scenario import (
    AddFiber,
    EditSite,
    MoveSite,
    RemoveSite,
    Scenario,
)
from coverage_planner.core.planning.templates import SiteSpec, parse_site
from coverage_planner.core.planning.whatif import Evaluator, delta

SITE = (200, 200)
RIDGE = ridge(col=230, height=250.0, base=100.0)


def world() -> World:
    """A 4G omni west of a ridge; village A in the open, B behind the ridge (no signal)."""
    w = World()
    w.cell("S", *SITE, technology="4G", eirp_dbm=40.0, tilt_deg=np.nan)
    w.village("A", SITE[0], SITE[1] - 60, households=120)
    w.village("B", SITE[0], SITE[1] + 60, households=80)
    return w


def evaluator(w: World, z=RIDGE) -> Evaluator:
    return Evaluator(w.project(), grid=make_grid(z), workers=1)


def spec_east(**kw) -> SiteSpec:
    lon, lat = lonlat(SITE[0], SITE[1] + 90)  # beyond the ridge, 750 m east of B
    return SiteSpec("Viettel", lon, lat, 30.0, ("4G",), None, **kw)


def test_adding_a_site_behind_the_ridge_serves_the_dark_village_and_undo_restores():
    w = world()
    ev = evaluator(w)
    base = ev.result.villages.set_index("village_id")
    assert base.loc["A", "mobile_signal"] and not base.loc["B", "mobile_signal"]
    sc = Scenario(w.project())
    n_cells = len(sc.baseline.cells)
    sc.add_site(spec_east())
    result = ev.evaluate(sc.project())
    d = delta(ev.result, result)
    assert d["villages_gained_signal"] == 1 and d["gained_signal"][0]["village_id"] == "B"
    assert d["villages_lost_signal"] == 0
    assert d["households_gained"] == 80
    assert d["gaps_served"]["no_signal"] == 1 and d["gaps_remaining"]["no_signal"] == 0
    assert ev.computed_masts == 1  # only the new mast went through the terrain engine
    assert len(sc.baseline.cells) == n_cells  # the baseline is never changed
    assert sc.stack.undo_text.en.startswith("Add Viettel 4G site")
    sc.stack.undo()
    back = ev.evaluate(sc.project())
    assert delta(ev.result, back)["villages_gained_signal"] == 0
    assert ev.computed_masts == 1  # undo recomputes nothing
    sc.stack.redo()
    assert delta(ev.result, ev.evaluate(sc.project()))["villages_gained_signal"] == 1


def test_removing_the_only_site_loses_signal_everywhere():
    w = world()
    ev = evaluator(w)
    sc = Scenario(w.project())
    sc.push(RemoveSite("S"))
    d = delta(ev.result, ev.evaluate(sc.project()))
    assert d["villages_lost_signal"] == 1  # A; B had none
    assert d["households_gained"] == -120
    sc.stack.undo()
    assert len(sc.project().cells) == len(w.cells)


def test_move_and_edit_revert_exactly():
    w = world()
    sc = Scenario(w.project())
    before = sc.project().cells.copy()
    lon, lat = lonlat(SITE[0] + 10, SITE[1])
    sc.push(MoveSite("S", lon, lat))
    sc.push(EditSite("S", {"height_m": 45.0, "eirp_dbm": 43.0}))
    moved = sc.project().cells
    assert moved["height_m"].iloc[0] == 45.0 and moved["lon"].iloc[0] == pytest.approx(lon)
    assert sc.stack.undo_text.en.startswith("Edit site S")
    sc.stack.undo()
    sc.stack.undo()
    after = sc.project().cells
    assert after[["lon", "lat", "height_m", "eirp_dbm"]].equals(before[["lon", "lat", "height_m",
                                                                          "eirp_dbm"]])
    assert after.geometry.geom_equals(before.geometry).all()
    assert not sc.stack.can_undo and sc.stack.can_redo


def test_a_new_edit_after_undo_drops_the_redo_branch():
    sc = Scenario(world().project())
    sc.add_site(spec_east())
    sc.stack.undo()
    sc.push(RemoveSite("S"))
    assert not sc.stack.can_redo
    assert [c.kind for c in sc.edits] == ["remove_site"]


def test_scenario_round_trips_through_its_dict():
    w = world()
    ev = evaluator(w)
    sc = Scenario(w.project(), name="Y Tý 2026")
    sc.add_site(spec_east())
    x, y = xy(*SITE)
    sc.push(AddFiber([ll_of_xy(x, y)], "AP-new"))
    data = json.loads(json.dumps(sc.to_dict()))
    again = Scenario.from_dict(w.project(), data)
    assert again.name == "Y Tý 2026"
    a = ev.evaluate(sc.project()).villages
    b = ev.evaluate(again.project()).villages
    assert a.equals(b)


def test_a_fiber_access_point_gives_a_village_fixed_broadband():
    w = world()
    ev = evaluator(w)
    sc = Scenario(w.project())
    x, y = xy(SITE[0], SITE[1] + 60)
    sc.push(AddFiber([ll_of_xy(x + 300.0, y)], "AP-B"))
    d = delta(ev.result, ev.evaluate(sc.project()))
    assert d["villages_gained_fiber"] == 1 and d["gained_fiber"][0]["village_id"] == "B"
    assert d["households_gained_fiber"] == 80


def test_parse_site_reads_a_description_with_defaults():
    s = parse_site("operator=viettel,lon=104.05,lat=22.62,height=35,technology=2G+4G")
    assert s.operator == "Viettel" and s.technologies == ("2G", "4G")
    assert s.height_m == 35.0 and s.azimuths == (0.0, 120.0, 240.0)
    omni = parse_site("operator=VNPT,lon=104,lat=22.5,technology=4G,azimuths=omni,eirp=55")
    assert omni.azimuths is None and omni.overrides == {"eirp_dbm": 55.0}


def test_a_new_site_may_take_its_own_radio_model():
    """model=itm: the new mast's cells carry propagation_model, the evaluator computes them with
    ITM (another level than the profile's P.452 at village A, across the ridge), the statements
    name it, and the edit round-trips through the project file's dict."""
    s = parse_site("operator=Viettel,lon=104,lat=22.5,technology=4G,azimuths=omni,model=ITM")
    assert s.overrides == {"propagation_model": "itm"}
    w = world()
    ev = evaluator(w)
    levels = {}
    for model in ("", "itm"):
        sc = Scenario(w.project())
        sc.add_site(spec_east(overrides={"propagation_model": model} if model else {}))
        sc.push(RemoveSite("S"))  # village A is then served across the ridge by the new mast
        project = sc.project()
        if model:
            assert project.cells["propagation_model"].tolist() == ["itm"]
        result = ev.evaluate(project)
        levels[model] = result.villages.set_index("village_id").loc["A", "best_level_dbm"]
        if model:
            assert any("4G (1 cells): Longley" in n.en for n in result.notes)
            back = Scenario.from_dict(w.project(), sc.to_dict())
            assert back.project().cells["propagation_model"].dropna().tolist() == ["itm"]
    # across the ridge ITM's diffraction is the milder: a level at A where P.452's is far lower
    # (NaN: below every threshold the table keeps)
    assert np.isfinite(levels["itm"]) and not levels[""] >= levels["itm"] - 0.5


@pytest.mark.parametrize("text, word", [
    ("operator=Viettel,lon=104.05", "lat"),
    ("operator=Viettel,lon=104.05,lat=22.6,height=30m", "not a number"),
    ("operator=Viettel,lon=104.05,lat=22.6,technology=6G", "6G"),
    ("operator=Viettel,lon=104.05,lat=22.6,height=5000", "5000"),
    ("operator=Viettel,lon=104.05,lat=22.6,colour=red", "colour"),
    ("operator=Viettel,lon=104.05,lat=22.6,model=okumura", "okumura"),
])
def test_parse_site_refuses_bad_descriptions_with_the_fix(text, word):
    with pytest.raises(DataError) as err:
        parse_site(text)
    message = err.value.message("en")
    assert word in message and "Fix" in message and "operator=Viettel,lon=" in message


def test_suggested_site_serves_the_dark_village_and_is_within_the_bound():
    from coverage_planner.core.planning.siting import suggest_sites

    w = world()
    w.village("C", SITE[0] + 20, SITE[1] + 70, households=50)
    ev = evaluator(w)
    s = suggest_sites(ev, 2, "Viettel", "4G", spacing_m=250.0, search_m=2000.0, road_m=None)
    assert s.candidates > 0
    assert s.households_total == 130  # B and C, both behind the ridge
    assert s.upper_bound >= s.households_total
    first = s.sites.iloc[0]
    assert set(first["village_ids"]) <= {"B", "C"} and first["households"] >= 50


def test_fiber_plan_reaches_every_gap_village(tmp_path):
    import geopandas as gpd
    from shapely.geometry import LineString

    from coverage_planner.core.analysis.villages import analyse
    from coverage_planner.core.planning.fiberplan import plan_fiber

    w = world()
    x, y = xy(*SITE)
    w.access_point_xy("AP1", x - 1500.0, y)  # at village A
    project = w.project()
    # a road from A east to B, bending north: the route follows it
    road = [ll_of_xy(x - 1500.0, y), ll_of_xy(x, y + 400.0), ll_of_xy(x + 1500.0, y)]
    project.roads = gpd.GeoDataFrame({"name": ["road"]}, geometry=[LineString(road)],
                                     crs="EPSG:4326")
    lines, table, total = plan_fiber(project, ["B"])
    row = table.set_index("village_id").loc["B"]
    assert row["route"] == "along roads"
    assert 3000.0 < total < 3400.0  # two legs of ~1552 m, not the 3000 m straight line x2
    sc = Scenario(project)
    sc.push(AddFiber(list(lines.geometry.iloc[0].coords), "EXT-B"))
    t = analyse(sc.project(), grid=make_grid(flat()), workers=1).villages.set_index("village_id")
    assert t.loc["B", "fixed_broadband"]


def test_cli_whatif_json(tmp_path, capsys):
    w = world()
    folder = w.write_folder(tmp_path / "data", RIDGE)
    lon, lat = lonlat(SITE[0], SITE[1] + 90)
    code = main(["whatif", str(folder), "--json", "--add",
                 f"operator=Viettel,lon={lon},lat={lat},height=30,technology=4G,azimuths=omni"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    for key in ("villages_gained_signal", "villages_gained_broadband", "villages_gained_fiber",
                "households_gained", "summary"):
        assert key in out
    assert out["villages_gained_signal"] == 1
    assert main(["whatif", str(folder), "--remove", "NOPE"]) == 2
    assert "NOPE" in capsys.readouterr().err


def test_write_dem_helper_is_metric(tmp_path):
    # the CLI test above relies on the folder's DEM being read as metric
    import rasterio

    path = write_dem(tmp_path / "dem.tif", flat(11))
    with rasterio.open(path) as src:
        assert src.crs.is_projected


def test_project_file_round_trip_and_compare(tmp_path, capsys):
    from coverage_planner.core.project import projectfile

    w = world()
    folder = w.write_folder(tmp_path / "data", RIDGE)
    proj = tmp_path / "plans" / "plan.gpkg"
    lon, lat = lonlat(SITE[0], SITE[1] + 90)
    add = f"operator=Viettel,lon={lon},lat={lat},height=30,technology=4G,azimuths=omni"
    assert main(["whatif", str(folder), "--add", add, "--project", str(proj),
                 "--scenario", "east mast", "--save"]) == 0
    assert main(["whatif", str(folder), "--remove", "S", "--project", str(proj),
                 "--scenario", "no mast", "--save"]) == 0
    pf = projectfile.load(proj)
    assert [s["name"] for s in pf.scenarios] == ["east mast", "no mast"]
    assert pf.data_folder == folder.resolve()
    capsys.readouterr()
    # reopened exactly: the saved scenario gives the same answer as when it was made
    assert main(["compare", str(proj), "east mast", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["villages_gained_signal"] == 1 and out["compared"]["against"] == "baseline"
    assert main(["compare", str(proj), "east mast", "no mast", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["villages_gained_signal"] == 2  # A and B against the scenario without the mast
    assert main(["compare", str(proj), "nope"]) == 2
    assert "east mast" in capsys.readouterr().err  # the message lists the names


def test_a_profile_given_with_save_stays_with_the_project(tmp_path, capsys):
    """whatif --profile F --save keeps F's profile in the project file; compare then uses it,
    not the data folder's (here a threshold no mast reaches: nothing is gained)."""
    from coverage_planner.core.project import projectfile

    folder = world().write_folder(tmp_path / "data", RIDGE)
    strict = tmp_path / "strict.json"
    strict.write_text(json.dumps({"signal_dbm": {"4G": -20.0}}))
    proj = tmp_path / "plan.gpkg"
    lon, lat = lonlat(SITE[0], SITE[1] + 90)
    add = f"operator=Viettel,lon={lon},lat={lat},height=30,technology=4G,azimuths=omni"
    assert main(["whatif", str(folder), "--add", add, "--profile", str(strict), "--project",
                 str(proj), "--scenario", "east mast", "--save"]) == 0
    assert projectfile.load(proj).profile["signal_dbm"]["4G"] == -20.0
    capsys.readouterr()
    assert main(["compare", str(proj), "east mast", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["villages_gained_signal"] == 0
    # the same scenario on the folder's own profile gains village A (the test above)
    assert main(["whatif", "--add", add, "--project", str(proj), "--scenario", "plain",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["villages_gained_signal"] == 0  # still strict


def test_project_file_refuses_a_newer_schema_and_a_foreign_file(tmp_path):
    import pyogrio

    from coverage_planner.core.project import projectfile

    pf = projectfile.ProjectFile(tmp_path, [], "")
    path = projectfile.save(pf, tmp_path / "p.gpkg")
    table = pyogrio.read_dataframe(path, layer="cp_project")
    table.loc[table["key"] == "schema_version", "value"] = "99"
    pyogrio.write_dataframe(table, path, layer="cp_project", driver="GPKG")
    with pytest.raises(DataError) as err:
        projectfile.load(path)
    assert "99" in err.value.message("en") and "update" in err.value.message("en")
    other = tmp_path / "x.gpkg"
    other.write_bytes(b"not a geopackage")
    with pytest.raises(DataError, match="not a Coverage Planner project"):
        projectfile.load(other)
    assert not list(tmp_path.glob(".p.*"))  # no temporary file left behind
