"""Value checks shared by the layer normalisers: numbers, ranges, integers, ids.

Every refusal names the file, the row (1-based feature number: the frames keep the position
of each feature in its file as their index) and the column.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text


def scalars(df: pd.DataFrame, columns, path: Path) -> pd.DataFrame:
    """One value per cell in ``columns``: a list of one (GDAL reads a GeoJSON column holding
    some arrays as lists throughout) becomes its value; a longer list or an object is refused."""
    def nested(v) -> bool:
        return isinstance(v, (list, tuple, dict, np.ndarray))

    for column in columns:
        if column not in df.columns or df[column].dtype != object:
            continue
        flags = by_unique(df[column], nested).astype(bool)
        if not flags.any():
            continue
        df = df.copy()
        df[column] = by_unique(df[column], lambda v: v[0] if nested(v) and not isinstance(
            v, dict) and len(v) == 1 else (None if nested(v) and len(v) == 0 else v))
        bad = first(by_unique(df[column], nested).astype(bool))
        if bad is not None:
            raise DataError(
                path,
                Text("this cell holds a list of values, not one value",
                     "ô này chứa một danh sách giá trị, không phải một giá trị"),
                Text("write a single value", "ghi một giá trị duy nhất"),
                row=row_of(bad), column=column,
            )
    return df


def row_of(label) -> int:
    """1-based feature number of an index label (labels are 0-based positions in the file)."""
    return int(label) + 1


def first(mask: pd.Series):
    """Label of the first True in ``mask``, or None."""
    hits = mask[mask.fillna(False).astype(bool)]
    return None if hits.empty else hits.index[0]


def by_unique(series: pd.Series, func) -> pd.Series:
    """``func`` applied once per distinct value (columns repeat values: carriers, kinds ...)."""
    values = series.astype(object)
    missing = values.isna().to_numpy()
    out = pd.Series([func(None)] * len(values), index=series.index, dtype=object)
    if (~missing).any():
        present = values[~missing]
        try:
            table = {v: func(v) for v in pd.unique(present.to_numpy())}
            mapped = present.map(table).to_numpy()
        except TypeError:  # unhashable values (lists read from a GeoJSON array property)
            mapped = np.array([func(v) for v in present] + [None], dtype=object)[:-1]
        out[~missing] = mapped
    return out


def blank(series: pd.Series) -> pd.Series:
    """True where a value is missing or only whitespace."""
    if series.dtype == object:
        return by_unique(series, _blank).astype(bool)
    if pd.api.types.is_string_dtype(series.dtype):
        return series.isna() | series.str.strip().eq("").fillna(False).astype(bool)
    return series.isna()


def _blank(v) -> bool:
    return _missing(v) or (isinstance(v, str) and not v.strip())


def to_number(series: pd.Series, path: Path, column: str, *, example: str = "30") -> pd.Series:
    """Floats from ``series``; blanks become NaN, any other non-number (true/false too) is
    refused."""
    if pd.api.types.is_bool_dtype(series.dtype):
        series = series.astype(object)
    if pd.api.types.is_numeric_dtype(series.dtype):
        return series.astype(float)
    empty = blank(series)
    flags = by_unique(series, lambda v: isinstance(v, (bool, np.bool_))).astype(bool)
    numbers = pd.to_numeric(series.where(~empty & ~flags, None), errors="coerce").astype(float)
    bad = first((numbers.isna() & ~empty) | flags)
    if bad is not None:
        value = series[bad]
        raise DataError(
            path,
            Text(f"'{value}' is not a number", f"'{value}' không phải là số"),
            Text(
                f"write a plain number without units, with a dot for decimals (e.g. {example})",
                f"ghi một số, không kèm đơn vị, dùng dấu chấm cho phần thập phân (ví dụ {example})",
            ),
            row=row_of(bad),
            column=column,
        )
    return numbers


def require(values: pd.Series, path: Path, column: str, fix: Text | None = None) -> None:
    """Refuse the first missing value of a required column."""
    bad = first(blank(values))
    if bad is not None:
        raise DataError(
            path,
            Text(f"the value of '{column}' is empty", f"giá trị của '{column}' bị trống"),
            fix or Text(f"fill in '{column}' for this row", f"điền '{column}' cho dòng này"),
            row=row_of(bad),
            column=column,
        )


def check_range(
    values: pd.Series,
    path: Path,
    column: str,
    lo: float | None,
    hi: float | None,
    what: Text,
    *,
    lo_open: bool = False,
    unit: str = "",
) -> None:
    """Refuse the first non-NaN value outside ``[lo, hi]`` (``(lo, hi]`` with ``lo_open``)."""
    too_low = (values <= lo if lo_open else values < lo) if lo is not None else False
    too_high = values > hi if hi is not None else False
    outside = (too_low | too_high) & values.notna()
    bad = first(pd.Series(outside, index=values.index))
    if bad is None:
        bad = first(pd.Series(np.isinf(values.to_numpy(dtype=float)), index=values.index))
    if bad is None:
        return
    lo_txt = "-∞" if lo is None else f"{lo:g}"
    hi_txt = "∞" if hi is None else f"{hi:g}"
    bound = f"{'above ' if lo_open else ''}{lo_txt} … {hi_txt}{(' ' + unit) if unit else ''}"
    bound_vi = f"{'trên ' if lo_open else ''}{lo_txt} … {hi_txt}{(' ' + unit) if unit else ''}"
    raise DataError(
        path,
        Text(
            f"{what.en} {values[bad]:g} is not plausible (expected {bound})",
            f"{what.vi} {values[bad]:g} không hợp lý (phải trong khoảng {bound_vi})",
        ),
        Text(
            "correct the value in this row (a unit mix-up?) or remove the row",
            "sửa giá trị ở dòng này (nhầm đơn vị?) hoặc xóa dòng",
        ),
        row=row_of(bad),
        column=column,
    )


def check_integer(values: pd.Series, path: Path, column: str) -> pd.Series:
    """Refuse fractional values and integers too large to hold; return nullable integers."""
    frac = values.notna() & ((values != np.round(values)) | (values.abs() > 2**53))
    bad = first(frac)
    if bad is not None:
        raise DataError(
            path,
            Text(f"{values[bad]:g} is not a whole number", f"{values[bad]:g} không phải số nguyên"),
            Text(f"write a whole number in '{column}'", f"ghi số nguyên trong cột '{column}'"),
            row=row_of(bad),
            column=column,
        )
    return values.round().astype("Int64")


def as_id(series: pd.Series) -> pd.Series:
    """Ids as trimmed strings: 12.0 -> "12", missing -> ""."""
    def one(v) -> str:
        if _missing(v):
            return ""
        if isinstance(v, (float, np.floating)) and float(v).is_integer():
            return str(int(v))
        return str(v).strip()

    return by_unique(series, one)


def as_text(series: pd.Series) -> pd.Series:
    """Text values with missing -> ""."""
    return by_unique(series, lambda v: "" if _missing(v) else str(v).strip())


def _missing(v) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and np.isnan(v))


def check_unique(keys: pd.Series, path: Path, column: str, shown: pd.Series | None = None) -> None:
    """Refuse the first repeated key, naming both rows."""
    repeated = keys.duplicated(keep="first")
    bad = first(repeated)
    if bad is None:
        return
    earlier = keys.index[(keys == keys[bad]).to_numpy()][0]
    value = (shown if shown is not None else keys)[bad]
    a, b = row_of(earlier), row_of(bad)
    raise DataError(
        path,
        Text(f"{column} {value} appears twice, in rows {a} and {b}",
             f"{column} {value} bị trùng, ở dòng {a} và dòng {b}"),
        Text(f"give each row its own {column} (or remove the duplicate row)",
             f"đặt {column} riêng cho mỗi dòng (hoặc xóa dòng trùng)"),
        row=b,
        column=column,
    )
