"""The live preview while a mast is dragged, on the ridge world: held behind the ridge, the new
mast would serve B (a green ring and "+1 villages gain signal"); dragged back west it would
gain nothing; the scenario is untouched until the mast is let go, which is one undoable move;
the page asks one position at a time and folds the rest."""

from __future__ import annotations

import pytest
from gui_helpers import (
    RIDGE_EAST,
    RIDGE_SITE,
    add_east_mast,
    ridge_lonlat,
    village_keys,
    wait_until,
    wait_whatif,
)

pytestmark = pytest.mark.usefixtures("fresh_scenario")


def preview_state(page) -> dict:
    return page("JSON.stringify(cpPreviewState())")


def hold(win, page, site_id: str, lon: float, lat: float) -> dict:
    """The marker dragged to (lon, lat) and held there until its preview is drawn."""
    shown = []
    win.whatif_controller.preview.shown.connect(shown.append)
    try:
        assert page(f"cpDragPreview({site_id!r}, {lat}, {lon})") is True
        wait_until(lambda: shown and not preview_state(page)["busy"])
    finally:
        win.whatif_controller.preview.shown.disconnect(shown.append)
    return shown[-1]


def test_holding_a_mast_shows_what_it_would_gain_before_it_is_let_go(win, page):
    add_east_mast(win, page)  # B behind the ridge gains signal from it
    site_id = win.whatif.selected_site
    win.planner.set_mode(None)
    edits = win.whatif.active.to_dict()
    # west, next to the old mast: compared with now, B would lose the signal again
    lon, lat = ridge_lonlat(RIDGE_SITE[0], RIDGE_SITE[1] - 10)
    payload = hold(win, page, site_id, lon, lat)
    assert len(payload["l"]) == 1 and payload["g"] == []
    state = preview_state(page)
    assert state["dragging"] and state["rings"] == [0, 1]
    assert state["label"] == "−1 villages lose signal; −1 villages lose 3G/4G"
    # back east: nothing changes against the scenario as it stands
    lon2, lat2 = ridge_lonlat(*RIDGE_EAST)
    payload = hold(win, page, site_id, lon2, lat2)
    assert payload["g"] == [] and payload["l"] == []
    assert preview_state(page)["label"] == "no village changes"
    # nothing was applied meanwhile: no edit, no result, the map's villages as they were
    assert win.whatif.active.to_dict() == edits
    assert village_keys(page)["B"] == "nofiber-ok"
    # let go west: one undoable move, and the preview is gone
    wait_whatif(win, lambda: page(f"cpDragSite({site_id!r}, {lat}, {lon})"))
    assert win.planner.undo_action.text() == f"&Undo Move site {site_id}"
    assert village_keys(page)["B"] == "nofiber-no_signal"
    state = preview_state(page)
    assert not state["dragging"] and state["rings"] == [0, 0] and state["label"] == ""


def test_the_page_asks_one_position_at_a_time(win, page):
    add_east_mast(win, page)
    site_id = win.whatif.selected_site
    win.planner.set_mode(None)
    asked = []
    win.map.bridge.sitePreviewRequested.connect(lambda *args: asked.append(args))
    lon, lat = ridge_lonlat(*RIDGE_EAST)
    before = preview_state(page)["asked"]
    # ten moves at once, faster than any answer: one ask goes out, the newest waits
    page("(function(){for (var k = 1; k <= 10; k++) { cpDragPreview("
         f"{site_id!r}, {lat}, {lon} + 0.0005 * k); }} return true;}})()")
    wait_until(lambda: not preview_state(page)["busy"] and len(asked) >= 2)
    state = preview_state(page)
    assert state["asked"] - before == len(asked) == 2  # the first, then the newest
    assert asked[-1][1] == pytest.approx(lon + 0.005, abs=1e-6)
    page(f"cpDragSite({site_id!r}, {lat}, {lon})")
    wait_whatif(win)


def test_the_bridge_refuses_a_bad_preview_position(win):
    refused = []
    win.map.bridge.rejected.connect(refused.append)
    win.map.bridge.siteDragging("S1", "22.5", 103.9)  # a string is not a number
    win.map.bridge.siteDragging("<b>", 22.5, 103.9)
    assert len(refused) == 2
