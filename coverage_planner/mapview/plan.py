"""The rollout plan on the map: the chosen masts, 4G upgrades and satellite terminals as markers,
the chosen fiber extensions as lines (:mod:`coverage_planner.core.planning.rollout`).

Plain data for the page's ``cpShowRolloutPlan`` (``resources/web/cp/map.js``): positions in
EPSG:4326 as ``[lat, lon]`` (Leaflet's order), every text that becomes HTML escaped here (the
page inserts tooltips, popups and the layer's name as they are)::

    {"name": "Rollout plan (12 items)",
     "sites": [{"id", "kind": "mast"|"upgrade"|"satellite", "la", "lo", "c", "y", "t", "p"}],
     "lines": [{"id", "ll": [[lat, lon], ...], "y", "t", "p"}]}

``c`` is the carrier's colour (satellite: grey), ``y`` the year the item is built. A Wi-Fi
point is never an optimiser item (:mod:`~coverage_planner.core.planning.rollout_candidates`),
so it is not drawn.
"""

from __future__ import annotations

import math

import numpy as np

from coverage_planner.core.common.text import Text
from coverage_planner.core.planning.rollout import CATEGORIES, CATEGORY_LABELS
from coverage_planner.mapview.escape import esc, text_of
from coverage_planner.mapview.layers import fmt_int, popup_html
from coverage_planner.mapview.style import OPERATORS, operator_key

DECIMALS = 6
#: item kinds drawn as markers, and the colour of the ones without a carrier
MARKER_KINDS = ("mast", "upgrade", "satellite")
SATELLITE_COLOUR = "#525252"

T = {
    "layer": Text("Rollout plan ({n} items)", "Phương án đầu tư ({n} hạng mục)"),
    "mast": Text("New mast", "Trạm mới"),
    "upgrade": Text("4G upgrade", "Nâng cấp 4G"),
    "fiber": Text("Fiber extension", "Kéo cáp quang"),
    "satellite": Text("Satellite terminal", "Trạm vệ tinh"),
    "carrier": Text("Carrier", "Nhà mạng"),
    "district": Text("District", "Huyện"),
    "year": Text("Year", "Năm"),
    "capex": Text("Capital cost", "Chi phí đầu tư"),
    "opex": Text("Operating cost per year", "Chi phí vận hành mỗi năm"),
    "length": Text("Length", "Chiều dài"),
    "power": Text("Power line", "Kéo điện"),
    "gained": Text("Villages gained, {what}", "Số thôn được phục vụ thêm, {what}"),
    "tip": Text("{label} (year {year})", "{label} (năm {year})"),
}


def _t(key: str, lang: str, **kwargs) -> str:
    return T[key].render(lang, **kwargs)


def _label(value, lang: str) -> str:
    return value(lang) if isinstance(value, Text) else text_of(value)


def _ll(lat: float, lon: float) -> list[float]:
    return [round(float(lat), DECIMALS), round(float(lon), DECIMALS)]


def money_text(vnd: float, lang: str) -> str:
    """Millions of VND with separators: "1.900 triệu đồng" / "1,900 million VND"."""
    millions = fmt_int(round(float(vnd) / 1e6), lang)
    return f"{millions} triệu đồng" if lang == "vi" else f"{millions} million VND"


def _km(value, lang: str) -> str:
    try:
        km = float(value)
    except (TypeError, ValueError):
        return ""
    if not math.isfinite(km) or km <= 0:
        return ""
    text = f"{km:,.2f}"
    if lang == "vi":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text} km"


def _colour(item) -> str:
    if item.kind == "satellite" or not item.operator:
        return SATELLITE_COLOUR
    return OPERATORS[operator_key(item.operator)][1]


def _popup(item, year: int, lang: str) -> str:
    rows = [(_t("carrier", lang), item.operator or ""),
            (_t("district", lang), item.district or ""),
            (_t("year", lang), str(int(year))),
            (_t("capex", lang), money_text(item.capex_vnd, lang)),
            (_t("opex", lang), money_text(item.opex_vnd_per_year, lang))]
    meta = item.meta or {}
    if item.kind == "fiber":
        rows.append((_t("length", lang), _km(meta.get("length_km"), lang)))
    if item.kind == "mast":
        rows.append((_t("power", lang), _km(meta.get("power_km"), lang)))
    for cat in CATEGORIES:
        n = len(np.asarray(item.gains.get(cat, ()), dtype=np.int64))
        if n:
            rows.append((_t("gained", lang, what=CATEGORY_LABELS[cat](lang)),
                         fmt_int(n, lang)))
    return popup_html(_label(item.label, lang) or _t(item.kind, lang), rows)


def plan_payload(plan, candidates, lang: str = "vi") -> dict | None:
    """``plan``'s chosen items (:class:`~coverage_planner.core.planning.rollout.Plan`) for
    ``cpShowRolloutPlan``; ``candidates``: the candidates the plan chose from (a list, or a
    dict id -> Candidate). None when the plan is None or chose nothing drawable."""
    if plan is None:
        return None
    by_id = candidates if isinstance(candidates, dict) else {c.id: c for c in candidates}
    sites, lines = [], []
    for cid, year in plan.chosen:
        item = by_id.get(cid)
        geom = getattr(item, "geometry", None)
        if item is None or geom is None or geom.is_empty:
            continue
        label = _label(item.label, lang) or _t(item.kind, lang)
        tip = esc(_t("tip", lang, label=label, year=int(year)))
        popup = _popup(item, year, lang)
        if item.kind in MARKER_KINDS and geom.geom_type == "Point":
            sites.append({"id": esc(cid), "kind": item.kind, "la": round(geom.y, DECIMALS),
                          "lo": round(geom.x, DECIMALS), "c": _colour(item), "y": int(year),
                          "t": tip, "p": popup})
        elif item.kind == "fiber":
            parts = [geom] if geom.geom_type == "LineString" else list(getattr(geom, "geoms", []))
            for part in parts:
                lines.append({"id": esc(cid), "ll": [_ll(y, x) for x, y in part.coords],
                              "y": int(year), "t": tip, "p": popup})
    if not sites and not lines:
        return None
    return {"name": esc(_t("layer", lang, n=fmt_int(len(plan.chosen), lang))),
            "sites": sites, "lines": lines}


__all__ = ["plan_payload", "money_text", "MARKER_KINDS"]
