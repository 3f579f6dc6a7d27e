"""The what-if evaluator in a child process answers what the one in this process answers, edit
after edit (undo and redo replayed row for row), previews included; a failing edit comes back
as the exception and the child goes on; a child that lost track is brought up to date."""

from __future__ import annotations

import pandas as pd
import pytest
from engine_world import crowded, lonlat, make_grid, ridge, write_dem

from coverage_planner.core.planning.remote import RemoteEvaluator
from coverage_planner.core.planning.scenario import MoveSite, RemoveSite, Scenario
from coverage_planner.core.planning.templates import SiteSpec
from coverage_planner.core.planning.whatif import Evaluator, delta

RIDGE = ridge(col=230, height=250.0, base=100.0)


@pytest.fixture
def world(tmp_path):
    dem = write_dem(tmp_path / "dem.tif", RIDGE)
    baseline = crowded().project(dem_path=dem)
    local = Evaluator(baseline, grid=make_grid(RIDGE), workers=1)
    remote = RemoteEvaluator(baseline)
    yield baseline, local, remote
    remote.close()


def same(remote_out, local, project):
    result, change = remote_out
    expected = local.evaluate(project)
    pd.testing.assert_frame_equal(result.villages, expected.villages)
    assert result.summary == expected.summary
    if change is not None:
        assert change == delta(local.result, expected)
    return result


def test_edits_undo_and_redo_answer_as_in_this_process(world):
    baseline, local, remote = world
    sc = Scenario(baseline)
    steps = [
        lambda: sc.add_site(SiteSpec("VNPT", *lonlat(210, 250), 30.0, ("4G",), None)),
        lambda: sc.push(MoveSite("S0", *lonlat(170, 240))),
        lambda: sc.push(RemoveSite("S1")),
        lambda: sc.stack.undo(),  # S1's rows come back at the end of the table
        lambda: sc.stack.undo(),
        lambda: sc.stack.redo(),
        lambda: sc.push(RemoveSite("S3")),
    ]
    changed = 0
    for step in steps:
        step()
        result = same(remote.evaluate(sc), local, sc.project())
        changed += not result.villages.equals(local.result.villages)
    assert changed >= 4
    # another scenario beside it, and a preview that applies nothing
    other = Scenario(baseline)
    other.push(RemoveSite("S2"))
    same(remote.evaluate(other), local, other.project())
    move = MoveSite("S2", *lonlat(300, 200))
    result, change = remote.evaluate(sc, preview=move)
    assert change is None
    same((result, None), local, sc.preview(move))
    same(remote.evaluate(sc), local, sc.project())  # the preview changed nothing there


def test_a_failing_edit_comes_back_and_the_child_goes_on(world):
    baseline, local, remote = world
    sc = Scenario(baseline)
    with pytest.raises(KeyError):
        remote.evaluate(sc, preview=MoveSite("NO-SUCH-SITE", *lonlat(200, 200)))
    sc.push(RemoveSite("S0"))
    same(remote.evaluate(sc), local, sc.project())
    assert remote.alive


def test_a_child_that_lost_track_is_sent_everything(world):
    baseline, local, remote = world
    sc = Scenario(baseline)
    sc.push(RemoveSite("S0"))
    remote.evaluate(sc)
    sc.push(RemoveSite("S1"))
    remote._synced[sc.uid] = 2  # as if more had been sent than the child has
    same(remote.evaluate(sc), local, sc.project())


def test_close_ends_the_child(world):
    _, _, remote = world
    remote.close()
    assert not remote.alive
