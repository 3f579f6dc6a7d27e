"""The rows of a drive test: vocabularies (technology, kind, carrier) and the per-row checks.

Every check is vectorised over the whole file and yields, per bad row, the column, the problem
and the fix (bilingual). :mod:`.measurements` decides what happens to bad rows (a few are
dropped with a warning, many refuse the file).

Plausible values: a received level between ``MIN_DBM`` and ``MAX_DBM`` (−150 … −20 dBm: below,
no phone decodes anything; above, the phone would stand at the antenna — a value outside is a
unit mix-up, e.g. ASU or a quality in dB); coordinates in degrees (WGS 84), longitude
−180 … 180 and latitude −90 … 90, not (0, 0) (a phone without a GPS fix).

What each technology's phone measures (3GPP): 2G RxLev (TS 45.008 §8.1.4, the BCCH carrier's
received level), 3G RSCP (TS 25.215 §5.1.1), 4G RSRP (TS 36.214 §5.1.1), 5G SS-RSRP
(TS 38.215 §5.1.1), all in dBm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from coverage_planner.core.common.text import Text
from coverage_planner.core.io.cells import OPERATORS, TECHNOLOGIES
from coverage_planner.core.io.checks import as_text, by_unique
from coverage_planner.core.io.columns import key

MIN_DBM, MAX_DBM = -150.0, -20.0
#: the quantity a phone reports for each technology, and back
KIND_OF_TECHNOLOGY = {"2G": "RxLev", "3G": "RSCP", "4G": "RSRP", "5G": "SS-RSRP"}
TECHNOLOGY_OF_KIND = {v: k for k, v in KIND_OF_TECHNOLOGY.items()}
#: key of a kind label -> ours
KINDS = {
    **dict.fromkeys(["rxlev", "rx_lev", "rxlevel", "rx_level", "rssi_2g", "gsm_rssi"], "RxLev"),
    **dict.fromkeys(["rscp", "cpich_rscp", "rscp_dbm"], "RSCP"),
    **dict.fromkeys(["rsrp", "lte_rsrp", "rsrp_dbm"], "RSRP"),
    **dict.fromkeys(["ss_rsrp", "ssrsrp", "nr_rsrp", "5g_rsrp", "ss_rsrp_dbm", "nr_ss_rsrp"],
                    "SS-RSRP"),
}
#: technology labels drive-test apps write besides those of the cells' layer (G-NetTrack's
#: NetworkTech: GSM, EDGE, GPRS, UMTS, HSPA, HSPA+, HSDPA, LTE, LTE-A, NR ...)
TECHNOLOGY_LABELS = {
    **TECHNOLOGIES,
    **dict.fromkeys(["gsm_edge", "2_5g", "2_75g", "egprs"], "2G"),
    **dict.fromkeys(["hspap", "hspa_plus", "dc_hspa", "dc_hspap", "td_scdma", "3_5g", "3_75g",
                     "h", "h_plus", "umts_hspa"], "3G"),
    **dict.fromkeys(["lte_ca", "lte_plus", "4g_plus", "4g_ca", "lte_pro", "4_5g", "4g_lte_a"],
                    "4G"),
    **dict.fromkeys(["nr_sa", "nr_nsa", "5g_sa", "5g_nsa", "5g_nr_sa", "5g_nr_nsa", "en_dc",
                     "endc"], "5G"),
}
#: Viet Nam's mobile network codes (MCC 452) -> carrier
MCC_MNC = {"45201": "MobiFone", "45202": "VNPT", "45204": "Viettel", "45205": "Vietnamobile",
           "45207": "Gmobile", "45208": "Viettel"}
#: extra carrier labels (phones show "VN VINAPHONE", "Viettel Mobile" ...)
OPERATOR_LABELS = {**OPERATORS, "viettel_mobile": "Viettel", "viettel_telecom": "Viettel",
                   "vinafone": "VNPT", "vina_phone": "VNPT", "vnpt_vinafone": "VNPT",
                   "mobiphone": "MobiFone", "mobi_fone": "MobiFone", "vnmobile": "Vietnamobile"}


@dataclass
class Problem:
    """Bad rows of one kind: a boolean mask and the message for each such row."""

    mask: np.ndarray
    column: str
    problem: Text  # may hold {value}
    fix: Text


def technology_of(values: pd.Series) -> pd.Series:
    """"2G".."5G" per value; None for blanks and for labels not understood."""
    return by_unique(values, lambda v: None if v is None or not str(v).strip() else
                     TECHNOLOGY_LABELS.get(_tech_key(v)))


def _tech_key(value) -> str:
    text = str(value).strip()
    if re.fullmatch(r"[2-5](\.0)?", text):
        return f"{text[0]}g"
    return key(text.replace("+", "_plus") if text.endswith("+") and len(text) > 2 else text)


def kind_of(values: pd.Series) -> pd.Series:
    """"RxLev"/"RSCP"/"RSRP"/"SS-RSRP" per value; None for blanks and unknown labels."""
    return by_unique(values, lambda v: None if v is None or not str(v).strip() else
                     KINDS.get(key(v)))


def operator_of(values: pd.Series) -> pd.Series:
    """The app's carrier names (Vinaphone -> VNPT, 45204 -> Viettel); others as written."""
    def one(text: str) -> str:
        if not text:
            return ""
        digits = re.sub(r"[^0-9]", "", text)
        if digits and digits == re.sub(r"[\s\-/]", "", text):
            return MCC_MNC.get(digits, text)
        k = key(text)
        k = k[3:] if k.startswith("vn_") else k
        return OPERATOR_LABELS.get(k, OPERATOR_LABELS.get(k.replace("_", ""), text))

    return by_unique(as_text(values), one)


