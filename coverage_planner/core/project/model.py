"""The project: everything loaded from one data folder, as plain GeoDataFrames in EPSG:4326.

Column conventions (after the loaders have mapped synonyms):

villages (Polygon/MultiPolygon)
    village_id (str), name, commune, district, households (int), fiber_subscribers (int),
    centre_lon, centre_lat (float; the cultural house), centre_estimated (bool: no centre was
    given, a representative point is used)
households (Point), optional
    village_id (str, may be empty), households (int)
cells (Point, one row per cell)
    site_id, cell_id (str), operator, technology ("2G"/"3G"/"4G"/"5G"), frequency_mhz,
    height_m, eirp_dbm, azimuth_deg (NaN = omni), beamwidth_deg (NaN = omni), tilt_deg
fiber_cables (LineString)  kind ("trunk"/"distribution"), cable_id
fiber_access_points (Point)  ap_id
wifi (Point)  wifi_id, name
communes, districts, roads: optional reference layers
measurements (pandas DataFrame, not geometry: drive-test samples), optional
    lon, lat (float, WGS84), value_dbm (float), kind ("RxLev"/"RSCP"/"RSRP"/"SS-RSRP"),
    operator, technology ("2G"/"3G"/"4G"/"5G"), cell_id (str, "" when absent), time
    (datetime64, NaT when absent); read by core.io.measurements
clutter_path: an optional GeoTIFF of land-cover class codes 0-7 (core.engine.clutter), checked
    at load; resampled onto the engine's grid by core.io.clutter
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from coverage_planner.core.project.profile import CoverageProfile

LAYERS = (
    "villages",
    "households",
    "cells",
    "fiber_cables",
    "fiber_access_points",
    "wifi",
    "communes",
    "districts",
    "roads",
    "measurements",
)


@dataclass
class LoadReport:
    """What the loaders did: columns mapped from synonyms, repairs, warnings (all bilingual)."""

    mapped_columns: dict = field(default_factory=dict)  # layer -> {source column: our column}
    repaired_geometries: dict = field(default_factory=dict)  # layer -> count
    warnings: list = field(default_factory=list)  # list of Text
    sources: dict = field(default_factory=dict)  # layer -> file path


@dataclass
class Project:
    """One opened data folder. Layers are EPSG:4326 GeoDataFrames (measurements: a DataFrame
    with lon/lat columns); absent optional layers are None."""

    root: Path | None
    villages: gpd.GeoDataFrame
    cells: gpd.GeoDataFrame
    households: gpd.GeoDataFrame | None = None
    fiber_cables: gpd.GeoDataFrame | None = None
    fiber_access_points: gpd.GeoDataFrame | None = None
    wifi: gpd.GeoDataFrame | None = None
    communes: gpd.GeoDataFrame | None = None
    districts: gpd.GeoDataFrame | None = None
    roads: gpd.GeoDataFrame | None = None
    dem_path: Path | None = None
    #: drive-test samples (core.io.measurements' columns), None when the folder has none
    measurements: pd.DataFrame | None = None
    #: land-cover raster (class codes 0-7), None when the folder has none
    clutter_path: Path | None = None
    profile: CoverageProfile = field(default_factory=CoverageProfile)
    #: layer -> {"origin": "real"|"synthetic", "note": str}, from the folder's dataset.json
    provenance: dict = field(default_factory=dict)
    report: LoadReport = field(default_factory=LoadReport)

    def layer(self, name: str) -> gpd.GeoDataFrame | pd.DataFrame | None:
        return getattr(self, name)
