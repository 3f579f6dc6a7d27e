"""Tiny synthetic worlds for the coverage-engine tests, built in code (never gis_data).

Everything is laid out on a metric grid in UTM 48N (EPSG:32648) near Lào Cai. Positions are
given as pixel (row, col) and placed at pixel centres, so that the engine's pixel snapping of
distances is exact; layers are handed to the engine in EPSG:4326 like the loaders produce them.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import Transformer
from shapely.geometry import LineString, Point, Polygon

from coverage_planner.core.engine.terrain import EARTH_RADIUS_M, K_FACTOR, Grid
from coverage_planner.core.project.model import Project
from coverage_planner.core.project.profile import CoverageProfile

CRS = "EPSG:32648"
X0, Y0 = 400_000.0, 2_490_000.0  # top-left corner of every test grid (UTM 48N, near Lào Cai)
RES = 25.0
C_LIGHT = 299_792_458.0
KA = K_FACTOR * EARTH_RADIUS_M

_TO_LL = Transformer.from_crs(CRS, "EPSG:4326", always_xy=True)


def make_grid(z: np.ndarray, res: float = RES) -> Grid:
    z = np.asarray(z, dtype=np.float32)
    digest = hashlib.sha256(z.tobytes() + str(res).encode()).hexdigest()[:20]
    return Grid(z, X0, Y0, res, CRS, digest)


def flat(n: int = 401, height: float = 100.0) -> np.ndarray:
    return np.full((n, n), height, dtype=np.float32)


def ridge(n: int = 401, col: int = 230, height: float = 250.0, base: float = 100.0,
          width: int = 1) -> np.ndarray:
    """Flat ground at ``base`` with a north-south wall ``width`` pixels wide at ``col``."""
    z = flat(n, base)
    z[:, col:col + width] = height
    return z


def xy(row: float, col: float, res: float = RES) -> tuple[float, float]:
    """Metric coordinates of a pixel centre."""
    return X0 + (col + 0.5) * res, Y0 - (row + 0.5) * res


def lonlat(row: float, col: float, res: float = RES) -> tuple[float, float]:
    return _TO_LL.transform(*xy(row, col, res))


def ll_of_xy(x: float, y: float) -> tuple[float, float]:
    return _TO_LL.transform(x, y)


def curvature_drop(d: float) -> float:
    """How far the ground lies below the antenna's horizontal plane at ``d`` (k = 4/3)."""
    return d * d / (2.0 * KA)


def wavelength(f_mhz: float) -> float:
    return C_LIGHT / (f_mhz * 1e6)


def j_hand(v: float) -> float:
    """ITU-R P.526 J(v), by hand."""
    if v <= -0.78:
        return 0.0
    return 6.9 + 20 * math.log10(math.sqrt((v - 0.1) ** 2 + 1) + v - 0.1)


