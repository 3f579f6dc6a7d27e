"""The drive-test layer: colours on the discrete dBm scale, escaped popups, hidden by default,
the legend and the script for a drawn page."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd

from coverage_planner.mapview.measurements import (
    CLASSES,
    class_counts,
    colours,
    legend_block,
    measurements_payload,
    measurements_script,
)

HOSTILE = "<img src=x onerror=alert(1)>"


def samples(n: int = 5) -> pd.DataFrame:
    return pd.DataFrame({
        "lon": np.linspace(104.0, 104.1, n), "lat": np.full(n, 22.4),
        "value_dbm": np.linspace(-70.0, -118.0, n), "kind": ["RSRP"] * n,
        "operator": ["Viettel"] * (n - 1) + [HOSTILE], "technology": ["4G"] * n,
        "cell_id": ["VIE-1"] * n,
        "time": [pd.Timestamp("2024-05-06 08:00:00")] * (n - 1) + [pd.NaT]})


def test_colours_follow_the_class_bounds():
    got = colours([-60, -80, -80.1, -90, -99.9, -100, -110, -110.5, np.nan])
    palette = [c for _, c, _ in CLASSES]
    assert got.tolist() == [palette[i] for i in (0, 0, 1, 1, 2, 2, 3, 4, 4)]
    assert class_counts([-60, -85, -85, -200]) == [1, 2, 0, 0, 1]


def test_payload_is_hidden_points_with_escaped_popups():
    payload = measurements_payload(samples(), "en")
    assert payload.kind == "points" and payload.show is False and payload.count == 5
    points = json.loads(payload.data)
    assert [p["c"] for p in points] == colours(samples()["value_dbm"]).tolist()
    first = points[0]["p"]
    for text in ("-70 dBm", "RSRP", "Viettel", "4G", "VIE-1", "2024-05-06 08:00:00"):
        assert text in first
    assert HOSTILE not in payload.data and "&lt;img" in points[-1]["p"]
    assert "id" not in points[0]  # a click must not select a site
    assert "Drive test" in payload.name and "(5)" in payload.name
    assert "Mức thu" in json.loads(measurements_payload(samples(), "vi").data)[0]["p"]


def test_no_samples_no_layer():
    assert measurements_payload(None, "en") is None
    assert measurements_payload(samples().iloc[:0], "en") is None
    assert "JSON.parse" in measurements_script(None, "en")


def test_legend_lists_every_class_in_the_language():
    block = legend_block("vi")
    assert "Đo kiểm (dBm)" in block
    for _, colour, label in CLASSES:
        assert colour in block and label.replace("<", "&lt;") in block
    assert "&lt; −110" in block and "≥ −80" in block


def test_script_carries_the_data_and_nothing_unescaped():
    script = measurements_script(samples(), "en")
    assert script.startswith("(function (cfg)") and "addOverlay" in script
    assert HOSTILE not in script and "</" not in script
    assert '"points":"[{' in script.replace("\\u0022", '"')  # the points' JSON, once encoded
