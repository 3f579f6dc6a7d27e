"""GeoPackage: the gap villages (points, and their areas), the fiber extensions of a fixed
list, the sites and the fiber network, each with a default QGIS style in ``layer_styles``.

Field names are the table's keys; the headers of the language travel as QGIS field aliases.
Layer descriptions (``gpkg_contents.description``) carry the title and the synthetic notice.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pandas as pd
import pyogrio

from coverage_planner.core.common.text import Text
from coverage_planner.core.exports import layers, qml
from coverage_planner.core.exports.columns import header, title
from coverage_planner.core.exports.sources import description

GAP_COLOURS = {"fixed": "227,26,28", "signal": "20,20,20", "broadband": "255,127,0",
               "5g": "231,41,138"}
NAMES = {
    "gap_villages": Text("Gap villages", "Thôn trong danh sách"),
    "gap_village_areas": Text("Gap village areas", "Ranh giới thôn trong danh sách"),
    "fiber_extensions": Text("Suggested fiber extensions", "Đề xuất kéo cáp quang"),
    "sites": Text("Sites", "Trạm BTS"),
    "fiber_cables": Text("Fiber cables", "Tuyến cáp quang"),
    "fiber_access_points": Text("Fiber access points", "Điểm truy nhập cáp quang"),
}


def _layers(table, job) -> list[tuple[str, object, str, str]]:
    """(layer name, GeoDataFrame, geometry type, QML) to write, in order."""
    gaps = table.attrs.get("gaps", "fixed")
    colour = GAP_COLOURS.get(gaps, GAP_COLOURS["fixed"])
    aliases = {k: header(k, job.lang) for k in table.columns}
    out = [("gap_villages", layers.points(table), "Point",
            qml.style("marker", qml.marker(colour + ",255", 2.8), aliases, label="name"))]
    if job.options.get("polygons", True):
        areas = layers.polygons(table, job.project)
        if areas is not None:
            out.append(("gap_village_areas", areas, "MultiPolygon",
                        qml.style("fill", qml.fill(colour + ",70", colour + ",255"), aliases)))
    ext = layers.extensions(table, job.project, job)
    if ext is not None:
        out.append(("fiber_extensions", ext, "LineString",
                    qml.style("line", qml.line("227,26,28,255", 0.7, "dash"))))
    sites = layers.sites(job.project)
    names = sorted(set(sites["operator"]))
    out.append(("sites", sites, "Point", qml.style(
        "marker", qml.marker(qml.OTHER + ",255", 1.8, "triangle"), attr="operator",
        categories=qml.carrier_categories("marker", names,
                                          lambda c: qml.marker(c, 1.8, "triangle")))))
    cables = layers.fiber_cables(job.project)
    if cables is not None:
        out.append(("fiber_cables", cables, "LineString", qml.style(
            "line", qml.line("178,148,209,255", 0.4), attr="kind",
            categories={"trunk": qml.line("106,61,154,255", 0.8),
                        "distribution": qml.line("178,148,209,255", 0.4)})))
    aps = layers.access_points(job.project)
    if aps is not None:
        out.append(("fiber_access_points", aps, "Point",
                    qml.style("marker", qml.marker("106,61,154,255", 1.2, "square"))))
    return out


def _styles(path: Path, styles: list[tuple[str, str]], lang: str) -> None:
    with closing(sqlite3.connect(path)) as con:
        geom = dict(con.execute("SELECT table_name, column_name FROM gpkg_geometry_columns"))
    now = pd.Timestamp.now(tz="UTC").floor("s")
    frame = pd.DataFrame({
        "f_table_catalog": "", "f_table_schema": "",
        "f_table_name": [name for name, _ in styles],
        "f_geometry_column": [geom.get(name, "geom") for name, _ in styles],
        "styleName": [NAMES[name](lang) for name, _ in styles],
        "styleQML": [text for _, text in styles],
        "styleSLD": "", "useAsDefault": True,
        "description": [NAMES[name](lang) for name, _ in styles],
        "owner": "", "ui": "", "update_time": now,
    })
    pyogrio.write_dataframe(frame, path, layer="layer_styles", driver="GPKG", FID="id")


def write(table, out: Path, job) -> list[Path]:
    text = description(job.project, job.lang, title(table, job.lang))
    todo = _layers(table, job)
    for i, (name, gdf, geometry_type, _) in enumerate(todo):
        # GeoPackage 1.2: read by every GDAL and QGIS 3 (GDAL 3.12 would write 1.4)
        created = {"dataset_options": {"VERSION": "1.2"}} if i == 0 else {}
        pyogrio.write_dataframe(gdf, out, layer=name, driver="GPKG",
                                geometry_type=geometry_type,
                                promote_to_multi=geometry_type.startswith("Multi"),
                                layer_options={"IDENTIFIER": NAMES[name](job.lang),
                                               "DESCRIPTION": text, "SPATIAL_INDEX": "YES"},
                                **created)
        job.step(0.1 + 0.8 * (i + 1) / len(todo), Text("GeoPackage layers", "Lớp GeoPackage"))
    _styles(out, [(name, style) for name, _, _, style in todo], job.lang)
    return [out]
