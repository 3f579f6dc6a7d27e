"""The report's map as vector graphics (reportlab), drawn without Qt or a browser.

Villages are filled pale, the villages of the gap list in the list's colour with a dot at their
centre; communes and districts are outlined and districts named. A fixed-broadband list also
shows the fiber network and the suggested extensions (dashed). A legend, a scale bar and a
north arrow complete it. Geometry is projected to a metric CRS and simplified to about half a
printed point.
"""

from __future__ import annotations

import numpy as np
import shapely
from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from coverage_planner.core.common.text import Text
from coverage_planner.core.exports.nearby import utm_crs
from coverage_planner.core.exports.report.fonts import BOLD, NARROW

GAP_COLOURS = {"fixed": "#e31a1c", "signal": "#111111", "broadband": "#ff7f00",
               "5g": "#e7298a"}
OTHER_FILL = colors.HexColor("#e8efe0")
GAP_OPACITY = 0.55
T = {
    "gap": Text("Village in the list", "Thôn trong danh sách"),
    "other": Text("Other village", "Thôn khác"),
    "district": Text("District boundary", "Ranh giới huyện"),
    "fiber": Text("Fiber network", "Mạng cáp quang"),
    "ext": Text("Suggested fiber extension", "Đề xuất kéo cáp quang"),
    "north": Text("N", "B"),
}


class Frame:
    """Metric coordinates -> drawing points, fitted into (x0, y0, w, h)."""

    def __init__(self, bounds, x0, y0, w, h):
        minx, miny, maxx, maxy = bounds
        dx, dy = max(maxx - minx, 1.0), max(maxy - miny, 1.0)
        self.s = min(w / dx, h / dy)
        self.ox = x0 + (w - dx * self.s) / 2 - minx * self.s
        self.oy = y0 + (h - dy * self.s) / 2 - miny * self.s

    def pts(self, coords) -> list[float]:
        xy = np.asarray(coords, dtype=float)[:, :2]
        out = np.empty_like(xy)
        out[:, 0] = xy[:, 0] * self.s + self.ox
        out[:, 1] = xy[:, 1] * self.s + self.oy
        return out.round(2).ravel().tolist()


def _metric(gdf, crs, tolerance):
    if gdf is None or gdf.empty:
        return []
    geoms = gdf.geometry.to_crs(crs).values
    return list(shapely.simplify(geoms, tolerance, preserve_topology=True))


def _rings(geom):
    for part in shapely.get_parts(geom):
        if part.geom_type == "Polygon" and not part.is_empty:
            yield part.exterior.coords


def _lines(geom):
    for part in shapely.get_parts(geom):
        if part.geom_type == "LineString" and not part.is_empty:
            yield part.coords


def _polys(d, frame, geoms, **style):
    for g in geoms:
        for ring in _rings(g):
            d.add(Polygon(frame.pts(ring), **style))


def _polylines(d, frame, geoms, **style):
    for g in geoms:
        for line in _lines(g):
            d.add(PolyLine(frame.pts(line), **style))


def map_drawing(project, table, width: float, height: float, lang: str, plan=None) -> Drawing:
    """The map of ``project`` with the villages of the gap ``table`` highlighted."""
    import geopandas as gpd

    crs = utm_crs(project.villages)
    frame_gdf = next((g for g in (project.districts, project.communes, project.villages)
                      if g is not None and not g.empty), project.villages)
    bounds = frame_gdf.geometry.to_crs(crs).total_bounds
    legend_h, top = 46.0, 24.0
    dx, dy = max(bounds[2] - bounds[0], 1.0), max(bounds[3] - bounds[1], 1.0)
    scale = min((width - 8) / dx, (height - legend_h - top) / dy)
    height = min(height, dy * scale + legend_h + top)  # no empty band under a wide map
    d = Drawing(width, height, initialFontName=NARROW)
    frame = Frame(bounds, 4, legend_h + 4, width - 8, height - legend_h - top)
    tol = 0.5 / frame.s  # half a point
    colour = colors.HexColor(GAP_COLOURS.get(table.attrs.get("gaps", "fixed"), "#e31a1c"))
    ids = set(table["village_id"].astype(str))
    v = project.villages
    in_list = v["village_id"].astype(str).isin(ids).to_numpy()
    vg = _metric(v, crs, tol)
    _polys(d, frame, [g for g, k in zip(vg, in_list) if not k], fillColor=OTHER_FILL,
           strokeColor=colors.white, strokeWidth=0.15)
    _polys(d, frame, [g for g, k in zip(vg, in_list) if k], fillColor=colour,
           fillOpacity=GAP_OPACITY, strokeColor=colour, strokeWidth=0.3)
    _polys(d, frame, _metric(project.communes, crs, tol), fillColor=None,
           strokeColor=colors.HexColor("#9a9a9a"), strokeWidth=0.3)
    if table.attrs.get("gaps") == "fixed":
        fc = project.fiber_cables
        if fc is not None and not fc.empty:
            _polylines(d, frame, _metric(fc, crs, tol), strokeColor=colors.HexColor("#8e6bbf"),
                       strokeWidth=0.35)
        if plan is not None and not plan[0].empty:
            _polylines(d, frame, _metric(plan[0], crs, tol), strokeColor=colour,
                       strokeWidth=0.6, strokeDashArray=[2, 1.2])
    districts = _metric(project.districts, crs, tol)
    _polys(d, frame, districts, fillColor=None, strokeColor=colors.HexColor("#303030"),
           strokeWidth=0.9)
    if len(table):
        centres = gpd.GeoSeries(gpd.points_from_xy(table["lon"], table["lat"]),
                                crs="EPSG:4326").to_crs(crs)
        for x, y in zip(centres.x, centres.y):
            px, py = frame.pts([[x, y]])
            d.add(Circle(px, py, 1.1, fillColor=colour, strokeColor=colors.white,
                         strokeWidth=0.25))
    if project.districts is not None and not project.districts.empty:
        names = project.districts.get("name", [""] * len(project.districts))
        for g, name in zip(districts, names):
            p = shapely.point_on_surface(g)
            px, py = frame.pts([[p.x, p.y]])
            _label(d, px, py, str(name))
    _legend(d, lang, colour, table.attrs.get("gaps") == "fixed")
    _scale_bar(d, frame, width)
    _north(d, width, height, lang)
    return d


