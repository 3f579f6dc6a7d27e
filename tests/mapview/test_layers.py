"""Payload details: site grouping, colours, fiber widths, village status styles, summaries."""

from __future__ import annotations

import pandas as pd
import pytest

from coverage_planner.core.common.text import Text
from coverage_planner.mapview.provenance import origin_of
from coverage_planner.mapview.style import (
    OPERATORS,
    VillageStyle,
    default_village_style,
    operator_key,
)
from coverage_planner.mapview.summary import summarize


def test_sites_grouped_by_operator_with_colours(build, tiny_project):
    page = build(tiny_project)
    viettel = page.data("sites_viettel")
    assert len(viettel) == 2  # S1 (two cells) and S4
    assert {p["c"] for p in viettel} == {OPERATORS["viettel"][1]}
    assert page.data("sites_vnpt")[0]["c"] == OPERATORS["vnpt"][1]
    five_g = page.data("sites_5g")
    assert len(five_g) == 1 and "S1" in five_g[0]["p"] and "4G, 5G" in five_g[0]["p"]


@pytest.mark.parametrize(("name", "key"), [
    ("Viettel", "viettel"), ("VIETTEL ", "viettel"), ("VinaPhone", "vnpt"), ("VNPT", "vnpt"),
    ("Mobifone", "mobifone"), ("Vietnamobile", "other"), (None, "other"),
])
def test_operator_key(name, key):
    assert operator_key(name) == key


def test_trunk_is_thicker_than_distribution(build, tiny_project):
    features = build(tiny_project).data("fiber_cables")["features"]
    widths = {f["properties"]["t"].split()[0]: f["properties"]["w"] for f in features}
    assert widths["Trunk"] > widths["Distribution"]


def test_default_village_style_uses_fiber_subscribers(build, tiny_project):
    features = build(tiny_project).data("villages")["features"]
    colours = {f["properties"]["id"]: f["properties"]["c"] for f in features}
    assert colours["V1"] == colours["V3"] != colours["V2"]  # V2 has no subscriber


def test_neutral_style_without_the_column(tiny_project):
    villages = tiny_project.villages.drop(columns=["fiber_subscribers"])
    style = default_village_style(villages)
    assert len({c for c, _ in style.classify(villages)}) == 1


def test_custom_status_column_for_the_coverage_engine(build, tiny_project):
    tiny_project.villages["mobile_status"] = ["covered", "no_signal", None]
    style = VillageStyle(
        column="mobile_status",
        classes={"covered": ("#1a9850", Text("Covered", "Có sóng")),
                 "no_signal": ("#d73027", Text("No signal", "Trắng sóng"))},
        title=Text("Mobile signal", "Sóng di động"),
    )
    page = build(tiny_project, village_style=style)
    colours = [f["properties"]["c"] for f in page.data("villages")["features"]]
    assert colours == ["#1a9850", "#d73027", style.default[0]]
    legend = page.config()["legend"]
    assert "Mobile signal" in legend and "No signal" in legend
    assert "No signal" in page.data("villages")["features"][1]["properties"]["p"]


def test_optional_layers_may_be_missing(build, tiny_project):
    tiny_project.cells = tiny_project.cells.iloc[0:0]
    tiny_project.fiber_cables = tiny_project.fiber_cables.iloc[0:0]
    for name in ("wifi", "communes", "districts", "fiber_access_points"):
        setattr(tiny_project, name, None)
    keys = [layer["key"] for layer in build(tiny_project).config()["layers"]]
    assert keys == ["villages"]


def test_other_crs_is_reprojected(build, tiny_project):
    tiny_project.villages = tiny_project.villages.to_crs("EPSG:32648")
    ring = build(tiny_project).data("villages")["features"][0]["geometry"]["coordinates"][0]
    assert all(103.79 < x < 103.85 and 22.29 < y < 22.35 for x, y in ring)


def test_summary_counts_and_fiber_length(tiny_project):
    summary = summarize(tiny_project)
    assert (summary.villages, summary.households, summary.sites, summary.cells) == (3, 245, 4, 5)
    assert (summary.wifi, summary.fiber_access_points) == (1, 2)
    # trunk ~3.1 km diagonal, distribution 0.02 deg of longitude at 22.3 N ~2.06 km
    assert 4.8 < summary.fiber_km < 5.4
    origins = {info.name: info.origin for info in summary.layers}
    assert origins["villages"] == "synthetic" and origins["communes"] == "real"
    assert origins["cells"] == "synthetic"  # provenance says "sites"


def test_origin_of_accepts_both_shapes():
    assert origin_of({"villages": {"origin": "Synthetic"}}, "villages") == "synthetic"
    assert origin_of({"layers": {"fiber": {"origin": "real"}}}, "fiber_access_points") == "real"
    assert origin_of({}, "villages") is None
    assert origin_of(None, "villages") is None


def test_missing_values_are_empty_not_nan(build, tiny_project):
    tiny_project.villages["households"] = pd.array([pd.NA, 1, 2], dtype="Int64")
    tiny_project.villages.loc[0, "commune"] = None
    popup = build(tiny_project).data("villages")["features"][0]["properties"]["p"]
    assert "nan" not in popup.lower() and "None" not in popup and "<NA>" not in popup
