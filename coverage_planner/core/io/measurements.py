"""Drive tests: measured signal levels along a route, for calibration and the map.

:func:`read_measurements` reads

- a **generic CSV** (``,`` ``;`` or tab; UTF-8 with or without BOM, UTF-16, cp1258 or TCVN3
  through :mod:`.encoding`) with English or Vietnamese headers, matched case-, accent- and
  space-insensitively through :mod:`.columns` (``Kinh độ``, ``Vĩ độ``, ``Mức thu (dBm)``,
  ``Cường độ (dBm)``, ``Nhà mạng``, ``Công nghệ``, ``Loại đo``, ``Mã cell``, ``Thời gian`` ...;
  the table is :data:`SYNONYMS`). A value column named after its quantity (``RSRP``, ``RSCP``,
  ``RxLev``) gives the kind of every row;
- the **G-NetTrack** export (``.txt``/``.csv``, tab-separated; :data:`GNETTRACK`).

and returns a DataFrame with exactly :data:`OUTPUT`: ``lon``, ``lat`` (WGS 84), ``value_dbm``,
``kind`` (RxLev / RSCP / RSRP / SS-RSRP), ``operator`` (Viettel, VNPT, MobiFone, or as written),
``technology`` (2G…5G), ``cell_id`` ("" when absent) and ``time`` (NaT when absent). A missing
kind comes from the technology (2G→RxLev, 3G→RSCP, 4G→RSRP, 5G→SS-RSRP) and a missing
technology from the kind.

**Bad rows.** A drive test logs thousands of rows and a phone writes a few bad ones (no GPS
fix, a glitch): like the OpenCelliD reader dropping CDMA rows, up to :data:`MAX_BAD_SHARE` of
the rows (at least one good row left) are **dropped with a warning** in the load report, each
naming the file, the row (1-based data row), the column, the problem and the fix (the first
:data:`SHOWN_ROWS`, then a count). More bad rows than that mean the file is not what we think
(another unit, swapped columns): it is **refused** with the first bad row's DataError. Rows
without a value (the phone had no service) are not measurements: they are skipped with a note.
"""

from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import pandas as pd

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.io import columns as column_names
from coverage_planner.core.io import encoding
from coverage_planner.core.io import measurement_rows as rows
from coverage_planner.core.io.checks import as_id, as_text, row_of
from coverage_planner.core.io.columns import key, map_columns, missing_column_error
from coverage_planner.core.io.raw import unreadable
from coverage_planner.core.io.safety import guarded