def coordinate_problems(lon: pd.Series, lat: pd.Series, raw_lon: pd.Series,
                        raw_lat: pd.Series, names: tuple[str, str]) -> list[Problem]:
    """Missing, non-numeric, out-of-range, swapped and (0, 0) coordinates."""
    out = []
    for values, raw, name, example in ((lon, raw_lon, names[0], "104.05"),
                                       (lat, raw_lat, names[1], "22.48")):
        blank = raw.isna().to_numpy() | as_text(raw).eq("").to_numpy()
        out.append(Problem(blank, name, Text("the coordinate is missing", "thiếu tọa độ"),
                           Text("fill in longitude and latitude in degrees (WGS 84), or remove "
                                "the row", "điền kinh độ, vĩ độ (độ, WGS 84) hoặc xóa dòng")))
        out.append(Problem(~blank & values.isna().to_numpy(), name,
                           Text("'{value}' is not a number", "'{value}' không phải là số"),
                           Text(f"write degrees with a dot for decimals (e.g. {example})",
                                f"ghi số độ, dùng dấu chấm cho phần thập phân (ví dụ {example})")))
    x, y = lon.to_numpy(float), lat.to_numpy(float)
    with np.errstate(invalid="ignore"):
        swapped = (np.abs(y) > 90) & (np.abs(x) <= 90)
        outside = ((np.abs(x) > 180) | (np.abs(y) > 90)) & ~swapped
        zero = (x == 0) & (y == 0)
    out.append(Problem(swapped, names[1],
                       Text("latitude {value} is out of range (−90 … 90): longitude and "
                            "latitude look swapped", "vĩ độ {value} nằm ngoài khoảng −90 … 90: "
                            "kinh độ và vĩ độ có vẻ bị đổi chỗ"),
                       Text("swap the two columns (Lào Cai: longitude ≈ 104, latitude ≈ 22)",
                            "đổi chỗ hai cột (Lào Cai: kinh độ ≈ 104, vĩ độ ≈ 22)")))
    out.append(Problem(outside, names[0],
                       Text("the coordinates are out of range (longitude −180 … 180, "
                            "latitude −90 … 90)", "tọa độ nằm ngoài khoảng (kinh độ −180 … 180, "
                            "vĩ độ −90 … 90)"),
                       Text("write WGS 84 degrees (not metres of VN-2000 or UTM) or remove the "
                            "row", "ghi tọa độ độ WGS 84 (không phải mét VN-2000 hay UTM) hoặc "
                            "xóa dòng")))
    out.append(Problem(zero, names[0],
                       Text("the position is (0, 0): the phone had no GPS fix",
                            "vị trí là (0, 0): điện thoại chưa bắt được GPS"),
                       Text("remove the row (or log again with the GPS on)",
                            "xóa dòng (hoặc đo lại khi đã bật GPS)")))
    return out


