"""The plan's answer for every village, in the style of the Giga open cost model's output, with
the attributes of Giga's school master schema beside it, so that other tools read our lists
without a mapping.

Giga open cost model (github.com/unicef/giga-open-cost-model, ``giga/schemas/output.py``,
``SchoolConnectionCosts``): one row per school with ``school_id``, ``capex``, ``opex``,
``technology`` (``giga/schemas/tech.py``: Fiber, Cellular, Satellite, P2P, None), ``feasible``
and ``reason``. Ours: ``village_id``, ``capex_vnd``, ``opex_vnd_per_year``, ``technology``
(``fiber``, ``cellular``, ``Wi-Fi``, ``satellite``, ``none``), ``feasible``, ``reason``
(``no_power``, ``out_of_budget``, ``out_of_reach``; ``reason_detail`` names the category).

Giga school master schema (github.com/unicef/giga-data-ingestion, ``masterSchemaData``; the
same fields in giga-meter-backend's ``master_sync_intermediate`` table): ``fiber_node_distance``
("distance from school to nearest fiber node"), ``nearest_LTE_id`` / ``nearest_LTE_distance``,
``nearest_UMTS_id`` / ``_distance``, ``nearest_GSM_id`` / ``_distance``, ``nearest_NR_id`` /
``nearest_NR_distance``, ``pop_within_1km/2km/3km``, ``electricity_type``, ``latitude``,
``longitude``, ``admin2``. The schema states no unit; ours are **km**. A village's households
are not a population, so ``pop_within_Xkm`` becomes ``households_within_Xkm`` (the households
of every village point — centre or household cluster — within X km of the centre).
``electricity_type`` is "unknown" (the project has no grid layer).

How a village's row is made from a plan:

- ``technology``: the best of what the plan's items bring it (fiber for fixed broadband, then
  cellular — a new mast or an upgrade —, then Wi-Fi, then satellite); ``none`` when the plan
  brings nothing (``technologies`` lists every one).
- ``capex_vnd`` / ``opex_vnd_per_year``: each chosen item's cost shared equally among the
  villages it newly serves (any category), summed over the village's items: the sum over the
  villages is the plan's cost (items serving nobody excepted).
- ``feasible``: every category the village lacked is served after the plan. Otherwise the
  reason, per category still lacking: ``out_of_budget`` when a candidate would serve it,
  ``no_power`` when only candidates refused for power would, ``out_of_reach`` when none would.
- the last resort, for a village still without fixed broadband: ``satellite_capex_vnd`` and
  ``satellite_opex_vnd_per_year``, so that every village gets an answer; the optional public
  Wi-Fi point where the plan's fiber arrives: ``wifi_option_capex_vnd``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from coverage_planner.core.common.text import Text
from coverage_planner.core.planning.costs import CostModel
from coverage_planner.core.planning.rollout import CATEGORIES

#: technology of each item kind, best first
TECHNOLOGY = {"fiber": "fiber", "mast": "cellular", "upgrade": "cellular", "wifi": "Wi-Fi",
              "satellite": "satellite"}
REASONS = {
    "no_power": Text("no power", "không có điện"),
    "out_of_budget": Text("out of budget", "vượt ngân sách"),
    "out_of_reach": Text("out of reach", "ngoài tầm với"),
}
#: Giga's radio names for our technologies
GIGA_RADIO = {"LTE": "4G", "NR": "5G", "UMTS": "3G", "GSM": "2G"}


def village_answers(cset, plan, costs: CostModel | None = None) -> pd.DataFrame:
    """One row per village (see the module docstring); ``cset`` a
    :class:`~coverage_planner.core.planning.rollout_candidates.CandidateSet`, ``plan`` the
    optimiser's :class:`~coverage_planner.core.planning.rollout.Plan` on its candidates."""
    costs = costs or CostModel()
    table = cset.villages
    n = len(table)
    by_id = cset.by_id()
    chosen = [(by_id[cid], int(year)) for cid, year in plan.chosen if cid in by_id]
    capex, opex = np.zeros(n), np.zeros(n)
    year = np.full(n, 0, np.int64)
    techs: list[set] = [set() for _ in range(n)]
    items: list[list] = [[] for _ in range(n)]
    gained = {c: np.zeros(n, bool) for c in CATEGORIES}
    for item, yr in chosen:
        served_by = _served_by(item)
        for c in CATEGORIES:
            idx = np.asarray(item.gains.get(c, []), dtype=np.int64)
            gained[c][idx[~cset.served[c][idx]]] = True
        if not len(served_by):
            continue
        capex[served_by] += item.capex_vnd / len(served_by)
        opex[served_by] += item.opex_vnd_per_year / len(served_by)
        for i in served_by:
            techs[i].add(TECHNOLOGY.get(item.kind, item.kind))
            items[i].append(item.id)
            year[i] = yr if year[i] == 0 else min(year[i], yr)
    lacking = {c: ~cset.served[c] for c in CATEGORIES}
    after = {c: cset.served[c] | gained[c] for c in CATEGORIES}
    reachable = _union(cset.candidates, n)
    powerless = _union(cset.excluded_items, n)
    reason, detail = [], []
    for i in range(n):
        per_cat = []
        for c in CATEGORIES:
            if after[c][i]:
                continue
            code = ("out_of_budget" if reachable[c][i] else
                    "no_power" if powerless[c][i] else "out_of_reach")
            per_cat.append((c, code))
        codes = sorted({code for _, code in per_cat}, key=list(REASONS).index)
        reason.append(codes[0] if codes else "")
        detail.append("; ".join(f"{c}: {code}" for c, code in per_cat))
    order = list(dict.fromkeys(TECHNOLOGY.values()))
    best = [min(t, key=order.index) if t else "none" for t in techs]
    still_fixed = ~after["fixed"]
    wifi_option = np.zeros(n)
    chosen_ids = {item.id for item, _ in chosen}
    for w in cset.optional:
        if w.requires and w.requires[0] in chosen_ids:
            wifi_option[w.meta["village"]] = w.capex_vnd
    out = pd.DataFrame({
        "village_id": table["village_id"].to_numpy(),
        "name": table["name"].to_numpy(), "commune": table["commune"].to_numpy(),
        "district": table["district"].to_numpy(),
        "households": table["households"].to_numpy(),
        "lacking": ["+".join(c for c in CATEGORIES if lacking[c][i]) for i in range(n)],
        "technology": best,
        "technologies": ["+".join(sorted(t, key=order.index)) for t in techs],
        "items": [" ".join(x) for x in items],
        "year": year,
        "capex_vnd": np.round(capex), "opex_vnd_per_year": np.round(opex),
        "feasible": [not d for d in detail], "reason": reason, "reason_detail": detail,
        **{f"gained_{c}": gained[c] for c in CATEGORIES},
        **{f"served_{c}_after": after[c] for c in CATEGORIES},
        "satellite_capex_vnd": np.where(still_fixed, costs.satellite_vnd_per_village, 0.0),
        "satellite_opex_vnd_per_year": np.where(still_fixed, costs.opex("satellite"), 0.0),
        "wifi_option_capex_vnd": wifi_option,
    })
    for col, values in giga_attributes(cset).items():
        out[col] = values
    return out


