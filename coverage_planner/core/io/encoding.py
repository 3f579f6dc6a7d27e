"""Text encodings of Shapefiles and CSV files (Vietnamese data is UTF-8 or Windows-1258).

A Shapefile is read with GDAL told the bytes are Latin-1, which maps every byte to one
character; we then decode the bytes in Python: with the encoding named in the ``.cpg`` file if
there is one, else UTF-8, else cp1258. (GDAL's own cp1258 conversion through iconv drops the
last letter of a field, so it is not used.) A CSV is UTF-8 (with or without BOM), UTF-16 (Excel's
"Unicode Text") or cp1258. All text ends up NFC-normalised, so that ``Bản Phố`` typed on a
keyboard equals the one read from a file.

Legacy font encodings (:mod:`.legacy`) are looked for in the bytes of files not declared UTF-8,
and in the text of every file (``B¶n Phè`` typed in a .VnTime font and saved as Unicode): TCVN3
(ABC) is converted to Unicode with a warning; VNI is refused with the fix.
"""

from __future__ import annotations

import codecs
import unicodedata
import zipfile
from pathlib import Path

import pandas as pd

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.io import legacy
from coverage_planner.core.io.checks import by_unique, row_of

FALLBACKS = ("utf-8", "cp1258")
RAW = "latin1"
TCVN3_NAME = "TCVN3 (ABC)"
#: distinct values looked at to recognise an encoding
SAMPLE = 5000
#: bytes of a CSV looked at to recognise an encoding
CSV_SAMPLE = 1 << 20


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
    if encoding != "utf-8":  # a .cpg naming UTF-8 is trusted; single-byte code pages are not
        raw = {c: _raw_values(df[c]) for c in texts}
        found = legacy.detect_bytes(b"\n".join(v for vals in raw.values() for v in vals))
        if found == "vni":
            raise _legacy_refusal(df, texts, path, "vni", lambda v: v.encode(RAW))
        if found == "tcvn3":
            _check_tcvn3(df, texts, path, lambda v: v.encode(RAW))
            out = df.copy()
            for c in texts:
                out[c] = by_unique(out[c], _from_tcvn3)
            renamed = {c: _from_tcvn3(c) for c in names}
            return normalise_text(out.rename(columns=renamed)), TCVN3_NAME
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


def _strings(series: pd.Series) -> list[str]:
    """Distinct non-ASCII text values of a column (at most :data:`SAMPLE`)."""
    series = series.dropna()
    if series.dtype != object:  # pandas string dtype: vectorised
        series = series[~series.str.isascii().astype(bool)]
    values = series.to_numpy(dtype=object)
    try:
        values = pd.unique(values)
    except TypeError:  # lists (a GeoJSON array property): looked at one by one
        pass
    out = [v for v in values if isinstance(v, str) and not v.isascii()]
    return list(dict.fromkeys(out))[:SAMPLE]


def _raw_values(series: pd.Series) -> list[bytes]:
    return [v.encode(RAW) for v in _strings(series)]


def _from_tcvn3(value, to_bytes=lambda v: v.encode(RAW)):
    if isinstance(value, str) and not value.isascii():
        data = to_bytes(value)
        return legacy.decode_tcvn3(data)[0] if data is not None else value
    return value


def _first_legacy(df, texts, to_bytes, bad) -> tuple:
    """(row label, column, bytes) of the first value for which ``bad(bytes)`` holds."""
    for c in texts:
        for label, v in df[c].items():
            data = to_bytes(v) if isinstance(v, str) and not v.isascii() else None
            if data is not None and not data.isascii() and bad(data):
                return label, c, data
    return None, None, None


def _check_tcvn3(df, texts, path, to_bytes) -> None:
    label, column, data = _first_legacy(df, texts, to_bytes,
                                        lambda d: bool(legacy.decode_tcvn3(d)[1]))
    if data is not None:
        unknown = ", ".join(f"0x{b:02X}" for b in sorted(set(legacy.decode_tcvn3(data)[1])))
        raise tcvn3_unsure_error(path, legacy.example(data), unknown, row_of(label), column)


def _legacy_refusal(df, texts, path, kind, to_bytes) -> DataError:
    label, column, data = _first_legacy(df, texts, to_bytes, lambda d: True)
    example = legacy.example(data) if data is not None else ""
    return vni_error(path, example, row_of(label) if label is not None else None, column)


def vni_error(path, example: str, row=None, column=None) -> DataError:
    shown = f" (e.g. '{example}')" if example else ""
    return DataError(
        path,
        Text(f"the text is in the VNI-Windows encoding{shown}, an old Vietnamese font encoding "
             "that is not converted automatically",
             f"chữ được gõ theo bảng mã VNI-Windows{shown}, bảng mã phông chữ cũ không được "
             "chuyển tự động"),
        Text("convert it to Unicode (Unikey > Công cụ chuyển mã: source VNI Windows, "
             "destination Unicode) and save the layer again as UTF-8 (QGIS: Export > Save "
             "Features As, Encoding UTF-8)",
             "chuyển sang Unicode (Unikey > Công cụ chuyển mã: nguồn VNI Windows, đích Unicode) "
             "rồi lưu lại lớp với mã UTF-8 (QGIS: Export > Save Features As, Encoding UTF-8)"),
        row=row, column=column,
    )


