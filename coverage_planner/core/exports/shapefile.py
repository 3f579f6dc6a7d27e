"""An ESRI Shapefile with a ``.cpg`` declaring UTF-8: the set of files, or zipped.

``gaps.shp`` writes ``gaps.shp``, ``.shx``, ``.dbf``, ``.prj`` and ``.cpg`` beside each other,
as ``ogr2ogr`` would (a set written before under that name is replaced whole, its stale spatial
indexes removed); ``gaps.zip`` writes the same files zipped, with ``fields.csv``.

dBASE field names have at most 10 characters: the table's keys are renamed by
:data:`~coverage_planner.core.exports.columns.SHAPEFILE_FIELDS` (``status_2G`` -> ``st_2g``,
``distance_site_km`` -> ``site_km``, ``fiber_extension_km`` -> ``ext_km``…), and the archive
carries ``fields.csv`` mapping each short name to its key and to the English and Vietnamese
headers.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
import warnings
import zipfile
from pathlib import Path

import pyogrio

from coverage_planner.core.exports.columns import HEADERS, SHAPEFILE_FIELDS
from coverage_planner.core.exports.layers import points

PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
#: side files of an older set under the same name that would no longer match it (what GDAL's
#: Shapefile driver deletes with the dataset besides PARTS)
STALE = (".sbn", ".sbx", ".qix", ".qpj", ".idm", ".ind")


def fields_csv() -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["field", "key", "en", "vi"])
    for key, short in SHAPEFILE_FIELDS.items():
        w.writerow([short, key, HEADERS[key].en, HEADERS[key].vi])
    return buf.getvalue()


def write_parts(table, folder: Path, stem: str) -> list[Path]:
    """``stem.shp`` and its side files in ``folder``; the parts that exist, in PARTS order."""
    shp = folder / f"{stem}.shp"
    gdf = points(table).rename(columns=SHAPEFILE_FIELDS)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pyogrio notes the .cpg / field widths
        pyogrio.write_dataframe(gdf, shp, driver="ESRI Shapefile", encoding="UTF-8",
                                geometry_type="Point")
    cpg = shp.with_suffix(".cpg")
    if not cpg.exists():
        cpg.write_text("UTF-8", encoding="ascii")
    return [p for p in (shp.with_suffix(s) for s in PARTS) if p.exists()]


def _part(out: Path, suffix: str) -> Path:
    """``out`` with the part's ending, in the case ``out`` ends in (GAPS.SHP -> GAPS.DBF)."""
    return out.with_suffix(suffix.upper() if out.suffix.isupper() else suffix)


def write_set(table, out: Path) -> list[Path]:
    """The files of the set beside ``out`` (a ``.shp`` path), each complete when it appears:
    written into a hidden folder beside it, then moved into place, ``.shp`` last."""
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.stem}.part", dir=out.parent))
    try:
        parts = write_parts(table, tmp, out.stem)
        for suffix in STALE:
            _part(out, suffix).unlink(missing_ok=True)
        placed = []
        for part in sorted(parts, key=lambda p: p.suffix == ".shp"):
            target = _part(out, part.suffix)
            os.replace(part, target)
            placed.append(target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return sorted(placed, key=lambda p: PARTS.index(p.suffix.lower()))


def write(table, out: Path, job) -> list[Path]:
    if out.suffix.lower() == ".shp":
        return write_set(table, out)
    stem = Path(job.options.get("final_path", out)).stem or "gaps"
    with tempfile.TemporaryDirectory() as tmp:
        parts = write_parts(table, Path(tmp), stem)
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for part in parts:
                archive.write(part, part.name)
            archive.writestr("fields.csv", "\ufeff" + fields_csv())
    return [out]
