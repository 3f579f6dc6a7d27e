"""Value checks: types, plausible ranges, duplicate ids, and cell field normalisation."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import read_layer
from coverage_planner.core.project.model import LoadReport


def cells_csv(build, **changes):
    """sites.csv with some cells' values changed: column -> {row position: value}."""
    cells = build.cells()
    for column, values in changes.items():
        if column not in cells.columns:
            cells[column] = None
        cells[column] = cells[column].astype(object)
        for pos, value in values.items():
            cells.loc[pos, column] = value
    return build.write(cells, "sites.csv")


def refusal(path, layer="cells") -> DataError:
    with pytest.raises(DataError) as err:
        read_layer(path, layer)
    return err.value


def test_height_with_unit_names_row_and_column(build):
    e = refusal(cells_csv(build, height_m={2: "30m"}))
    assert (e.row, e.column) == (3, "height_m")
    message = e.message("en")
    assert "sites.csv" in message and "row 3" in message and "'30m'" in message
    assert "plain number" in message
    assert "dòng 3" in e.message("vi")


@pytest.mark.parametrize("column,value,row", [
    ("height_m", 450, 2), ("height_m", -5, 1), ("height_m", 0, 4),
    ("eirp_dbm", 120, 1), ("eirp_dbm", -30, 3),
    ("frequency_mhz", 90000, 2), ("frequency_mhz", 100, 1),
    ("azimuth_deg", 400, 1), ("tilt_deg", 95, 1),
])
def test_absurd_values_are_refused(build, column, value, row):
    e = refusal(cells_csv(build, **{column: {row - 1: value}}))
    assert (e.row, e.column) == (row, column)
    assert f"{value:g}" in str(e) and "not plausible" in str(e)


def test_absurd_mast_message(build):
    e = refusal(cells_csv(build, height_m={1: 450}))
    assert "mast height 450 is not plausible (expected above 0 … 300 m)" in str(e)


def test_empty_required_value(build):
    e = refusal(cells_csv(build, frequency_mhz={3: None}))
    assert (e.row, e.column) == (4, "frequency_mhz") and "empty" in str(e)


def test_negative_households_refused(build):
    villages = build.villages()
    villages.loc[1, "households"] = -4
    e = refusal(build.write(villages, "villages.gpkg"), "villages")
    assert (e.row, e.column) == (2, "households") and "-4" in str(e)


def test_fractional_households_refused(build):
    villages = build.villages()
    villages["households"] = villages["households"].astype(float)
    villages.loc[2, "households"] = 12.5
    e = refusal(build.write(villages, "villages.geojson"), "villages")
    assert (e.row, e.column) == (3, "households") and "whole number" in str(e)


def test_duplicate_village_ids_name_both_rows(build):
    villages = build.villages()
    villages.loc[2, "village_id"] = "V1"
    e = refusal(build.write(villages, "villages.gpkg"), "villages")
    assert e.column == "village_id" and e.row == 3
    assert "rows 1 and 3" in str(e) and "V1" in str(e) and "unique" not in str(e)
    assert "own village_id" in str(e)


def test_duplicate_site_cell_pairs_name_both_rows(build):
    e = refusal(cells_csv(build, cell_id={2: "1"}))
    assert "S1/1" in str(e) and "rows 1 and 3" in str(e)


def test_ids_keep_leading_zeros_and_drop_float_tails(build):
    villages = build.villages()
    path = build.write(villages, "villages.csv")
    frame = pd.read_csv(path, dtype=str)
    frame["village_id"] = ["001", "002", "003"]
    frame.to_csv(path, index=False)
    assert read_layer(path, "villages")["village_id"].tolist() == ["001", "002", "003"]
    villages["village_id"] = [1.0, 2.0, 3.0]
    gdf = read_layer(build.write(villages, "villages.gpkg"), "villages")
    assert gdf["village_id"].tolist() == ["1", "2", "3"]


def test_technology_names_are_normalised(build):
    path = cells_csv(build, technology={0: "LTE", 1: "WCDMA", 2: "UMTS", 3: "gsm"})
    assert read_layer(path, "cells")["technology"].tolist() == ["4G", "3G", "3G", "2G"]
    path = cells_csv(build, technology={0: "NR", 1: "5G NR", 2: "lte-a", 3: "2g"})
    assert read_layer(path, "cells")["technology"].tolist() == ["5G", "5G", "4G", "2G"]


