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

import hashlib
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.common.geo import metric_crs_for
from coverage_planner.core.engine.coverage import all_point_levels, metric_cells
from coverage_planner.core.engine.linkbudget import validity_notes
from coverage_planner.core.engine.terrain import Grid, load_grid
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


@dataclass
class Points:
    xy: np.ndarray  # (n, 2) metric
    village: np.ndarray  # (n,) village position
    households: np.ndarray  # (n,) households at the point (0 for the centre when clusters exist)
    n_villages: int


def village_points(project: Project, crs: str) -> Points:
    """Centres first (one per village, in order), then the household clusters.

    Kept on the project for its current villages and households (the analysis and the what-if
    evaluator both ask; at 15,000 villages each answer costs a reprojection of 45,000 points).
    The arrays are read-only.
    """
    cached = getattr(project, "_points_cache", None)
    if (cached is not None and cached[0] == crs and cached[1] is project.villages
            and cached[2] is project.households):  # the very frames (held, so ids stay theirs)
        return cached[3]
    pts = _village_points(project, crs)
    for a in (pts.xy, pts.village, pts.households):
        a.setflags(write=False)
    project._points_cache = (crs, project.villages, project.households, pts)
    return pts


def _village_points(project: Project, crs: str) -> Points:
    v = project.villages
    centres = gpd.GeoSeries(gpd.points_from_xy(v["centre_lon"], v["centre_lat"]),
                            crs="EPSG:4326").to_crs(crs)
    xy = [np.column_stack([centres.x, centres.y])]
    village = [np.arange(len(v))]
    hh = project.households
    if hh is not None and len(hh):
        pos = _household_villages(project)
        keep = pos >= 0
        pts = hh.geometry.to_crs(crs)[keep]
        xy.append(np.column_stack([pts.x, pts.y]))
        village.append(pos[keep])
        weights = [np.zeros(len(v)), hh["households"].to_numpy(float)[keep]]
        # villages whose clusters are missing count by their centre
        have = np.bincount(pos[keep], minlength=len(v)) > 0
        weights[0] = np.where(have, 0.0, v["households"].to_numpy(float))
    else:
        weights = [v["households"].to_numpy(float)]
    return Points(np.vstack(xy), np.concatenate(village), np.concatenate(weights), len(v))


def _household_villages(project: Project) -> np.ndarray:
    """Village position of each household cluster: by village_id, else by location."""
    v, hh = project.villages, project.households
    pos = np.full(len(hh), -1)
    if "village_id" in hh:
        lookup = pd.Series(np.arange(len(v)), index=v["village_id"].astype(str))
        ids = hh["village_id"].astype(str)
        # a copy: pandas' copy-on-write hands out read-only arrays, and ``pos`` is filled below
        pos = lookup.reindex(ids).fillna(-1).astype(int).to_numpy().copy()
    missing = pos < 0
    if missing.any():
        tree = shapely.STRtree(v.geometry.values)
        p_idx, v_idx = tree.query(hh.geometry.values[missing], predicate="intersects")
        fill = np.full(missing.sum(), -1)
        fill[p_idx] = v_idx
        pos[missing] = fill
    return pos


def analyse(project: Project, *, grid: Grid | None = None, use_cache: bool = True,
            bundle: bool = True, progress=None, cancelled=None,
            workers: int | None = None) -> CoverageResult:
    """Classify every village of ``project`` (see the module docstring).

    ``use_cache`` reads and writes each mast's levels in the cache; ``bundle`` also keeps the
    whole run in one file for a fast warm start (off for throw-away what-if states).
    """
    profile = project.profile
    if grid is None:
        if project.dem_path is None:
            raise ValueError("the coverage engine needs an elevation model (dem.tif or .hgt)")
        grid = load_grid(project.dem_path)
    pts = village_points(project, grid.crs)
    cells = metric_cells(project.cells, grid.crs)
    per_cell = all_point_levels(grid, cells, pts.xy, profile, use_cache=use_cache,
                                bundle=bundle, workers=workers, progress=progress,
                                cancelled=cancelled)
    table = classify(project, cells, per_cell, pts, grid.crs)
    return CoverageResult(table, summarise(project, table, cells), profile.to_dict(),
                          sorted(cells["operator"].unique()), validity_notes(cells, profile))


