"""Base maps and coverage layers for the page, as payloads its script draws (no Qt).

* the hillshade of the DEM (an image next to the page or in the cache): the offline base map;
* OpenStreetMap tiles, only when the user enabled online maps (the page's CSP then allows its
  one host, see :func:`csp`; otherwise the page names no network address at all);
* one image per (technology, carrier): the best received level over the area, with a dBm
  legend shown while any of them is on.

Payloads go to the page with ``cpSetBaseMaps(payload)`` and ``cpSetCoverageLayers(payload)``.
Every name and the legend are escaped here: the script inserts them as they are.
"""

from __future__ import annotations

from pathlib import Path

from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.rendering import RAMP
from coverage_planner.mapview import provenance
from coverage_planner.mapview.escape import esc

#: the only network host the page may ever reach, and only with online maps on
OSM_HOST = "tile.openstreetmap.org"
OSM_ORIGIN = f"https://{OSM_HOST}"
OSM_URL = OSM_ORIGIN + "/{z}/{x}/{y}.png"
OSM_MAX_ZOOM = 19

T = {
    "base_maps": Text("Base maps", "Bản đồ nền"),
    "hillshade": Text("Terrain (hillshade)", "Địa hình (bóng đổ)"),
    "terrain_synthetic": Text("Terrain: SYNTHETIC (generated, not real)",
                              "Địa hình: GIẢ LẬP (tự sinh, không phải thật)"),
    "terrain_real": Text("Terrain: elevation model of the project",
                         "Địa hình: mô hình độ cao của dự án"),
    "osm": Text("OpenStreetMap (online)", "OpenStreetMap (trực tuyến)"),
    "osm_credit": Text("© OpenStreetMap contributors", "© những người đóng góp OpenStreetMap"),
    "coverage_of": Text("{tech} coverage {op}", "Phủ sóng {tech} {op}"),
    "coverage_legend": Text("Received signal (dBm)", "Mức tín hiệu thu (dBm)"),
}


def _t(key: str, lang: str, **kwargs) -> str:
    return T[key].render("vi" if lang == "vi" else "en", **kwargs)


def csp(online: bool = False) -> str:
    """The page's Content-Security-Policy: local files only; with ``online`` also OSM images."""
    img = "'self' file: data:" + (f" {OSM_ORIGIN}" if online else "")
    return (
        "default-src 'none'; "
        "script-src 'self' 'unsafe-inline' file: qrc:; "
        "style-src 'self' 'unsafe-inline' file:; "
        f"img-src {img}; "
        "font-src 'self' file:"
    )


def file_url(path: str | Path) -> str:
    """A ``file://`` URL for a local image (what the page's CSP allows)."""
    return Path(path).resolve().as_uri()


def _bounds(bounds) -> list[list[float]]:
    south, west, north, east = (float(v) for v in bounds)
    return [[south, west], [north, east]]


def terrain_attribution(project_provenance: dict | None, lang: str) -> str:
    """Says the terrain is synthetic when the data set says so (escaped HTML)."""
    if provenance.origin_of(project_provenance, "dem_path") == "synthetic":
        return f'<b class="cp-synthetic">{esc(_t("terrain_synthetic", lang))}</b>'
    return esc(_t("terrain_real", lang))


def base_maps_payload(hillshade: tuple | None, online: bool, project_provenance: dict | None,
                      lang: str) -> dict:
    """``{"title", "layers": [{key, kind, name, url, bounds?, attribution, maxZoom?, show}]}``.

    ``hillshade``: (PNG path, (south, west, north, east)) or None. The OSM layer is in the list
    only with ``online``; it is shown first only when there is no hillshade.
    """
    layers = []
    if hillshade is not None:
        path, bounds = hillshade
        layers.append({"key": "hillshade", "kind": "image", "name": esc(_t("hillshade", lang)),
                       "url": file_url(path), "bounds": _bounds(bounds),
                       "attribution": terrain_attribution(project_provenance, lang),
                       "show": True})
    if online:
        layers.append({"key": "osm", "kind": "tiles", "name": esc(_t("osm", lang)),
                       "url": OSM_URL, "maxZoom": OSM_MAX_ZOOM,
                       "attribution": esc(_t("osm_credit", lang)), "show": hillshade is None})
    return {"title": esc(_t("base_maps", lang)), "layers": layers}


def coverage_layer_name(technology: str, operator: str, lang: str) -> str:
    """"Phủ sóng 4G Viettel" / "4G coverage Viettel" (plain text, not escaped)."""
    return _t("coverage_of", lang, tech=str(technology), op=str(operator))


def coverage_legend_html(lang: str) -> str:
    """The dBm ramp (:data:`coverage_planner.core.engine.rendering.RAMP`), strongest first."""
    rows = []
    for value, (r, g, b) in reversed(RAMP):
        rows.append(f'<div class="cp-lg-row"><i class="cp-sw cp-sw-fill" '
                    f'style="--c:#{r:02x}{g:02x}{b:02x};"></i><span>≥ {value:.0f}</span></div>')
    return f'<div class="cp-lg-head">{esc(_t("coverage_legend", lang))}</div>' + "".join(rows)


def coverage_payload(layers: list[dict] | None, lang: str, opacity: float = 0.7) -> dict:
    """``{"layers": [{key, name, url, bounds}], "legend", "opacity"}`` for the page.

    ``layers``: dicts with technology, operator, path (PNG) and bounds (S, W, N, E), as the
    GUI's background task returns them (technology order 2G..5G, then carrier).
    """
    items = sorted(layers or [], key=lambda d: (str(d["technology"]), str(d["operator"])))
    out = []
    for item in items:
        tech, op = str(item["technology"]), str(item["operator"])
        out.append({"key": f"coverage_{tech}_{op}",
                    "name": esc(coverage_layer_name(tech, op, lang)),
                    "url": file_url(item["path"]), "bounds": _bounds(item["bounds"])})
    return {"layers": out, "legend": coverage_legend_html(lang), "opacity": float(opacity)}
