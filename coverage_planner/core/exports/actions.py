"""The suggested action of each gap village, where the planner has one.

- fixed broadband: the fiber extension of :func:`~coverage_planner.core.planning.fiberplan.plan_fiber`
  (length and whether it follows roads; 0 km when another village's extension passes within
  drop reach);
- mobile signal: a new site, naming the nearest existing one (of the carrier, for a carrier's
  list) and its distance;
- 3G/4G: add 4G to the nearest site when it has neither 3G nor 4G, else a new 4G site;
- 5G: add 5G at the nearest site (a new 5G site when that one has 5G already), naming the
  nearest 5G site if any.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coverage_planner.core.common.text import Text

ROUTE = {"along roads": Text("along roads", "theo đường"),
         "straight": Text("straight line", "đường thẳng")}


def fiber_plan(project, result, village_ids=None):
    """``plan_fiber`` for the villages without fixed broadband (or ``village_ids``); None when
    the folder has no fiber network to extend."""
    from coverage_planner.core.planning.fiberplan import plan_fiber

    if village_ids is None:
        v = result.villages
        village_ids = v.loc[~v["fixed_broadband"].astype(bool), "village_id"]
    ids = list(village_ids)
    if not ids:
        return None
    try:
        return plan_fiber(project, ids)
    except ValueError:  # no cable and no access point at all
        return None


def _plan_table(plan) -> pd.DataFrame | None:
    if plan is None:
        return None
    return plan[1] if isinstance(plan, tuple) else plan


def _km(metres: float, lang: str = "en") -> str:
    """Kilometres with one decimal: "1.5" in English, "1,5" in Vietnamese."""
    text = f"{metres / 1000.0:.1f}"
    return text.replace(".", ",") if lang == "vi" else text


def suggest(project, t: pd.DataFrame, gaps: str, op, finder, rows, plan, lang: str):
    """(fiber extension km per row, action text per row) for the rows of the gap table ``t``."""
    n = len(t)
    ext = np.full(n, np.nan)
    if gaps == "fixed":
        if plan is None and n:
            plan = fiber_plan(project, None, t["village_id"])
        table = _plan_table(plan)
        if table is None or not n:
            return ext, [""] * n
        per = table.assign(village_id=table["village_id"].astype(str)).set_index("village_id")
        per = per.reindex(t["village_id"].astype(str))
        ext = per["length_m"].to_numpy(float) / 1000.0
        out = []
        for km, route in zip(ext, per["route"]):
            if not np.isfinite(km):
                out.append("")
            elif km == 0:
                out.append(Text("Within drop reach of another village's fiber extension",
                                "Trong tầm kéo cáp của tuyến mở rộng cho thôn khác")(lang))
            else:
                r = ROUTE.get(route, Text(str(route), str(route)))(lang)
                out.append(Text(f"Extend fiber {_km(km * 1000)} km ({r})",
                                f"Kéo cáp quang {_km(km * 1000, 'vi')} km ({r})")(lang))
        return ext, out
    near = finder.site(op)
    ids, ops, dist = near.ids[rows], near.operators[rows], near.distances[rows]
    if gaps == "signal":
        return ext, [_new_site(i, o, d, lang) for i, o, d in zip(ids, ops, dist)]
    if gaps == "broadband":
        fast = finder.site(op, ("3G", "4G"))
        techs = finder.sites.set_index("site_id")["technologies"].astype(str)
        out = []
        for i, o, d, fi, fo, fd in zip(ids, ops, dist, fast.ids[rows], fast.operators[rows],
                                       fast.distances[rows]):
            have = techs.get(i, "")
            if i and "3G" not in have and "4G" not in have:
                out.append(Text(f"Add 4G to site {i} ({o}, {_km(d, lang)} km) or build a new site",
                                f"Lắp thêm 4G tại trạm {i} ({o}, cách {_km(d, lang)} km) hoặc xây "
                                "trạm mới")(lang))
            elif fi:
                out.append(Text(f"New 4G site needed; nearest 3G/4G site {fi} ({fo}, "
                                f"{_km(fd, lang)} km)",
                                f"Cần trạm 4G mới; trạm 3G/4G gần nhất {fi} ({fo}, cách "
                                f"{_km(fd, lang)} km)")(lang))
            else:
                out.append(Text("New 4G site needed", "Cần trạm 4G mới")(lang))
        return ext, out
    five = finder.site(op, ("5G",))
    techs = finder.sites.set_index("site_id")["technologies"].astype(str)
    out = []
    for i, o, d, fi, fd in zip(ids, ops, dist, five.ids[rows], five.distances[rows]):
        if i and "5G" not in techs.get(i, ""):
            head = Text(f"Add 5G at site {i} ({o}, {_km(d, lang)} km)",
                        f"Lắp 5G tại trạm {i} ({o}, cách {_km(d, lang)} km)")(lang)
        else:
            head = Text("New 5G site needed", "Cần trạm 5G mới")(lang)
        if fi:
            head += Text(f"; nearest 5G site {fi} ({_km(fd, lang)} km)",
                         f"; trạm 5G gần nhất {fi} (cách {_km(fd, lang)} km)")(lang)
        out.append(head)
    return ext, out


def _new_site(site_id, operator, distance_m, lang: str) -> str:
    if not site_id:
        return Text("New site needed", "Cần trạm BTS mới")(lang)
    return Text(f"New site needed; nearest site {site_id} ({operator}, {_km(distance_m, lang)} km)",
                f"Cần trạm BTS mới; trạm gần nhất {site_id} ({operator}, cách "
                f"{_km(distance_m, lang)} km)")(lang)
