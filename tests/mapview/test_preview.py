"""The live preview's payload: the villages a dragged mast gains or loses against the scenario
as it stands, counted per flag in the chosen language, every text escaped."""

from __future__ import annotations

import pandas as pd

from coverage_planner.mapview.preview import preview_payload


def table(signal, broadband, g5, fiber=(False, False, False)):
    return pd.DataFrame({"village_id": ["A", "B", "C"], "centre_lat": [22.1, 22.2, 22.3],
                         "centre_lon": [104.1, 104.2, 104.3], "mobile_signal": signal,
                         "mobile_broadband": broadband, "has_5g": g5, "fixed_broadband": fiber})


def test_gains_and_losses_are_ringed_and_counted():
    before = table([True, False, True], [False, False, True], [False] * 3)
    after = table([True, True, False], [True, True, True], [False] * 3, fiber=(True, True, True))
    p = preview_payload(before, after, 22.15, 104.15, "en")
    assert p["g"] == [[22.1, 104.1], [22.2, 104.2]]  # A gains 3G/4G, B signal and 3G/4G
    assert p["l"] == [[22.3, 104.3]]  # C loses signal
    assert p["t"] == "+1 villages gain signal; +2 villages gain 3G/4G; −1 villages lose signal"
    assert (p["la"], p["lo"]) == (22.15, 104.15)
    vi = preview_payload(before, after, 22.15, 104.15, "vi")["t"]
    assert vi.startswith("+1 thôn được phủ sóng di động") and "−1 thôn mất sóng di động" in vi


def test_nothing_changes_and_fiber_does_not_count():
    before = table([True] * 3, [True] * 3, [False] * 3)
    after = table([True] * 3, [True] * 3, [False] * 3, fiber=(True, True, True))
    p = preview_payload(before, after, 22.0, 104.0, "en")
    assert p["g"] == [] and p["l"] == [] and p["t"] == "no village changes"
