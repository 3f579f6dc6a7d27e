"""The commune or ward of 1 July 2025 each village now belongs to (a spatial join).

Districts were abolished on 1 July 2025 and Lào Cai merged with Yên Bái into 99 communes and
wards; planners report by those too. The boundaries are the official 2025 reference map as
shipped in ``gis_data/sources/vietnamese-provinces-database-2025-wards`` (MIT, simplified to
about 20 m; see its SOURCE.md). A village centre inside a ward takes that ward's full name
(``Phường Lào Cai``, ``Xã Bát Xát``); a centre that the simplified edges leave just outside
every ward takes the nearest one within :data:`SNAP_M`; villages further away (a data folder
outside Lào Cai) get an empty name.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from coverage_planner.core.common.paths import GIS_DATA
from coverage_planner.core.exports.nearby import utm_crs

WARDS_2025 = (GIS_DATA / "sources" / "vietnamese-provinces-database-2025-wards"
              / "lao_cai_wards_2025.geojson")
SNAP_M = 2000.0


@lru_cache(maxsize=2)
def load_wards(path: Path = WARDS_2025) -> gpd.GeoDataFrame | None:
    """The 2025 wards (``fullName``, ``code``, geometry in EPSG:4326), or None if absent."""
    if not Path(path).is_file():
        return None
    wards = gpd.read_file(path, columns=["code", "fullName"])
    return wards.to_crs("EPSG:4326") if wards.crs else wards.set_crs("EPSG:4326")


def ward_2025(lon, lat, path: Path = WARDS_2025) -> np.ndarray:
    """Full name of the 2025 commune/ward holding each (lon, lat); "" where none is near."""
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    out = np.full(len(lon), "", dtype=object)
    wards = load_wards(path)
    if wards is None or len(lon) == 0:
        return out
    pts = shapely.points(lon, lat)
    tree = shapely.STRtree(wards.geometry.values)
    i_pt, i_ward = tree.query(pts, predicate="within")
    names = wards["fullName"].astype(str).to_numpy()
    first = np.unique(i_pt, return_index=True)[1]  # a point on a shared edge: the first ward
    out[i_pt[first]] = names[i_ward[first]]
    missing = np.flatnonzero(out == "")
    if len(missing):
        crs = utm_crs(gpd.GeoSeries(pts[missing], crs="EPSG:4326"))
        metric = wards.geometry.to_crs(crs).values
        mpts = gpd.GeoSeries(pts[missing], crs="EPSG:4326").to_crs(crs).values
        (i_m, i_w), dist = shapely.STRtree(metric).query_nearest(
            mpts, max_distance=SNAP_M, return_distance=True, all_matches=False)
        out[missing[i_m]] = names[i_w]
    return out
