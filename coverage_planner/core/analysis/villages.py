"""The per-village classification (DOMAIN.md §4) and the summaries, from a loaded project.

For each technology (2G/3G/4G/5G) and carrier: the level at the village centre (the cultural
house) and the share of households covered (household clusters, or the centre alone when a
folder has no households layer). From those:

- *mobile signal*: any technology at its signal threshold at the centre; villages without it
  are *trắng sóng*;
- *weak-signal pocket* (*lõm sóng*): centre covered, but households covered below
  ``weak_pocket_share``;
- *mobile broadband*: 3G or 4G at its broadband threshold at the centre; *5G* likewise;
- *fixed broadband*: the centre or a household cluster within drop reach of a fiber access
  point or distribution cable (trunks carry no drops), by distance in metres;
- *public Wi-Fi*: the centre within the Wi-Fi radius of a point;
- *best server*: the highest technology with signal at the centre, and its strongest cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from coverage_planner.core.analysis.fixed import fixed_and_wifi
from coverage_planner.core.analysis.levels import BestLevels, best_levels
from coverage_planner.core.analysis.points import Points, village_points
from coverage_planner.core.analysis.summary import summarise
from coverage_planner.core.engine.coverage import all_point_levels, metric_cells
from coverage_planner.core.engine.linkbudget import validity_notes
from coverage_planner.core.engine.terrain import Grid
from coverage_planner.core.project.grid import project_grid
from coverage_planner.core.project.model import Project
from coverage_planner.core.project.profile import TECHNOLOGIES

TECH_ORDER = ("5G", "4G", "3G", "2G")


@dataclass
class CoverageResult:
    """Per-village results and the summary table; ``profile`` is the profile in force."""

    villages: pd.DataFrame
    summary: dict
    profile: dict
    operators: list = field(default_factory=list)
    #: where a model is used outside its validity range (bilingual Text)
    notes: list = field(default_factory=list)


def analyse(project: Project, *, grid: Grid | None = None, use_cache: bool = True,
            bundle: bool = True, progress=None, cancelled=None,
            workers: int | None = None) -> CoverageResult:
    """Classify every village of ``project`` (see the module docstring).

    ``use_cache`` reads and writes each mast's levels in the cache; ``bundle`` also keeps the
    whole run in one file for a fast warm start (off for throw-away what-if states).
    """
    profile = project.profile
    if grid is None:
        grid = project_grid(project)
    pts = village_points(project, grid.crs)
    cells = metric_cells(project.cells, grid.crs)
    per_cell = all_point_levels(grid, cells, pts.xy, profile, use_cache=use_cache,
                                bundle=bundle, workers=workers, progress=progress,
                                cancelled=cancelled)
    table = classify(project, cells, per_cell, pts, grid.crs)
    return CoverageResult(table, summarise(project, table, cells), profile.to_dict(),
                          sorted(cells["operator"].unique()), validity_notes(cells, profile))


def classify(project: Project, cells: pd.DataFrame, per_cell: list, pts: Points,
             crs: str) -> pd.DataFrame:
    """The village table from every cell's levels at the points (see the module docstring)."""
    return village_table(project, cells, best_levels(cells, per_cell, len(pts.xy)), pts, crs)


def village_table(project: Project, cells: pd.DataFrame, levels: BestLevels, pts: Points,
                  crs: str) -> pd.DataFrame:
    """The village table from the best levels at the points."""
    prof = project.profile
    nv = len(project.villages)
    level, best, best_cell = levels
    cols = dict(_village_columns(project))
    hh_total = np.bincount(pts.village, weights=pts.households, minlength=nv)

    def share(covered_pts: np.ndarray) -> np.ndarray:
        got = np.bincount(pts.village, weights=pts.households * covered_pts, minlength=nv)
        return np.divide(got, hh_total, out=np.zeros(nv), where=hh_total > 0)

    signal_c = np.zeros(nv, bool)
    signal_pts = np.zeros(len(pts.xy), bool)
    operators = sorted(cells["operator"].unique())
    for tech in TECHNOLOGIES:
        thr = prof.signal_dbm[tech]
        lv = best[tech]
        # rounded in float64: a float32 -92.1 is written out as -92.0999984741
        cols[f"level_{tech}"] = np.where(np.isfinite(lv[:nv]),
                                         np.round(lv[:nv].astype(np.float64), 1), np.nan)
        covered = lv >= thr
        cols[f"signal_{tech}"] = covered[:nv]
        cols[f"share_{tech}"] = np.round(share(covered), 3)
        signal_c |= covered[:nv]
        signal_pts |= covered
        for op in operators:
            arr = level.get((tech, op))
            cols[f"signal_{tech}_{op}"] = np.zeros(nv, bool) if arr is None else arr[:nv] >= thr
    cols["mobile_signal"] = signal_c
    cols["signal_share"] = np.round(share(signal_pts), 3)
    cols["weak_pocket"] = signal_c & (cols["signal_share"] < prof.weak_pocket_share)
    bb_c = np.zeros(nv, bool)
    bb_pts = np.zeros(len(pts.xy), bool)
    for tech, thr in prof.broadband_dbm.items():
        if tech == "5G":
            continue
        covered = best[tech] >= thr
        bb_c |= covered[:nv]
        bb_pts |= covered
    cols["mobile_broadband"] = bb_c
    cols["broadband_share"] = np.round(share(bb_pts), 3)
    cols["has_5g"] = best["5G"][:nv] >= prof.broadband_dbm.get("5G", prof.signal_dbm["5G"])
    _best_server(cols, cells, best, best_cell, prof, nv)
    fixed_and_wifi(cols, project, cells, pts, crs)
    # built at once, not a column at a time (pandas copies its blocks on each insert)
    return pd.DataFrame(cols)


def _village_columns(project: Project) -> dict:
    """The villages' own columns of the table, kept on the project for its villages' frame
    (every what-if answer has them): the loaders' arrays, dtypes as loaded."""
    cached = getattr(project, "_village_columns", None)
    if cached is not None and cached[0] is project.villages:
        return cached[1]
    v = project.villages
    n = len(v)
    # texts as they are (their dtype kept, not inferred again from objects), numbers as numpy
    cols = {c: v[c].array for c in ("village_id", "name", "commune", "district")}
    cols["households"] = v["households"].to_numpy()
    cols["fiber_subscribers"] = v["fiber_subscribers"].to_numpy() if "fiber_subscribers" in v \
        else np.zeros(n, np.int64)
    cols["centre_lon"], cols["centre_lat"] = (v["centre_lon"].to_numpy(),
                                              v["centre_lat"].to_numpy())
    cols["centre_estimated"] = v["centre_estimated"].to_numpy() if "centre_estimated" in v \
        else np.zeros(n, bool)
    project._village_columns = (v, cols)
    return cols


def _best_server(out, cells, best, best_cell, prof, nv):
    tech = np.full(nv, "", dtype=object)
    lvl = np.full(nv, np.nan)
    cell = np.full(nv, -1)
    for t in reversed(TECH_ORDER):  # lowest first, so the highest technology wins
        ok = best[t][:nv] >= prof.signal_dbm[t]
        tech[ok], lvl[ok], cell[ok] = t, best[t][:nv][ok], best_cell[t][:nv][ok]
    out["best_technology"] = tech
    out["best_level_dbm"] = np.round(lvl, 1)
    has = cell >= 0
    for col, src in (("best_cell", "cell_id"), ("best_operator", "operator"),
                     ("best_site", "site_id")):
        values = cells[src].to_numpy() if len(cells) else np.array([""])
        out[col] = np.where(has, values[np.maximum(cell, 0)], "")
