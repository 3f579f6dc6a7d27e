"""What-if overlays for the map page: the scenario's edits (new, moved, edited and removed sites,
new fiber), suggested sites, suggested fiber extensions and the villages that change status.

Plain data for the page's ``cpSetEdits`` / ``cpShowSuggestions`` / ``cpShowFiberPlan`` /
``cpShowDifferences``: positions in EPSG:4326 as ``[lat, lon]`` (Leaflet's order), every text
that becomes HTML escaped here (the page inserts tooltips and popups as they are).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from coverage_planner.core.common.text import Text
from coverage_planner.core.planning.site_index import cell_values, site_positions
from coverage_planner.mapview.escape import esc, text_of
from coverage_planner.mapview.layers import fmt_int, popup_html
from coverage_planner.mapview.style import OPERATORS, operator_key

#: parameters whose change makes a site "edited"
PARAMETERS = ("frequency_mhz", "height_m", "eirp_dbm", "azimuth_deg", "beamwidth_deg",
              "tilt_deg", "technology", "operator")
#: villages' flags whose change is a "difference" (as core.planning.whatif.FLAGS)
FLAGS = ("mobile_signal", "mobile_broadband", "has_5g", "fixed_broadband")
EDIT_COLOUR = "#c51b7d"
PLAN_COLOUR = "#e6007e"
DECIMALS = 6

T = {
    "edits": Text("What-if edits", "Thay đổi giả định"),
    "new": Text("New site", "Trạm mới"),
    "moved": Text("Moved site", "Trạm đã dời"),
    "edited": Text("Edited site", "Trạm đã sửa"),
    "removed": Text("Removed site", "Trạm đã gỡ bỏ"),
    "base": Text("Selected site", "Trạm đang chọn"),
    "new_ap": Text("New fiber access point", "Điểm truy nhập cáp quang mới"),
    "new_cable": Text("New fiber cable", "Tuyến cáp quang mới"),
    "suggestions": Text("Suggested sites", "Vị trí trạm đề xuất"),
    "suggestion": Text("Suggested site {rank}", "Vị trí đề xuất số {rank}"),
    "accepted": Text("accepted", "đã nhận"),
    "households_new": Text("Households newly covered", "Hộ được phủ mới"),
    "villages_new": Text("Villages reached", "Số thôn được phủ"),
    "cumulative": Text("Households, cumulative", "Số hộ cộng dồn"),
    "ground": Text("Ground height", "Độ cao mặt đất"),
    "position": Text("Position", "Vị trí"),
    "carrier": Text("Carrier", "Nhà mạng"),
    "technology": Text("Technology", "Công nghệ"),
    "fiber_plan": Text("Suggested fiber extensions", "Tuyến cáp quang đề xuất"),
    "length": Text("Length", "Chiều dài"),
    "route": Text("Route", "Hướng tuyến"),
    "along roads": Text("along roads", "theo đường giao thông"),
    "straight": Text("straight", "đường thẳng"),
    "within reach of an extension": Text("within reach of an extension",
                                         "trong tầm cáp thuê bao của tuyến mới"),
    "village": Text("Village", "Thôn"),
    "commune": Text("Commune", "Xã"),
    "households": Text("Households", "Số hộ"),
    "differences": Text("Villages that change status", "Thôn thay đổi trạng thái"),
    "gained": Text("gains coverage", "được phủ thêm"),
    "lost": Text("loses coverage", "bị mất phủ sóng"),
    "mixed": Text("gains and loses", "vừa được vừa mất"),
}


def t(key: str, lang: str, **kwargs) -> str:
    return T[key].render(lang, **kwargs)


def _ll(lat, lon) -> list[float]:
    return [round(float(lat), DECIMALS), round(float(lon), DECIMALS)]


def _fmt_num(value: float, lang: str, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if lang == "vi":
        text = text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return text


def length_text(metres: float, lang: str) -> str:
    if not math.isfinite(metres):
        return ""
    if metres < 1000:
        return f"{_fmt_num(metres, lang)} m"
    return f"{_fmt_num(metres / 1000.0, lang, 1)} km"


def _operator_colour(operator: str) -> str:
    return OPERATORS[operator_key(operator)][1]


def _values(frame: pd.DataFrame, col: str, pos: np.ndarray) -> np.ndarray | None:
    """A column's values at row positions (None when the frame has no such column)."""
    values = cell_values(frame, col)
    return values[pos] if values is not None else None


