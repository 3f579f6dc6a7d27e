"""The village table's own sort (numpy, not Qt's per-comparison callbacks) and its filter."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from coverage_planner.gui.tables.village_table_model import (
    COLUMNS,
    ID_ROLE,
    VillageFilterProxy,
    VillageTableModel,
)


@pytest.fixture
def frame():
    names = ["Thôn Đồng", "Bản Ánh", "Bản Anh", "bản anh", "Thôn Dọc", "Ản"]
    return pd.DataFrame({
        "village_id": [f"V{i}" for i in range(6)],
        "name": names,
        "commune": ["Xã A"] * 6,
        "district": ["Huyện B"] * 6,
        "households": [50, np.nan, 20, 20, 80, 5],
        "fixed_broadband": [True, False, True, False, True, True],
        "distance_fiber_m": [100.0, 2500.0, np.nan, 10.0, 900.0, 50.0],
        "best_level_dbm": [-80.0, -100.0, np.nan, -70.0, -95.0, -60.0],
        "best_operator": ["Viettel", "VNPT", None, "Viettel", "MobiFone", "VNPT"],
        "best_technology": ["4G", "2G", None, "4G", "3G", "4G"],
        "signal_2G": [True, True, False, True, True, True],
        "signal_4G": [True, False, False, True, False, True],
        "signal_4G_Viettel": [True, False, False, True, False, False],
        "level_4G": [-80.0, -120.0, np.nan, -70.0, -110.0, -60.0],
    })


@pytest.fixture
def models(qapp, frame):
    model = VillageTableModel()
    model.set_result(frame, None, "en")
    proxy = VillageFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def ids(proxy) -> list[str]:
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def test_names_sort_without_diacritics_first_then_with(models):
    model, proxy = models
    proxy.sort(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    # "an" < "anh" < "dọc"/"đồng" (d, đ fold alike: "doc" < "dong"); ties by the exact text
    assert names == ["Ản", "Bản Anh", "Bản Ánh", "bản anh", "Thôn Dọc", "Thôn Đồng"]


def test_numbers_sort_with_missing_values_last_ascending(models):
    model, proxy = models
    col = COLUMNS.index("households")
    proxy.sort(col, Qt.SortOrder.DescendingOrder)
    assert ids(proxy)[:2] == ["V4", "V0"] and ids(proxy)[-1] == "V1"  # NaN = -1 sorts last
    proxy.sort(COLUMNS.index("distance_fiber"), Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == ["V3", "V5", "V0", "V4", "V1", "V2"]  # unknown distance last
    proxy.sort(-1, Qt.SortOrder.AscendingOrder)
    assert ids(proxy) == [f"V{i}" for i in range(6)]


def test_the_filter_mask_is_in_result_order_whatever_the_sort(models):
    model, proxy = models
    proxy.sort(COLUMNS.index("best"), Qt.SortOrder.DescendingOrder)
    proxy.set_mask(np.array([True, False, True, False, True, True]))
    assert ids(proxy) == ["V5", "V0", "V4", "V2"]
    assert model.row_of("V5") == 0 and model.village_id(model.row_of("V2")) == "V2"
    proxy.set_mask(None)
    assert len(ids(proxy)) == 6


def test_carrier_and_language_change_cells_not_rows(models, frame):
    model, proxy = models
    col = COLUMNS.index("4G")
    proxy.sort(col, Qt.SortOrder.DescendingOrder)
    first = ids(proxy)
    assert first[:3] == ["V5", "V3", "V0"]  # covered first, by level
    model.set_carrier("Viettel")
    assert ids(proxy)[:2] == ["V3", "V0"]  # re-sorted on that carrier's 4G
    assert model.index(model.row_of("V5"), col).data() == "\u2717"
    assert "Viettel" in model.index(model.row_of("V0"), col).data(Qt.ItemDataRole.ToolTipRole)
    hh = COLUMNS.index("households")
    big = frame.assign(households=[1234.0] * 6)
    model.set_result(big, None, "en")
    assert model.index(0, hh).data() == "1,234"
    model.set_language("vi")
    assert model.index(0, hh).data() == "1.234"
