"""The points a village is judged at: its centre (the cultural house) and its household clusters."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.project.model import Project


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