def best_levels(cells: pd.DataFrame, per_cell: list, n_points: int):
    """Per (technology, operator) the best level at each point, and per technology the best cell."""
    level = {}
    best = {t: np.full(n_points, -np.inf, np.float32) for t in TECHNOLOGIES}
    best_cell = {t: np.full(n_points, -1, np.int64) for t in TECHNOLOGIES}
    for c, (tech, op) in enumerate(zip(cells["technology"], cells["operator"])):
        near, lv = per_cell[c]
        if len(near) == 0:
            continue
        arr = level.get((tech, op))
        if arr is None:  # allocate once per (technology, operator), not once per cell
            arr = level[(tech, op)] = np.full(n_points, -np.inf, np.float32)
        np.maximum.at(arr, near, lv)
        better = lv > best[tech][near]
        best[tech][near[better]] = lv[better]
        best_cell[tech][near[better]] = c
    return level, best, best_cell


def classify(project: Project, cells: pd.DataFrame, per_cell: list, pts: Points,
             crs: str) -> pd.DataFrame:
    prof = project.profile
    v = project.villages
    nv = len(v)
    level, best, best_cell = best_levels(cells, per_cell, len(pts.xy))
    out = pd.DataFrame({c: v[c].to_numpy() for c in
                        ("village_id", "name", "commune", "district", "households")})
    out["fiber_subscribers"] = v.get("fiber_subscribers", pd.Series(0, index=v.index)).to_numpy()
    out["centre_lon"], out["centre_lat"] = v["centre_lon"].to_numpy(), v["centre_lat"].to_numpy()
    out["centre_estimated"] = v.get("centre_estimated", pd.Series(False, index=v.index)).to_numpy()
    hh_total = np.bincount(pts.village, weights=pts.households, minlength=nv)

    def share(covered_pts: np.ndarray) -> np.ndarray:
        got = np.bincount(pts.village, weights=pts.households * covered_pts, minlength=nv)
        return np.divide(got, hh_total, out=np.zeros(nv), where=hh_total > 0)

    signal_c = np.zeros(nv, bool)
    signal_pts = np.zeros(len(pts.xy), bool)
    for tech in TECHNOLOGIES:
        thr = prof.signal_dbm[tech]
        lv = best[tech]
        # rounded in float64: a float32 -92.1 is written out as -92.0999984741
        out[f"level_{tech}"] = np.where(np.isfinite(lv[:nv]),
                                        np.round(lv[:nv].astype(np.float64), 1), np.nan)
        covered = lv >= thr
        out[f"signal_{tech}"] = covered[:nv]
        out[f"share_{tech}"] = np.round(share(covered), 3)
        signal_c |= covered[:nv]
        signal_pts |= covered
        for op in sorted(cells["operator"].unique()):
            arr = level.get((tech, op))
            ok = np.zeros(nv, bool) if arr is None else arr[:nv] >= thr
            out[f"signal_{tech}_{op}"] = ok
    out["mobile_signal"] = signal_c
    out["signal_share"] = np.round(share(signal_pts), 3)
    out["weak_pocket"] = signal_c & (out["signal_share"].to_numpy() < prof.weak_pocket_share)
    bb_c = np.zeros(nv, bool)
    bb_pts = np.zeros(len(pts.xy), bool)
    for tech, thr in prof.broadband_dbm.items():
        if tech == "5G":
            continue
        covered = best[tech] >= thr
        bb_c |= covered[:nv]
        bb_pts |= covered
    out["mobile_broadband"] = bb_c
    out["broadband_share"] = np.round(share(bb_pts), 3)
    out["has_5g"] = best["5G"][:nv] >= prof.broadband_dbm.get("5G", prof.signal_dbm["5G"])
    _best_server(out, cells, best, best_cell, prof, nv)
    _fixed_and_wifi(out, project, pts, crs)
    return out


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


def _nearest_distance(xy: np.ndarray, geoms) -> np.ndarray:
    if geoms is None or len(geoms) == 0:
        return np.full(len(xy), np.inf)
    tree = shapely.STRtree(geoms)
    p = shapely.points(xy)
    (i_pts, _), dist = tree.query_nearest(p, return_distance=True, all_matches=False)
    out = np.full(len(xy), np.inf)
    out[i_pts] = dist
    return out


