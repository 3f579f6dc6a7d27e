"""The one table of column-name synonyms, and the function that applies it.

Matching is case- and diacritic-insensitive: ``Số hộ``, ``SO_HO`` and ``so ho`` all become the
key ``so_ho``; units in brackets survive as a suffix (``Tần số (MHz)`` -> ``tan_so_mhz``). Shapefile
field names are cut at 10 characters, so for shapefiles a cut name (``frequency_``,
``antenna_ga``) matches the one synonym it is the start of.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from pathlib import Path

import pandas as pd

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text

#: our column -> accepted synonyms (keys as produced by :func:`key`), for every layer
SYNONYMS: dict[str, list[str]] = {
    "village_id": ["ma_thon", "ma_ban", "ma_to_dan_pho", "thon_id", "id_thon", "village_code",
                   "vid", "vill_id"],
    "name": ["ten", "ten_thon", "ten_ban", "ten_thon_ban", "thon", "village", "village_name",
             "ten_diem", "ten_dia_diem", "dia_diem", "label", "title"],
    "commune": ["xa", "ten_xa", "xa_phuong", "phuong_xa", "xa_phuong_thi_tran", "commune_name",
                "ward", "commune_ward"],
    "district": ["huyen", "ten_huyen", "quan_huyen", "huyen_thi_xa", "district_name"],
    "households": ["so_ho", "ho", "so_ho_gia_dinh", "ho_gia_dinh", "tong_so_ho", "household",
                   "hh", "n_households", "num_households", "nb_households"],
    "fiber_subscribers": ["so_ho_cap_quang", "ho_cap_quang", "thue_bao_cap_quang",
                          "so_thue_bao_ftth", "ftth_subscribers", "ftth", "fiber_subs",
                          "fibre_subscribers", "fiber_households"],
    "centre_lon": ["center_lon", "centre_x", "center_x", "centre_longitude",
                   "center_longitude", "kinh_do_nvh", "nvh_lon"],
    "centre_lat": ["center_lat", "centre_y", "center_y", "centre_latitude", "center_latitude",
                   "vi_do_nvh", "nvh_lat"],
    "lon": ["lng", "long", "longitude", "x", "kinh_do", "kinhdo", "lon_wgs84", "longitude_wgs84"],
    "lat": ["latitude", "y", "vi_do", "vido", "lat_wgs84", "latitude_wgs84"],
    "site_id": ["site", "ma_tram", "tram", "bts_id", "site_code", "site_name", "ten_tram",
                "ma_bts", "enodeb_id", "enb_id"],
    "cell_id": ["cell", "ma_cell", "cell_name", "ci", "cid", "sector", "sector_id", "ma_sector"],
    "operator": ["nha_mang", "carrier", "mang", "network", "doanh_nghiep", "provider",
                 "nha_cung_cap", "operator_name"],
    "technology": ["cong_nghe", "tech", "radio", "rat", "system"],
    "frequency_mhz": ["frequency", "freq", "freq_mhz", "tan_so", "tan_so_mhz", "band_mhz"],
    "height_m": ["height", "do_cao", "do_cao_m", "chieu_cao", "chieu_cao_m", "do_cao_anten",
                 "chieu_cao_cot", "antenna_height", "mast_height", "height_agl", "agl"],
    "eirp_dbm": ["eirp", "cong_suat_phat_xa"],
    "tx_power_dbm": ["tx_power", "txpower", "power_dbm", "cong_suat", "cong_suat_phat",
                     "cong_suat_dbm"],
    "tx_power_w": ["power_w", "cong_suat_w"],
    "antenna_gain_dbi": ["antenna_gain", "gain", "gain_dbi", "do_loi", "do_loi_anten",
                         "do_loi_dbi"],
    "feeder_loss_db": ["feeder_loss", "cable_loss", "suy_hao", "suy_hao_feeder", "losses_db"],
    "azimuth_deg": ["azimuth", "azi", "az", "bearing", "huong", "huong_phat",
                    "goc_phuong_vi", "phuong_vi"],
    "beamwidth_deg": ["beamwidth", "beam_width", "bw", "hbw", "horizontal_beamwidth",
                      "do_rong_bup_song", "bup_song"],
    "tilt_deg": ["tilt", "downtilt", "total_tilt", "do_nghieng", "goc_nghieng", "goc_ngang"],
    "propagation_model": ["path_loss_model", "pathloss_model", "radio_model",
                          "mo_hinh_truyen_song", "mo_hinh_lan_truyen"],
    "kind": ["type", "loai", "loai_cap", "cable_type", "cable_kind", "class", "category"],
    "cable_id": ["ma_cap", "ma_tuyen", "cable", "route_id", "tuyen_cap"],
    "ap_id": ["ma_diem", "ma_hop", "box_id", "splitter_id", "ma_splitter", "access_point",
              "access_point_id", "ap"],
    "wifi_id": ["ma_wifi", "ma_diem_wifi", "hotspot_id", "wifi"],
}

#: extra synonyms that only make sense in one layer (a bare "id" is the layer's own id)
LAYER_SYNONYMS: dict[str, dict[str, list[str]]] = {
    "villages": {"village_id": ["id", "ma", "code"]},
    "fiber_cables": {"cable_id": ["id", "ma"]},
    "fiber_access_points": {"ap_id": ["id", "ma"]},
    "wifi": {"wifi_id": ["id", "ma"]},
    "communes": {"name": ["ten_xa", "xa", "commune", "commune_name", "ten_xa_phuong"]},
    "districts": {"name": ["ten_huyen", "huyen", "district", "district_name"]},
    "roads": {"name": ["ten_duong", "duong", "road", "road_name"]},
}


def key(name: object) -> str:
    """Comparison key of a column name: no diacritics, lower case, ``_`` between words."""
    text = unicodedata.normalize("NFD", str(name)).replace("đ", "d").replace("Đ", "D")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^0-9a-z]+", "_", text).strip("_")


def synonyms(column: str, layer: str | None = None) -> list[str]:
    """Accepted names for ``column`` in ``layer``, our own name first."""
    extra = LAYER_SYNONYMS.get(layer or "", {}).get(column, [])
    return [column, *SYNONYMS.get(column, []), *extra]


def map_columns(
    df: pd.DataFrame, layer: str | None, wanted: list[str], *, truncated: bool = False
) -> tuple[pd.DataFrame, dict]:
    """Rename the columns of ``df`` that are synonyms of ``wanted`` to our names.

    Our own name wins over a synonym, earlier synonyms over later ones; a source column is used
    once. Returns the renamed frame and ``{source column: our column}`` for what was renamed.
    """
    geometry = getattr(df, "_geometry_column_name", None)
    free = {col: key(col) for col in df.columns if col != geometry}
    chosen: dict = {}
    for ours in wanted:
        found = ours if ours in free else None
        for candidate in synonyms(ours, layer) if found is None else ():
            found = next((c for c, k in free.items() if k == candidate), None)
            if found is not None:
                break
        if found is None and truncated:
            found = _truncated_match(free, ours, layer)
        if found is not None:
            chosen[found] = ours
            del free[found]
    renamed = df.rename(columns=chosen)
    return renamed, {src: ours for src, ours in chosen.items() if src != ours}


def _truncated_match(free: dict, ours: str, layer: str | None) -> str | None:
    for col, k in free.items():
        if len(str(col)) == 10 and len(k) >= 6:
            if any(cand.startswith(k) for cand in synonyms(ours, layer)):
                return col
    return None


def missing_column_error(
    path: str | Path, layer: str, column: str, columns: list, *, why: Text | None = None
) -> DataError:
    """The refusal for a required column that is absent, with a spelling suggestion."""
    accepted = ", ".join(synonyms(column, layer)[1:9])
    problem = Text(
        f"the required column '{column}' is missing from the {layer} layer",
        f"thiếu cột bắt buộc '{column}' trong lớp {layer}",
    )
    if why is not None:
        problem = Text(f"{problem.en} ({why.en})", f"{problem.vi} ({why.vi})")
    fix = Text(
        f"add a column '{column}' (also accepted: {accepted})",
        f"thêm cột '{column}' (cũng chấp nhận: {accepted})",
    )
    suggestion = closest_column(column, layer, columns)
    if suggestion is not None:
        fix = Text(
            f"the column '{suggestion}' looks like a misspelling: rename it to '{column}'; or {fix.en}",
            f"cột '{suggestion}' có vẻ viết sai: đổi tên thành '{column}'; hoặc {fix.vi}",
        )
    return DataError(path, problem, fix, column=column)


def closest_column(column: str, layer: str | None, columns: list) -> str | None:
    """The existing column whose name is closest to an accepted name of ``column``."""
    by_key = {key(c): c for c in columns if c != "geometry"}
    best, score = None, 0.0
    for candidate in synonyms(column, layer):
        for k, original in by_key.items():
            ratio = difflib.SequenceMatcher(None, candidate, k).ratio()
            if ratio > score and ratio >= 0.75 and len(k) > 2:
                best, score = original, ratio
    return best
