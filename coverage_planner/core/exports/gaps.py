"""Gap lists: the villages lacking a service, for the province or for one carrier.

What a list holds (``gaps`` × ``operator`` × ``assign``):

- **province** (``operator=None``): every village lacking the service from any carrier —
  ``fixed``: no fiber drop within reach (``fixed_broadband`` false; 270 on the default data),
  ``signal``: no mobile signal at the centre (*trắng sóng*), ``broadband``: no 3G/4G broadband
  at the centre, ``5g``: no 5G.
- **a carrier's list** (``operator="Viettel"``, ``assign="uncovered"``, the default): the
  villages *that carrier* does not serve — for ``signal`` no 2G/3G/4G/5G signal of its own;
  for ``broadband`` no 3G/4G signal of its own or no broadband at the village at all (the
  analysis keeps per-carrier levels only against the signal thresholds); for ``5g`` likewise
  with 5G. For ``fixed``: the villages without fiber whose nearest fiber access point belongs to
  the carrier when the fiber data names an ``operator``; otherwise every village without fiber
  (the fiber layer does not say whose it is).
- **assigned** (``operator="Viettel"``, ``assign="nearest"``): the province list split among the
  carriers, each village going to the carrier of the nearest site (``fixed``: of the nearest
  access point, when those name an operator; otherwise the whole list).

Every list has a ``carrier`` column: the carrier of the nearest site (mobile lists) or access
point (fixed lists, "" when the fiber data names none).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.exports import actions
from coverage_planner.core.exports.columns import DECIMALS, GAPS, KEYS, NO, TECHS, YES
from coverage_planner.core.exports.nearby import Finder
from coverage_planner.core.exports.wards import ward_2025

BY = ("district", "commune")
ASSIGN = ("uncovered", "nearest")


def _choice(value: str, allowed, what: str) -> str:
    if value in allowed:
        return value
    names = ", ".join(allowed)
    raise DataError(None, Text(f"unknown {what} '{value}'", f"{what} '{value}' không hợp lệ"),
                    Text(f"use one of: {names}", f"dùng một trong: {names}"))


def carriers(project) -> list[str]:
    """The carriers a list can be made for: those of the sites (and of the access points)."""
    from coverage_planner.core.exports.nearby import ap_operators

    names = set(project.cells["operator"].astype(str)) if project.cells is not None else set()
    aps = ap_operators(project.fiber_access_points)
    if aps is not None:
        names |= {n for n in aps if n}
    return sorted(names)


def carrier_name(project, name: str | None) -> str | None:
    """The carrier's name as the data spell it (``vinaphone`` -> ``VNPT``); DataError if unknown."""
    if name is None or str(name).strip() == "":
        return None
    from coverage_planner.core.io.cells import OPERATORS
    from coverage_planner.core.io.columns import key

    known = carriers(project)
    wanted = OPERATORS.get(key(name), str(name).strip())
    for k in known:
        if key(k) == key(wanted):
            return k
    raise DataError(None, Text(f"operator '{name}': no such carrier in the sites file",
                               f"nhà mạng '{name}': không có trong tệp trạm"),
                    Text(f"use one of: {', '.join(known)}", f"dùng một trong: {', '.join(known)}"),
                    column="operator")


def _serves(v: pd.DataFrame, gaps: str, op: str | None) -> np.ndarray:
    """Per village: does ``op`` (None: any carrier) provide the service of ``gaps``?"""
    def col(name):
        return v[name].to_numpy(bool) if name in v else np.zeros(len(v), bool)

    if gaps == "fixed":
        return col("fixed_broadband")
    if op is None:
        return col({"signal": "mobile_signal", "broadband": "mobile_broadband",
                    "5g": "has_5g"}[gaps])
    if gaps == "signal":
        return np.logical_or.reduce([col(f"signal_{t}_{op}") for t in TECHS])
    if gaps == "broadband":
        return (col(f"signal_3G_{op}") | col(f"signal_4G_{op}")) & col("mobile_broadband")
    return col(f"signal_5G_{op}") & col("has_5g")


