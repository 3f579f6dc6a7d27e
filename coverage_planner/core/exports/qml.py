"""QGIS layer styles (QML) for the GeoPackage's ``layer_styles`` table.

QGIS reads the default style of a GeoPackage layer from ``layer_styles.styleQML``. Each style
here is a single-symbol or categorised renderer, field aliases (the headers of the language)
and, for villages, labels with the village name. Symbol-layer properties are written both as
``<Option>`` maps (QGIS ≥ 3.16) and as ``<prop>`` pairs (older QGIS 3).
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

VERSION = "3.28.0-Firenze"
#: carrier -> colour, as on the map
CARRIER_COLOURS = {"Viettel": "215,25,28", "VNPT": "33,102,172", "MobiFone": "242,142,43"}
OTHER = "127,127,127"


def _props(layer: ET.Element, props: dict) -> None:
    opt = ET.SubElement(layer, "Option", type="Map")
    for k, v in props.items():
        ET.SubElement(opt, "Option", type="QString", name=k, value=str(v))
    for k, v in props.items():
        ET.SubElement(layer, "prop", k=k, v=str(v))


def symbol(kind: str, name: str, props: dict) -> ET.Element:
    """A symbol of one layer: kind "marker" (SimpleMarker), "line" or "fill"."""
    cls = {"marker": "SimpleMarker", "line": "SimpleLine", "fill": "SimpleFill"}[kind]
    sym = ET.Element("symbol", type=kind, name=name, alpha="1", clip_to_extent="1",
                     force_rhr="0")
    layer = ET.SubElement(sym, "layer", {"class": cls, "enabled": "1", "locked": "0",
                                         "pass": "0"})
    _props(layer, props)
    return sym


def marker(colour: str, size: float = 2.6, shape: str = "circle",
           outline: str = "255,255,255,255") -> dict:
    return {"name": shape, "color": colour, "size": size, "size_unit": "MM",
            "outline_color": outline, "outline_style": "solid", "outline_width": 0.3,
            "outline_width_unit": "MM", "angle": 0}


def line(colour: str, width: float = 0.5, style: str = "solid") -> dict:
    return {"line_color": colour, "line_width": width, "line_width_unit": "MM",
            "line_style": style, "capstyle": "round", "joinstyle": "round"}


def fill(colour: str, outline: str, width: float = 0.4) -> dict:
    return {"color": colour, "style": "solid", "outline_color": outline,
            "outline_style": "solid", "outline_width": width, "outline_width_unit": "MM"}


def _renderer(root: ET.Element, kind: str, props: dict, attr: str | None,
              categories: dict | None, other: dict | None) -> None:
    if attr is None:
        r = ET.SubElement(root, "renderer-v2", type="singleSymbol", symbollevels="0",
                          forceraster="0", enableorderby="0")
        ET.SubElement(r, "symbols").append(symbol(kind, "0", props))
    else:
        r = ET.SubElement(root, "renderer-v2", type="categorizedSymbol", attr=attr,
                          symbollevels="0", forceraster="0", enableorderby="0")
        cats = ET.SubElement(r, "categories")
        syms = ET.SubElement(r, "symbols")
        items = list((categories or {}).items()) + ([("", other)] if other else [])
        for i, (value, p) in enumerate(items):
            ET.SubElement(cats, "category", render="true", symbol=str(i), value=str(value),
                          type="string", label=str(value) or "—")
            syms.append(symbol(kind, str(i), p))
    ET.SubElement(r, "rotation")
    ET.SubElement(r, "sizescale")


def _labels(root: ET.Element, field: str) -> None:
    lab = ET.SubElement(root, "labeling", type="simple")
    settings = ET.SubElement(lab, "settings", calloutType="simple")
    ET.SubElement(settings, "text-style", fieldName=field, isExpression="0", fontSize="8",
                  fontSizeUnit="Point", textColor="40,40,40,255", fontFamily="Sans Serif",
                  namedStyle="Regular")
    ET.SubElement(settings, "text-buffer", bufferDraw="1", bufferSize="0.7",
                  bufferSizeUnits="MM", bufferColor="255,255,255,255", bufferOpacity="1")
    ET.SubElement(settings, "placement", placement="6", dist="1", distUnits="MM")
    ET.SubElement(settings, "rendering", obstacle="1", limitNumLabels="0", drawLabels="1")
    ET.SubElement(root, "customproperties")


def style(kind: str, props: dict, aliases: dict | None = None, label: str | None = None,
          attr: str | None = None, categories: dict | None = None,
          other: dict | None = None) -> str:
    """The QML document (text) of one layer."""
    root = ET.Element("qgis", version=VERSION, styleCategories="AllStyleCategories",
                      labelsEnabled="1" if label else "0")
    _renderer(root, kind, props, attr, categories, other)
    if label:
        _labels(root, label)
    if aliases:
        al = ET.SubElement(root, "aliases")
        for i, (field, name) in enumerate(aliases.items()):
            ET.SubElement(al, "alias", field=field, index=str(i), name=name)
    geom = {"marker": "0", "line": "1", "fill": "2"}[kind]
    ET.SubElement(root, "layerGeometryType").text = geom
    body = ET.tostring(root, encoding="unicode")
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + body


def carrier_categories(kind: str, names, make) -> dict:
    return {n: make(CARRIER_COLOURS.get(n, OTHER) + ",255") for n in names}
