"""Refusals before GDAL parses a file: zip archives that unpack too far (zip bombs) and XML
(KML) that declares a DTD or entities (billion laughs, external entities).

Zips (``.zip``, ``.shp.zip``, ``.kmz``) are checked twice: the sizes their headers declare must
stay under the size limit, and every member is then inflated here, in bounded chunks and
without keeping the data, to check that it really unpacks to what it declares (a forged header
can hide a bomb), that its compression ratio is not one only a crafted file reaches, and that
its checksum holds. Only stored and Deflate members are accepted: they are what GDAL reads.

GDAL's KML drivers already resist these attacks (LIBKML stops at a DOCTYPE, the expat-based
driver rejects "million laugh" patterns and does not fetch external entities), but with a
message that reads like a damaged file. A KML has no use for a DTD, so the file is scanned and
a ``<!DOCTYPE`` or ``<!ENTITY`` is refused with a clear message; the members of a KMZ too. (The
whole file is scanned, not only its prolog: a comment can hide where the prolog ends.)
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.io.raw import unreadable

#: Deflate cannot pass ~1032:1; beyond this ratio a member is crafted, not compressed data
MAX_RATIO = 1000
#: members smaller than this are not held to the ratio
RATIO_FLOOR = 10 * 2**20
CHUNK = 1 << 20
_DTD = re.compile(rb"<!(doctype|entity)", re.IGNORECASE)


def too_big(path: Path, size: float, limit_mb: float, unpacked: bool = False) -> DataError:
    what = Text("unpacks to", "khi giải nén có") if unpacked else Text("is", "có dung lượng")
    return DataError(
        path,
        Text(f"the file {what.en} {size / 2**20:.0f} MB, above the limit of {limit_mb:g} MB",
             f"tệp {what.vi} {size / 2**20:.0f} MB, vượt giới hạn {limit_mb:g} MB"),
        Text("split it (e.g. by district), or raise the limit with the environment "
             "variable COVERAGE_PLANNER_MAX_FILE_MB",
             "chia nhỏ tệp (ví dụ theo huyện), hoặc nâng giới hạn bằng biến môi trường "
             "COVERAGE_PLANNER_MAX_FILE_MB"),
    )


def _bomb(path: Path, member: str, why: Text) -> DataError:
    return DataError(
        path,
        Text(f"the archive member '{member}' {why.en}: a zip bomb or a damaged archive",
             f"tệp '{member}' trong tệp nén {why.vi}: tệp nén độc hại (zip bomb) hoặc bị hỏng"),
        Text("do not open this file; ask for the layer again, zipped normally (or unzipped)",
             "không mở tệp này; xin lại lớp dữ liệu, nén bình thường (hoặc không nén)"),
    )


def check_zip(path: Path, limit_mb: float) -> None:
    """Refuse a zip that declares or really unpacks to more than ``limit_mb``, or is forged."""
    limit = limit_mb * 2**20
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise unreadable(path, f"not a valid zip archive: {exc}") from None
    declared = sum(i.file_size for i in infos)
    if declared > limit:
        raise too_big(path, declared, limit_mb, unpacked=True)
    for info in infos:
        if info.flag_bits & 0x1:
            raise DataError(path, Text(f"'{info.filename}' in the archive is "
                                       "password-protected", f"'{info.filename}' trong tệp nén "
                                       "có mật khẩu"),
                            Text("zip it again without a password",
                                 "nén lại không đặt mật khẩu"))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise DataError(path, Text(f"'{info.filename}' is compressed with a method other "
                                       "than Deflate, which cannot be read",
                                       f"'{info.filename}' được nén bằng phương pháp khác Deflate"
                                       ", không đọc được"),
                            Text("zip it again with the usual method (Deflate), e.g. from the "
                                 "file manager", "nén lại bằng phương pháp thông thường "
                                 "(Deflate), ví dụ từ trình quản lý tệp"))
    with open(path, "rb") as fh:
        for info in infos:
            # only KML: a zipped Shapefile's .shp.xml metadata may name a DTD, and GDAL
            # does not read it
            kml = info.filename.lower().endswith(".kml")
            _inflate(fh, info, path, DtdScanner(path, info.filename) if kml else None)


def _inflate(fh, info: zipfile.ZipInfo, path: Path, scanner) -> None:
    """Unpack one member in chunks: its real size, ratio and CRC must match its header."""
    fh.seek(info.header_offset)
    head = fh.read(30)
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        raise unreadable(path, f"the header of '{info.filename}' is damaged")
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    fh.seek(name_len + extra_len, 1)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, size, crc = info.compress_size, 0, 0
    try:
        while left > 0:
            chunk = fh.read(min(CHUNK, left))
            if not chunk:
                raise unreadable(path, f"'{info.filename}' is cut short")
            left -= len(chunk)
            while chunk:
                data = inflater.decompress(chunk, CHUNK) if inflater else chunk
                chunk = inflater.unconsumed_tail if inflater else b""
                size += len(data)
                if size > info.file_size:
                    raise _bomb(path, info.filename, Text(
                        f"unpacks to more than the {info.file_size} bytes it declares",
                        f"giải nén ra nhiều hơn {info.file_size} byte đã khai báo"))
                crc = zlib.crc32(data, crc)
                if scanner is not None:
                    scanner.feed(data)
                if inflater and inflater.eof:
                    break
    except zlib.error as exc:
        raise unreadable(path, f"'{info.filename}': {exc}") from None
    if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
        raise _bomb(path, info.filename, Text(
            f"inflates {size // max(info.compress_size, 1)} times",
            f"giải nén ra gấp {size // max(info.compress_size, 1)} lần"))
    if size != info.file_size or crc != info.CRC:
        raise unreadable(path, f"'{info.filename}' fails its checksum")


class DtdScanner:
    """Looks for ``<!DOCTYPE`` / ``<!ENTITY`` in an XML document fed in chunks."""

    def __init__(self, path: Path, member: str | None = None) -> None:
        self.path, self.member, self.tail = path, member, b""

    def feed(self, data: bytes) -> None:
        text = self.tail + data.replace(b"\x00", b"")  # UTF-16 text: drop the NUL halves
        if _DTD.search(text):
            where = f"'{self.member}' in " if self.member else ""
            raise DataError(
                self.path,
                Text(f"{where}this KML declares a DOCTYPE or XML entities, which KML never needs "
                     "and which can be used to attack the reader (entity expansion, external "
                     "entities)", f"{where}tệp KML này khai báo DOCTYPE hoặc thực thể XML "
                     "(ENTITY), KML không bao giờ cần và có thể dùng để tấn công trình đọc"),
                Text("export the layer again from Google Earth or QGIS (they never write a "
                     "DOCTYPE), or remove the <!DOCTYPE ...> block",
                     "xuất lại lớp từ Google Earth hoặc QGIS (không bao giờ ghi DOCTYPE), hoặc "
                     "xóa khối <!DOCTYPE ...>"),
            )
        self.tail = text[-16:]


def check_xml(path: Path) -> None:
    """Scan a KML file for a DTD (see :class:`DtdScanner`)."""
    scanner = DtdScanner(path)
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            scanner.feed(chunk)
