"""Villages (placed on low ground, grouped in communes and districts) and their household clusters."""

from __future__ import annotations

import numpy as np
import pandas as pd

from coverage_planner.datagen.national.country import ORIGIN_X, ORIGIN_Y, Params, to_lonlat


def place_villages(p: Params, coarse: np.ndarray, coarse_res: float, dem_x0: float,
                   dem_y0: float, rng) -> np.ndarray:
    """(n, 2) village centres (UTM), preferring low ground (rejection sampling)."""
    side = p.side_m
    out = []
    n = 0
    while n < p.villages:
        k = max(1000, 3 * (p.villages - n))
        x = ORIGIN_X + rng.uniform(0, side, k)
        y = ORIGIN_Y - rng.uniform(0, side, k)
        r = np.clip(((dem_y0 - y) / coarse_res).astype(int), 0, coarse.shape[0] - 1)
        c = np.clip(((x - dem_x0) / coarse_res).astype(int), 0, coarse.shape[1] - 1)
        z = coarse[r, c].astype(np.float64)
        keep = rng.uniform(0, 1, k) < np.exp(-z / 900.0)
        out.append(np.column_stack([x[keep], y[keep]]))
        n += int(keep.sum())
    return np.vstack(out)[:p.villages]


def admin_units(xy: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Commune (8 km squares) and district (40 km squares) codes of each point."""
    cx = ((xy[:, 0] - ORIGIN_X) // 8_000).astype(np.int64)
    cy = ((ORIGIN_Y - xy[:, 1]) // 8_000).astype(np.int64)
    commune = cy * 10_000 + cx
    district = (cy // 5) * 10_000 + cx // 5
    return commune, district


def village_table(p: Params, xy: np.ndarray, rng):
    import geopandas as gpd
    import shapely

    n = len(xy)
    commune, district = admin_units(xy)
    # number villages inside their commune, in id order
    order = np.lexsort((np.arange(n), commune))
    rank = np.empty(n, np.int64)
    starts = np.r_[0, np.flatnonzero(np.diff(commune[order])) + 1]
    counts = np.diff(np.r_[starts, n])
    rank[order] = np.arange(n) - np.repeat(starts, counts)
    c_codes, c_idx = np.unique(commune, return_inverse=True)
    d_codes, d_idx = np.unique(district, return_inverse=True)
    commune_names = np.array([f"Xã {i + 1:05d}" for i in range(len(c_codes))], dtype=object)
    district_names = np.array([f"Huyện {i + 1:03d}" for i in range(len(d_codes))], dtype=object)
    households = np.clip(np.rint(rng.lognormal(np.log(95), 0.55, n)), 8, 900).astype(np.int64)
    # irregular octagons, 300–900 m across
    k = 8
    radius = rng.uniform(150.0, 450.0, n)[:, None] * rng.uniform(0.75, 1.0, (n, k))
    theta = np.linspace(0, 2 * np.pi, k, endpoint=False)[None, :] + rng.uniform(0, 0.6, (n, 1))
    ring = np.stack([xy[:, :1] + radius * np.cos(theta), xy[:, 1:] + radius * np.sin(theta)], -1)
    ring = np.concatenate([ring, ring[:, :1]], axis=1)
    lon, lat = to_lonlat(ring[..., 0].ravel(), ring[..., 1].ravel())
    coords = np.round(np.column_stack([lon, lat]), 6).reshape(n, k + 1, 2)
    polys = shapely.polygons(coords)
    clon, clat = to_lonlat(xy[:, 0], xy[:, 1])
    table = pd.DataFrame({
        "village_id": [f"V{i + 1:06d}" for i in range(n)],
        "name": [f"Thôn {r + 1}" for r in rank],
        "commune": commune_names[c_idx],
        "district": district_names[d_idx],
        "households": households,
        "fiber_subscribers": np.zeros(n, np.int64),
        "centre_lon": np.round(clon, 6),
        "centre_lat": np.round(clat, 6),
        "origin": "synthetic",
    })
    return gpd.GeoDataFrame(table, geometry=polys, crs="EPSG:4326"), radius.min(axis=1)


def household_clusters(p: Params, xy: np.ndarray, villages, radius: np.ndarray, rng):
    """Clusters inside each village, splitting its households (each cluster has at least 1)."""
    import geopandas as gpd

    n = len(xy)
    per = np.minimum(rng.poisson(p.clusters, n), villages["households"].to_numpy())
    total = int(per.sum())
    if total == 0:
        return None
    owner = np.repeat(np.arange(n), per)
    weight = rng.uniform(0.5, 1.5, total)
    share = weight / np.bincount(owner, weights=weight, minlength=n)[owner]
    hh = villages["households"].to_numpy()[owner]
    count = np.maximum(1, np.floor(share * hh)).astype(np.int64)
    ang = rng.uniform(0, 2 * np.pi, total)
    dist = radius[owner] * 0.7 * np.sqrt(rng.uniform(0, 1, total))
    x, y = xy[owner, 0] + dist * np.cos(ang), xy[owner, 1] + dist * np.sin(ang)
    lon, lat = to_lonlat(x, y)
    df = pd.DataFrame({"village_id": villages["village_id"].to_numpy()[owner],
                       "households": count, "origin": "synthetic"})
    return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(np.round(lon, 6), np.round(lat, 6)),
                            crs="EPSG:4326")
