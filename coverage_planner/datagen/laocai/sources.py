"""The real inputs, read from ``gis_data/sources`` (copies of ../shared/data with SOURCE notes).

- communes: 164 polygons of the 2009–2019 units, cleaned into a coverage (no gaps or
  overlaps), merged into the 151 communes of 2020–June 2025 with the GSO change record.
  Sa Pa's 2020 redrawing is n:m: the union of the four old units around the town is split
  among its seven successors by Voronoi cells around approximate seed points (see
  ``SA_PA_SEEDS``); those seven boundaries are an approximation, not the official lines.
- households per commune: Census 2019 household counts, scaled to the 2023 total.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.common.geo import UTM48N, WGS84
from coverage_planner.core.common.paths import GIS_DATA

SOURCES = GIS_DATA / "sources"
HOUSEHOLDS_2023 = 171_984

#: Sa Pa town's 2020 successors: approximate seeds (lon, lat) from the places they are named after.
SA_PA_SEEDS = {
    3001: (103.8438, 22.3364),  # Phường Sa Pa: the town centre
    3002: (103.8620, 22.3250),  # Phường Sa Pả: Sa Pả village, south-east
    3016: (103.8520, 22.3560),  # Phường Hàm Rồng: north of the centre
    3028: (103.8480, 22.3080),  # Phường Cầu Mây: Lao Chải side, south
    3003: (103.8050, 22.3600),  # Phường Ô Quý Hồ: towards the pass, north-west
    3006: (103.8150, 22.3300),  # Phường Phan Si Păng: towards Fansipan, west
    3019: (103.8000, 22.2950),  # Xã Hoàng Liên: the rest of San Sả Hồ and Lao Chải
}
SA_PA_OLD = (3001, 3016, 3019, 3028)

DISTRICT_SHORT = {
    "Thành phố Lào Cai": "TP Lào Cai",
}


def _read_units() -> pd.DataFrame:
    units = pd.read_csv(SOURCES / "vietnam-provinces-pypi-0.6.0" / "lao_cai_admin_units_2025-01.csv")
    units["ward_code"] = units["ward_code"].astype(int)
    return units


def _households_2019(communes: gpd.GeoDataFrame) -> pd.Series:
    """Census-2019 households per old commune (by gso_code_2019)."""
    census = SOURCES / "vn-demographic-census2019"
    size = pd.read_csv(census / "lao_cai_household_size_ward_2019.csv")
    cols = ["urban_1", "urban_2", "urban_3", "urban_4", "urban_5",
            "rural_1_2", "rural_3", "rural_4", "rural_5"]
    hh = size.set_index("ward_id")[cols].fillna(0).sum(axis=1)
    pop = pd.read_csv(census / "lao_cai_population_ward_2019.csv").set_index("ward_id")["total"]
    mean_size = pop.sum() / hh.sum()
    # some rows are partly empty upstream: never fewer households than population / 1.5 x mean size
    hh = np.maximum(hh, pop.reindex(hh.index) / (1.5 * mean_size))
    by_gid = hh.reindex(communes["gadm41_gid3"]).to_numpy()
    return pd.Series(by_gid, index=communes["gso_code_2019"].astype(int).to_numpy())


def largest_remainder(weights, total: int, minimum: int = 0) -> np.ndarray:
    """Integers proportional to ``weights`` summing exactly to ``total`` (each >= minimum)."""
    weights = np.asarray(weights, dtype=float)
    base = np.full(len(weights), minimum, dtype=np.int64)
    rest = total - base.sum()
    if rest < 0:
        raise ValueError("total below the minimum")
    share = weights / weights.sum() * rest
    floor = np.floor(share).astype(np.int64)
    remainder = share - floor
    left = rest - floor.sum()
    order = np.lexsort((np.arange(len(weights)), -remainder))
    floor[order[:left]] += 1
    return base + floor


def load_communes_151() -> gpd.GeoDataFrame:
    """The 151 communes of 2020–June 2025 as a clean coverage in UTM 48N.

    Columns: commune_code, commune, district_code, district, kind (xã/phường/thị trấn),
    households_2019 (float), urban (bool), geometry.
    """
    old = gpd.read_file(SOURCES / "censusVN2009-communes" / "lao_cai_communes_2009.geojson")
    old = old.to_crs(UTM48N).sort_values("gso_code_2019").reset_index(drop=True)
    # the upstream polygons overlap and leave slivers (~0.3 %): make them a coverage
    old["geometry"] = shapely.coverage_clean(old.geometry.values, gap_width=800.0)
    old["gso"] = old["gso_code_2019"].astype(int)
    hh_old = _households_2019(old)

    changes = pd.read_csv(SOURCES / "vn-demographic-census2019" / "lao_cai_ward_changes_2019_2024.csv")
    changes = changes.dropna(subset=["Xã DC"])
    changes["old"] = changes["Xã"].astype(int)
    changes["new"] = changes["Xã DC"].astype(int)
    units = _read_units().set_index("ward_code")

    geoms: dict[int, list] = {}
    households: dict[int, float] = {}
    geom_by_old = dict(zip(old["gso"], old.geometry))
    successors = changes.groupby("old")["new"].apply(lambda s: sorted(set(s)))
    for code, news in successors.items():
        if code in SA_PA_OLD:
            continue
        if len(news) != 1:
            raise ValueError(f"unexpected n:m change outside Sa Pa: {code} -> {news}")
        geoms.setdefault(news[0], []).append(geom_by_old[code])
        households[news[0]] = households.get(news[0], 0.0) + hh_old[code]

    # Sa Pa: split the union of the old units among the successors by Voronoi cells
    sapa_union = shapely.union_all([geom_by_old[c] for c in SA_PA_OLD])
    seeds = gpd.GeoSeries(gpd.points_from_xy(*zip(*SA_PA_SEEDS.values())), crs=WGS84).to_crs(UTM48N)
    cells = shapely.voronoi_polygons(shapely.multipoints(seeds.values), extend_to=sapa_union)
    cells = list(shapely.get_parts(cells))
    for code, seed in zip(SA_PA_SEEDS, seeds.values):
        cell = next(c for c in cells if c.contains(seed))
        part = cell.intersection(sapa_union)
        geoms.setdefault(code, []).append(part)
        # each old unit's households follow its area: the old town's go to the central wards
        share = sum(
            hh_old[c] * part.intersection(geom_by_old[c]).area / geom_by_old[c].area
            for c in SA_PA_OLD
        )
        households[code] = households.get(code, 0.0) + share

    rows = []
    for code, parts in sorted(geoms.items()):
        unit = units.loc[code]
        name = unit["ward_name"]
        kind = name.split(" ")[0].lower()
        kind = "thị trấn" if name.startswith("Thị trấn") else kind
        rows.append({
            "commune_code": f"{code:05d}",
            "commune": name,
            "district_code": f"{int(unit['district_code']):03d}",
            "district": unit["district_name"],
            "kind": kind,
            "households_2019": households[code],
            "urban": kind in ("phường", "thị trấn"),
            "geometry": shapely.make_valid(shapely.union_all(parts)),
        })
    communes = gpd.GeoDataFrame(rows, crs=UTM48N)
    # the Sa Pa split adds edges: clean once more so the 151 communes form a coverage
    communes["geometry"] = shapely.coverage_clean(communes.geometry.values, gap_width=100.0)
    if len(communes) != 151:
        raise ValueError(f"expected 151 communes, got {len(communes)}")
    return communes


def load_roads() -> gpd.GeoDataFrame:
    roads = gpd.read_file(SOURCES / "legocity-opendata-giaothong" / "lao_cai_main_roads.geojson")
    return roads.to_crs(UTM48N)


def load_landmarks() -> pd.DataFrame:
    return pd.read_csv(SOURCES / "landmarks" / "laocai_landmarks.csv")


def load_province() -> gpd.GeoDataFrame:
    return gpd.read_file(SOURCES / "censusVN2009-communes" / "lao_cai_province_2009.geojson").to_crs(UTM48N)


def source_path(*parts: str) -> Path:
    return SOURCES.joinpath(*parts)