def value_problems(values: pd.Series, raw: pd.Series, name: str) -> list[Problem]:
    """Non-numeric and implausible levels (blank ones are skipped elsewhere)."""
    blank = raw.isna().to_numpy() | as_text(raw).eq("").to_numpy()
    v = values.to_numpy(float)
    with np.errstate(invalid="ignore"):
        outside = (v < MIN_DBM) | (v > MAX_DBM) | np.isinf(v)
    return [
        Problem(~blank & np.isnan(v), name, Text("'{value}' is not a number",
                                                 "'{value}' không phải là số"),
                Text("write the level in dBm as a plain number (e.g. -95)",
                     "ghi mức thu theo dBm, chỉ một số (ví dụ -95)")),
        Problem(outside, name,
                Text(f"the level {{value}} dBm is not plausible (expected {MIN_DBM:g} … "
                     f"{MAX_DBM:g} dBm)", f"mức thu {{value}} dBm không hợp lý (phải trong "
                     f"khoảng {MIN_DBM:g} … {MAX_DBM:g} dBm)"),
                Text("write the received level in dBm (not ASU, not a quality in dB such as "
                     "RSRQ/SNR), or remove the row", "ghi mức thu theo dBm (không phải ASU hay "
                     "chất lượng theo dB như RSRQ/SNR), hoặc xóa dòng")),
    ]


def technology_problems(tech_raw: pd.Series | None, tech: pd.Series, kind_raw: pd.Series | None,
                        kind: pd.Series, names: tuple[str, str]) -> list[Problem]:
    """Unknown technology or kind labels, neither given, and a kind another technology measures."""
    out = []
    given_t = _given(tech_raw, len(tech))
    given_k = _given(kind_raw, len(kind))
    out.append(Problem(given_t & tech.isna().to_numpy(), names[0],
                       Text("unknown technology '{value}'", "công nghệ không rõ '{value}'"),
                       Text("write 2G, 3G, 4G or 5G (GSM, EDGE, UMTS, HSPA, LTE and NR are "
                            "understood)", "ghi 2G, 3G, 4G hoặc 5G (cũng hiểu GSM, EDGE, UMTS, "
                            "HSPA, LTE, NR)")))
    out.append(Problem(given_k & kind.isna().to_numpy(), names[1],
                       Text("unknown measurement kind '{value}'", "loại đo không rõ '{value}'"),
                       Text("write RxLev (2G), RSCP (3G), RSRP (4G) or SS-RSRP (5G)",
                            "ghi RxLev (2G), RSCP (3G), RSRP (4G) hoặc SS-RSRP (5G)")))
    out.append(Problem(~given_t & ~given_k, names[0],
                       Text("neither the technology nor the measurement kind is given",
                            "không có công nghệ cũng không có loại đo"),
                       Text("fill in the technology (2G, 3G, 4G, 5G) or the kind (RxLev, RSCP, "
                            "RSRP, SS-RSRP)", "điền công nghệ (2G, 3G, 4G, 5G) hoặc loại đo "
                            "(RxLev, RSCP, RSRP, SS-RSRP)")))
    expected = tech.map(KIND_OF_TECHNOLOGY)
    clash = (tech.notna() & kind.notna() & (expected != kind)).to_numpy()
    out.append(Problem(clash, names[1],
                       Text("the kind '{value}' is not what this technology measures "
                            "(2G RxLev, 3G RSCP, 4G RSRP, 5G SS-RSRP)",
                            "loại đo '{value}' không khớp với công nghệ (2G RxLev, 3G RSCP, "
                            "4G RSRP, 5G SS-RSRP)"),
                       Text("correct the technology or the kind of this row",
                            "sửa công nghệ hoặc loại đo của dòng này")))
    return out


def _given(raw: pd.Series | None, n: int) -> np.ndarray:
    if raw is None:
        return np.zeros(n, dtype=bool)
    return ~as_text(raw).eq("").to_numpy()


def parse_times(values: pd.Series | None, n: int, formats: tuple[str, ...] = ()) -> pd.Series:
    """datetime64 per row (NaT when absent or unreadable): the given formats first, then ISO
    8601, then day-first dates as written in Viet Nam (01/05/2024 is the 1st of May)."""
    if values is None:
        return pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
    text = as_text(values).replace("", None)
    out = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    for fmt in (*formats, "ISO8601", "mixed"):
        todo = out.isna() & text.notna()
        if not todo.any():
            break
        kwargs = {"dayfirst": True} if fmt == "mixed" else {}
        try:
            parsed = pd.to_datetime(text[todo], format=fmt, errors="coerce", **kwargs)
        except (ValueError, TypeError):
            continue
        if getattr(parsed.dt, "tz", None) is not None:
            parsed = parsed.dt.tz_convert(None)
        out[todo] = parsed.astype("datetime64[ns]")
    return out