def test_unknown_technology_refused(build):
    e = refusal(cells_csv(build, technology={1: "WiMAX"}))
    assert (e.row, e.column) == (2, "technology") and "2G, 3G, 4G or 5G" in str(e)


def test_a_cells_own_propagation_model(build):
    path = cells_csv(build, propagation_model={0: "ITM", 1: "", 2: " p452 "})
    models = read_layer(path, "cells")["propagation_model"].tolist()
    assert models[:3] == ["itm", "", "p452"] and models[3] == ""
    cells = build.cells().rename(columns={"site_id": "ma_tram"})
    cells["mo_hinh_truyen_song"] = ["hata", None, None, None][:len(cells)]
    assert read_layer(build.write(cells, "sites.csv"), "cells")["propagation_model"][0] == "hata"


def test_unknown_propagation_model_refused(build):
    e = refusal(cells_csv(build, propagation_model={2: "okumura"}))
    assert (e.row, e.column) == (3, "propagation_model")
    assert "'okumura'" in str(e) and "itm" in str(e) and "profile" in str(e)
    assert "mô hình" in e.message("vi")


def test_operator_names_are_normalised(build):
    path = cells_csv(build, operator={0: "VIETTEL", 1: "VinaPhone", 2: "mobifone", 3: "Local Co"})
    assert read_layer(path, "cells")["operator"].tolist() == ["Viettel", "VNPT", "MobiFone",
                                                              "Local Co"]


def test_eirp_from_power_and_gain(build):
    cells = build.cells().drop(columns="eirp_dbm")
    cells["tx_power_dbm"] = [43, 43, 43, np.nan]
    cells["tx_power_w"] = [np.nan, np.nan, np.nan, 20]
    cells["antenna_gain_dbi"] = [17, 17, 15, 15]
    cells["feeder_loss_db"] = [3, 3, 0, 0]
    gdf = read_layer(build.write(cells, "sites.gpkg"), "cells")
    assert gdf["eirp_dbm"].tolist()[:3] == [57, 57, 58]
    assert gdf["eirp_dbm"].iloc[3] == pytest.approx(10 * math.log10(20_000) + 15)


def test_missing_eirp_and_power(build):
    e = refusal(build.write(build.cells().drop(columns="eirp_dbm"), "sites.gpkg"))
    assert e.column == "eirp_dbm" and "tx_power_dbm" in str(e)


def test_cells_numbered_within_a_site_without_cell_id(build):
    gdf = read_layer(build.write(build.cells().drop(columns="cell_id"), "sites.gpkg"), "cells")
    assert gdf["cell_id"].tolist() == ["1", "2", "3", "1"]


def test_omni_and_default_beamwidth(build):
    report = LoadReport()
    path = cells_csv(build, beamwidth_deg={0: None, 1: 360}, azimuth_deg={2: 360})
    gdf = read_layer(path, "cells", report=report)
    assert gdf["beamwidth_deg"].iloc[0] == 65  # sector without a beamwidth: 65° assumed
    assert np.isnan(gdf["azimuth_deg"].iloc[1]) and np.isnan(gdf["beamwidth_deg"].iloc[1])
    assert gdf["azimuth_deg"].iloc[2] == 0
    assert np.isnan(gdf["azimuth_deg"].iloc[3]) and np.isnan(gdf["beamwidth_deg"].iloc[3])
    assert any("65° assumed" in w.en for w in report.warnings)


def test_tilt_defaults_to_zero(build):
    gdf = read_layer(build.write(build.cells().drop(columns="tilt_deg"), "sites.gpkg"), "cells")
    assert gdf["tilt_deg"].tolist() == [0, 0, 0, 0]


def test_fiber_subscribers_default_and_kinds(build):
    villages = build.villages().drop(columns="fiber_subscribers")
    gdf = read_layer(build.write(villages, "villages.gpkg"), "villages")
    assert gdf["fiber_subscribers"].tolist() == [0, 0, 0]
    fiber = build.fiber()
    fiber.loc[1, "kind"] = "Cáp phân phối"
    fiber.loc[0, "kind"] = "trục"
    cables = read_layer(build.write(fiber, "fiber.geojson"), "fiber_cables")
    assert cables["kind"].tolist() == ["trunk", "distribution"]