def _fiber_distance(project: Project, pts: Points, crs: str) -> np.ndarray:
    """Each point's distance to the nearest access point or distribution cable.

    Kept on ``pts`` for the fiber layers it was computed from (compared by their geometries'
    WKB): what-if edits of masts leave the fiber as it is, and at 15,000 villages this nearest
    search was 40 % of a what-if answer.
    """
    layers = []
    if project.fiber_access_points is not None and len(project.fiber_access_points):
        layers.append(project.fiber_access_points.geometry)
    if project.fiber_cables is not None and len(project.fiber_cables):
        fc = project.fiber_cables
        kind = fc["kind"].astype(str).str.lower() if "kind" in fc else pd.Series("", index=fc.index)
        layers.append(fc[kind != "trunk"].geometry)
    digest = hashlib.sha256(crs.encode())
    for geo in layers:
        digest.update(str(geo.crs).encode())
        digest.update(b"".join(shapely.to_wkb(geo.values)))
    key = digest.hexdigest()
    cached = getattr(pts, "_fiber_cache", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    drops = [geo.to_crs(crs).values for geo in layers]
    d = _nearest_distance(pts.xy, np.concatenate(drops) if drops else None)
    d.setflags(write=False)
    pts._fiber_cache = (key, d)
    return d


def _fixed_and_wifi(out, project: Project, pts: Points, crs: str):
    prof = project.profile
    nv = pts.n_villages
    d = _fiber_distance(project, pts, crs)
    reach = d <= prof.fiber_drop_reach_m
    any_reach = np.zeros(nv, bool)
    np.logical_or.at(any_reach, pts.village, reach)
    out["fixed_broadband"] = any_reach
    out["distance_fiber_m"] = np.round(np.where(np.isfinite(d[:nv]), d[:nv], np.nan), 0)
    sites = project.cells.drop_duplicates("site_id").geometry.to_crs(crs).values
    ds = _nearest_distance(pts.xy[:nv], sites)
    out["distance_site_m"] = np.round(ds, 0)
    if project.wifi is not None and len(project.wifi):
        dw = _nearest_distance(pts.xy[:nv], project.wifi.geometry.to_crs(crs).values)
        out["public_wifi"] = dw <= prof.wifi_radius_m
    else:
        out["public_wifi"] = False


def _counts(t: pd.DataFrame) -> dict:
    return {
        "villages_total": int(len(t)),
        "mobile_signal": int(t["mobile_signal"].sum()),
        "no_signal": int((~t["mobile_signal"]).sum()),
        "weak_signal_pockets": int(t["weak_pocket"].sum()),
        "mobile_broadband": int(t["mobile_broadband"].sum()),
        "villages_5g": int(t["has_5g"].sum()),
        "fixed_broadband": int(t["fixed_broadband"].sum()),
        "without_fixed_broadband": int((~t["fixed_broadband"]).sum()),
        "households_total": int(t["households"].sum()),
        "households_fiber": int(t["fiber_subscribers"].sum()),
    }


def summarise(project: Project, t: pd.DataFrame, cells: pd.DataFrame) -> dict:
    """The 2023 table for the province, per district and per carrier."""
    summary = _counts(t)
    summary["sites_5g"] = int(cells.loc[cells["technology"] == "5G", "site_id"].nunique())
    summary["wifi_points"] = int(len(project.wifi)) if project.wifi is not None else 0
    summary["villages_public_wifi"] = int(t["public_wifi"].sum())
    summary["by_district"] = {d: _counts(g) for d, g in t.groupby("district", sort=True)}
    by_op = {}
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
            "sites": int(cells.loc[cells["operator"] == op, "site_id"].nunique()),
            "cells": int((cells["operator"] == op).sum()),
            "mobile_signal": int(sig.sum()),
            "villages_3g_4g_signal": int(bb.sum()),
            "villages_5g": int(t.get(f"signal_5G_{op}", pd.Series(False)).sum()),
        }
    summary["by_operator"] = by_op
    return summary


def metric_crs(project: Project) -> str:
    return metric_crs_for(project.villages)
