"""Synthetic villages (thôn, bản, tổ dân phố) tiling the real communes. NOT real villages.

Each commune gets villages in proportion to its households (at least three); their centres
(the cultural houses) are drawn where people live in the mountains — lower, gentler ground,
spaced apart — and the village polygons are the Voronoi cells of the centres clipped to the
commune, so they tile it without gaps or overlaps. Households are split among the villages and
among one to four household clusters per village.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.common.geo import UTM48N
from coverage_planner.datagen.laocai.sources import largest_remainder

VILLAGES_TOTAL = 1562

_FIRST = ["Nậm", "Lùng", "Sín", "Tả", "Na", "Pa", "Cốc", "Khe", "Làng", "Mường", "Phìn",
          "Séo", "Ma", "Lũng", "Hồ", "Suối", "Ngải", "Thải", "Pả", "Tà", "Cán", "Mò", "Trung"]
_SECOND = ["Chải", "Phố", "Sáng", "Pồ", "Lầu", "Tủng", "Cang", "Mòn", "Khoang", "Hạ", "Thượng",
           "Vai", "Giàng", "Xá", "Đông", "Lếch", "Luông", "Mạ", "Hô", "Sài", "Chư", "Lý", "Tiến",
           "Kim"]


class DemSampler:
    """Elevation (m) at UTM points from the synthetic DEM array."""

    def __init__(self, dem: np.ndarray, west: float, north: float, res: float) -> None:
        self.dem, self.west, self.north, self.res = dem, west, north, res
        from pyproj import Transformer

        self._to_ll = Transformer.from_crs(UTM48N, "EPSG:4326", always_xy=True)

    def lonlat(self, x, y):
        return self._to_ll.transform(np.asarray(x, float), np.asarray(y, float))

    def __call__(self, x, y) -> np.ndarray:
        lon, lat = self.lonlat(x, y)
        r = np.clip(((self.north - lat) / self.res).astype(int), 0, self.dem.shape[0] - 1)
        c = np.clip(((lon - self.west) / self.res).astype(int), 0, self.dem.shape[1] - 1)
        return self.dem[r, c].astype(float)

    def slope(self, x, y, step=90.0) -> np.ndarray:
        dzx = self(np.asarray(x) + step, y) - self(np.asarray(x) - step, y)
        dzy = self(x, np.asarray(y) + step) - self(x, np.asarray(y) - step)
        return np.hypot(dzx, dzy) / (2 * step)


def _random_points_in(poly, n, rng) -> np.ndarray:
    minx, miny, maxx, maxy = poly.bounds
    out = []
    prepared = shapely.prepare(poly) or poly
    del prepared
    while sum(len(o) for o in out) < n:
        pts = rng.uniform([minx, miny], [maxx, maxy], size=(max(4 * n, 64), 2))
        inside = shapely.contains_xy(poly, pts[:, 0], pts[:, 1])
        out.append(pts[inside])
    return np.vstack(out)[:n]


def _pick_centres(poly, n, urban, dem: DemSampler, rng) -> np.ndarray:
    """n village centres inside ``poly``: habitable ground, spaced apart."""
    cand = _random_points_in(poly, max(60 * n, 400), rng)
    z = dem(cand[:, 0], cand[:, 1])
    slope = dem.slope(cand[:, 0], cand[:, 1])
    zr = (z - z.min()) / max(np.ptp(z), 1.0)
    score = np.exp(-2.5 * zr) * np.exp(-2.0 * slope) + 0.05
    if urban:  # wards: residential groups crowd the commune's core
        cx, cy = poly.centroid.x, poly.centroid.y
        d = np.hypot(cand[:, 0] - cx, cand[:, 1] - cy)
        score *= np.exp(-d / max(np.sqrt(poly.area) / 3.0, 1.0))
    spacing = 0.45 * np.sqrt(poly.area / n)
    order = rng.choice(len(cand), size=len(cand), replace=False, p=score / score.sum())
    chosen: list[int] = []
    while len(chosen) < n:
        for i in order:
            if len(chosen) == n:
                break
            if all(np.hypot(*(cand[i] - cand[j])) >= spacing for j in chosen):
                chosen.append(i)
        spacing *= 0.7  # relax if the commune is too crowded for the spacing
    return cand[chosen]


def _name(rng, urban, k, used) -> str:
    if urban:
        return f"Tổ dân phố số {k}"
    while True:
        prefix = "Bản" if rng.random() < 0.35 else "Thôn"
        name = f"{prefix} {rng.choice(_FIRST)} {rng.choice(_SECOND)}"
        if name not in used:
            used.add(name)
            return name


def build_villages(communes: gpd.GeoDataFrame, dem: DemSampler, seed: int = 1562):
    """Villages (polygons, UTM) and household clusters (points, UTM) for the 151 communes."""
    rng = np.random.default_rng(seed)
    hh_commune = largest_remainder(communes["households_2019"].to_numpy(), 171_984)
    n_villages = largest_remainder(hh_commune, VILLAGES_TOTAL, minimum=3)
    villages, clusters = [], []
    for (_, com), n, hh in zip(communes.iterrows(), n_villages, hh_commune):
        poly = com.geometry
        centres = _pick_centres(poly, int(n), bool(com.urban), dem, rng)
        cells = shapely.get_parts(
            shapely.voronoi_polygons(shapely.multipoints(centres), extend_to=poly)
        )
        pieces = [None] * len(centres)
        for cell in cells:
            inside = shapely.contains_xy(cell, centres[:, 0], centres[:, 1])
            k = int(np.flatnonzero(inside)[0])
            pieces[k] = shapely.make_valid(cell.intersection(poly))
        hh_v = largest_remainder(rng.gamma(3.0, size=len(centres)), int(hh), minimum=8)
        used: set[str] = set()
        for k, (centre, piece, h) in enumerate(zip(centres, pieces, hh_v), start=1):
            vid = f"{com.commune_code}-{k:02d}"
            villages.append({
                "village_id": vid,
                "name": _name(rng, bool(com.urban), k, used),
                "commune": com.commune,
                "commune_code": com.commune_code,
                "district": com.district,
                "households": int(h),
                "urban": bool(com.urban),
                "centre_x": centre[0], "centre_y": centre[1],
                "geometry": piece,
            })
            clusters.extend(_clusters(vid, centre, piece, int(h), rng))
    villages = gpd.GeoDataFrame(villages, crs=UTM48N)
    # Voronoi pieces meet with float noise: snap them into an exact coverage
    villages["geometry"] = shapely.coverage_clean(villages.geometry.values, snapping_distance=0.01)
    clusters = gpd.GeoDataFrame(clusters, crs=UTM48N)
    return villages, clusters


def _clusters(vid, centre, piece, households, rng) -> list[dict]:
    """One to four household clusters: the main hamlet at the centre and outlying ones."""
    n = int(min(4, 1 + rng.poisson(1.2), max(1, households // 15)))
    weights = np.concatenate([[3.0], rng.uniform(0.5, 1.5, size=n - 1)])
    counts = largest_remainder(weights, households, minimum=1)
    out = [{"village_id": vid, "households": int(counts[0]),
            "geometry": shapely.Point(centre)}]
    reach = min(1500.0, 0.6 * np.sqrt(piece.area))
    for c in counts[1:]:
        for _ in range(30):
            ang, dist = rng.uniform(0, 2 * np.pi), rng.uniform(0.3, 1.0) * reach
            p = shapely.Point(centre[0] + dist * np.cos(ang), centre[1] + dist * np.sin(ang))
            if piece.contains(p):
                break
        else:
            p = piece.representative_point()
        out.append({"village_id": vid, "households": int(c), "geometry": p})
    return out


def to_frame(villages: gpd.GeoDataFrame) -> pd.DataFrame:
    return pd.DataFrame(villages.drop(columns="geometry"))
