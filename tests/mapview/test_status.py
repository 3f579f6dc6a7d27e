"""The coverage status on the map (Qt-free): classification, styles, popups, legend, and the page
built with a result or given one afterwards."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from coverage_planner.mapview.page import write_result
from coverage_planner.mapview.result import result_payload
from coverage_planner.mapview.status import (
    HIDDEN_WITH_RESULT,
    NOFIBER_FILL,
    hatch_id,
    styles,
    village_status,
)

HOSTILE = "<img src=x onerror=alert(1)>"


def result_table(ids=("V1", "V2", "V3"), names=("Thôn Một", HOSTILE, "Bản Ba")) -> pd.DataFrame:
    """A CoverageResult.villages table: V1 fine, V2 no fiber and no signal, V3 weak pocket."""
    n = len(ids)
    df = pd.DataFrame({
        "village_id": list(ids), "name": list(names), "commune": ["Xã Tả Van"] * n,
        "district": ["Thị xã Sa Pa"] * n, "households": [120, 80, 45][:n],
        "fiber_subscribers": [60, 0, 10][:n],
        "level_2G": [-60.0, float("nan"), -90.0][:n], "level_3G": [-70.0, float("nan"), -96.0][:n],
        "level_4G": [-80.0, float("nan"), -105.0][:n], "level_5G": [float("nan")] * n,
        "mobile_signal": [True, False, True][:n], "signal_share": [1.0, 0.0, 0.4][:n],
        "weak_pocket": [False, False, True][:n], "mobile_broadband": [True, False, True][:n],
        "broadband_share": [1.0, 0.0, 0.4][:n], "has_5g": [False] * n,
        "best_technology": ["4G", "", "4G"][:n], "best_level_dbm": [-80.0, float("nan"), -105.0][:n],
        "best_cell": ["S1-1", "", "S1-1"][:n], "best_operator": ["Viettel", "", "Viettel"][:n],
        "best_site": ["S1", "", "S1"][:n], "fixed_broadband": [True, False, True][:n],
        "distance_fiber_m": [12.0, 2300.0, 450.0][:n], "distance_site_m": [300.0, 9000.0, 1200.0][:n],
        "public_wifi": [True, False, False][:n],
    })
    for tech in ("2G", "3G", "4G", "5G"):
        df[f"signal_{tech}"] = df["mobile_signal"] & (tech != "5G")
        for op in ("MobiFone", "VNPT", "Viettel"):
            df[f"signal_{tech}_{op}"] = df["mobile_signal"] & (op == "Viettel") & (tech != "5G")
    return df


def test_status_priority_and_keys():
    df = result_table()
    df.loc[0, "mobile_broadband"] = False  # signal but no 3G/4G
    status = village_status(df)
    assert list(status.keys) == ["fiber-no_broadband", "nofiber-no_signal", "fiber-weak"]
    assert status.counts() == {"nofiber": 1, "fiber": 2, "no_signal": 1, "no_broadband": 1,
                               "weak": 1, "ok": 0}
    df.loc[2, "mobile_broadband"] = False  # a weak-signal pocket without 3G/4G: both
    status = village_status(df)
    assert status.keys[2] == "fiber-no_broadband_weak"
    counts = status.counts()
    assert (counts["no_broadband"], counts["weak"]) == (2, 1)
    # the counts the summary reports: weak pockets and villages with signal but no 3G/4G
    assert counts["weak"] == int(df["weak_pocket"].sum())
    assert counts["no_broadband"] == int((df["mobile_signal"] & ~df["mobile_broadband"]).sum())
    popup = result_payload(df, "en")["v"]["V3"][1]
    assert "Signal but no 3G/4G broadband" in popup and "Weak-signal pocket" in popup


def test_styles_make_gaps_stand_out():
    s = styles()
    assert len(s) == 10
    assert s["nofiber-ok"]["fillColor"] == NOFIBER_FILL
    assert s["nofiber-ok"]["weight"] > s["fiber-ok"]["weight"]
    assert s["nofiber-ok"]["fillOpacity"] > s["fiber-ok"]["fillOpacity"]
    assert s["nofiber-ok"]["front"] and not s["fiber-ok"]["front"]
    assert s["nofiber-no_signal"]["fillColor"] == f"url(#{hatch_id('nofiber')})"
    assert s["fiber-no_signal"]["fillColor"] == f"url(#{hatch_id('fiber')})"
    outlines = {s[f"fiber-{m}"]["color"] for m in ("no_signal", "no_broadband", "weak")}
    assert len(outlines) == 3 and s["fiber-weak"]["dashArray"]
    both = s["fiber-no_broadband_weak"]
    assert both["color"] == s["fiber-no_broadband"]["color"] and both["dashArray"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_payload_popups_are_escaped_and_complete(lang):
    payload = result_payload(result_table(), lang)
    key, popup, tip = payload["v"]["V2"]
    assert key == "nofiber-no_signal"
    assert HOSTILE not in popup and HOSTILE not in tip and "&lt;img" in popup
    words = {"vi": ("Trắng sóng", "Chưa có băng rộng cố định", "Khoảng cách tới cáp quang",
                    "2,3 km", "Trạm BTS gần nhất", "9,0 km"),
             "en": ("No mobile signal", "No fixed broadband", "Distance to fiber", "2.3 km",
                    "Nearest site", "9.0 km")}[lang]
    for word in words:
        assert word in popup, word
    ok_popup = payload["v"]["V1"][1]
    assert "Viettel" in ok_popup and "VNPT" in ok_popup and "MobiFone" in ok_popup
    assert ("\u221280.0 dBm" if lang == "en" else "\u221280,0 dBm") in ok_popup
    assert payload["counts"]["nofiber"] == 1
    assert payload["hide"] == list(HIDDEN_WITH_RESULT)
    assert ("(1)" in payload["legend"]) and ("lõm sóng" in payload["legend"].lower()
                                            or "Lõm sóng" in payload["legend"])


def test_page_built_with_a_result(build, tiny_project):
    page = build(tiny_project, lang="en", result=result_table())
    features = page.data("villages")["features"]
    assert [f["properties"]["k"] for f in features] == \
        ["fiber-ok", "nofiber-no_signal", "fiber-weak"]
    config = page.config()
    spec = next(layer for layer in config["layers"] if layer["key"] == "villages")
    assert spec["options"]["styles"]["nofiber-ok"]["fillColor"] == NOFIBER_FILL
    assert "No fixed broadband (fiber) <span class=\"cp-count\">(1)</span>" in config["legend"]
    assert '<div class="cp-lg-villages">' in config["legend"]
    shown = {layer["key"]: layer["show"] for layer in config["layers"]}
    assert shown["sites_viettel"] is False and shown["sites_5g"] is True


def test_page_without_result_keeps_its_colouring(build, tiny_project):
    config = build(tiny_project, lang="en").config()
    assert "Has fiber subscribers" in config["legend"]
    assert all(layer["show"] for layer in config["layers"] if layer["key"] != "local_roads")


def test_write_result_next_to_a_page(build, tiny_project):
    page = build(tiny_project, lang="vi")
    relative = write_result(page.index, result_table(), "vi", seq=7)
    assert relative == "data/result_7.js"
    text = (page.dir / relative).read_text(encoding="ascii")
    match = re.match(r"window\.cpResultData=(\{.*\});window\.cpResultData\.seq=7;\s*$", text,
                     re.S)
    assert match
    data = json.loads(match.group(1))
    assert set(data["v"]) == {"V1", "V2", "V3"}
    assert "<" not in text and "http" not in text  # JSON safe inside a script, nothing remote
    script = (page.dir / "lib" / "cp" / "map.js").read_text(encoding="utf-8")
    assert "cpLoadResult" in script and "result_[0-9]+" in script


def test_a_what_if_result_sends_only_the_changed_villages():
    shown = result_table()
    edited = shown.copy()
    edited.loc[1, ["mobile_signal", "mobile_broadband", "signal_4G", "signal_4G_Viettel"]] = True
    edited.loc[1, ["level_4G", "best_level_dbm"]] = -100.0
    full = result_payload(edited, "en")
    part = result_payload(edited, "en", previous=shown)
    assert full["partial"] is False and sorted(full["v"]) == ["V1", "V2", "V3"]
    assert part["partial"] is True and list(part["v"]) == ["V2"]
    assert part["v"]["V2"] == full["v"]["V2"]  # the same entry, escaped name and all
    assert part["counts"] == full["counts"] and part["legend"] == full["legend"]
    # nothing changed: nothing to send; other villages or order: everything
    assert result_payload(shown, "en", previous=shown)["v"] == {}
    assert result_payload(edited, "en", previous=shown.iloc[::-1])["partial"] is False
    assert result_payload(edited, "en", previous=shown.iloc[:2])["partial"] is False


def test_changed_rows_are_the_rows_that_differ_nan_equal_to_nan():
    import numpy as np
    import pandas as pd

    from coverage_planner.mapview.result import changed_rows

    rng = np.random.default_rng(3)
    n = 200
    before = pd.DataFrame({
        "village_id": [f"V{i}" for i in range(n)],
        "name": pd.array([f"Thôn {i}" for i in range(n)], dtype="str"),
        "level_4G": np.where(rng.random(n) < 0.2, np.nan, rng.integers(-120, -60, n)),
        "signal_4G": rng.random(n) < 0.5,
        "households": rng.integers(10, 300, n),
        "best_site": np.where(rng.random(n) < 0.3, "", "S1").astype(object),
    })
    after = before.copy()
    after.loc[[3, 50], "level_4G"] = [-70.0, np.nan]  # a level, and one going missing
    after.loc[7, "signal_4G"] = not before.loc[7, "signal_4G"]
    after.loc[9, "name"] = "Thôn mới"
    after.loc[11, "best_site"] = "S2"
    expected = sorted({3, 7, 9, 11} | ({50} if not np.isnan(before.loc[50, "level_4G"]) else set()))
    got = changed_rows(after, before)
    assert got.tolist() == expected
    # the reference: pandas, element by element
    same = (after == before) | (after.isna() & before.isna())
    assert got.tolist() == np.flatnonzero(~same.all(axis=1).to_numpy()).tolist()
    assert changed_rows(after, before.iloc[::-1]) is None  # other order: everything is sent
    assert changed_rows(after, after).tolist() == []
