"""The rollout plan as tables: its items, per carrier, per district, the summary and the
comparison with the province's targets. The XLSX, the GeoPackage (:mod:`plan_outputs`) and the
``plan`` command's JSON all read these.

Targets (editable: pass your own list of :class:`Target`): the defaults are Lào Cai's published
targets as the planning brief states them — 99 % of the villages with grid power covered in
2025, 40 % 5G coverage in 2025, 100 % of the villages with ≥ 90 % 5G coverage by 2030. How each
is measured here (an interpretation, stated with the table):

- *villages with grid power covered*: the share of villages with mobile broadband (3G/4G at
  the broadband threshold at the centre) among the villages with grid power; the project has
  no grid layer, so every village counts as having power (said in the note);
- *5G coverage*: the share of villages with 5G at the centre;
- *villages with ≥ 90 % 5G coverage*: the share of villages whose households are ≥ 90 %
  covered by 5G (the village table's ``share_5G``).

"Before" is the baseline; "after" the baseline with the plan's gains (the plan's masts are
4G, so the 5G figures do not move unless an evaluated result of the plan says otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from coverage_planner.core.common.text import Text
from coverage_planner.core.planning.rollout import CATEGORIES


@dataclass(frozen=True)
class Target:
    key: str
    year: int
    value: float  # share (0-1)
    label: Text
    #: how it is measured: "broadband_powered", "5g", "5g_90"
    metric: str


TARGETS = (
    Target("coverage_2025", 2025, 0.99,
           Text("Villages with grid power covered (mobile broadband)",
                "Thôn có điện lưới được phủ sóng (băng rộng di động)"), "broadband_powered"),
    Target("5g_2025", 2025, 0.40, Text("5G coverage (villages)", "Phủ sóng 5G (thôn)"), "5g"),
    Target("5g90_2030", 2030, 1.00,
           Text("Villages with ≥ 90 % 5G coverage", "Thôn được phủ 5G ≥ 90 %"), "5g_90"),
)


def targets_for(profile) -> tuple:
    """:data:`TARGETS` with the planner's overrides from ``profile.targets`` (by key: a share
    ``value`` in 0-1 and a ``year``); a DataError names a wrong key or value."""
    from dataclasses import replace

    from coverage_planner.core.common.errors import DataError

    overrides = getattr(profile, "targets", None) or {}
    known = {t.key: t for t in TARGETS}
    out = dict(known)
    for key, change in overrides.items():
        if key not in known or not isinstance(change, dict) \
                or not set(change) <= {"value", "year"}:
            raise DataError(None, Text(f"unknown or malformed target '{key}'",
                                       f"chỉ tiêu '{key}' không có hoặc sai dạng"),
                            Text(f"use {', '.join(known)}, each like "
                                 '{"value": 0.99, "year": 2025}',
                                 f"dùng {', '.join(known)}, mỗi mục dạng "
                                 '{"value": 0.99, "year": 2025}'), column="targets")
        value = float(change.get("value", known[key].value))
        year = int(change.get("year", known[key].year))
        if not 0.0 <= value <= 1.0:
            raise DataError(None, Text(f"target '{key}': {value} is not a share in 0-1",
                                       f"chỉ tiêu '{key}': {value} không phải tỉ lệ 0-1"),
                            Text("write e.g. 0.4 for 40 %", "ghi ví dụ 0.4 cho 40 %"),
                            column="targets")
        out[key] = replace(known[key], value=value, year=year)
    return tuple(out.values())


TARGET_NOTE = Text("No grid layer: every village counts as having grid power.",
                   "Không có lớp lưới điện: coi mọi thôn đều có điện lưới.")
KIND_LABELS = {
    "mast": Text("new mast", "trạm mới"), "upgrade": Text("4G upgrade", "nâng cấp 4G"),
    "fiber": Text("fiber extension", "kéo cáp quang"), "wifi": Text("Wi-Fi point", "điểm Wi-Fi"),
    "satellite": Text("satellite", "vệ tinh"),
}


def _text(value, lang) -> str:
    return value(lang) if isinstance(value, Text) else str(value)


def items_table(plan, cset, costs, lang: str | None = None) -> pd.DataFrame:
    """One row per chosen item: what, where, when, costs and what it gains."""
    by_id = cset.by_id()
    rows = []
    for cid, year in plan.chosen:
        item = by_id[cid]
        gains = {c: np.asarray(item.gains.get(c, []), dtype=np.int64) for c in CATEGORIES}
        served = np.unique(np.concatenate(list(gains.values())))
        rows.append({
            "id": cid, "kind": item.kind, "kind_label": _text(KIND_LABELS.get(item.kind, ""), lang),
            "label": _text(item.label, lang), "operator": item.operator or "",
            "district": item.district or "", "year": int(year),
            "capex_vnd": float(item.capex_vnd), "opex_vnd_per_year": float(item.opex_vnd_per_year),
            "tco_vnd": float(costs.tco(item.capex_vnd, item.opex_vnd_per_year)),
            **{f"villages_{c}": int(len(gains[c])) for c in CATEGORIES},
            "households": int(cset.households[served].sum()) if len(served) else 0,
            "requires": " ".join(item.requires),
            "length_km": item.meta.get("length_km", np.nan),
            "power_km": item.meta.get("power_km", np.nan),
            "power_source": item.meta.get("power_source", ""),
            "lon": _coord(item.geometry, 0), "lat": _coord(item.geometry, 1),
        })
    columns = ["id", "kind", "kind_label", "label", "operator", "district", "year", "capex_vnd",
               "opex_vnd_per_year", "tco_vnd", *[f"villages_{c}" for c in CATEGORIES],
               "households", "requires", "length_km", "power_km", "power_source", "lon", "lat"]
    return pd.DataFrame(rows, columns=columns)


def _coord(geometry, k: int) -> float:
    if geometry is None:
        return np.nan
    p = geometry.representative_point() if geometry.geom_type != "Point" else geometry
    return round(float((p.x, p.y)[k]), 6)


def grouped(items: pd.DataFrame, answers: pd.DataFrame, by: str) -> pd.DataFrame:
    """Per carrier (``by="operator"``) or per district: items, costs, villages gained."""
    cost_cols = ["capex_vnd", "opex_vnd_per_year", "tco_vnd"]
    if items.empty:
        g = pd.DataFrame(columns=[by, "items", *cost_cols])
    else:
        key = items[by].replace("", "—")
        g = items.assign(**{by: key}).groupby(by, sort=True).agg(
            items=("id", "size"), **{c: (c, "sum") for c in cost_cols}).reset_index()
    if by == "district":
        gained = answers.groupby("district").agg(
            **{f"villages_{c}": (f"gained_{c}", "sum") for c in CATEGORIES},
            villages_lacking=("lacking", lambda s: int((s != "").sum())),
            villages_feasible=("feasible", "sum")).reset_index()
        g = gained.merge(g, on="district", how="left").fillna({"items": 0, **{c: 0.0 for c in
                                                                               cost_cols}})
        g["items"] = g["items"].astype(int)
    else:
        for c in CATEGORIES:
            g[f"villages_{c}"] = [int(items.loc[items[by].replace("", "—") == k,
                                                f"villages_{c}"].sum()) for k in g[by]]
    return g


def targets_table(before: pd.DataFrame, answers: pd.DataFrame, targets=TARGETS,
                  after: pd.DataFrame | None = None, lang: str | None = None) -> pd.DataFrame:
    """The targets against the baseline and the plan (see the module docstring)."""
    after_bb = answers["served_broadband_after"].to_numpy(bool)
    rows = []
    for t in targets:
        if t.metric == "broadband_powered":
            powered = np.ones(len(before), bool)  # no grid layer
            was = before["mobile_broadband"].to_numpy(bool)[powered].mean()
            now = after_bb[powered].mean() if after is None else \
                after["mobile_broadband"].to_numpy(bool)[powered].mean()
        elif t.metric == "5g":
            was = before["has_5g"].to_numpy(bool).mean()
            now = was if after is None else after["has_5g"].to_numpy(bool).mean()
        elif t.metric == "5g_90":
            was = (before["share_5G"].to_numpy(float) >= 0.9).mean()
            now = was if after is None else (after["share_5G"].to_numpy(float) >= 0.9).mean()
        else:
            raise ValueError(f"unknown target metric {t.metric!r}")
        rows.append({"target": _text(t.label, lang), "year": t.year,
                     "target_share": t.value, "before": round(float(was), 4),
                     "after_plan": round(float(now), 4), "met": bool(now >= t.value - 1e-9),
                     "shortfall_villages": int(max(0.0, np.ceil((t.value - now) * len(before)
                                                                - 1e-9)))})
    return pd.DataFrame(rows)


def summary_rows(plan, cset, costs, lang: str | None = None) -> list[tuple[str, object]]:
    """(label, value) pairs of the plan's summary (money as numbers, VND)."""
    t = Text
    rows = [
        (t("Budget (VND)", "Ngân sách (đồng)")(lang), float(plan.budget_vnd)),
        (t("Cost counted against the budget (VND)", "Chi phí tính vào ngân sách (đồng)")(lang),
         float(plan.cost_vnd)),
        (t("Capital cost (VND)", "Chi phí đầu tư (đồng)")(lang), float(plan.capex_vnd)),
        (t("Operating cost per year (VND)", "Chi phí vận hành mỗi năm (đồng)")(lang),
         float(plan.opex_vnd_per_year)),
        (t(f"Total cost of ownership, {costs.tco_years} years (VND)",
           f"Tổng chi phí sở hữu {costs.tco_years} năm (đồng)")(lang),
         float(costs.tco(plan.capex_vnd, plan.opex_vnd_per_year))),
        (t("Items", "Hạng mục")(lang), len(plan.chosen)),
    ]
    for c in CATEGORIES:
        label = {"fixed": t("fixed broadband", "băng rộng cố định"),
                 "broadband": t("mobile broadband (3G/4G)", "băng rộng di động (3G/4G)"),
                 "signal": t("mobile signal", "sóng di động")}[c]
        lacking = int((~cset.served[c]).sum())
        rows.append((t(f"Villages gained, {label.en} (of {lacking} lacking)",
                       f"Số thôn được phục vụ thêm, {label.vi} (trên {lacking} thôn thiếu)")(lang),
                     len(plan.gained.get(c, ()))))
        rows.append((t(f"Households gained, {label.en}",
                       f"Số hộ được phục vụ thêm, {label.vi}")(lang),
                     int(plan.households_gained.get(c, 0))))
    rows += [
        (t("Method", "Phương pháp")(lang), plan.method),
        (t("Status", "Trạng thái")(lang), plan.status),
        (t("Optimality gap", "Khoảng cách tối ưu")(lang), float(plan.gap)),
        (t("Upper bound of the objective", "Cận trên của mục tiêu")(lang), float(plan.bound)),
        (t("Objective", "Giá trị mục tiêu")(lang), float(plan.objective)),
    ]
    if plan.message:
        rows.append((t("Note", "Ghi chú")(lang), _text(plan.message, lang)))
    for note in cset.notes:
        rows.append((t("Note", "Ghi chú")(lang), _text(note, lang)))
    return rows


__all__ = ["Target", "TARGETS", "TARGET_NOTE", "items_table", "grouped", "targets_for",
           "targets_table",
           "summary_rows", "KIND_LABELS"]
