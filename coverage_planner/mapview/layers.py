"""One payload per map layer: the data (JSON text for a ``.js`` file) and how to draw it.

Every string that ends up as HTML (tooltips, popups, layer names) is escaped here; the page's
script inserts these fragments as they are and never builds HTML from raw data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from coverage_planner.core.project.model import Project
from coverage_planner.mapview.escape import esc, js_json, text_of
from coverage_planner.mapview.geojson import feature_collection, first_column, rounded, to_wgs84
from coverage_planner.mapview.i18n import tr
from coverage_planner.mapview.result import result_payload
from coverage_planner.mapview.style import COLOURS, OPERATORS, VillageStyle, operator_key

ADMIN_NAME_COLUMNS = {
    "communes": ("name", "commune_vn", "commune_name", "commune", "ten"),
    "districts": ("name", "district_vn", "district_name", "district", "ten"),
}
#: zoom from which an admin layer shows its labels
LABEL_ZOOM = {"districts": 9, "communes": 11}
AP_MIN_ZOOM = 11


@dataclass
class Payload:
    """A layer for the page. ``data`` is JSON text; ``name`` is escaped HTML."""

    key: str
    kind: str  # "admin" | "villages" | "points" | "lines"
    name: str
    data: str
    count: int
    options: dict = field(default_factory=dict)
    show: bool = True
    #: the villages' legend block (escaped HTML) when it differs from the VillageStyle's
    legend: str | None = None

    def spec(self) -> dict:
        return {"key": self.key, "kind": self.kind, "name": self.name,
                "show": self.show, "options": self.options}


def fmt_int(value: int, lang: str) -> str:
    """An integer with thousands separators: 1.562 in Vietnamese, 1,562 in English."""
    text = f"{int(value):,}"
    return text.replace(",", ".") if lang == "vi" else text


def _name(key: str, lang: str, count: int, **kwargs) -> str:
    return f'{esc(tr(key, lang, **kwargs))} <span class="cp-count">({fmt_int(count, lang)})</span>'


def popup_html(title: str, rows: list[tuple[str, object]]) -> str:
    """A popup: an escaped title and a table of escaped label/value rows (empty values dropped)."""
    cells = "".join(
        f"<tr><th>{esc(label)}</th><td>{esc(value)}</td></tr>"
        for label, value in rows
        if text_of(value) != ""
    )
    return f'<div class="cp-popup"><b>{esc(title)}</b><table>{cells}</table></div>'


def _int_text(value) -> str:
    text = text_of(value)
    try:
        return f"{int(float(text)):,}" if text else ""
    except ValueError:
        return text


def admin_payload(project: Project, key: str, lang: str) -> Payload | None:
    gdf = project.layer(key)
    if gdf is None or gdf.empty:
        return None
    gdf = to_wgs84(gdf)
    col = first_column(gdf, ADMIN_NAME_COLUMNS[key])
    names = gdf[col].map(text_of) if col else pd.Series([""] * len(gdf), index=gdf.index)
    points = rounded(gdf.geometry.representative_point().to_numpy())
    labels = [[p.y, p.x, esc(n)] for p, n in zip(points, names) if n]
    fc = feature_collection(gdf.geometry.to_numpy(), [{} for _ in range(len(gdf))])
    colour = COLOURS["district" if key == "districts" else "commune"]
    options = {
        "style": {"color": colour, "weight": 2.5 if key == "districts" else 1,
                  "fill": False, "interactive": False},
        "labelZoom": LABEL_ZOOM[key],
        "labelClass": f"cp-label cp-label-{key}",
    }
    data = '{"fc":' + fc + ',"labels":' + js_json(labels) + "}"
    return Payload(key, "admin", _name(key, lang, len(gdf)), data, len(gdf), options)


def village_payload(project: Project, style: VillageStyle, lang: str,
                    result: pd.DataFrame | None = None) -> Payload | None:
    """The villages, coloured by ``style``, or by coverage status when ``result`` (the
    :class:`CoverageResult` villages table) is given.
    """
    gdf = project.villages
    if gdf is None or gdf.empty:
        return None
    gdf = to_wgs84(gdf)
    classes = style.classify(gdf)
    shown = result_payload(result, lang) if result is not None else None
    has = set(gdf.columns)
    props = []
    for (_, row), (colour, label) in zip(gdf.iterrows(), classes):
        vid = text_of(row.get("village_id"))
        name = text_of(row.get("name"))
        status = shown["v"].get(vid) if shown is not None else None
        if status is not None:
            props.append({"id": vid, "c": colour, "k": status[0], "t": status[2],
                          "p": status[1]})
            continue
        rows = [
            (tr("commune", lang), row.get("commune")),
            (tr("district", lang), row.get("district")),
            (tr("households", lang), _int_text(row.get("households"))),
        ]
        if "fiber_subscribers" in has:
            rows.append((tr("fiber_subscribers", lang), _int_text(row.get("fiber_subscribers"))))
        if style.column is not None:
            rows.append((tr("status", lang), label(lang)))
        rows.append((tr("village_id", lang), row.get("village_id")))
        props.append({
            "id": vid,
            "c": colour,
            "t": esc(name),
            "p": popup_html(name, rows),
        })
    fc = feature_collection(gdf.geometry.to_numpy(), props)
    options = {"style": {"color": COLOURS["village_line"], "weight": 0.6,
                         "fillOpacity": 0.55, "opacity": 0.8}}
    if shown is not None:
        options.update(styles=shown["styles"], patterns=shown["patterns"],
                       counts=shown["counts"])
    payload = Payload("villages", "villages", _name("villages", lang, len(gdf)), fc, len(gdf),
                      options)
    payload.legend = shown["legend"] if shown is not None else None
    return payload


def _sites(cells) -> pd.DataFrame:
    """One row per site: position, operator, technologies and cell count, from the cells."""
    gdf = to_wgs84(cells)
    df = pd.DataFrame({
        "site": gdf["site_id"].map(text_of) if "site_id" in gdf.columns else gdf.index.astype(str),
        "op": gdf["operator"].map(text_of) if "operator" in gdf.columns else "",
        "tech": gdf["technology"].map(text_of) if "technology" in gdf.columns else "",
        "height": gdf["height_m"] if "height_m" in gdf.columns else float("nan"),
        "lon": gdf.geometry.x.round(5),
        "lat": gdf.geometry.y.round(5),
    })
    return df.groupby("site", sort=False).agg(
        op=("op", "first"),
        tech=("tech", lambda s: sorted({t for t in s if t})),
        cells=("op", "size"),
        height=("height", "max"),
        lon=("lon", "first"),
        lat=("lat", "first"),
    ).reset_index()


def site_payloads(project: Project, lang: str) -> list[Payload]:
    cells = project.cells
    if cells is None or cells.empty:
        return []
    sites = _sites(cells)
    sites["key"] = sites["op"].map(operator_key)
    out = []
    five_g = []
    for op_key, (display, colour) in OPERATORS.items():
        group = sites[sites["key"] == op_key]
        if group.empty:
            continue
        points = []
        for row in group.itertuples(index=False):
            techs = ", ".join(row.tech)
            pop = popup_html(row.site, [
                (tr("operator", lang), row.op),
                (tr("technologies", lang), techs),
                (tr("cells", lang), row.cells),
                (tr("height", lang), _int_text(row.height)),
            ])
            # the id: a click selects the site for what-if editing (through the Qt bridge)
            point = {"la": row.lat, "lo": row.lon, "c": colour, "id": row.site,
                     "t": esc(f"{row.op} {row.site} ({techs})"), "p": pop}
            points.append(point)
            if "5G" in row.tech:
                five_g.append(point)
        op_name = display or tr("other_operator", lang)
        name = _name("sites_of", lang, len(points), op=op_name)
        options = {"cluster": True, "clusterColour": colour, "radius": 5,
                   "style": {"color": "#ffffff", "weight": 1, "fillOpacity": 0.9}}
        out.append(Payload(f"sites_{op_key}", "points", name, js_json(points), len(points),
                           options))
    if five_g:
        options = {"cluster": False, "radius": 8,
                   "style": {"color": COLOURS["5g"], "weight": 3, "fillOpacity": 0.9}}
        out.append(Payload("sites_5g", "points", _name("sites_5g", lang, len(five_g)),
                           js_json(five_g), len(five_g), options))
    return out


def _point_payload(gdf, key: str, lang: str, id_col: str, colour: str, fill: str,
                   radius: float, title_key: str) -> Payload | None:
    if gdf is None or gdf.empty:
        return None
    gdf = to_wgs84(gdf)
    points = []
    for row, geom in zip(gdf.itertuples(index=False), rounded(gdf.geometry.to_numpy())):
        values = row._asdict()
        ident = text_of(values.get(id_col))
        name = text_of(values.get("name")) or ident
        rows = [(tr("name", lang), name)] if name != ident else []
        points.append({"la": geom.y, "lo": geom.x, "c": fill,
                       "t": esc(name or tr(title_key, lang)),
                       "p": popup_html(tr(title_key, lang), [*rows, ("ID", ident)])})
    options = {"cluster": False, "radius": radius,
               "style": {"color": colour, "weight": 1.5, "fillOpacity": 0.95}}
    return Payload(key, "points", _name(key, lang, len(points)), js_json(points), len(points),
                   options)


def wifi_payload(project: Project, lang: str) -> Payload | None:
    return _point_payload(project.wifi, "wifi", lang, "wifi_id", "#0b6f7a", COLOURS["wifi"],
                          5, "wifi")


def access_point_payload(project: Project, lang: str) -> Payload | None:
    payload = _point_payload(project.fiber_access_points, "fiber_access_points", lang, "ap_id",
                             COLOURS["access_point"], "#ffffff", 3, "fiber_access_points")
    if payload is not None:
        # a thousand rings hide everything at province scale: drawn from commune scale on
        payload.options["minZoom"] = AP_MIN_ZOOM
    return payload


def fiber_payload(project: Project, lang: str) -> Payload | None:
    gdf = project.fiber_cables
    if gdf is None or gdf.empty:
        return None
    gdf = to_wgs84(gdf)
    props = []
    for row in gdf.itertuples(index=False):
        values = row._asdict()
        kind = text_of(values.get("kind")).lower()
        trunk = kind == "trunk"
        label = tr("trunk" if trunk else "distribution", lang)
        ident = text_of(values.get("cable_id"))
        props.append({"c": COLOURS["trunk" if trunk else "distribution"], "w": 4 if trunk else 2,
                      "t": esc(f"{label} {ident}".strip())})
    fc = feature_collection(gdf.geometry.to_numpy(), props)
    return Payload("fiber_cables", "lines", _name("fiber_cables", lang, len(gdf)), fc, len(gdf),
                   {"style": {"opacity": 0.9}})


def _is_local_road(gdf) -> pd.Series:
    """Local (village) roads vs main roads and railways, from ``kind`` / ``origin`` if present."""
    if "kind" in gdf.columns:
        return gdf["kind"].map(text_of).str.lower().eq("local")
    return pd.Series(False, index=gdf.index)


def road_payloads(project: Project, lang: str) -> list[Payload]:
    gdf = project.roads
    if gdf is None or gdf.empty:
        return []
    gdf = to_wgs84(gdf)
    col = first_column(gdf, ("name", "ten", "ref", "ma"))
    local = _is_local_road(gdf).to_numpy()
    out = []
    for key, part, colour, width, show in (
        ("roads", gdf[~local], COLOURS["road"], 2.5, True),
        ("local_roads", gdf[local], COLOURS["local_road"], 1, False),
    ):
        if part.empty:
            continue
        props = [{"c": colour, "w": width, "t": esc(v) if col else ""}
                 for v in (part[col] if col else [None] * len(part))]
        fc = feature_collection(part.geometry.to_numpy(), props)
        out.append(Payload(key, "lines", _name(key, lang, len(part)), fc, len(part),
                           {"style": {"opacity": 0.8}}, show=show))
    return out


def all_payloads(project: Project, style: VillageStyle, lang: str,
                 result: pd.DataFrame | None = None) -> list[Payload]:
    """The layers in drawing order (bottom first): outlines above the villages' fill."""
    from coverage_planner.mapview.measurements import measurements_payload

    payloads = [
        village_payload(project, style, lang, result),
        admin_payload(project, "communes", lang),
        admin_payload(project, "districts", lang),
        *road_payloads(project, lang),
        fiber_payload(project, lang),
        access_point_payload(project, lang),
        *site_payloads(project, lang),
        wifi_payload(project, lang),
        measurements_payload(getattr(project, "measurements", None), lang),
    ]
    return [p for p in payloads if p is not None]
