"""Text encodings of Shapefiles and CSV files (Vietnamese data is UTF-8 or Windows-1258).

A Shapefile is read with GDAL told the bytes are Latin-1, which maps every byte to one
character; we then decode the bytes in Python: with the encoding named in the ``.cpg`` file if
there is one, else UTF-8, else cp1258. (GDAL's own cp1258 conversion through iconv drops the
last letter of a field, so it is not used.) All text ends up NFC-normalised, so that ``Bản Phố``
typed on a keyboard equals the one read from a file.
"""

from __future__ import annotations

import codecs
import unicodedata
import zipfile
from pathlib import Path

import pandas as pd

from coverage_planner.core.errors import DataError
from coverage_planner.core.io.checks import by_unique
from coverage_planner.core.text import Text

FALLBACKS = ("utf-8", "cp1258")
RAW = "latin1"


def cpg_encoding(path: Path) -> str | None:
    """The Python codec named by the Shapefile's ``.cpg`` (inside a zip too), or None."""
    text = None
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith(".cpg")]
            if names:
                text = archive.read(names[0]).decode("ascii", "ignore")
    else:
        for cpg in (path.with_suffix(".cpg"), path.with_suffix(".CPG")):
            if cpg.exists():
                text = cpg.read_text("ascii", "ignore")
                break
    return codec_name(text) if text else None


def codec_name(label: str) -> str | None:
    """Python codec for a .cpg label such as ``UTF-8``, ``1258``, ``ANSI 1258``, ``88591``."""
    label = label.strip().lower().replace("ansi", "").strip()
    aliases = {"65001": "utf-8", "88591": "latin1", "utf8": "utf-8"}
    label = aliases.get(label, label)
    if label.isdigit():
        label = f"cp{label}"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_frame(df: pd.DataFrame, path: Path, encoding: str | None) -> tuple[pd.DataFrame, str]:
    """Re-decode the Latin-1 text (column names and values) of ``df``; return it and the codec."""
    names = [c for c in df.columns if c != "geometry"]
    texts = [c for c in names if _is_text(df[c])]
    tried = [encoding] if encoding else list(FALLBACKS)
    for codec in tried:
        try:
            renamed = {c: _redecode(c, codec) for c in names}
            out = df.copy()
            for c in texts:
                out[c] = by_unique(out[c], lambda v, codec=codec: _redecode(v, codec))
            return normalise_text(out.rename(columns=renamed)), codec
        except UnicodeDecodeError:
            continue
    raise DataError(
        path,
        Text(
            f"the text in this Shapefile is neither {' nor '.join(tried)}",
            f"chữ trong Shapefile này không phải mã {' hay '.join(tried)}",
        ),
        Text(
            "save it again as UTF-8 (in QGIS: Export > Save Features As, Encoding UTF-8) "
            "or add a .cpg file naming its encoding (e.g. 1258)",
            "lưu lại với mã UTF-8 (QGIS: Export > Save Features As, Encoding UTF-8) "
            "hoặc thêm tệp .cpg ghi tên bảng mã (ví dụ 1258)",
        ),
    )


def _redecode(value, codec: str):
    if isinstance(value, str):
        return value.encode(RAW).decode(codec)
    return value


def _is_text(series: pd.Series) -> bool:
    return series.dtype == object or pd.api.types.is_string_dtype(series.dtype)


def normalise_text(df: pd.DataFrame) -> pd.DataFrame:
    """NFC-normalise every text column and column name."""
    out = df.rename(columns=lambda c: _nfc(c) if isinstance(c, str) else c)
    for col in out.columns:
        if col == "geometry" or not _is_text(out[col]):
            continue
        if out[col].dtype != object:  # pandas string dtype: vectorised, ASCII needs nothing
            if not out[col].str.isascii().fillna(True).all():
                out[col] = out[col].str.normalize("NFC")
        else:
            out[col] = by_unique(out[col], _nfc)
    return out


def _nfc(value):
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def read_text(path: Path) -> tuple[str, str]:
    """The text of a CSV file and its codec: UTF-8 (with or without BOM), else cp1258."""
    data = path.read_bytes()
    for codec in ("utf-8-sig", "cp1258"):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    raise DataError(
        path,
        Text("the text of this CSV is neither UTF-8 nor cp1258",
             "chữ trong tệp CSV này không phải mã UTF-8 hay cp1258"),
        Text("save it again as 'CSV UTF-8'", "lưu lại dưới dạng 'CSV UTF-8'"),
    )