def _assigned_only(gaps: str, assign: str, ap_named: bool) -> bool:
    """Does a carrier's list keep only the villages assigned to it (nearest site / AP)?"""
    if gaps == "fixed":  # whose fiber it is is known only when the access points name it
        return ap_named
    return assign == "nearest"


def gap_table(project, result, gaps: str, operator: str | None = None, by: str = "district",
              lang: str = "vi", plan=None, assign: str = "uncovered") -> pd.DataFrame:
    """The gap list (see the module docstring), one row per village, grouped by ``by``.

    Columns are :data:`~coverage_planner.core.exports.columns.KEYS` (headers of ``lang`` via
    :func:`~coverage_planner.core.exports.columns.localised`); values (yes/no, actions) are in
    ``lang``. ``plan`` is a ``plan_fiber`` result (its tuple or per-village table) for ``fixed``
    lists; computed when None. ``table.attrs`` records gaps, operator, by, assign and lang.
    """
    gaps = _choice(str(gaps).lower(), GAPS, "gaps")
    by = _choice(by, BY, "by")
    assign = _choice(assign, ASSIGN, "assign")
    lang = "en" if lang == "en" else "vi"
    op = carrier_name(project, operator)
    v = result.villages.reset_index(drop=True)
    finder = Finder(project, v)
    site = finder.site(op)
    near_any = finder.site()
    ap = finder.access_point()
    ap_named = bool((ap.operators != "").any())
    carrier = ap.operators if gaps == "fixed" else near_any.operators

    mask = ~_serves(v, gaps, op if assign == "uncovered" else None)
    if op is not None and _assigned_only(gaps, assign, ap_named):
        mask &= carrier == op
    rows = np.flatnonzero(mask)
    yes, no = YES(lang), NO(lang)

    def flag(values) -> np.ndarray:
        return np.where(np.asarray(values, bool)[rows], yes, no).astype(object)

    t = pd.DataFrame({c: v[c].to_numpy()[rows] for c in
                      ("village_id", "name", "commune", "district")})
    t["ward_2025"] = ward_2025(v["centre_lon"].to_numpy()[rows], v["centre_lat"].to_numpy()[rows])
    t["households"] = v["households"].to_numpy(np.int64)[rows]
    t["lon"] = v["centre_lon"].to_numpy(float)[rows]
    t["lat"] = v["centre_lat"].to_numpy(float)[rows]
    for tech in TECHS:
        name = f"signal_{tech}_{op}" if op else f"signal_{tech}"
        t[f"status_{tech}"] = flag(v[name] if name in v else np.zeros(len(v), bool))
    t["broadband"] = flag(_serves(v, "broadband", op))
    t["fiber"] = flag(v["fixed_broadband"])
    t["best_technology"] = v["best_technology"].astype(str).to_numpy()[rows]
    t["best_level_dbm"] = v["best_level_dbm"].to_numpy(float)[rows]
    t["carrier"] = np.asarray(carrier, dtype=object)[rows]
    t["nearest_site"] = site.ids[rows]
    t["distance_site_km"] = site.distances[rows] / 1000.0
    t["nearest_ap"] = ap.ids[rows]
    t["distance_ap_km"] = ap.distances[rows] / 1000.0
    ext, action = actions.suggest(project, t, gaps, op, finder, rows, plan, lang)
    t["fiber_extension_km"] = ext
    t["action"] = action
    for col, nd in DECIMALS.items():
        t[col] = t[col].astype(float).round(nd)
    for col in ("village_id", "name", "commune", "district", "best_technology"):
        t[col] = t[col].fillna("").astype(str).astype(object)
    t = t.sort_values(["district", "commune", "village_id"], kind="stable")
    t = t.reset_index(drop=True)[list(KEYS)]
    t.attrs.update({"gaps": gaps, "operator": op, "by": by, "assign": assign, "lang": lang})
    return t


def groups(table: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """(name, rows) per district, or per commune for a list ``by="commune"`` (in table order;
    a commune name shared by two districts makes two groups of the same name)."""
    keys = ["district"] if table.attrs.get("by", "district") == "district" else \
        ["district", "commune"]
    return [(str(name[-1]), part) for name, part in table.groupby(keys, sort=False)]