OUTPUT = ["lon", "lat", "value_dbm", "kind", "operator", "technology", "cell_id", "time"]
#: share of bad rows dropped with a warning; above it the file is refused
MAX_BAD_SHARE = 0.05
#: bad rows named one by one in the report
SHOWN_ROWS = 10
#: measurement columns -> synonyms (keys of :func:`.columns.key`), added to the one synonym
#: table of :mod:`.columns` as the "measurements" layer (lon/lat/operator/technology/cell_id
#: also take the shared synonyms: kinh_do, vi_do, nha_mang, cong_nghe, ma_cell ...)
SYNONYMS = {
    "value_dbm": ["value", "level", "level_dbm", "signal", "signal_dbm", "signal_strength",
                  "muc_thu", "muc_thu_dbm", "muc_tin_hieu", "muc_tin_hieu_dbm", "cuong_do",
                  "cuong_do_dbm", "cuong_do_tin_hieu", "cuong_do_tin_hieu_dbm", "cuong_do_song",
                  "cuong_do_song_dbm", "gia_tri", "gia_tri_dbm", "dbm", "rx_level_dbm",
                  "rsrp", "rsrp_dbm", "rscp", "rscp_dbm", "rxlev", "rxlev_dbm", "ss_rsrp",
                  "ss_rsrp_dbm"],
    "kind": ["measurement", "measure", "metric", "quantity", "loai_do", "kieu_do",
             "dai_luong", "dai_luong_do", "chi_so", "loai_chi_so"],
    "operator": ["operatorname", "operator_name", "nha_mang", "nha_mang_di_dong", "mang_di_dong",
                 "ten_nha_mang", "carrier", "network_operator", "plmn"],
    "technology": ["networktech", "network_tech", "network_type", "networktype", "cong_nghe",
                   "cong_nghe_mang", "loai_mang", "rat", "tech"],
    "cell_id": ["cellid", "cell", "cgi", "ecgi", "eci", "cellname", "cell_name", "ma_cell",
                "ma_o", "ma_tram_cell", "serving_cell", "o_phuc_vu"],
    "time": ["timestamp", "datetime", "date_time", "time_utc", "thoi_gian", "thoi_diem",
             "ngay_gio", "ngay_do", "thoi_gian_do", "date"],
}
column_names.LAYER_SYNONYMS.setdefault("measurements", SYNONYMS)
#: G-NetTrack (Gyokov Solutions, Android) log export: tab-separated, one row per second with
#: ``Timestamp`` (``2019.05.14_11.47.42``), ``Longitude``, ``Latitude``, ``Speed``,
#: ``Operatorname``, ``Operator`` (MCC+MNC), ``CGI``, ``Cellname``, ``Node``, ``CellID``,
#: ``LAC``, ``NetworkTech`` (GSM/EDGE/UMTS/HSPA/HSPA+/LTE/NR ...), ``NetworkMode``, ``Level``
#: (the serving cell's RxLev/RSCP/RSRP in dBm), ``Qual``, ``SNR``, ``CQI``, ``LTERSSI``,
#: ``ARFCN``, ``DL_bitrate``, ``UL_bitrate``, ``PSC``, ``Altitude``, ``Height``, ``Accuracy``,
#: ``Location``, ``State`` ... The names follow the app's own log description (G-NetTrack Pro
#: help, "Log files"); the stored pages and code searched for this module (search corpora
#: "pages" and "code", queries on these column names) held no copy of it, so the mapping
#: keys on the columns every version writes. Our column <- G-NetTrack's, first present wins.
GNETTRACK = {
    "lon": ("longitude",), "lat": ("latitude",), "value_dbm": ("level",),
    "technology": ("networktech",), "operator": ("operatorname", "operator"),
    "cell_id": ("cellid", "cgi", "cellname"), "time": ("timestamp",),
}
GNETTRACK_TIME = "%Y.%m.%d_%H.%M.%S"


def read_measurements(path: str | Path, *, report=None) -> pd.DataFrame:
    """Read a drive test (generic CSV or G-NetTrack export) into :data:`OUTPUT`'s columns.

    Parameters
    ----------
    path : the file (.csv or .txt)
    report : a :class:`~coverage_planner.core.project.model.LoadReport` to receive the warnings
        (dropped and skipped rows, the encoding) and the mapped columns; the warnings are also
        in the frame's ``attrs["warnings"]``

    Raises
    ------
    DataError
        naming the file, the row, the column and the fix; never another exception
    """
    path = Path(path)
    with guarded(path):
        return _read(path, report)


def _read(path: Path, report) -> pd.DataFrame:
    if not path.is_file():
        raise DataError(path, Text("the file does not exist", "tệp không tồn tại"),
                        Text("choose an existing .csv or .txt file",
                             "chọn một tệp .csv hoặc .txt có sẵn"))
    df, sep, notes = _table(path)
    gnettrack = is_gnettrack(df.columns)
    if gnettrack:
        df, mapped = _map_gnettrack(df)
        notes.append(Text(f"{path.name}: read as a G-NetTrack log",
                          f"{path.name}: đọc theo định dạng nhật ký G-NetTrack"))
    else:
        df, mapped = map_columns(df, "measurements", OUTPUT)
    inverse = {ours: src for src, ours in mapped.items()}
    name = {c: inverse.get(c, c) for c in OUTPUT}
    for column in ("lon", "lat", "value_dbm"):
        if column not in df.columns:
            raise missing_column_error(path, "measurements", column, list(df.columns))
    if "technology" not in df.columns and "kind" not in df.columns:
        kind = rows.KINDS.get(key(name["value_dbm"]))
        if kind is None:
            why = Text("or a column 'kind' (RxLev, RSCP, RSRP, SS-RSRP)",
                       "hoặc cột 'kind' (RxLev, RSCP, RSRP, SS-RSRP)")
            raise missing_column_error(path, "measurements", "technology", list(df.columns),
                                       why=why)
        df["kind"] = kind
    out, problems = _values(df, name, sep, gnettrack)
    out, notes = _drop_bad(out, problems, df, path, name, notes)
    if report is not None:
        report.warnings.extend(notes)
        if mapped:
            report.mapped_columns["measurements"] = mapped
        report.sources["measurements"] = path
    out = out.reset_index(drop=True)
    out.attrs["warnings"] = list(notes)
    return out


