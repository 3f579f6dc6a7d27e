"""The synthetic country: where it lies (UTM 48N over northern Viet Nam), how big it is
(:class:`Params`: villages at a given density) and the transform of its metres to lon/lat.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

CRS = "EPSG:32648"  # UTM 48N
#: north-west corner of the country (UTM 48N metres): about 102.9° E, 23.5° N
ORIGIN_X, ORIGIN_Y = 300_000.0, 2_600_000.0
#: the DEM reaches this far beyond the villages' square (m)
DEM_MARGIN_M = 5_000.0


@dataclass(frozen=True)
class Params:
    """What to generate; the country's side follows from ``villages`` and ``density``."""

    villages: int = 100_000
    cells: int = 120_000
    seed: int = 2024
    density: float = 0.3  # villages per km²
    clusters: float = 2.0  # household clusters per village (mean)
    dem_res: float = 90.0  # m
    max_radius_m: float | None = None  # written to profile.json when given

    @property
    def side_m(self) -> float:
        return math.sqrt(self.villages / self.density) * 1000.0


_TRANSFORMER = None


def to_lonlat(x, y):
    """UTM 48N metres to (lon, lat) degrees (one transformer, built on first use)."""
    global _TRANSFORMER
    if _TRANSFORMER is None:
        from pyproj import Transformer

        _TRANSFORMER = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)
    return _TRANSFORMER.transform(np.asarray(x, np.float64), np.asarray(y, np.float64))
