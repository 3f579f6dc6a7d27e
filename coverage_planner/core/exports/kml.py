"""KML / KMZ for Google Earth, written with ElementTree (which escapes all text).

The document holds one Folder per district (and, for a list by commune, one sub-folder per
commune); each village is a Placemark at its centre with a style by household count (three
sizes, coloured by the kind of gap), the suggested action as its description and every column
as ExtendedData (``Data name=key`` with the header of the language as ``displayName``).
KMZ is the same ``doc.kml`` in a zip archive.
"""

from __future__ import annotations

import math
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

from coverage_planner.core.exports.columns import KEYS, header, title
from coverage_planner.core.exports.sources import description

NS = "http://www.opengis.net/kml/2.2"
ICON = "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"
#: gap kind -> colour as KML writes it (aabbggrr)
COLOURS = {"fixed": "ff1c1ae3", "signal": "ff000000", "broadband": "ff007fff", "5g": "ff8a29e7"}
SIZES = (("s", 0.8, 100), ("m", 1.1, 300), ("l", 1.4, math.inf))


def _sub(parent, tag: str, text=None, **attrs):
    el = ET.SubElement(parent, tag, {k: str(v) for k, v in attrs.items()})
    if text is not None:
        el.text = str(text)
    return el


def _styles(doc, gaps: str) -> None:
    colour = COLOURS.get(gaps, COLOURS["fixed"])
    for key, scale, _ in SIZES:
        style = _sub(doc, "Style", id=f"gap_{key}")
        icon_style = _sub(style, "IconStyle")
        _sub(icon_style, "color", colour)
        _sub(icon_style, "scale", scale)
        _sub(_sub(icon_style, "Icon"), "href", ICON)
        label = _sub(style, "LabelStyle")
        _sub(label, "scale", 0.7)


def _size(households) -> str:
    for key, _, upper in SIZES:
        if households < upper:
            return key
    return SIZES[-1][0]


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _placemark(folder, row: dict, lang: str) -> None:
    pm = _sub(folder, "Placemark", id=f"v_{row['village_id']}")
    _sub(pm, "name", row["name"])
    _sub(pm, "description", row.get("action") or "")
    _sub(pm, "styleUrl", f"#gap_{_size(row['households'])}")
    data = _sub(pm, "ExtendedData")
    for key in KEYS:
        if key in row:
            d = _sub(data, "Data", name=key)
            _sub(d, "displayName", header(key, lang))
            _sub(d, "value", _text(row[key]))
    _sub(_sub(pm, "Point"), "coordinates", f"{row['lon']:.6f},{row['lat']:.6f},0")


def build(table, job) -> ET.ElementTree:
    lang = job.lang
    root = ET.Element("kml", xmlns=NS)
    doc = _sub(root, "Document")
    _sub(doc, "name", title(table, lang))
    _sub(doc, "open", 1)
    _sub(doc, "description", description(job.project, lang, title(table, lang)))
    _styles(doc, table.attrs.get("gaps", "fixed"))
    by_commune = table.attrs.get("by") == "commune"
    for district, part in table.groupby("district", sort=False):
        folder = _sub(doc, "Folder")
        _sub(folder, "name", district)
        if by_commune:
            for commune, rows in part.groupby("commune", sort=False):
                sub = _sub(folder, "Folder")
                _sub(sub, "name", commune)
                for row in rows.to_dict("records"):
                    _placemark(sub, row, lang)
        else:
            for row in part.to_dict("records"):
                _placemark(folder, row, lang)
    return ET.ElementTree(root)


def kml_bytes(table, job) -> bytes:
    tree = build(table, job)
    ET.indent(tree, space=" ")
    return ET.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True)


def write(table, out: Path, job) -> list[Path]:
    data = kml_bytes(table, job)
    if job.fmt == "kmz":
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("doc.kml", data)
    else:
        out.write_bytes(data)
    return [out]