def _label(d, x, y, text: str) -> None:
    """Text with a white halo (copies offset around it), readable over lines and fills."""
    for ox, oy in ((-0.7, 0), (0.7, 0), (0, -0.7), (0, 0.7), (-0.5, -0.5), (0.5, 0.5),
                   (-0.5, 0.5), (0.5, -0.5)):
        d.add(String(x + ox, y + oy, text, fontName=BOLD, fontSize=6.5, textAnchor="middle",
                     fillColor=colors.white))
    d.add(String(x, y, text, fontName=BOLD, fontSize=6.5, textAnchor="middle",
                 fillColor=colors.HexColor("#202020")))


def _legend(d, lang, colour, fixed) -> None:
    items = [("fill", colour, T["gap"]), ("fill", OTHER_FILL, T["other"]),
             ("line", colors.HexColor("#303030"), T["district"])]
    if fixed:
        items += [("line", colors.HexColor("#8e6bbf"), T["fiber"]), ("dash", colour, T["ext"])]
    x, y = 6.0, 32.0
    for i, (kind, c, label) in enumerate(items):
        cx, cy = x + (i // 3) * 150, y - (i % 3) * 13
        if kind == "fill":
            d.add(Rect(cx, cy, 12, 8, fillColor=c, strokeColor=colors.HexColor("#606060"),
                       strokeWidth=0.3, fillOpacity=GAP_OPACITY if c is colour else 1))
        else:
            d.add(Line(cx, cy + 4, cx + 12, cy + 4, strokeColor=c, strokeWidth=1.0,
                       strokeDashArray=[2, 1.2] if kind == "dash" else None))
        d.add(String(cx + 16, cy + 1, label(lang), fontName=NARROW, fontSize=7.5))


def _scale_bar(d, frame, width) -> None:
    target = (width * 0.2) / frame.s  # metres for a fifth of the width
    km = max(1, int(10 ** np.floor(np.log10(max(target / 1000.0, 1e-3)))))
    for step in (5, 2, 1):
        if km * step * 1000 <= target:
            km *= step
            break
    length = km * 1000 * frame.s
    x1, y = width - 10 - length, 14.0
    d.add(Rect(x1, y, length / 2, 3, fillColor=colors.black, strokeColor=colors.black,
               strokeWidth=0.4))
    d.add(Rect(x1 + length / 2, y, length / 2, 3, fillColor=colors.white,
               strokeColor=colors.black, strokeWidth=0.4))
    d.add(String(x1, y + 6, "0", fontName=NARROW, fontSize=7, textAnchor="middle"))
    d.add(String(x1 + length, y + 6, f"{km} km", fontName=NARROW, fontSize=7,
                 textAnchor="middle"))


def _north(d, width, height, lang) -> None:
    x, y = width - 18, height - 30
    d.add(Polygon([x, y, x + 5, y + 14, x + 10, y], fillColor=colors.black,
                  strokeColor=colors.black, strokeWidth=0.3))
    d.add(String(x + 5, y + 17, T["north"](lang), fontName=BOLD,
                 fontSize=8, textAnchor="middle"))
