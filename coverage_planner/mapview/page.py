"""Build the offline map page: ``index.html`` + ``lib/`` (vendored assets) + ``data/*.js``."""

from __future__ import annotations

import shutil
from pathlib import Path

from coverage_planner.core.common.paths import RESOURCES
from coverage_planner.core.project.model import Project
from coverage_planner.mapview.basemaps import csp
from coverage_planner.mapview.escape import esc, js_json
from coverage_planner.mapview.i18n import tr
from coverage_planner.mapview.layers import Payload, all_payloads
from coverage_planner.mapview.legend import attribution_html, legend_html
from coverage_planner.mapview.style import VillageStyle, default_village_style

WEB = RESOURCES / "web"
#: vendored files copied next to each page: (source under resources/web, kind)
ASSETS_JS = (
    ("leaflet", "leaflet/leaflet.js"),
    ("markercluster", "leaflet.markercluster/leaflet.markercluster.js"),
    ("cp_map", "cp/map.js"),
)
ASSETS_CSS = (
    ("leaflet_css", "leaflet/leaflet.css"),
    ("markercluster_css", "leaflet.markercluster/MarkerCluster.css"),
    ("markercluster_default_css", "leaflet.markercluster/MarkerCluster.Default.css"),
    ("cp_map_css", "cp/map.css"),
)
#: only inline code of our own and local files; no network source at all
CSP = csp(online=False)
QWEBCHANNEL_JS = "qrc:///qtwebchannel/qwebchannel.js"
#: Lào Cai, when a project has no geometry at all
FALLBACK_BOUNDS = [[21.85, 103.5], [22.85, 104.65]]


def copy_assets(out_dir: Path) -> Path:
    """Copy the vendored web assets into ``out_dir/lib`` (about 250 kB) and return it."""
    lib = out_dir / "lib"
    for folder in ("leaflet", "leaflet.markercluster", "cp"):
        shutil.copytree(WEB / folder, lib / folder, dirs_exist_ok=True)
    return lib


def _bounds(project: Project) -> list[list[float]]:
    for name in ("villages", "communes", "districts", "cells", "wifi", "fiber_cables"):
        gdf = project.layer(name)
        if gdf is None or gdf.empty:
            continue
        if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
            gdf = gdf.to_crs(4326)
        minx, miny, maxx, maxy = (float(v) for v in gdf.total_bounds)
        if all(v == v for v in (minx, miny, maxx, maxy)):  # not NaN
            return [[round(miny, 5), round(minx, 5)], [round(maxy, 5), round(maxx, 5)]]
    return FALLBACK_BOUNDS


def _write_data(data_dir: Path, payload: Payload) -> str:
    path = data_dir / f"{payload.key}.js"
    path.write_text(
        f"window.cpData=window.cpData||{{}};window.cpData[{js_json(payload.key)}]={payload.data};\n",
        encoding="ascii",
    )
    return f"data/{path.name}"


def _draw_element(map_name: str, config: dict):
    """A folium child whose script draws the layers once the map exists."""
    from branca.element import MacroElement
    from jinja2 import Template

    element = MacroElement()
    element._name = "CpDraw"
    # data goes in attributes, never into the template source (no template injection)
    element._template = Template(
        "{% macro script(this, kwargs) %}cpDraw({{ this.cp_map }}, {{ this.cp_config }});"
        "{% endmacro %}"
    )
    element.cp_map = map_name
    element.cp_config = js_json(config)
    return element


def build_map_page(
    project: Project,
    out_dir: str | Path,
    lang: str = "vi",
    village_style: VillageStyle | None = None,
    result=None,
    online: bool = False,
) -> Path:
    """Write the offline map page of ``project`` into ``out_dir`` and return ``index.html``.

    Parameters
    ----------
    project : the opened data
    out_dir : folder to write into (created if missing); receives ``index.html``, ``lib/``
        (vendored Leaflet and our script) and ``data/<layer>.js`` (one file per layer)
    lang : "vi" or "en", for the legend, layer names, popups and attribution
    village_style : how villages are coloured; default: by ``fiber_subscribers`` when present
    result : a :class:`~coverage_planner.core.analysis.villages.CoverageResult` (or its ``villages``
        table): villages are then drawn by coverage status (see :mod:`.status`)
    online : the user enabled online maps: the CSP also allows OpenStreetMap's tile host (the
        tiles themselves come with ``cpSetBaseMaps``, see :mod:`.basemaps`)

    Returns
    -------
    Path of ``index.html``. Load it from the file (``QUrl.fromLocalFile``), never with
    ``setHtml`` (2 MB limit). The page sets ``window.cpReady = true`` once the layers are drawn.
    """
    import folium

    lang = "vi" if lang == "vi" else "en"
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    copy_assets(out)
    data_dir = out / "data"
    if data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir()

    style = village_style or default_village_style(project.villages)
    table = getattr(result, "villages", result)
    payloads = all_payloads(project, style, lang, table)
    if table is not None:
        from coverage_planner.mapview.status import HIDDEN_WITH_RESULT

        for p in payloads:
            if p.key in HIDDEN_WITH_RESULT:
                p.show = False
    data_js = [(f"data_{p.key}", _write_data(data_dir, p)) for p in payloads]

    bounds = _bounds(project)
    centre = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
    m = folium.Map(location=centre, zoom_start=9, tiles=None, font_size="12px")
    # instance attributes: folium's class defaults point to CDNs (and mutating them would leak)
    m.default_js = [
        ("qwebchannel", QWEBCHANNEL_JS),
        *[(name, f"lib/{path}") for name, path in ASSETS_JS],
        *data_js,
    ]
    m.default_css = [(name, f"lib/{path}") for name, path in ASSETS_CSS]
    root = m.get_root()
    root.title = esc(tr("title", lang))
    root.header.add_child(
        folium.Element(f'<meta http-equiv="Content-Security-Policy" content="{csp(online)}">'),
        name="csp",
        index=1,  # right after the charset, before any script
    )
    config = {
        "lang": lang,
        "bounds": bounds,
        "prefix": "Leaflet",
        "maxZoom": 18,
        "attribution": attribution_html(project, lang),
        "legend": legend_html(project, payloads, style, lang),
        "layers": [p.spec() for p in payloads],
    }
    m.add_child(_draw_element(m.get_name(), config))
    index = out / "index.html"
    m.save(str(index))
    return index


def write_result(page: str | Path, result, lang: str = "vi", seq: int = 1,
                 previous=None) -> str:
    """Write a coverage result for an already built page; returns its path relative to the page.

    The page shows it with ``cpLoadResult(path, seq)``: villages restyled by status, popups and
    tooltips replaced, the legend's villages block replaced. Large (about 1.5 kB per village),
    so it goes to a file next to the page, never through ``runJavaScript``.

    Parameters
    ----------
    page : ``index.html`` written by :func:`build_map_page` (or its folder)
    result : a ``CoverageResult`` or its ``villages`` table
    seq : a number the page reports back (``window.cpResultSeq``) once the result is shown
    previous : the result (or its villages table) the page shows now: only the villages whose
        row changed are written (:func:`coverage_planner.mapview.result.result_payload`)
    """
    from coverage_planner.mapview.result import result_payload, result_script

    page = Path(page)
    folder = page.parent if page.suffix == ".html" else page
    table = getattr(result, "villages", result)
    lang = "vi" if lang == "vi" else "en"
    data_dir = folder / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    name = f"result_{int(seq)}.js"
    shown = getattr(previous, "villages", previous)
    (data_dir / name).write_text(result_script(result_payload(table, lang, shown), seq),
                                 encoding="ascii")
    return f"data/{name}"
