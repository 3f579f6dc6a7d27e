"""OpenCelliD cell exports (``cell_towers.csv`` and the per-country ``452.csv``).

Detected by their header ``radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,
created,updated,averageSignal`` (or, for header-less downloads, by 14 fields starting with a
radio name). OpenCelliD gives positions (estimated from phone measurements, often hundreds of
metres off) but no antenna data, so these defaults are applied to every cell:

===============  ==========================================================================
field            default
===============  ==========================================================================
technology       radio GSM -> 2G, UMTS -> 3G, LTE -> 4G, NR -> 5G (CDMA rows are dropped)
frequency_mhz    GSM 900, UMTS 2100, LTE 1800, NR 3500
height_m         30 m
eirp_dbm         total EIRP of a rural macro sector: 2G 57 dBm (20 W + 17 dBi - 3 dB feeder),
                 3G 58 (20 W + 18 dBi - 3 dB), 4G 61 (40 W + 18 dBi - 3 dB),
                 5G 77 (200 W active antenna + 24 dBi beamforming gain, no feeder)
azimuth_deg      NaN (omni)
beamwidth_deg    NaN (omni)
tilt_deg         0
operator         MCC 452: 01 MobiFone, 02 VNPT (VinaPhone), 04 Viettel, 05 Vietnamobile,
                 07 Gmobile (Beeline); any other network "MCC-MNC", e.g. "452-08"
site_id          "MCC-MNC-" + a site code from the cell identity:
                 GSM  G<area>-<cell // 10>     (the last digit of a CI is usually the sector)
                 UMTS U<cell // 65536>-<(cell % 65536) // 10>   (RNC id, local cell id / 10)
                 LTE  L<cell // 256>           (eNodeB id: ECI = eNB id * 256 + cell)
                 NR   N<cell // 4096>          (gNodeB id for a 24-bit gNB id length)
cell_id          the OpenCelliD ``cell`` value
===============  ==========================================================================
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text

HEADER = ("radio", "mcc", "net", "area", "cell", "unit", "lon", "lat", "range", "samples",
          "changeable", "created", "updated", "averageSignal")
RADIOS = {"GSM": "2G", "UMTS": "3G", "LTE": "4G", "NR": "5G"}
FREQUENCY_MHZ = {"2G": 900.0, "3G": 2100.0, "4G": 1800.0, "5G": 3500.0}
EIRP_DBM = {"2G": 57.0, "3G": 58.0, "4G": 61.0, "5G": 77.0}
HEIGHT_M = 30.0
CARRIERS = {"452-01": "MobiFone", "452-02": "VNPT", "452-04": "Viettel",
            "452-05": "Vietnamobile", "452-07": "Gmobile"}
_KEYS = {"radio", "mcc", "net", "area", "cell", "lon", "lat"}


def is_opencellid(columns) -> bool:
    """True for a frame with OpenCelliD's columns."""
    return _KEYS <= {str(c).strip().lower() for c in columns}


def is_headerless(first_line: str) -> bool:
    """True for the first line of an OpenCelliD export without its header."""
    fields = first_line.strip().split(",")
    return len(fields) == len(HEADER) and fields[0].strip().upper() in {*RADIOS, "CDMA"}


def to_cells(gdf: gpd.GeoDataFrame, path: Path, notes: list) -> gpd.GeoDataFrame:
    """Our cell columns from an OpenCelliD frame (index kept, so rows keep their numbers)."""
    from coverage_planner.core.io.checks import to_number

    gdf = gdf.rename(columns={c: str(c).strip().lower() for c in gdf.columns
                              if str(c).strip().lower() in _KEYS})
    tech = gdf["radio"].astype(str).str.strip().str.upper().map(RADIOS)
    dropped = int(tech.isna().sum())
    if dropped:
        notes.append(Text(f"{path.name}: {dropped} cell(s) of other radios (e.g. CDMA) ignored",
                          f"{path.name}: bỏ qua {dropped} cell thuộc công nghệ khác (vd. CDMA)"))
    gdf, tech = gdf[tech.notna()].copy(), tech[tech.notna()]
    if gdf.empty:
        raise DataError(path, Text("the OpenCelliD file has no GSM, UMTS, LTE or NR cell",
                                   "tệp OpenCelliD không có cell GSM, UMTS, LTE hay NR nào"),
                        Text("use the OpenCelliD export of the country's mobile networks "
                             "(e.g. 452.csv for Viet Nam)", "dùng tệp OpenCelliD của các mạng "
                             "di động trong nước (ví dụ 452.csv cho Việt Nam)"))
    num = {c: to_number(gdf[c], path, c, example="452").fillna(0).astype("int64")
           for c in ("mcc", "net", "area", "cell")}
    plmn = num["mcc"].astype(str) + "-" + num["net"].astype(str).str.zfill(2)
    cell, area = num["cell"], num["area"]
    code = pd.Series(np.select(
        [tech == "2G", tech == "3G", tech == "4G"],
        ["G" + area.astype(str) + "-" + (cell // 10).astype(str),
         "U" + (cell // 65536).astype(str) + "-" + ((cell % 65536) // 10).astype(str),
         "L" + (cell // 256).astype(str)],
        "N" + (cell // 4096).astype(str),
    ), index=gdf.index)
    out = gdf.drop(columns=["radio"]).assign(
        site_id=plmn + "-" + code,
        cell_id=cell.astype(str),
        operator=plmn.map(CARRIERS).fillna(plmn),
        technology=tech,
        frequency_mhz=tech.map(FREQUENCY_MHZ),
        height_m=HEIGHT_M,
        eirp_dbm=tech.map(EIRP_DBM),
        azimuth_deg=np.nan,
        beamwidth_deg=np.nan,
        tilt_deg=0.0,
        radio=gdf["radio"],
    )
    notes.append(Text(
        f"{path.name}: OpenCelliD file, {len(out)} cells; defaults applied: height "
        f"{HEIGHT_M:g} m, EIRP per technology, omni antennas, frequency per radio",
        f"{path.name}: tệp OpenCelliD, {len(out)} cell; dùng giá trị mặc định: độ cao "
        f"{HEIGHT_M:g} m, EIRP theo công nghệ, anten vô hướng, tần số theo công nghệ"))
    return out
