"""The coverage layers follow the what-if scenario: a new mast east of the ridge lights up the
valley behind it in the 4G Viettel layer (only that mast is swept again), the layer the planner
switched on stays on, and undo brings the baseline's layer back."""

from __future__ import annotations

import json

import numpy as np
import pytest
from gui_helpers import (
    RIDGE_EAST,
    ridge_lonlat,
    run_js,
    wait_until,
    wait_whatif,
)
from PIL import Image

from coverage_planner.core.planning.templates import parse_site
from coverage_planner.gui.planning.whatif_evaluation import NO_EDITS, edits_key

KEY = "coverage_4G_Viettel"


@pytest.fixture(scope="module")
def win(ridge_win):
    wait_until(lambda: ridge_win.layers.coverage_images is not None, timeout_ms=120_000)
    return ridge_win


def lit_pixels(win) -> int:
    """Pixels of the 4G Viettel image with some signal (not transparent)."""
    image = next(i for i in win.layers.coverage_images
                 if (i["technology"], i["operator"]) == ("4G", "Viettel"))
    return int((np.asarray(Image.open(image["path"]).convert("RGBA"))[..., 3] > 0).sum())


def layer_state(win) -> dict:
    state = run_js(win, "JSON.stringify(cpCoverageState())")
    return {layer["key"]: layer for layer in state["layers"]}


def layers_for(win, key: str) -> None:
    wait_until(lambda: win.layers.key == key and not win.layers_runner.running,
               timeout_ms=120_000)


def test_the_layers_follow_the_scenario_and_undo(win, monkeypatch):
    from coverage_planner.core.engine import composites as comp_mod

    base = lit_pixels(win)
    assert win.layers.key == NO_EDITS
    assert run_js(win, f"cpShowCoverageLayer({KEY!r}, true)") is True
    base_url = layer_state(win)[KEY]["url"]
    # in the window's process, so that the spy sees what is swept (the layers' worker process
    # runs this very code; other tests take that path)
    monkeypatch.setenv("COVERAGE_PLANNER_LAYERS_PROCESS", "0")
    swept = []
    original = comp_mod._chunk
    monkeypatch.setattr(comp_mod, "_chunk", lambda groups: (swept.extend(groups),
                                                            original(groups))[1])
    lon, lat = ridge_lonlat(*RIDGE_EAST)
    win.whatif.new_scenario()
    wait_whatif(win, lambda: win.whatif.add_site(parse_site(
        f"operator=Viettel,lon={lon},lat={lat},height=30,technology=4G")))
    layers_for(win, edits_key(win.whatif.active))
    # the map was sent only the villages the edit changed (B, behind the ridge, among them)
    wait_until(lambda: win.map_page.map_result is win.model.result)
    newest = max((win.model.page.index.parent / "data").glob("result_*.js"),
                 key=lambda p: int(p.stem.split("_")[1]))
    data = json.loads(newest.read_text(encoding="ascii").split("=", 1)[1].split(";window")[0])
    assert data["partial"] is True and "B" in data["v"] and len(data["v"]) < 3
    assert run_js(win, "JSON.stringify(cpVillageStyleCounts().keys)") == {
        "fiber-ok": 1, "nofiber-ok": 1, "nofiber-no_signal": 1}
    assert len(swept) == 1  # the new mast alone; the baseline's layers came from the cache
    more = lit_pixels(win)
    assert more > base * 1.2  # the valley east of the ridge is covered now
    state = layer_state(win)
    assert state[KEY]["url"] != base_url and state[KEY]["visible"] is True  # still switched on
    win.whatif.undo()
    wait_whatif(win)
    layers_for(win, NO_EDITS)
    assert abs(lit_pixels(win) - base) <= 0.01 * base  # the baseline's again (float16 cache)
    assert layer_state(win)[KEY]["visible"] is True


def test_a_cancelled_baseline_layers_run_is_not_restarted_by_the_next_result(win):
    """The planner pressed Cancel on the coverage layers: a what-if result shown afterwards does
    not start them again behind their back; F5 (a new analysis) does."""
    images = win.layers.coverage_images
    try:
        win.layers.pending = NO_EDITS
        win.layers.on_cancelled()  # what the runner reports after the user's Cancel
        win.layers.coverage_images = None
        win.coverageShown.emit()
        assert not win.layers_runner.running
        assert "cancelled" in win.statusBar().currentMessage()
        win.layers.declined = False  # as start_analysis() does
        win.coverageShown.emit()
        assert win.layers_runner.running or win.layers.coverage_images is not None
        wait_until(lambda: not win.layers_runner.running, timeout_ms=60_000)
        assert win.layers.coverage_images
    finally:
        if win.layers.coverage_images is None:
            win.layers.coverage_images = images


def test_a_scenarios_layers_come_from_the_worker_process(win):
    """By default a scenario's layers are computed in a process of their own (the window's
    process would hold the GIL while merging them): they arrive all the same, and the
    window's process never ran the composite itself."""
    from coverage_planner.core.engine import composites as comp_mod
    from coverage_planner.gui.map import map_layers

    base = lit_pixels(win)
    calls = []
    original = comp_mod.composites
    comp_mod.composites = lambda *a, **k: (calls.append(1), original(*a, **k))[1]
    try:
        lon, lat = ridge_lonlat(*RIDGE_EAST)
        win.whatif.new_scenario()
        wait_whatif(win, lambda: win.whatif.add_site(parse_site(
            f"operator=Viettel,lon={lon},lat={lat},height=30,technology=4G")))
        layers_for(win, edits_key(win.whatif.active))
        assert lit_pixels(win) > base * 1.2
        assert calls == []  # computed by the worker, not here
        assert map_layers._POOL  # the warm worker is kept for the next edit
        win.whatif.undo()
        wait_whatif(win)
        layers_for(win, NO_EDITS)
    finally:
        comp_mod.composites = original
