"""The 2023 table from a village table: for the province, per district and per carrier."""

from __future__ import annotations

import numpy as np
import pandas as pd

from coverage_planner.core.project.model import Project
from coverage_planner.core.project.profile import TECHNOLOGIES

#: count -> how it is made from the village table (a boolean column, its negation, or a sum)
COUNTS = (
    ("villages_total", None),
    ("mobile_signal", "mobile_signal"),
    ("no_signal", "~mobile_signal"),
    ("weak_signal_pockets", "weak_pocket"),
    ("mobile_broadband", "mobile_broadband"),
    ("villages_5g", "has_5g"),
    ("fixed_broadband", "fixed_broadband"),
    ("without_fixed_broadband", "~fixed_broadband"),
    ("households_total", "households"),
    ("households_fiber", "fiber_subscribers"),
)


def _column(t: pd.DataFrame, how: str | None) -> np.ndarray:
    if how is None:
        return np.ones(len(t))
    if how.startswith("~"):
        return ~t[how[1:]].to_numpy(bool)
    return t[how].to_numpy()


def counts_by(t: pd.DataFrame, codes: np.ndarray | None = None, n: int = 1) -> list[dict]:
    """The counts of :data:`COUNTS` per group (``codes``: each village's group in 0..n-1, or
    -1 for none)."""
    codes = np.zeros(len(t), np.int64) if codes is None else np.asarray(codes)
    mine = codes >= 0
    cols = {name: np.bincount(codes[mine], weights=_column(t, how)[mine].astype(float),
                              minlength=n) for name, how in COUNTS}
    return [{name: int(round(float(cols[name][g]))) for name, _ in COUNTS} for g in range(n)]


def summarise(project: Project, t: pd.DataFrame, cells: pd.DataFrame) -> dict:
    """The 2023 table for the province, per district and per carrier."""
    summary = counts_by(t)[0]
    summary["sites_5g"] = int(cells.loc[cells["technology"] == "5G", "site_id"].nunique())
    summary["wifi_points"] = int(len(project.wifi)) if project.wifi is not None else 0
    summary["villages_public_wifi"] = int(t["public_wifi"].sum())
    codes, names = pd.factorize(t["district"], sort=True)
    summary["by_district"] = dict(zip(names, counts_by(t, codes, len(names))))
    by_op = {}
    sites = cells.groupby("operator", sort=True)["site_id"].nunique()
    n_cells = cells["operator"].value_counts()
    for op in sorted(cells["operator"].unique()):
        sig = np.zeros(len(t), bool)
        bb = np.zeros(len(t), bool)
        for tech in TECHNOLOGIES:
            col = f"signal_{tech}_{op}"
            if col in t:
                sig |= t[col].to_numpy()
                if tech in ("3G", "4G"):
                    bb |= t[col].to_numpy()
        by_op[op] = {
            "sites": int(sites[op]),
            "cells": int(n_cells[op]),
            "mobile_signal": int(sig.sum()),
            "villages_3g_4g_signal": int(bb.sum()),
            "villages_5g": int(t.get(f"signal_5G_{op}", pd.Series(False)).sum()),
        }
    summary["by_operator"] = by_op
    return summary