def _served_by(item) -> np.ndarray:
    """The villages an item newly serves in any category."""
    parts = [np.asarray(v, dtype=np.int64) for v in item.gains.values() if len(v)]
    if not parts and "village" in item.meta:  # a Wi-Fi point serves its village
        return np.array([int(item.meta["village"])])
    return np.unique(np.concatenate(parts)) if parts else np.zeros(0, np.int64)


def _union(items, n: int) -> dict:
    """Per category, the villages any of ``items`` would newly serve (bool masks)."""
    out = {c: np.zeros(n, bool) for c in CATEGORIES}
    for item in items:
        for c, idx in item.gains.items():
            if c in out:
                out[c][np.asarray(idx, dtype=np.int64)] = True
    return out


def giga_attributes(cset) -> dict:
    """The Giga master-schema columns of every village (baseline network; km)."""
    ev = cset.evaluator
    table = cset.villages
    pts = ev.pts
    nv = pts.n_villages
    centres = pts.xy[:nv]
    out: dict = {
        "latitude": table["centre_lat"].to_numpy(), "longitude": table["centre_lon"].to_numpy(),
        "admin2": table["district"].to_numpy(),
        "fiber_node_distance": np.round(table["distance_fiber_m"].to_numpy(float) / 1000.0, 3),
    }
    cells = ev.cells
    for radio, tech in GIGA_RADIO.items():
        sites = cells[cells["technology"] == tech].drop_duplicates("site_id")
        if len(sites):
            d, j = cKDTree(sites[["x", "y"]].to_numpy(float)).query(centres)
            out[f"nearest_{radio}_id"] = sites["site_id"].astype(str).to_numpy()[j]
            out[f"nearest_{radio}_distance"] = np.round(d / 1000.0, 3)
        else:
            out[f"nearest_{radio}_id"] = np.full(nv, "", dtype=object)
            out[f"nearest_{radio}_distance"] = np.full(nv, np.nan)
    tree = cKDTree(pts.xy)
    for km in (1, 2, 3):
        hits = tree.query_ball_point(centres, r=km * 1000.0)
        out[f"households_within_{km}km"] = np.array(
            [int(round(pts.households[h].sum())) for h in hits])
    out["electricity_type"] = np.full(nv, "unknown", dtype=object)
    return out


def reason_text(code: str, lang: str | None = None) -> str:
    """A reason code in words (bilingual)."""
    return REASONS[code](lang) if code in REASONS else ""


__all__ = ["village_answers", "giga_attributes", "reason_text", "TECHNOLOGY", "REASONS"]