def _same(a: pd.DataFrame, pa: np.ndarray, b: pd.DataFrame, pb: np.ndarray) -> bool:
    """The same parameters cell by cell (NaN equal to NaN): rows ``pa`` of ``a``, ``pb`` of
    ``b``, matched by cell id."""
    if len(pa) != len(pb):
        return False
    pa = pa[np.argsort(_values(a, "cell_id", pa).astype(str), kind="stable")]
    pb = pb[np.argsort(_values(b, "cell_id", pb).astype(str), kind="stable")]
    for col in PARAMETERS:
        x, y = _values(a, col, pa), _values(b, col, pb)
        if x is None or y is None:
            continue
        try:
            xv, yv = x.astype(float), y.astype(float)
        except (TypeError, ValueError):
            if [text_of(v) for v in x] != [text_of(v) for v in y]:
                return False
            continue
        if not np.all((xv == yv) | (np.isnan(xv) & np.isnan(yv))):
            return False
    return True


def _position(frame: pd.DataFrame, pos: np.ndarray) -> tuple[float, float]:
    lon, lat = _values(frame, "lon", pos[:1]), _values(frame, "lat", pos[:1])
    if lon is not None and lat is not None and pd.notna(lon[0]) and pd.notna(lat[0]):
        return float(lon[0]), float(lat[0])
    geom = frame.geometry.iloc[int(pos[0])]
    return float(geom.x), float(geom.y)


def site_state(baseline_cells: pd.DataFrame, cells: pd.DataFrame, site_id: str) -> str | None:
    """"new", "moved", "edited", "removed", "base" (unchanged) or None (unknown id)."""
    return _site(baseline_cells, cells, site_id, "en")[0] if site_id else None


def _site(baseline_cells, cells, site_id: str, lang: str):
    cur, base = site_positions(cells, site_id), site_positions(baseline_cells, site_id)
    if not len(cur) and not len(base):
        return None, None
    frame, rows = (baseline_cells, base) if not len(cur) else (cells, cur)
    lon, lat = _position(frame, rows)
    marker = {"id": site_id, "la": round(lat, DECIMALS), "lo": round(lon, DECIMALS)}
    if not len(cur):
        state = "removed"
    elif not len(base):
        state = "new"
    else:
        b_lon, b_lat = _position(baseline_cells, base)
        if abs(b_lon - lon) > 1e-7 or abs(b_lat - lat) > 1e-7:
            state = "moved"
            marker["from"] = _ll(b_lat, b_lon)
        elif not _same(cells, cur, baseline_cells, base):
            state = "edited"
        else:
            state = "base"
    operators = _values(frame, "operator", rows[:1])
    operator = text_of(operators[0]) if operators is not None else ""
    technologies = _values(frame, "technology", rows)
    techs = sorted({text_of(v) for v in (technologies if technologies is not None else [])
                    if text_of(v)})
    heights = _values(frame, "height_m", rows)
    height = pd.to_numeric(pd.Series(heights), errors="coerce") if heights is not None else None
    height_text = "" if height is None or height.isna().all() else \
        f", {_fmt_num(float(height.max()), lang)} m"
    label = f"{t(state, lang)}: {operator} {site_id} ({'+'.join(techs)}{height_text})"
    marker.update(state=state, c=_operator_colour(operator), t=esc(label))
    return state, marker


def _new_rows(frame) -> pd.DataFrame:
    """The rows an AddFiber edit added (index "new:<ident>")."""
    if frame is None or len(frame) == 0:
        return pd.DataFrame()
    if frame.index.dtype.kind in "iuf":  # the loaded layer's own numbering: nothing added
        return frame.iloc[0:0]
    keep = frame.index.astype(str).str.startswith("new:")  # on every edit: vectorised
    return frame[np.asarray(keep, dtype=bool)]


def edits_payload(baseline_cells: pd.DataFrame, cells: pd.DataFrame, site_ids, selected,
                  fiber_access_points=None, fiber_cables=None, lang: str = "vi") -> dict:
    """The scenario's edits for ``cpSetEdits``.

    Parameters
    ----------
    baseline_cells, cells : the baseline's and the scenario's cells (EPSG:4326, ``site_id``)
    site_ids : the sites the edits touch (added, moved, edited or removed), in edit order
    selected : the selected site's id (drawn even when unchanged, so it can be dragged) or None
    fiber_access_points, fiber_cables : the scenario's fiber layers; rows whose index starts
        with ``new:`` are the edits' (core.planning.scenario.AddFiber)
    """
    ids = list(dict.fromkeys([str(s) for s in site_ids if s]))
    if selected and str(selected) not in ids:
        ids.append(str(selected))
    sites = []
    for site_id in ids:
        state, marker = _site(baseline_cells, cells, site_id, lang)
        if marker is None or (state == "base" and site_id != selected):
            continue
        sites.append(marker)
    aps = []
    new_aps = _new_rows(fiber_access_points)
    if len(new_aps):
        for ident, geom in zip(new_aps.get("ap_id", pd.Series([""] * len(new_aps))),
                               new_aps.geometry):
            aps.append({"id": text_of(ident), "la": round(geom.y, DECIMALS),
                        "lo": round(geom.x, DECIMALS),
                        "t": esc(f"{t('new_ap', lang)} {text_of(ident)}")})
    cables = []
    new_cables = _new_rows(fiber_cables)
    if len(new_cables):
        for ident, geom in zip(new_cables["cable_id"], new_cables.geometry):
            coords = [_ll(y, x) for x, y in geom.coords]
            cables.append({"id": text_of(ident), "ll": coords,
                           "t": esc(f"{t('new_cable', lang)} {text_of(ident)}")})
    return {"name": esc(t("edits", lang)), "sites": sites, "aps": aps, "cables": cables,
            "selected": str(selected) if selected else None}


