"""The table's filter logic on plain data (no widget): diacritics, communes keyed by district,
statuses overall and per carrier, counts equal to the engine's summary.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from coverage_planner.gui.tables.village_filter import (
    VillageFilter,
    areas,
    counts,
    filter_mask,
    fold,
    search_haystack,
    search_mask,
)


@pytest.mark.parametrize(("text", "folded"), [
    ("Bản Phố", "ban pho"), ("Đồng Tâm", "dong tam"), ("ĐẠI  Lộc", "dai loc"),
    ("Thị trấn Phố Lu", "thi tran pho lu"), ("Mường Khương", "muong khuong"), (None, ""),
])
def test_fold(text, folded):
    assert fold(text) == folded


def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "village_id": ["A", "B", "C", "D"],
        "name": ["Bản Phố", "Thôn Phố Mới", "Bản Đồng", "Tổ 1"],
        "commune": ["Xã Thanh Bình", "Xã Thanh Bình", "Xã Thanh Bình", "Phường 1"],
        "district": ["Huyện X", "Huyện X", "Huyện Y", "Huyện Y"],
        "households": [10, 20, 30, 40],
        "fiber_subscribers": [1, 2, 3, 4],
        "mobile_signal": [True, True, False, True],
        "mobile_broadband": [True, False, False, True],
        "has_5g": [False, False, False, True],
        "weak_pocket": [False, True, False, False],
        "fixed_broadband": [True, False, False, True],
        **{f"signal_{t}": [True, True, False, True] for t in ("2G", "3G", "4G", "5G")},
        "signal_2G_Viettel": [True, False, False, True],
        "signal_3G_Viettel": [False, False, False, True],
        "signal_4G_Viettel": [True, False, False, False],
        "signal_5G_Viettel": [False, False, False, True],
    })


def ids(df, f):
    return list(df["village_id"][filter_mask(df, f, search_haystack(df))])


def test_search_ignores_diacritics_and_case():
    df = frame()
    assert ids(df, VillageFilter(search="ban pho")) == ["A"]
    assert ids(df, VillageFilter(search="PHO")) == ["A", "B"]
    assert ids(df, VillageFilter(search="dong")) == ["C"]
    assert ids(df, VillageFilter(search="  ")) == ["A", "B", "C", "D"]
    assert search_mask(["ban pho xa thanh binh a"], "thanh pho").tolist() == [True]


def test_communes_are_keyed_by_district():
    df = frame()
    assert ids(df, VillageFilter(district="Huyện Y", commune="Xã Thanh Bình")) == ["C"]
    assert ids(df, VillageFilter(district="Huyện X")) == ["A", "B"]
    assert areas(df) == {"Huyện X": ["Xã Thanh Bình"], "Huyện Y": ["Phường 1", "Xã Thanh Bình"]}


def test_statuses_overall_and_per_carrier():
    df = frame()
    assert ids(df, VillageFilter(status="no_signal")) == ["C"]
    assert ids(df, VillageFilter(status="no_broadband")) == ["B", "C"]
    assert ids(df, VillageFilter(status="weak")) == ["B"]
    assert ids(df, VillageFilter(status="no_fiber")) == ["B", "C"]
    assert ids(df, VillageFilter(status="no_5g")) == ["A", "B", "C"]
    assert ids(df, VillageFilter(status="no_signal", carrier="Viettel")) == ["B", "C"]
    assert ids(df, VillageFilter(status="no_broadband", carrier="Viettel")) == ["B", "C"]
    assert ids(df, VillageFilter(status="no_signal", search="ban")) == ["C"]


def test_counts():
    c = counts(frame())
    assert c == {"villages_total": 4, "mobile_signal": 3, "no_signal": 1,
                 "weak_signal_pockets": 1, "mobile_broadband": 2, "villages_5g": 1,
                 "fixed_broadband": 2, "without_fixed_broadband": 2, "households_total": 100,
                 "households_fiber": 10}
    viettel = counts(frame(), "Viettel")
    assert (viettel["mobile_signal"], viettel["mobile_broadband"], viettel["villages_5g"]) == \
        (2, 2, 1)


def test_scope_drops_status_and_search():
    f = VillageFilter(district="Huyện X", status="no_fiber", carrier="VNPT", search="x")
    assert f.scope() == VillageFilter(district="Huyện X", carrier="VNPT")
    assert VillageFilter().is_everything and not f.scope().is_everything
    assert np.all(filter_mask(frame(), VillageFilter()))
