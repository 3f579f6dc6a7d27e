"""Scenarios are evaluated in the what-if process once it runs (the evaluator of this process
is not called), and when that process dies the window goes on evaluating here."""

from __future__ import annotations

import pytest
from gui_helpers import add_east_mast, village_keys, wait_until, wait_whatif

from coverage_planner.gui.planning import whatif_evaluation

pytestmark = pytest.mark.usefixtures("fresh_scenario")


def test_edits_are_answered_by_the_process_and_here_when_it_dies(win, page, monkeypatch):
    evaluation = win.whatif.evaluation
    wait_until(lambda: evaluation.remote is not None, timeout_ms=120_000)
    here = []
    original = whatif_evaluation.evaluate
    monkeypatch.setattr(whatif_evaluation, "evaluate",
                        lambda *args, **kwargs: here.append(1) or original(*args, **kwargs))
    add_east_mast(win, page)
    assert village_keys(page)["B"] == "nofiber-ok"  # B behind the ridge gained signal
    assert here == []  # answered by the process
    evaluation.remote._process.kill()
    evaluation.remote._process.join(5)
    wait_whatif(win, win.planner.undo_action.trigger)
    assert village_keys(page)["B"] == "nofiber-no_signal"
    wait_whatif(win, win.planner.redo_action.trigger)  # cached: no evaluation at all
    win.whatif.remove_site(win.whatif.touched_sites()[0])
    wait_whatif(win)
    assert village_keys(page)["B"] == "nofiber-no_signal"
    assert here  # the process is gone: evaluated here