def suggestions_payload(sites: pd.DataFrame, operator: str, technology: str, lang: str = "vi",
                        accepted=()) -> dict:
    """Numbered markers for ``cpShowSuggestions`` from ``core.planning.siting.Suggestion.sites``."""
    accepted = {int(r) for r in accepted}
    items = []
    for row in sites.itertuples(index=False):
        rank = int(row.rank)
        title = t("suggestion", lang, rank=rank)
        if rank in accepted:
            title += f" ({t('accepted', lang)})"
        rows = [
            (t("carrier", lang), operator),
            (t("technology", lang), technology),
            (t("households_new", lang), fmt_int(row.households, lang)),
            (t("villages_new", lang), fmt_int(row.villages, lang)),
            (t("cumulative", lang), fmt_int(row.cumulative_households, lang)),
            (t("ground", lang), f"{fmt_int(row.ground_m, lang)} m"),
            (t("position", lang), f"{row.lat:.5f}, {row.lon:.5f}"),
        ]
        tip = f"{title}: +{fmt_int(row.households, lang)} {t('households', lang).lower()}"
        items.append({"rank": rank, "la": round(float(row.lat), DECIMALS),
                      "lo": round(float(row.lon), DECIMALS), "t": esc(tip),
                      "p": popup_html(title, rows), "ok": rank in accepted,
                      "c": _operator_colour(operator)})
    return {"name": esc(t("suggestions", lang)), "items": items}


def fiber_plan_payload(lines, table: pd.DataFrame, total_m: float, lang: str = "vi") -> dict:
    """The extensions of ``core.planning.fiberplan.plan_fiber`` for ``cpShowFiberPlan``: one line per
    connected village, its length in the tooltip and a popup with the village and the route."""
    info = table.set_index("village_id") if len(table) else table
    items = []
    for village_id, length, geom in zip(lines["village_id"], lines["length_m"], lines.geometry):
        if geom is None or geom.is_empty:
            continue
        vid = text_of(village_id)
        row = info.loc[vid] if vid in getattr(info, "index", []) else None
        name = text_of(row["name"]) if row is not None else vid
        route = text_of(row["route"]) if row is not None else ""
        parts = [geom] if geom.geom_type == "LineString" else list(getattr(geom, "geoms", []))
        rows = [
            (t("village", lang), name),
            (t("commune", lang), row["commune"] if row is not None else ""),
            (t("households", lang), fmt_int(row["households"], lang) if row is not None else ""),
            (t("length", lang), length_text(float(length), lang)),
            (t("route", lang), t(route, lang) if route in T else route),
        ]
        for part in parts:
            items.append({"id": vid, "ll": [_ll(y, x) for x, y in part.coords],
                          "t": esc(f"{name}: {length_text(float(length), lang)}"),
                          "p": popup_html(t("fiber_plan", lang), rows)})
    name = f"{t('fiber_plan', lang)} ({length_text(float(total_m), lang)})"
    return {"name": esc(name), "items": items}


def differences(base: pd.DataFrame, new: pd.DataFrame) -> dict[str, str]:
    """Village id -> "gained", "lost" or "mixed" for the villages whose status changes between
    two results' ``villages`` tables (same villages, same order)."""
    gained = np.zeros(len(new), bool)
    lost = np.zeros(len(new), bool)
    for col in FLAGS:
        if col not in base.columns or col not in new.columns:
            continue
        was = base[col].fillna(False).astype(bool).to_numpy()
        now = new[col].fillna(False).astype(bool).to_numpy()
        gained |= ~was & now
        lost |= was & ~now
    out = {}
    for vid, g, lo in zip(new["village_id"], gained, lost):
        if g or lo:
            out[text_of(vid)] = "mixed" if g and lo else ("gained" if g else "lost")
    return out


def differences_payload(base: pd.DataFrame, new: pd.DataFrame, lang: str = "vi") -> dict:
    """For ``cpShowDifferences``: the changing villages and the labels of the three kinds."""
    return {"name": esc(t("differences", lang)), "v": differences(base, new),
            "labels": {k: esc(t(k, lang)) for k in ("gained", "lost", "mixed")}}


__all__ = ["edits_payload", "suggestions_payload", "fiber_plan_payload", "differences",
           "differences_payload", "site_state", "length_text"]