def tcvn3_unsure_error(path, example: str, unknown: str, row=None, column=None) -> DataError:
    return DataError(
        path,
        Text(f"the text looks like TCVN3 (ABC) but '{example}' holds byte(s) {unknown} that "
             "are not letters of TCVN3, so it is not converted",
             f"chữ có vẻ theo bảng mã TCVN3 (ABC) nhưng '{example}' có byte {unknown} không "
             "thuộc bảng TCVN3, nên không chuyển mã"),
        Text("convert it to Unicode (Unikey > Công cụ chuyển mã: source TCVN3 (ABC), "
             "destination Unicode) and save the layer again as UTF-8",
             "chuyển sang Unicode (Unikey > Công cụ chuyển mã: nguồn TCVN3 (ABC), đích "
             "Unicode) rồi lưu lại lớp với mã UTF-8"),
        row=row, column=column,
    )


def fix_unicode(df: pd.DataFrame, path: Path, notes: list) -> pd.DataFrame:
    """Convert TCVN3 characters stored as Unicode (``B¶n Phè``) to Vietnamese; refuse VNI."""
    texts = [c for c in df.columns if c != "geometry" and _is_text(df[c])]
    values = [v for c in texts for v in _strings(df[c])]
    found = legacy.detect_text(values) if values else None
    if found is None:
        return df
    if found == "vni":
        raise _legacy_refusal(df, texts, path, "vni", legacy.as_bytes)
    _check_tcvn3(df, texts, path, legacy.as_bytes)
    out = df.copy()
    for c in texts:
        out[c] = by_unique(out[c], lambda v: _from_tcvn3(v, legacy.as_bytes))
    notes.append(tcvn3_note(path))
    return normalise_text(out)


def tcvn3_note(path: Path) -> Text:
    return Text(f"{path.name}: text converted from the TCVN3 (ABC) font encoding to Unicode; "
                "check the names",
                f"{path.name}: đã chuyển chữ từ bảng mã TCVN3 (ABC) sang Unicode; hãy kiểm tra "
                "lại các tên")


def _redecode(value, codec: str):
    if isinstance(value, str):
        return value.encode(RAW).decode(codec)
    return value


def _is_text(series: pd.Series) -> bool:
    return series.dtype == object or pd.api.types.is_string_dtype(series.dtype)


def check_columns(df: pd.DataFrame, path: Path) -> None:
    """Refuse two columns that have the same name once normalised (``Số hộ`` typed two ways)."""
    repeated = df.columns[df.columns.duplicated()]
    if len(repeated):
        name = str(repeated[0])
        raise DataError(path, Text(f"two columns are named '{name}'",
                                   f"có hai cột cùng tên '{name}'"),
                        Text("give each column its own name, or remove the extra one",
                             "đặt tên riêng cho mỗi cột, hoặc xóa cột thừa"), column=name)


def normalise_text(df: pd.DataFrame) -> pd.DataFrame:
    """NFC-normalise every text column and column name."""
    out = df.rename(columns=lambda c: _nfc(c) if isinstance(c, str) else c)
    for i, col in enumerate(out.columns):  # by position: two names may now be one
        series = out.iloc[:, i]
        if col == "geometry" or not _is_text(series):
            continue
        if series.dtype != object:  # pandas string dtype: vectorised, ASCII needs nothing
            if not series.str.isascii().fillna(True).all():
                out.isetitem(i, series.str.normalize("NFC"))
        else:
            out.isetitem(i, by_unique(series, _nfc))
    return out


def _nfc(value):
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def read_text(path: Path) -> tuple[str, str]:
    """The text of a CSV file and its codec: UTF-8, UTF-16, TCVN3 (converted) or cp1258."""
    data = path.read_bytes()
    utf16 = _utf16(data[:4096])
    if utf16:
        try:
            return data.decode(utf16), "UTF-16"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError:
        pass
    sample = data[:CSV_SAMPLE]
    found = legacy.detect_bytes(sample)
    if found is not None:
        lines = data.split(b"\n")
        if found == "vni":
            line = next(i for i, s in enumerate(lines) if not s.isascii())
            raise vni_error(path, legacy.example(lines[line].strip()), row=line or None)
        text, unknown = legacy.decode_tcvn3(data)
        if unknown:
            line = next(i for i, s in enumerate(lines) if legacy.decode_tcvn3(s)[1])
            shown = ", ".join(f"0x{b:02X}" for b in sorted(set(unknown)))
            raise tcvn3_unsure_error(path, legacy.example(lines[line].strip()), shown,
                                     row=line or None)
        return text, TCVN3_NAME
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError:
        pass
    raise DataError(
        path,
        Text("the text of this CSV is neither UTF-8 nor cp1258",
             "chữ trong tệp CSV này không phải mã UTF-8 hay cp1258"),
        Text("save it again as 'CSV UTF-8'", "lưu lại dưới dạng 'CSV UTF-8'"),
    )


def _utf16(head: bytes) -> str | None:
    """"utf-16" for a BOM, "utf-16-le"/"utf-16-be" for ASCII text interleaved with NULs."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    if len(head) >= 4 and head[1::2].count(0) > 0.9 * len(head[1::2]):
        return "utf-16-le"
    if len(head) >= 4 and head[0::2].count(0) > 0.9 * len(head[0::2]):
        return "utf-16-be"
    return None
