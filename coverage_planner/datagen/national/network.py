"""The networks near the villages: towers and their cells, fiber (trunks, drops, access points)
and public Wi-Fi points.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coverage_planner.datagen.national.country import ORIGIN_X, ORIGIN_Y, Params, to_lonlat

OPERATORS = ("Viettel", "VNPT", "MobiFone")
OPERATOR_SHARE = (0.43, 0.31, 0.26)
#: technology, probability that a site carries it, frequency (MHz), EIRP (dBm), tilt (°)
TECHS = (("2G", 0.90, 900.0, 57.0, 2.0), ("3G", 0.85, 2100.0, 58.0, 2.0),
         ("4G", 0.97, 1800.0, 61.0, 2.0), ("5G", 0.01, 3500.0, 76.0, 6.0))


# --- sites and cells -------------------------------------------------------------------------

def cell_table(p: Params, xy: np.ndarray, rng) -> pd.DataFrame:
    """Exactly ``p.cells`` cells on towers standing near villages."""
    side = p.side_m
    per_site = sum(prob for _, prob, *_ in TECHS) * 3.0
    n_sites = int(p.cells / per_site * 1.3) + 10
    techs = np.column_stack([rng.uniform(0, 1, n_sites) < prob for _, prob, *_ in TECHS])
    techs[~techs.any(axis=1), 2] = True  # every site carries at least 4G
    omni = rng.uniform(0, 1, n_sites) < 0.03
    sectors = np.where(omni, 1, 3)
    cells_per_site = techs.sum(axis=1) * sectors
    cum = np.cumsum(cells_per_site)
    if cum[-1] < p.cells:  # never with the 30 % margin above, but be sure
        raise RuntimeError("too few sites drawn")
    n_sites = int(np.searchsorted(cum, p.cells) + 1)
    techs, omni, sectors = techs[:n_sites], omni[:n_sites], sectors[:n_sites]
    village = rng.integers(0, len(xy), n_sites)
    sx = np.clip(xy[village, 0] + rng.normal(0, 1200.0, n_sites), ORIGIN_X, ORIGIN_X + side)
    sy = np.clip(xy[village, 1] + rng.normal(0, 1200.0, n_sites), ORIGIN_Y - side, ORIGIN_Y)
    op = rng.choice(len(OPERATORS), n_sites, p=OPERATOR_SHARE)
    height = rng.integers(18, 46, n_sites).astype(np.float64)
    az0 = rng.integers(0, 120, n_sites)
    # one row per (site, technology, sector)
    site_idx, tech_idx = np.nonzero(techs)
    rep = sectors[site_idx]
    site_idx, tech_idx = np.repeat(site_idx, rep), np.repeat(tech_idx, rep)
    first = np.r_[0, np.flatnonzero(np.diff(site_idx * 8 + tech_idx)) + 1]
    sector = np.arange(len(site_idx)) - np.repeat(first, np.diff(np.r_[first, len(site_idx)]))
    keep = slice(0, p.cells)
    site_idx, tech_idx, sector = site_idx[keep], tech_idx[keep], sector[keep]
    lon, lat = to_lonlat(sx, sy)
    tech_names = np.array([t[0] for t in TECHS], dtype=object)
    freq = np.array([t[2] for t in TECHS])
    eirp = np.array([t[3] for t in TECHS])
    tilt = np.array([t[4] for t in TECHS])
    is_omni = omni[site_idx]
    az = np.where(is_omni, np.nan, (az0[site_idx] + 120 * sector) % 360).astype(np.float64)
    ops = np.array(OPERATORS, dtype=object)
    prefix = np.array(["VIE", "VNP", "MOB"], dtype=object)
    site_ids = np.array([f"{prefix[o]}-{i + 1:06d}" for i, o in enumerate(op)], dtype=object)
    sid = site_ids[site_idx]
    return pd.DataFrame({
        "site_id": sid,
        "cell_id": [f"{s}-{t}-{k + 1}" for s, t, k in zip(sid, tech_names[tech_idx], sector)],
        "operator": ops[op[site_idx]],
        "lon": np.round(lon[site_idx], 6),
        "lat": np.round(lat[site_idx], 6),
        "technology": tech_names[tech_idx],
        "frequency_mhz": freq[tech_idx],
        "height_m": height[site_idx],
        "eirp_dbm": eirp[tech_idx],
        "azimuth_deg": az,
        "beamwidth_deg": np.where(is_omni, np.nan, 65.0),
        "tilt_deg": tilt[tech_idx],
        "origin": "synthetic",
    })


# --- fiber, Wi-Fi ----------------------------------------------------------------------------

def fiber_layers(p: Params, xy: np.ndarray, villages, rng):
    """Access points near most low-lying villages, short distribution cables, a trunk grid."""
    import geopandas as gpd
    import shapely

    n = len(xy)
    served = rng.uniform(0, 1, n) < 0.62
    idx = np.flatnonzero(served)
    ang = rng.uniform(0, 2 * np.pi, len(idx))
    dist = rng.uniform(50.0, 450.0, len(idx))
    ax, ay = xy[idx, 0] + dist * np.cos(ang), xy[idx, 1] + dist * np.sin(ang)
    alon, alat = to_lonlat(ax, ay)
    aps = gpd.GeoDataFrame(
        {"ap_id": [f"AP{i + 1:06d}" for i in range(len(idx))],
         "name": villages["village_id"].to_numpy()[idx], "origin": "synthetic"},
        geometry=gpd.points_from_xy(np.round(alon, 6), np.round(alat, 6)), crs="EPSG:4326")
    # distribution: from a third of the access points, 0.5–2 km away from the village
    d_idx = idx[rng.uniform(0, 1, len(idx)) < 0.35]
    d_ang = rng.uniform(0, 2 * np.pi, len(d_idx))
    length = rng.uniform(500.0, 2000.0, len(d_idx))
    start = xy[d_idx] + 600.0 * np.column_stack([np.cos(d_ang), np.sin(d_ang)])
    end = start + length[:, None] * np.column_stack([np.cos(d_ang), np.sin(d_ang)])
    # trunks: a 40 km grid of lines across the country
    side = p.side_m
    ticks = np.arange(20_000.0, side, 40_000.0)
    t_start = np.vstack([np.column_stack([ORIGIN_X + ticks, np.full(len(ticks), ORIGIN_Y)]),
                         np.column_stack([np.full(len(ticks), ORIGIN_X), ORIGIN_Y - ticks])])
    t_end = np.vstack([np.column_stack([ORIGIN_X + ticks, np.full(len(ticks), ORIGIN_Y - side)]),
                       np.column_stack([np.full(len(ticks), ORIGIN_X + side), ORIGIN_Y - ticks])])
    a = np.vstack([start, t_start])
    b = np.vstack([end, t_end])
    steps = 5  # a few vertices per line so that the trunks follow the UTM grid's curvature
    f = np.linspace(0, 1, steps)[None, :, None]
    pts = a[:, None, :] * (1 - f) + b[:, None, :] * f
    lon, lat = to_lonlat(pts[..., 0].ravel(), pts[..., 1].ravel())
    coords = np.round(np.column_stack([lon, lat]), 6).reshape(len(a), steps, 2)
    kinds = ["distribution"] * len(start) + ["trunk"] * len(t_start)
    ids = [f"D{i + 1:06d}" for i in range(len(start))] + [f"T{i + 1:04d}" for i in
                                                         range(len(t_start))]
    cables = gpd.GeoDataFrame({"cable_id": ids, "kind": kinds, "origin": "synthetic"},
                              geometry=shapely.linestrings(coords), crs="EPSG:4326")
    hh = villages["households"].to_numpy()
    subs = np.zeros(n, np.int64)
    subs[idx] = np.floor(hh[idx] * rng.uniform(0.3, 0.85, len(idx))).astype(np.int64)
    return cables, aps, subs


def wifi_layer(xy: np.ndarray, rng):
    import geopandas as gpd

    n = max(1, len(xy) // 1000)
    idx = np.sort(rng.choice(len(xy), n, replace=False))
    lon, lat = to_lonlat(xy[idx, 0] + rng.normal(0, 30, n), xy[idx, 1] + rng.normal(0, 30, n))
    return gpd.GeoDataFrame({"wifi_id": [f"W{i + 1:05d}" for i in range(n)],
                             "name": [f"Wi-Fi {i + 1}" for i in range(n)], "origin": "synthetic"},
                            geometry=gpd.points_from_xy(np.round(lon, 6), np.round(lat, 6)),
                            crs="EPSG:4326")
