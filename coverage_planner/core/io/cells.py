"""The sites/cells layer: one row per cell, checked and normalised to model.py's columns."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.io.checks import (
    as_id,
    as_text,
    by_unique,
    check_range,
    check_unique,
    first,
    require,
    row_of,
    to_number,
)
from coverage_planner.core.io.columns import key, missing_column_error

COLUMNS = ["site_id", "cell_id", "operator", "technology", "frequency_mhz", "height_m",
           "eirp_dbm", "tx_power_dbm", "tx_power_w", "antenna_gain_dbi", "feeder_loss_db",
           "azimuth_deg", "beamwidth_deg", "tilt_deg", "lon", "lat", "propagation_model"]
OUTPUT = ["site_id", "cell_id", "operator", "technology", "frequency_mhz", "height_m",
          "eirp_dbm", "azimuth_deg", "beamwidth_deg", "tilt_deg", "lon", "lat"]
#: key of a technology label -> ours
TECHNOLOGIES = {
    **dict.fromkeys(["2g", "gsm", "gsm900", "gsm1800", "dcs", "dcs1800", "gprs", "edge"], "2G"),
    **dict.fromkeys(["3g", "umts", "wcdma", "hspa", "hspa_", "hsdpa", "hsupa", "umts2100",
                     "umts900"], "3G"),
    **dict.fromkeys(["4g", "lte", "lte_a", "lte_advanced", "4g_lte", "lte_4g", "lte1800",
                     "lte2100", "lte900", "lte2600", "e_utra", "eutra"], "4G"),
    **dict.fromkeys(["5g", "nr", "5g_nr", "nr_5g", "5gnr", "nr5g"], "5G"),
}
#: key of a carrier label -> the name used throughout the app (others are kept as written)
OPERATORS = {
    "viettel": "Viettel", "vtl": "Viettel",
    "vnpt": "VNPT", "vinaphone": "VNPT", "vnpt_vinaphone": "VNPT", "vina": "VNPT",
    "mobifone": "MobiFone", "mobi": "MobiFone",
    "vietnamobile": "Vietnamobile", "gmobile": "Gmobile", "beeline": "Gmobile", "gtel": "Gmobile",
}
#: beamwidth given to a sector cell (azimuth set) without one
DEFAULT_BEAMWIDTH_DEG = 65.0


def normalise_cells(gdf: gpd.GeoDataFrame, path: Path, notes: list) -> gpd.GeoDataFrame:
    """Check and normalise a cells frame whose columns are already mapped to our names."""
    cols = list(gdf.columns)
    for column in ("site_id", "operator", "technology", "frequency_mhz", "height_m"):
        if column not in gdf.columns:
            raise missing_column_error(path, "cells", column, cols)
    has_power = "tx_power_dbm" in gdf.columns or "tx_power_w" in gdf.columns
    if "eirp_dbm" not in gdf.columns and not (has_power and "antenna_gain_dbi" in gdf.columns):
        why = Text("or both 'tx_power_dbm' and 'antenna_gain_dbi', EIRP being their sum",
                   "hoặc cả 'tx_power_dbm' và 'antenna_gain_dbi', EIRP là tổng của chúng")
        raise missing_column_error(path, "cells", "eirp_dbm", cols, why=why)
    out = gdf.copy()
    out["site_id"] = as_id(out["site_id"])
    require(out["site_id"], path, "site_id")
    if "cell_id" in out.columns:
        out["cell_id"] = as_id(out["cell_id"])
        require(out["cell_id"], path, "cell_id", Text(
            "fill in every cell_id, or remove the column to number the cells of each site",
            "điền đủ cell_id, hoặc xóa cột để tự đánh số cell của mỗi trạm"))
    else:
        out["cell_id"] = (out.groupby("site_id", sort=False).cumcount() + 1).astype(str)
    out["operator"] = _operators(out["operator"], path)
    out["technology"] = _technologies(out["technology"], path)

    freq = _required_number(out, "frequency_mhz", path, "1800")
    check_range(freq, path, "frequency_mhz", 400, 6000, Text("frequency", "tần số"), unit="MHz")
    height = _required_number(out, "height_m", path, "30")
    check_range(height, path, "height_m", 0, 300, Text("mast height", "độ cao cột"),
                lo_open=True, unit="m")
    eirp = _eirp(out, path)
    check_range(eirp, path, "eirp_dbm", -10, 90, Text("EIRP", "EIRP"), unit="dBm")

    azimuth = _optional_number(out, "azimuth_deg", path, "120")
    check_range(azimuth, path, "azimuth_deg", 0, 360, Text("azimuth", "góc phương vị"), unit="°")
    beam = _optional_number(out, "beamwidth_deg", path, "65")
    check_range(beam, path, "beamwidth_deg", 0, 360, Text("beamwidth", "độ rộng búp sóng"),
                lo_open=True, unit="°")
    tilt = _optional_number(out, "tilt_deg", path, "4").fillna(0.0)
    check_range(tilt, path, "tilt_deg", -90, 90, Text("tilt", "góc nghiêng"), unit="°")
    azimuth = azimuth % 360
    omni = azimuth.isna() | (beam >= 360)
    missing_beam = ~omni & beam.isna()
    if missing_beam.any():
        notes.append(Text(
            f"{path.name}: {int(missing_beam.sum())} sector cell(s) without a beamwidth: "
            f"{DEFAULT_BEAMWIDTH_DEG:g}° assumed",
            f"{path.name}: {int(missing_beam.sum())} cell có hướng nhưng thiếu độ rộng búp "
            f"sóng: dùng {DEFAULT_BEAMWIDTH_DEG:g}°"))
    out["frequency_mhz"], out["height_m"], out["eirp_dbm"], out["tilt_deg"] = freq, height, eirp, tilt
    out["azimuth_deg"] = azimuth.where(~omni, np.nan)
    out["beamwidth_deg"] = beam.fillna(DEFAULT_BEAMWIDTH_DEG).where(~omni, np.nan)
    pair = out["site_id"] + "\x1f" + out["cell_id"]
    check_unique(pair, path, "site_id/cell_id", out["site_id"] + "/" + out["cell_id"])
    out["lon"], out["lat"] = out.geometry.x, out.geometry.y
    if "propagation_model" in out.columns:
        out["propagation_model"] = _models(out["propagation_model"], path)
    extras = [c for c in out.columns if c not in OUTPUT and c != out.geometry.name]
    return out[OUTPUT + extras + [out.geometry.name]]


def _required_number(df, column, path, example) -> pd.Series:
    values = to_number(df[column], path, column, example=example)
    require(values, path, column)
    return values


def _optional_number(df, column, path, example) -> pd.Series:
    if column not in df.columns:
        return pd.Series(np.nan, index=df.index)
    return to_number(df[column], path, column, example=example)


def _eirp(df: pd.DataFrame, path: Path) -> pd.Series:
    """EIRP as given, else transmitter power + antenna gain - feeder loss, row by row."""
    eirp = (_optional_number(df, "eirp_dbm", path, "58"))
    if "antenna_gain_dbi" in df.columns:
        power = _optional_number(df, "tx_power_dbm", path, "43")
        watts = _optional_number(df, "tx_power_w", path, "20")
        with np.errstate(divide="ignore", invalid="ignore"):
            power = power.fillna(10 * np.log10(watts.where(watts > 0) * 1000))
        loss = _optional_number(df, "feeder_loss_db", path, "3").fillna(0.0)
        gain = _optional_number(df, "antenna_gain_dbi", path, "17")
        eirp = eirp.fillna(power + gain - loss)
    column = "eirp_dbm" if "eirp_dbm" in df.columns else "antenna_gain_dbi"
    require(eirp, path, column, Text(
        "fill in eirp_dbm, or tx_power_dbm and antenna_gain_dbi, for this cell",
        "điền eirp_dbm, hoặc tx_power_dbm và antenna_gain_dbi, cho cell này"))
    return eirp


def _technologies(values: pd.Series, path: Path) -> pd.Series:
    if pd.api.types.is_numeric_dtype(values.dtype):  # a column of 2, 3, 4, 5
        mapped = by_unique(values, lambda v: TECHNOLOGIES.get(f"{v:g}g") if v is not None
                           else None)
    else:
        mapped = by_unique(values, lambda v: TECHNOLOGIES.get(key(v)) if isinstance(v, str)
                           else None)
    bad = first(mapped.isna())
    if bad is not None:
        raise DataError(
            path,
            Text(f"unknown technology '{values[bad]}'", f"công nghệ không rõ '{values[bad]}'"),
            Text("write 2G, 3G, 4G or 5G (GSM, UMTS/WCDMA, LTE and NR are understood)",
                 "ghi 2G, 3G, 4G hoặc 5G (cũng hiểu GSM, UMTS/WCDMA, LTE, NR)"),
            row=row_of(bad),
            column="technology",
        )
    return mapped.astype(object)


def _models(values: pd.Series, path: Path) -> pd.Series:
    """The optional per-cell propagation model (core.engine.pathloss.MODELS); an empty value
    keeps the profile's model for the cell's technology ("")."""
    from coverage_planner.core.engine.pathloss import MODELS

    text = as_text(values).fillna("").str.strip().str.lower()
    bad = first(pd.Series(~text.isin(("",) + MODELS), index=values.index))
    if bad is not None:
        raise DataError(
            path,
            Text(f"unknown propagation model '{values[bad]}'",
                 f"mô hình truyền sóng không rõ '{values[bad]}'"),
            Text(f"write one of {', '.join(MODELS)}, or leave it empty for the profile's model",
                 f"ghi một trong {', '.join(MODELS)}, hoặc để trống để dùng mô hình của hồ sơ"),
            row=row_of(bad),
            column="propagation_model",
        )
    return text.astype(object)


def _operators(values: pd.Series, path: Path) -> pd.Series:
    text = as_text(values)
    require(text, path, "operator")
    known = by_unique(text, lambda v: OPERATORS.get(key(v)))
    return known.fillna(text).astype(object)

