"""A zipped ESRI Shapefile with a ``.cpg`` declaring UTF-8.

dBASE field names have at most 10 characters: the table's keys are renamed by
:data:`~coverage_planner.core.exports.columns.SHAPEFILE_FIELDS` (``status_2G`` -> ``st_2g``,
``distance_site_km`` -> ``site_km``, ``fiber_extension_km`` -> ``ext_km``…), and the archive
carries ``fields.csv`` mapping each short name to its key and to the English and Vietnamese
headers.
"""

from __future__ import annotations

import csv
import io
import tempfile
import warnings
import zipfile
from pathlib import Path

import pyogrio

from coverage_planner.core.exports.columns import HEADERS, SHAPEFILE_FIELDS
from coverage_planner.core.exports.layers import points

PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


def fields_csv() -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["field", "key", "en", "vi"])
    for key, short in SHAPEFILE_FIELDS.items():
        w.writerow([short, key, HEADERS[key].en, HEADERS[key].vi])
    return buf.getvalue()


def write(table, out: Path, job) -> list[Path]:
    stem = Path(job.options.get("final_path", out)).stem or "gaps"
    gdf = points(table).rename(columns=SHAPEFILE_FIELDS)
    with tempfile.TemporaryDirectory() as tmp:
        shp = Path(tmp) / f"{stem}.shp"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pyogrio notes the .cpg / field widths
            pyogrio.write_dataframe(gdf, shp, driver="ESRI Shapefile", encoding="UTF-8",
                                    geometry_type="Point")
        cpg = shp.with_suffix(".cpg")
        if not cpg.exists():
            cpg.write_text("UTF-8", encoding="ascii")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for suffix in PARTS:
                part = shp.with_suffix(suffix)
                if part.exists():
                    archive.write(part, part.name)
            archive.writestr("fields.csv", "\ufeff" + fields_csv())
    return [out]
