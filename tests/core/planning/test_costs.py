"""The cost model: documented defaults, a profile's overrides, bad overrides refused by name."""

from __future__ import annotations

import inspect
from dataclasses import fields

import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.planning import costs
from coverage_planner.core.planning.costs import FIELD_LABELS, CostModel, group
from coverage_planner.core.project.profile import CoverageProfile


def _field_comments() -> dict:
    """The ``#:`` comment block above each field of CostModel, from the source."""
    lines = inspect.getsource(CostModel).splitlines()
    out, block = {}, []
    for line in lines:
        text = line.strip()
        if text.startswith("#:"):
            block.append(text[2:].strip())
        elif ":" in text and not text.startswith(("def", "@", "class", '"')) and block:
            out[text.split(":")[0].strip()] = " ".join(block)
            block = []
        elif not text.startswith("#:"):
            block = []
    return out


def test_defaults_are_positive_labelled_and_each_says_where_it_comes_from():
    model = CostModel()
    comments = _field_comments()
    for f in fields(CostModel):
        label = FIELD_LABELS[f.name]
        assert label.en and label.vi and label.en != label.vi
        value = getattr(model, f.name)
        if isinstance(value, float):
            assert value > 0, f.name
        if f.name.endswith(("_vnd", "_km", "_village", "_year")):
            note = comments[f.name].lower()
            assert "approximate" in note or "engineering assumption" in note, f.name
    assert set(FIELD_LABELS) == {f.name for f in fields(CostModel)}
    assert "approximate" in costs.__doc__.lower()


def test_mast_height_classes_and_fiber_and_tco():
    m = CostModel()
    assert m.mast_capex(25) == m.mast_30m_vnd
    assert m.mast_capex(30) == m.mast_30m_vnd
    assert m.mast_capex(40) == m.mast_45m_vnd
    assert m.mast_capex(60) == m.mast_60m_vnd
    assert m.mast_capex(30) < m.mast_capex(45) < m.mast_capex(60) < m.mast_capex(70)
    assert m.fiber_capex(2.0, 1.0, 3) == pytest.approx(
        2 * m.fiber_road_vnd_per_km + m.fiber_cross_vnd_per_km + 3 * m.fiber_drop_vnd_per_village)
    assert m.fiber_capex(1, 0, 0) < m.fiber_capex(0, 1, 0)  # cross-country costs more
    assert m.tco(100.0, 10.0) == 100.0 + m.tco_years * 10.0
    assert m.tco(100.0, 10.0, years=5) == 150.0


def test_profile_overrides_merge_over_the_defaults():
    profile = CoverageProfile.from_dict({"costs": {"mast_30m_vnd": 1e9, "tco_years": 5,
                                                   "second_currency": "eur"}})
    m = CostModel.from_profile(profile)
    assert m.mast_30m_vnd == 1e9 and m.tco_years == 5 and m.second_currency == "EUR"
    assert m.mast_45m_vnd == CostModel().mast_45m_vnd
    assert CostModel.from_profile(CoverageProfile()) == CostModel()
    again = CostModel.from_dict(m.to_dict())
    assert again == m


@pytest.mark.parametrize("key, value", [
    ("mast_30m_vnd", -1.0), ("mast_30m_vnd", "cheap"), ("wifi_point_vnd", float("nan")),
    ("tco_years", 7.5), ("tco_years", 0), ("vnd_per_unit", 0), ("no_such_cost", 1.0),
    ("fiber_road_vnd_per_km", True),
])
def test_bad_overrides_are_refused_naming_the_key(key, value):
    with pytest.raises(DataError) as err:
        CostModel.from_profile(CoverageProfile(costs={key: value}), path="profile.json")
    assert err.value.column == key
    assert key in err.value.message("en") and key in err.value.message("vi")
    assert err.value.fix.en and err.value.fix.vi


def test_fmt_groups_thousands_the_vietnamese_way_with_the_second_currency():
    m = CostModel(vnd_per_unit=25_000.0)
    assert group(1_500_000_000, "vi") == "1.500.000.000"
    assert group(1_500_000_000, "en") == "1,500,000,000"
    assert m.fmt(1_500_000_000, "vi") == "1.500.000.000 ₫ (≈ 60.000 USD)"
    assert m.fmt(1_500_000_000, "en") == "1,500,000,000 VND (≈ 60,000 USD)"
    assert CostModel(second_currency="").fmt(2500, "vi") == "2.500 ₫"
