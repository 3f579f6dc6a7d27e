"""Nearest sites and fiber access points of each village centre, in a metric CRS."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.spatial import cKDTree


def utm_crs(gdf) -> str:
    """The UTM zone's CRS at the centre of ``gdf``'s bounds (EPSG:4326 data; WGS 84 UTM).

    The same zone ``estimate_utm_crs`` finds for a province-sized extent, without its slow
    database query.
    """
    bounds = gdf.to_crs("EPSG:4326").total_bounds if len(gdf) else (105.0, 21.0, 105.0, 21.0)
    minx, miny, maxx, maxy = bounds
    lon, lat = (minx + maxx) / 2, (miny + maxy) / 2
    if not (np.isfinite(lon) and np.isfinite(lat)):
        lon, lat = 105.0, 21.0
    zone = int(min(60, max(1, np.floor((lon + 180.0) / 6.0) + 1)))
    return f"EPSG:{32600 + zone if lat >= 0 else 32700 + zone}"


@dataclass
class Nearest:
    """Per village: the nearest feature's id, its operator ("" if unknown) and distance (m)."""

    ids: np.ndarray
    operators: np.ndarray
    distances: np.ndarray


def _xy(gdf_or_lonlat, crs: str) -> np.ndarray:
    pts = gdf_or_lonlat.geometry.to_crs(crs)
    return np.column_stack([pts.x, pts.y]) if len(pts) else np.empty((0, 2))


def centres_xy(villages: pd.DataFrame, crs: str) -> np.ndarray:
    pts = gpd.GeoSeries(gpd.points_from_xy(villages["centre_lon"], villages["centre_lat"]),
                        crs="EPSG:4326").to_crs(crs)
    return np.column_stack([pts.x, pts.y])


def nearest(xy: np.ndarray, feature_xy: np.ndarray, ids, operators) -> Nearest:
    n = len(xy)
    if len(feature_xy) == 0 or n == 0:
        return Nearest(np.full(n, "", object), np.full(n, "", object), np.full(n, np.nan))
    dist, idx = cKDTree(feature_xy).query(xy)
    return Nearest(np.asarray(ids, dtype=object)[idx], np.asarray(operators, dtype=object)[idx],
                   np.asarray(dist, dtype=float))


def sites_table(cells: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """One row per site: site_id, operator, technologies ("2G+4G"), geometry."""
    if cells is None or cells.empty:
        return gpd.GeoDataFrame({"site_id": [], "operator": [], "technologies": []},
                                geometry=[], crs="EPSG:4326")
    techs = (cells.groupby("site_id", sort=False)["technology"]
             .agg(lambda s: "+".join(sorted(set(map(str, s))))))
    first = cells.drop_duplicates("site_id").set_index("site_id")
    out = gpd.GeoDataFrame({"site_id": first.index.astype(str).to_numpy(),
                            "operator": first["operator"].astype(str).to_numpy(),
                            "technologies": techs.reindex(first.index).to_numpy()},
                           geometry=first.geometry.to_numpy(), crs=cells.crs)
    return out.to_crs("EPSG:4326")


class Finder:
    """Nearest sites (optionally of one carrier, optionally with a technology) and APs."""

    def __init__(self, project, villages: pd.DataFrame) -> None:
        self.crs = utm_crs(project.villages)
        self.xy = centres_xy(villages, self.crs)
        self.sites = sites_table(project.cells)
        self.site_xy = _xy(self.sites, self.crs)
        aps = project.fiber_access_points
        self.aps = aps if aps is not None else gpd.GeoDataFrame(geometry=[], crs="EPSG:4326")
        self.ap_xy = _xy(self.aps, self.crs)

    def site(self, operator: str | None = None, technologies=None) -> Nearest:
        keep = np.ones(len(self.sites), bool)
        if operator:
            keep &= self.sites["operator"].to_numpy() == operator
        if technologies:
            have = self.sites["technologies"].astype(str)
            keep &= np.logical_or.reduce([have.str.contains(t, regex=False).to_numpy()
                                          for t in technologies])
        s = self.sites[keep]
        return nearest(self.xy, self.site_xy[keep], s["site_id"], s["operator"])

    def access_point(self) -> Nearest:
        ops = ap_operators(self.aps)
        ids = self.aps["ap_id"] if "ap_id" in self.aps else [""] * len(self.aps)
        return nearest(self.xy, self.ap_xy, ids, ops if ops is not None else [""] * len(self.aps))


def ap_operators(aps: gpd.GeoDataFrame | None) -> np.ndarray | None:
    """The carrier owning each access point, when the fiber data names one (else None)."""
    if aps is None or "operator" not in aps.columns:
        return None
    from coverage_planner.core.io.cells import OPERATORS
    from coverage_planner.core.io.columns import key

    names = aps["operator"].fillna("").astype(str).str.strip()
    if not names.ne("").any():
        return None
    return np.array([OPERATORS.get(key(n), n) for n in names], dtype=object)