@dataclass
class World:
    """A project under construction: villages, cells, households, fiber, Wi-Fi (pixel positions)."""

    res: float = RES
    villages: list = field(default_factory=list)
    cells: list = field(default_factory=list)
    households: list = field(default_factory=list)
    access_points: list = field(default_factory=list)
    cables: list = field(default_factory=list)
    wifi: list = field(default_factory=list)

    def village(self, vid: str, row: float, col: float, households: int = 100,
                district: str = "Huyện Bát Xát", commune: str = "Xã A Mú Sung",
                fiber_subscribers: int = 0) -> None:
        self.villages.append(dict(village_id=vid, row=row, col=col, households=households,
                                  district=district, commune=commune,
                                  fiber_subscribers=fiber_subscribers))

    def cell(self, site: str, row: float, col: float, cell_id: str | None = None,
             technology: str = "4G", frequency_mhz: float = 1800.0, height_m: float = 30.0,
             eirp_dbm: float = 60.0, azimuth_deg: float = np.nan,
             beamwidth_deg: float = np.nan, tilt_deg: float = 0.0,
             operator: str = "Viettel") -> None:
        self.cells.append(dict(site_id=site, cell_id=cell_id or f"{site}-{len(self.cells) + 1}",
                               operator=operator, technology=technology,
                               frequency_mhz=float(frequency_mhz), height_m=float(height_m),
                               eirp_dbm=float(eirp_dbm), azimuth_deg=float(azimuth_deg),
                               beamwidth_deg=float(beamwidth_deg), tilt_deg=float(tilt_deg),
                               row=row, col=col))

    def cluster(self, vid: str, row: float, col: float, households: int) -> None:
        self.households.append(dict(village_id=vid, row=row, col=col, households=households))

    def access_point_xy(self, ap_id: str, x: float, y: float) -> None:
        self.access_points.append(dict(ap_id=ap_id, x=x, y=y))

    def cable_xy(self, cable_id: str, kind: str, coords: list) -> None:
        self.cables.append(dict(cable_id=cable_id, kind=kind, coords=coords))

    def wifi_xy(self, wifi_id: str, x: float, y: float) -> None:
        self.wifi.append(dict(wifi_id=wifi_id, x=x, y=y))

    # --- as loaders produce them ----------------------------------------------------------

    def villages_gdf(self) -> gpd.GeoDataFrame:
        rows, geoms = [], []
        for v in self.villages:
            x, y = xy(v["row"], v["col"], self.res)
            lon, lat = ll_of_xy(x, y)
            ring = [ll_of_xy(x + dx, y + dy) for dx, dy in
                    ((-150, -150), (150, -150), (150, 150), (-150, 150))]
            geoms.append(Polygon(ring))
            rows.append(dict(village_id=v["village_id"], name=f"Thôn {v['village_id']}",
                             commune=v["commune"], district=v["district"],
                             households=v["households"],
                             fiber_subscribers=v["fiber_subscribers"],
                             centre_lon=lon, centre_lat=lat, centre_estimated=False))
        return gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geoms, crs="EPSG:4326")

    def cells_gdf(self) -> gpd.GeoDataFrame:
        df = pd.DataFrame(self.cells)
        lon, lat = zip(*(lonlat(r, c, self.res) for r, c in zip(df["row"], df["col"])))
        df = df.drop(columns=["row", "col"])
        df["lon"], df["lat"] = lon, lat
        return gpd.GeoDataFrame(df, geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")

    def households_gdf(self) -> gpd.GeoDataFrame | None:
        if not self.households:
            return None
        df = pd.DataFrame(self.households)
        pts = [Point(lonlat(r, c, self.res)) for r, c in zip(df["row"], df["col"])]
        return gpd.GeoDataFrame(df.drop(columns=["row", "col"]), geometry=pts, crs="EPSG:4326")

    def access_points_gdf(self) -> gpd.GeoDataFrame | None:
        if not self.access_points:
            return None
        df = pd.DataFrame(self.access_points)
        pts = [Point(ll_of_xy(x, y)) for x, y in zip(df["x"], df["y"])]
        return gpd.GeoDataFrame(df[["ap_id"]], geometry=pts, crs="EPSG:4326")

    def cables_gdf(self) -> gpd.GeoDataFrame | None:
        if not self.cables:
            return None
        geoms = [LineString([ll_of_xy(x, y) for x, y in c["coords"]]) for c in self.cables]
        df = pd.DataFrame([{k: c[k] for k in ("cable_id", "kind")} for c in self.cables])
        return gpd.GeoDataFrame(df, geometry=geoms, crs="EPSG:4326")

    def wifi_gdf(self) -> gpd.GeoDataFrame | None:
        if not self.wifi:
            return None
        df = pd.DataFrame(self.wifi)
        pts = [Point(ll_of_xy(x, y)) for x, y in zip(df["x"], df["y"])]
        df["name"] = df["wifi_id"]
        return gpd.GeoDataFrame(df[["wifi_id", "name"]], geometry=pts, crs="EPSG:4326")

    def project(self, profile: CoverageProfile | None = None,
                dem_path: Path | None = None) -> Project:
        return Project(root=None, villages=self.villages_gdf(), cells=self.cells_gdf(),
                       households=self.households_gdf(),
                       fiber_cables=self.cables_gdf(),
                       fiber_access_points=self.access_points_gdf(), wifi=self.wifi_gdf(),
                       dem_path=dem_path, profile=profile or small_profile())

    # --- as a data folder -------------------------------------------------------------------

    def write_folder(self, root: Path, z: np.ndarray, profile: dict | None = None) -> Path:
        root.mkdir(parents=True, exist_ok=True)
        villages = self.villages_gdf().drop(columns=["centre_estimated"])
        villages.to_file(root / "villages.geojson", driver="GeoJSON")
        cells = pd.DataFrame(self.cells_gdf().drop(columns="geometry"))
        cells.to_csv(root / "sites.csv", index=False)
        if self.households:
            self.households_gdf().to_file(root / "households.geojson", driver="GeoJSON")
        parts = [g for g in (self.cables_gdf(), self.access_points_gdf()) if g is not None]
        if parts:
            fiber = gpd.GeoDataFrame(pd.concat(parts, ignore_index=True), crs="EPSG:4326")
            fiber.to_file(root / "fiber.geojson", driver="GeoJSON")
        if self.wifi:
            self.wifi_gdf().to_file(root / "wifi.geojson", driver="GeoJSON")
        write_dem(root / "dem.tif", z, self.res)
        data = {"max_radius_m": 5000.0}
        data.update(profile or {})
        (root / "profile.json").write_text(json.dumps(data), encoding="utf-8")
        return root


def write_dem(path: Path, z: np.ndarray, res: float = RES) -> Path:
    import rasterio
    from affine import Affine

    z = np.asarray(z, dtype=np.float32)
    with rasterio.open(path, "w", driver="GTiff", width=z.shape[1], height=z.shape[0], count=1,
                       dtype="float32", crs=CRS, transform=Affine(res, 0.0, X0, 0.0, -res, Y0)) as dst:
        dst.write(z, 1)
    return path


def write_geographic_dem(path: Path, z: np.ndarray, lon0: float, lat0: float,
                         per_degree: int = 1200) -> Path:
    """A DEM in EPSG:4326 (posts every 1/``per_degree`` degree, 3″ by default, as SRTM) whose
    north-west corner is (lon0, lat0)."""
    import rasterio
    from rasterio.transform import from_origin

    z = np.asarray(z, dtype=np.float32)
    with rasterio.open(path, "w", driver="GTiff", width=z.shape[1], height=z.shape[0], count=1,
                       dtype="float32", crs="EPSG:4326", nodata=-9999.0,
                       transform=from_origin(lon0, lat0, 1 / per_degree, 1 / per_degree)) as dst:
        dst.write(z, 1)
    return path


def small_profile(**overrides) -> CoverageProfile:
    """The default profile with a 5 km radius (fast fans)."""
    return CoverageProfile(**{"max_radius_m": 5000.0, **overrides})


def crowded() -> World:
    """Three carriers' masts with overlapping reach on both sides of a ridge, villages between."""
    w = World()
    for i, (op, row, col) in enumerate([("Viettel", 150, 150), ("VNPT", 250, 160),
                                        ("MobiFone", 200, 300), ("Viettel", 320, 280)]):
        for tech, eirp in (("2G", 52.0), ("4G", 40.0 + i)):
            w.cell(f"S{i}", row, col, technology=tech, eirp_dbm=eirp, operator=op,
                   frequency_mhz=900.0 if tech == "2G" else 1800.0, tilt_deg=np.nan)
    for k, (row, col) in enumerate([(150, 200), (200, 180), (250, 250), (300, 320),
                                    (120, 260), (350, 150), (200, 240)]):
        w.village(f"V{k}", row, col, households=50 + 10 * k,
                  district="Huyện Bát Xát" if k % 2 else "Huyện Bảo Thắng")
        w.cluster(f"V{k}", row + 8, col + 8, households=20)
    return w


def rollout_world() -> World:
    """The rollout plan's small world: a 4G site west of a ridge serving A; behind the ridge B,
    C, D, E without 4G, a weak VNPT 2G-only site G giving all but D signal; fiber only at A."""
    w = World()
    w.cell("S", 200, 150, technology="4G", eirp_dbm=40.0, tilt_deg=np.nan)
    w.cell("G", 200, 330, technology="2G", eirp_dbm=0.0, frequency_mhz=900.0, tilt_deg=np.nan,
           operator="VNPT")
    w.village("A", 200, 170, households=120, district="Huyện Bát Xát")
    for vid, row, col, hh in (("B", 200, 280, 80), ("C", 200, 340, 60), ("D", 120, 290, 40),
                              ("E", 200, 395, 30)):
        w.village(vid, row, col, households=hh, district="Huyện Bảo Thắng")
    w.access_point_xy("AP", *xy(200, 172))
    return w