def is_gnettrack(names) -> bool:
    """A G-NetTrack log: its ``Level``, ``NetworkTech`` and ``Operatorname``/``CGI`` columns."""
    keys = {key(c) for c in names}
    return {"level", "networktech", "longitude", "latitude"} <= keys and bool(
        keys & {"operatorname", "cgi", "cellid"})


def _map_gnettrack(df: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    by_key = {key(c): c for c in df.columns}
    chosen = {}
    for ours, theirs in GNETTRACK.items():
        src = next((by_key[k] for k in theirs if k in by_key), None)
        if src is not None:
            chosen[src] = ours
    keep = df[list(chosen)].rename(columns=chosen)
    return keep, chosen


def _table(path: Path) -> tuple[pd.DataFrame, str, list]:
    """Every value as text, indexed by data row (0-based), and the separator and notes."""
    text, codec = encoding.read_text(path)
    lines = text.lstrip().splitlines()
    if not lines:
        raise DataError(path, Text("the file is empty", "tệp rỗng"),
                        Text("export the drive test again", "xuất lại dữ liệu đo"))
    sep = max(("\t", ";", ","), key=lines[0].count)
    header = [h.strip() for h in next(csv.reader([lines[0]], delimiter=sep), [])]
    seen = set()
    for h in header:
        if h and h in seen:
            raise DataError(path, Text(f"the header names the column '{h}' twice",
                                       f"dòng tiêu đề có hai cột cùng tên '{h}'"),
                            Text("give each column its own name, or remove the extra one",
                                 "đặt tên riêng cho mỗi cột, hoặc xóa cột thừa"), column=h)
        seen.add(h)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", pd.errors.ParserWarning)
            df = pd.read_csv(io.StringIO(text.lstrip()), sep=sep, dtype=str,
                             keep_default_na=False, na_values=[""], index_col=False,
                             on_bad_lines="error")
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise unreadable(path, str(exc).strip()) from None
    df.columns = [str(c).strip() for c in df.columns]
    # G-NetTrack ends every line with a tab: an unnamed empty last column
    df = df[[c for c in df.columns if not (c.startswith("Unnamed:") and df[c].isna().all())]]
    df = encoding.normalise_text(df)
    encoding.check_columns(df, path)
    notes = []
    if codec not in ("utf-8-sig",):
        notes.append(encoding.tcvn3_note(path) if codec == encoding.TCVN3_NAME else
                     Text(f"{path.name}: text read as {codec}",
                          f"{path.name}: đọc chữ theo bảng mã {codec}"))
    if codec in ("utf-8-sig", "UTF-16"):
        df = encoding.fix_unicode(df, path, notes)
    return df.reset_index(drop=True), sep, notes


def _number(values: pd.Series, sep: str) -> pd.Series:
    text = as_text(values)
    if sep != ",":  # ';' or tab files from a Vietnamese Excel write decimals with a comma
        text = text.str.replace(",", ".", regex=False)
    return pd.to_numeric(text.replace("", None), errors="coerce").astype(float)


def _values(df: pd.DataFrame, name: dict, sep: str, gnettrack: bool):
    n = len(df)
    lon, lat = _number(df["lon"], sep), _number(df["lat"], sep)
    value = _number(df["value_dbm"], sep)
    tech_raw = df["technology"] if "technology" in df.columns else None
    kind_raw = df["kind"] if "kind" in df.columns else None
    tech = rows.technology_of(tech_raw) if tech_raw is not None else pd.Series([None] * n)
    kind = rows.kind_of(kind_raw) if kind_raw is not None else pd.Series([None] * n)
    tech.index = kind.index = df.index
    problems = [
        *rows.coordinate_problems(lon, lat, df["lon"], df["lat"], (name["lon"], name["lat"])),
        *rows.value_problems(value, df["value_dbm"], name["value_dbm"]),
        *rows.technology_problems(tech_raw, tech, kind_raw, kind,
                                  (name["technology"], name["kind"])),
    ]
    out = pd.DataFrame({
        "lon": lon, "lat": lat, "value_dbm": value,
        "kind": kind.fillna(tech.map(rows.KIND_OF_TECHNOLOGY)).astype(object),
        "operator": (rows.operator_of(df["operator"]) if "operator" in df.columns
                     else pd.Series("", index=df.index)).astype(object),
        "technology": tech.fillna(kind.map(rows.TECHNOLOGY_OF_KIND)).astype(object),
        "cell_id": (as_id(df["cell_id"]) if "cell_id" in df.columns
                    else pd.Series("", index=df.index)).astype(object),
        "time": rows.parse_times(df["time"] if "time" in df.columns else None, n,
                                 (GNETTRACK_TIME,) if gnettrack else ()),
    }, index=df.index)
    return out, problems


def _drop_bad(out: pd.DataFrame, problems: list, df: pd.DataFrame, path: Path, name: dict,
              notes: list) -> tuple[pd.DataFrame, list]:
    """Skip rows without a value, drop a few bad rows with a warning, or refuse the file."""
    no_value = as_text(df["value_dbm"]).eq("").to_numpy()
    first: dict = {}  # row label -> its first problem
    for p in problems:
        for label in df.index[p.mask & ~no_value]:
            if label not in first:
                first[label] = p
    bad = sorted(first)
    usable = len(df) - int(no_value.sum())
    if usable == 0:
        raise DataError(path, Text("no row has a measured level", "không dòng nào có mức thu"),
                        Text(f"fill in the level in dBm (column '{name['value_dbm']}')",
                             f"điền mức thu theo dBm (cột '{name['value_dbm']}')"))
    if bad and (len(bad) > MAX_BAD_SHARE * usable or len(bad) == usable):
        label = bad[0]
        err = _row_error(path, first[label], df, label, name)
        more = len(bad) - 1
        if more:
            share = f"{100 * len(bad) / usable:.0f}"
            err.problem = Text(
                f"{err.problem.en} (and {more} more bad rows, {share} % of the file: too many "
                "to drop)", f"{err.problem.vi} (và {more} dòng sai khác, {share} % của tệp: "
                "quá nhiều để bỏ qua)")
        raise err
    if no_value.any():
        notes.append(Text(f"{path.name}: {int(no_value.sum())} row(s) without a level (no "
                          "service) skipped", f"{path.name}: bỏ qua {int(no_value.sum())} dòng "
                          "không có mức thu (mất sóng)"))
    if bad:
        notes.append(Text(f"{path.name}: {len(bad)} bad row(s) of {usable} dropped",
                          f"{path.name}: bỏ {len(bad)} dòng sai trên {usable} dòng"))
        for label in bad[:SHOWN_ROWS]:
            err = _row_error(path, first[label], df, label, name)
            notes.append(Text(err.message("en"), err.message("vi")))
        if len(bad) > SHOWN_ROWS:
            rest = len(bad) - SHOWN_ROWS
            notes.append(Text(f"{path.name}: … and {rest} more dropped row(s)",
                              f"{path.name}: … và {rest} dòng bị bỏ khác"))
    keep = ~no_value
    keep[[df.index.get_loc(label) for label in bad]] = False
    return out[keep], notes


def _row_error(path: Path, problem, df: pd.DataFrame, label, name: dict) -> DataError:
    """The refusal of one bad row; ``problem.column`` is the user's column name."""
    ours = {src: c for c, src in name.items()}.get(problem.column, problem.column)
    value = as_text(df[ours]).loc[label] if ours in df.columns else ""
    return DataError(path, problem.problem.format(value=value), problem.fix,
                     row=row_of(label), column=problem.column)


def empty_measurements() -> pd.DataFrame:
    """A frame with :data:`OUTPUT`'s columns and no row."""
    return pd.DataFrame({c: pd.Series(dtype="datetime64[ns]" if c == "time" else
                                      float if c in ("lon", "lat", "value_dbm") else object)
                         for c in OUTPUT})


