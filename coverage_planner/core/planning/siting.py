"""Suggested sites: where K new masts of a carrier would cover the most households not yet
covered, with the terrain-aware engine, and how close the greedy choice is to the best.

Candidates are the local high points (the highest DEM pixel of each ``spacing_m`` block) within
``search_m`` of the uncovered villages and within ``road_m`` of a road (when the folder has
roads). Each candidate is a mast of the carrier's template (three sectors) evaluated at every
village point; K are chosen greedily by households newly covered (then villages). Since the
coverage gain is submodular, for every step i the best K-set covers at most
f(S_i) + the sum of the K largest marginal gains at S_i: the smallest such value is reported as
the upper bound, so the planner sees how close the greedy answer is to the optimum.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.engine.coverage import mast_point_levels
from coverage_planner.core.planning.templates import SiteSpec, spec_cells
from coverage_planner.core.planning.whatif import Evaluator


@dataclass
class Suggestion:
    sites: pd.DataFrame  # rank, lon, lat, ground_m, households, villages, cumulative, village_ids
    households_total: int  # households the K sites cover newly (greedy)
    upper_bound: int  # no K candidates can cover more
    candidates: int
    threshold_dbm: float


def _threshold(profile, technology: str) -> float:
    if technology in profile.broadband_dbm and technology != "2G":
        return profile.broadband_dbm[technology]
    return profile.signal_dbm[technology]


def _covered_points(ev: Evaluator, technology: str, threshold: float) -> np.ndarray:
    return ev.levels.best[technology] >= threshold


def candidates(ev: Evaluator, uncovered_xy: np.ndarray, spacing_m: float, search_m: float,
               road_m: float | None, limit: int = 400) -> np.ndarray:
    """Local high points near the uncovered villages (metric x, y)."""
    g = ev.grid
    step = max(1, int(round(spacing_m / g.res)))
    rows, cols = g.shape
    nr, nc = rows // step, cols // step
    block = g.z[: nr * step, : nc * step].reshape(nr, step, nc, step)
    flat = np.where(np.isfinite(block), block, -np.inf).transpose(0, 2, 1, 3).reshape(nr, nc, -1)
    arg = flat.argmax(axis=2)
    height = flat.max(axis=2)
    bi, bj = np.meshgrid(np.arange(nr), np.arange(nc), indexing="ij")
    r = bi * step + arg // step
    c = bj * step + arg % step
    x, y = g.centre_xy(r.ravel(), c.ravel())
    height = height.ravel()
    xy = np.column_stack([x, y])
    ok = np.isfinite(height)
    if len(uncovered_xy):
        from scipy.spatial import cKDTree

        d, _ = cKDTree(uncovered_xy).query(xy)
        ok &= d <= search_m
    else:
        ok &= False
    roads = ev.baseline.roads
    if road_m is not None and roads is not None and len(roads):
        lines = roads.to_crs(g.crs).geometry.values
        tree = shapely.STRtree(lines)
        idx = np.flatnonzero(ok)
        near = tree.query(shapely.points(xy[idx]), predicate="dwithin", distance=road_m)
        keep = np.zeros(len(xy), bool)
        keep[idx[np.unique(near[0])]] = True
        ok &= keep
    idx = np.flatnonzero(ok)
    idx = idx[np.argsort(-height[idx], kind="stable")][:limit]
    return xy[idx]


def suggest_sites(ev: Evaluator, k: int, operator: str, technology: str = "4G", *,
                  height_m: float = 30.0, spacing_m: float = 1000.0, search_m: float = 5000.0,
                  road_m: float | None = 2000.0, limit: int = 400,
                  templates: dict | None = None) -> Suggestion:
    profile = ev.baseline.profile
    thr = _threshold(profile, technology)
    covered = _covered_points(ev, technology, thr)
    hh = ev.pts.households.copy()
    # a centre without clusters carries its village's households; a centre with clusters
    # still counts as one village reached
    village = ev.pts.village
    nv = ev.pts.n_villages
    uncovered_centres = ~covered[:nv]
    cand = candidates(ev, ev.pts.xy[:nv][uncovered_centres], spacing_m, search_m, road_m, limit)
    to_lonlat = gpd.GeoSeries(gpd.points_from_xy(cand[:, 0], cand[:, 1]), crs=ev.grid.crs) \
        .to_crs("EPSG:4326") if len(cand) else gpd.GeoSeries([], crs="EPSG:4326")
    gains = []
    for (x, y), ll in zip(cand, to_lonlat):
        spec = SiteSpec(operator, ll.x, ll.y, height_m, (technology,), site_id="CAND")
        rows = pd.DataFrame(spec_cells(spec, templates))
        rows["x"], rows["y"] = x, y
        levels, near = mast_point_levels(ev.grid, rows, ev.pts.xy, profile)
        hit = near[(levels >= thr).any(axis=0)] if levels.size else near[:0]
        gains.append(hit[~covered[hit]])
    chosen, cum, records = [], 0.0, []
    now = covered.copy()
    bound = np.inf
    for rank in range(1, k + 1):
        marg_hh = np.array([hh[g[~now[g]]].sum() for g in gains]) if gains else np.zeros(0)
        marg_v = np.array([len(np.unique(village[g[~now[g]]])) for g in gains]) if gains else []
        if len(marg_hh):
            bound = min(bound, cum + np.sort(marg_hh)[::-1][:k].sum())
        if not len(marg_hh) or marg_hh.max() <= 0 and max(marg_v, default=0) == 0:
            break
        best = int(np.lexsort((-np.arange(len(marg_hh)), marg_v, marg_hh))[-1])
        g = gains[best]
        newly = g[~now[g]]
        now[newly] = True
        cum += marg_hh[best]
        villages_now = np.unique(village[newly])
        records.append({"rank": rank, "lon": round(to_lonlat.iloc[best].x, 6),
                        "lat": round(to_lonlat.iloc[best].y, 6),
                        "ground_m": round(float(ev.grid.height_at(*cand[best])), 0),
                        "households": int(round(marg_hh[best])),
                        "villages": int(len(villages_now)),
                        "cumulative_households": int(round(cum)),
                        "village_ids": list(ev.baseline.villages["village_id"].to_numpy()
                                            [villages_now])})
        chosen.append(best)
    if not np.isfinite(bound):
        bound = cum
    return Suggestion(pd.DataFrame(records), int(round(cum)), int(round(max(bound, cum))),
                      len(cand), thr)
