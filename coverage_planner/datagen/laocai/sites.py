"""Synthetic carrier sites and cells, 5G sites and public Wi-Fi points. NOT real towers.

Carriers put towers where people and roads are: rooftop and monopole sites in the towns, one at
each commune seat, then masts on the high ground above the villages, chosen greedily to reach the
most villages not yet served. The most remote villages are left without a tower nearby (the
province's *trắng sóng* villages); the next most remote are served by 2G-only sites (no 3G/4G).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.common.geo import UTM48N

#: carrier -> number of sites (about 1,000 in all)
SITES_PER_CARRIER = {"Viettel": 430, "VNPT": 310, "MobiFone": 260}
#: share of the villages (in order of remoteness) each carrier aims to reach
CARRIER_REACH = {"Viettel": 1.0, "VNPT": 0.9, "MobiFone": 0.8}
NO_SIGNAL, NO_BROADBAND = 20, 37
FIVE_G_WARDS = ["Phường Bình Minh", "Phường Nam Cường", "Phường Bắc Cường",
                "Phường Sa Pa", "Phường Cầu Mây"]
WIFI_WARDS = ["Phường Cốc Lếu", "Phường Kim Tân", "Phường Duyên Hải", "Phường Bình Minh",
              "Phường Nam Cường", "Phường Bắc Cường", "Phường Xuân Tăng", "Phường Lào Cai",
              "Phường Bắc Lệnh", "Phường Pom Hán", "Phường Sa Pa", "Phường Hàm Rồng",
              "Phường Cầu Mây", "Phường Sa Pả", "Phường Ô Quý Hồ"]

BANDS = {  # technology -> (frequency MHz, total EIRP dBm per sector)
    "2G": (900.0, 57.0),
    "3G": (2100.0, 58.0),
    "4G": (1800.0, 61.0),
    "5G": (3500.0, 76.0),
}


def high_ground(xy, dem, rng, radius=1500.0, samples=40):
    """For each point, the highest of ``samples`` random points within ``radius``."""
    out = np.empty_like(xy)
    for i, (x, y) in enumerate(xy):
        ang = rng.uniform(0, 2 * np.pi, samples)
        r = radius * np.sqrt(rng.uniform(0.05, 1.0, samples))
        px, py = x + r * np.cos(ang), y + r * np.sin(ang)
        k = int(np.argmax(dem(px, py)))
        out[i] = px[k], py[k]
    return out


def most_remote(order: np.ndarray, districts: np.ndarray, n: int, per_district: int):
    """The ``n`` most remote villages, at most ``per_district`` from one district: the gaps of
    a province are spread over its mountain districts, not all in one valley."""
    taken: dict[str, int] = {}
    out = []
    for v in order[::-1]:
        if taken.get(districts[v], 0) < per_district:
            taken[districts[v]] = taken.get(districts[v], 0) + 1
            out.append(v)
            if len(out) == n:
                break
    return np.array(out)


def place_sites(villages: gpd.GeoDataFrame, remote: np.ndarray, dem, rng) -> pd.DataFrame:
    """Sites: site_id, operator, x, y, height_m, kind (urban/seat/rural/infill), tech set."""
    vxy = villages[["centre_x", "centre_y"]].to_numpy()
    order = np.argsort(remote, kind="stable")
    districts = villages["district"].to_numpy()
    no_signal = most_remote(order, districts, NO_SIGNAL, per_district=3)
    no_broadband = most_remote(order, districts, NO_BROADBAND, per_district=5)
    # towers keep well away from the no-signal villages
    d_ns = np.min(np.hypot(*(vxy[:, None, :] - vxy[no_signal][None, :, :]).transpose(2, 0, 1)),
                  axis=1)
    candidates = high_ground(vxy, dem, rng)
    d_cand_ns = np.min(np.hypot(*(candidates[:, None, :] - vxy[no_signal][None, :, :])
                                .transpose(2, 0, 1)), axis=1)
    seats = villages.groupby("commune_code")["households"].idxmax().to_numpy()
    urban = np.flatnonzero(villages["urban"].to_numpy())
    rows = []
    for carrier, n_sites in SITES_PER_CARRIER.items():
        placed: list[tuple] = []
        n_urban = int(0.12 * n_sites)
        big_urban = urban[np.argsort(-villages["households"].to_numpy()[urban], kind="stable")]
        for v in big_urban[:n_urban]:
            placed.append((vxy[v] + rng.normal(0, 120, 2), rng.uniform(18, 30), "urban"))
        for v in seats:
            if d_ns[v] > 9000 and rng.random() < CARRIER_REACH[carrier]:
                placed.append((vxy[v] + rng.normal(0, 200, 2), rng.uniform(30, 42), "seat"))
        # greedy masts on the high ground for the villages this carrier aims at
        aim = order[: int(CARRIER_REACH[carrier] * len(order))]
        aim = aim[d_ns[aim] > 9000]
        served = np.zeros(len(vxy), dtype=bool)
        for (x, y), _, _ in placed:
            served |= np.hypot(vxy[:, 0] - x, vxy[:, 1] - y) < 3500
        usable = np.flatnonzero(d_cand_ns > 10000)
        while len(placed) < n_sites:
            todo = aim[~served[aim]]
            if len(todo) == 0:
                break
            d = np.hypot(candidates[usable, None, 0] - vxy[None, todo, 0],
                         candidates[usable, None, 1] - vxy[None, todo, 1])
            gain = (d < 3500).sum(axis=1)
            best = usable[int(np.argmax(gain))]
            if gain.max() == 0:
                break
            cx, cy = candidates[best]
            placed.append(((cx, cy), rng.uniform(30, 45), "rural"))
            served |= np.hypot(vxy[:, 0] - cx, vxy[:, 1] - cy) < 3500
        # infill where people are many
        hh = villages["households"].to_numpy().astype(float)
        while len(placed) < n_sites:
            v = rng.choice(aim, p=hh[aim] / hh[aim].sum())
            placed.append((vxy[v] + rng.normal(0, 400, 2), rng.uniform(25, 40), "infill"))
        for k, ((x, y), h, kind) in enumerate(placed, start=1):
            rows.append({"site_id": f"{carrier[:3].upper()}-{k:04d}", "operator": carrier,
                         "x": float(x), "y": float(y), "height_m": round(float(h)), "kind": kind})
    sites = pd.DataFrame(rows)
    # sites serving the remote villages without broadband carry 2G only
    near_nb = np.min(np.hypot(sites["x"].to_numpy()[:, None] - vxy[no_broadband, 0][None, :],
                              sites["y"].to_numpy()[:, None] - vxy[no_broadband, 1][None, :]),
                     axis=1)
    sites["only_2g"] = near_nb < 6000
    return sites


def cells_for(sites: pd.DataFrame, villages: gpd.GeoDataFrame, rng) -> pd.DataFrame:
    """One row per cell: three sectors per technology, omni on a few remote masts; 5G in five wards."""
    five_g = _five_g_sites(sites, villages)
    rows = []
    for s in sites.itertuples():
        techs = ["2G"] if s.only_2g else ["2G", "3G", "4G"]
        if not s.only_2g and s.kind == "rural" and rng.random() < 0.25:
            techs = ["2G", "4G"]
        if s.site_id in five_g:
            techs = techs + ["5G"]
        omni = s.kind == "rural" and s.only_2g and rng.random() < 0.5
        offset = float(rng.integers(0, 120))
        rows.extend(site_cells(s, techs, omni, offset))
    return pd.DataFrame(rows)


def site_cells(s, techs, omni: bool, offset: float) -> list[dict]:
    """The cells of one site (``s`` has site_id, operator, x, y, height_m)."""
    rows = []
    for tech in techs:
        freq, eirp = BANDS[tech]
        sectors = [None] if omni else [offset, offset + 120, offset + 240]
        for j, az in enumerate(sectors, start=1):
            rows.append({
                "site_id": s.site_id, "cell_id": f"{s.site_id}-{tech}-{j}",
                "operator": s.operator, "x": s.x, "y": s.y, "technology": tech,
                "frequency_mhz": freq, "height_m": s.height_m,
                "eirp_dbm": eirp - (3.0 if omni else 0.0),
                "azimuth_deg": np.nan if az is None else az % 360,
                "beamwidth_deg": np.nan if az is None else 65.0,
                "tilt_deg": 2.0 if tech != "5G" else 6.0,
            })
    return rows


def _five_g_sites(sites: pd.DataFrame, villages: gpd.GeoDataFrame) -> set[str]:
    """The Viettel urban site nearest the centre of each 5G ward (Lào Cai city and Sa Pa)."""
    chosen = set()
    vt = sites[(sites.operator == "Viettel") & (sites.kind == "urban")]
    for ward in FIVE_G_WARDS:
        v = villages[villages.commune == ward]
        centre = shapely.union_all(v.geometry.values).centroid
        d = np.hypot(vt.x - centre.x, vt.y - centre.y)
        d = d[~vt.site_id.isin(chosen)]
        chosen.add(vt.loc[d.idxmin(), "site_id"])
    return chosen


def wifi_points(villages: gpd.GeoDataFrame, rng) -> gpd.GeoDataFrame:
    rows = []
    for k, ward in enumerate(WIFI_WARDS, start=1):
        v = villages[villages.commune == ward]
        best = v.loc[v["households"].idxmax()]
        x, y = best.centre_x + rng.normal(0, 60), best.centre_y + rng.normal(0, 60)
        rows.append({"wifi_id": f"WIFI-{k:02d}",
                     "name": f"Wi-Fi công cộng {ward.replace('Phường ', '')}",
                     "commune": ward, "geometry": shapely.Point(x, y)})
    return gpd.GeoDataFrame(rows, crs=UTM48N)
