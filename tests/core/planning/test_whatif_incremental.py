"""The incremental what-if answer equals a full analysis of the scenario, edit after edit:
only the touched masts are swept and only the points they reach are recomputed, and nothing of
the village table or the summary differs from computing everything again."""

from __future__ import annotations

import pandas as pd
import pytest
from engine_world import crowded, lonlat, make_grid, ridge

from coverage_planner.core.analysis.villages import analyse
from coverage_planner.core.planning.scenario import EditSite, MoveSite, RemoveSite, Scenario
from coverage_planner.core.planning.templates import SiteSpec
from coverage_planner.core.planning.whatif import Evaluator

RIDGE = ridge(col=230, height=250.0, base=100.0)


def assert_as_full(ev: Evaluator, sc: Scenario, grid) -> None:
    project = sc.project()
    fast = ev.evaluate(project)
    full = analyse(project, grid=grid, bundle=False, workers=1)
    pd.testing.assert_frame_equal(fast.villages, full.villages)
    assert fast.summary == full.summary
    assert fast.operators == full.operators
    assert [str(n) for n in fast.notes] == [str(n) for n in full.notes]


def test_every_kind_of_edit_answers_as_a_full_analysis():
    w = crowded()
    grid = make_grid(RIDGE)
    ev = Evaluator(w.project(), grid=grid, workers=1)
    sc = Scenario(w.project())
    lon, lat = lonlat(210, 250)
    steps = [
        lambda: sc.add_site(SiteSpec("VNPT", lon, lat, 30.0, ("4G", "3G"), None)),
        lambda: sc.push(MoveSite("S0", *lonlat(170, 240))),  # over the ridge
        lambda: sc.push(EditSite("S2", {"eirp_dbm": 30.0})),  # weaker: others take over
        lambda: sc.push(RemoveSite("S1")),
        lambda: sc.add_site(SiteSpec("Vietnamobile", *lonlat(330, 200), 40.0, ("5G",),
                                     (0.0, 120.0, 240.0))),  # a carrier new to the project
        lambda: sc.push(RemoveSite("S3")),
        lambda: sc.stack.undo(),
        lambda: sc.stack.undo(),
        lambda: sc.stack.redo(),
    ]
    changed = 0
    for step in steps:
        step()
        assert_as_full(ev, sc, grid)
        changed += not ev.evaluate(sc.project()).villages.equals(ev.result.villages)
    assert changed >= 5  # the edits did change the answer (not a trivially equal table)
    # the baseline's masts were never swept again: only the new, moved and edited ones
    assert ev.computed_masts == 4


def test_removing_every_cell_leaves_no_signal_anywhere():
    w = crowded()
    grid = make_grid(RIDGE)
    ev = Evaluator(w.project(), grid=grid, workers=1)
    sc = Scenario(w.project())
    for i in range(4):
        sc.push(RemoveSite(f"S{i}"))
    assert_as_full(ev, sc, grid)
    assert ev.evaluate(sc.project()).summary["mobile_signal"] == 0


@pytest.mark.slow
def test_the_embedded_data_answers_as_a_full_analysis():
    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.core.engine.terrain import load_grid
    from coverage_planner.core.io import load_folder

    project = load_folder(default_data_dir())
    grid = load_grid(project.dem_path)
    ev = Evaluator(project, grid=grid)
    base = analyse(project, grid=grid)
    pd.testing.assert_frame_equal(ev.result.villages, base.villages)
    dark = ev.result.villages[~ev.result.villages["mobile_signal"]].iloc[0]
    sites = project.cells.drop_duplicates("site_id")
    sc = Scenario(project)
    sc.add_site(SiteSpec("Viettel", float(dark["centre_lon"]) + 0.005,
                         float(dark["centre_lat"]), 30.0, ("4G",)))
    assert_as_full(ev, sc, grid)
    assert ev.evaluate(sc.project()).summary["no_signal"] < base.summary["no_signal"]
    sc.push(MoveSite(sites["site_id"].iloc[3], float(sites.geometry.x.iloc[3]) + 0.02,
                     float(sites.geometry.y.iloc[3])))
    assert_as_full(ev, sc, grid)
    sc.push(RemoveSite(sites["site_id"].iloc[40]))
    assert_as_full(ev, sc, grid)


def test_a_preview_is_the_edit_without_touching_the_undo_stack():
    w = crowded()
    grid = make_grid(RIDGE)
    ev = Evaluator(w.project(), grid=grid, workers=1)
    sc = Scenario(w.project())
    sc.push(RemoveSite("S1"))
    before = sc.to_dict()
    cells = sc.stack.state.cells
    moved = ev.evaluate(sc.preview(MoveSite("S0", *lonlat(170, 240))))
    assert sc.to_dict() == before and sc.stack.state.cells is cells  # nothing applied
    sc.push(MoveSite("S0", *lonlat(170, 240)))
    pd.testing.assert_frame_equal(moved.villages, ev.evaluate(sc.project()).villages)
    assert not moved.villages.equals(ev.result.villages)
