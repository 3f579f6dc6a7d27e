"""Tiny data folders for the loader tests, built in code with an explicit CRS (never gis_data)."""

from __future__ import annotations

import unicodedata
import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, box

#: Lào Cai city, roughly
LON0, LAT0 = 103.97, 22.48


def square(i: int, size: float = 0.01):
    """The i-th village polygon: squares in a row eastwards from (LON0, LAT0)."""
    x = LON0 + i * 0.02
    return box(x, LAT0, x + size, LAT0 + size)


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes, decomposing the tone marks the code page has no precomposed form for."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            out += unicodedata.normalize("NFC", parts[:-1]).encode("cp1258")
            out += parts[-1].encode("cp1258")
    return out


class Builder:
    """Makes layers (GeoDataFrames in EPSG:4326) and writes them in any supported format."""

    cp1258 = staticmethod(cp1258)

    def __init__(self, root: Path) -> None:
        self.root = root

    def villages(self, n: int = 3, centre: bool = True) -> gpd.GeoDataFrame:
        names = ["Bản Phố", "Thôn Làng Mới", "Tổ dân phố 1", "Bản Cốc", "Thôn Hợp Thành"]
        data = {
            "village_id": [f"V{i + 1}" for i in range(n)],
            "name": [names[i % len(names)] for i in range(n)],
            "commune": ["Cốc Lếu"] * n,
            "district": ["Thành phố Lào Cai"] * n,
            "households": [100 + 10 * i for i in range(n)],
            "fiber_subscribers": [50] * n,
        }
        if centre:
            data["centre_lon"] = [LON0 + i * 0.02 + 0.005 for i in range(n)]
            data["centre_lat"] = [LAT0 + 0.005] * n
        return gpd.GeoDataFrame(data, geometry=[square(i) for i in range(n)], crs="EPSG:4326")

    def cells(self) -> gpd.GeoDataFrame:
        data = {
            "site_id": ["S1", "S1", "S1", "S2"],
            "cell_id": ["1", "2", "3", "1"],
            "operator": ["Viettel", "Viettel", "Viettel", "VNPT"],
            "technology": ["4G", "LTE", "3G", "2G"],
            "frequency_mhz": [1800, 1800, 2100, 900],
            "height_m": [30, 30, 30, 25],
            "eirp_dbm": [58, 58, 55, 55],
            "azimuth_deg": [0, 120, 240, np.nan],
            "beamwidth_deg": [65, 65, 65, np.nan],
            "tilt_deg": [4, 4, 4, 0],
        }
        geometry = [Point(LON0 + 0.015, LAT0 + 0.015)] * 3 + [Point(LON0 + 0.045, LAT0 + 0.012)]
        return gpd.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")

    def fiber(self) -> gpd.GeoDataFrame:
        """Cables and access points in one layer."""
        return gpd.GeoDataFrame(
            {"cable_id": ["C1", "C2", None], "kind": ["trunk", "distribution", None],
             "ap_id": [None, None, "AP1"]},
            geometry=[LineString([(LON0, LAT0), (LON0 + 0.05, LAT0)]),
                      LineString([(LON0 + 0.02, LAT0), (LON0 + 0.02, LAT0 + 0.01)]),
                      Point(LON0 + 0.021, LAT0 + 0.005)],
            crs="EPSG:4326",
        )

    def wifi(self) -> gpd.GeoDataFrame:
        return gpd.GeoDataFrame({"wifi_id": ["W1"], "name": ["Chợ Cốc Lếu"]},
                                geometry=[Point(LON0 + 0.005, LAT0 + 0.005)], crs="EPSG:4326")

    def households(self) -> gpd.GeoDataFrame:
        return gpd.GeoDataFrame({"households": [3, 2, 1], "village_id": ["V1", None, ""]},
                                geometry=[Point(LON0 + 0.002, LAT0 + 0.002),
                                          Point(LON0 + 0.022, LAT0 + 0.002),
                                          Point(LON0 + 0.041, LAT0 + 0.003)],
                                crs="EPSG:4326")

    def write(self, gdf: gpd.GeoDataFrame | pd.DataFrame, name: str, folder: Path | None = None,
              **kwargs) -> Path:
        """Write ``gdf`` as ``name`` (format by extension); CSV gets lon/lat or WKT columns."""
        folder = folder or self.root
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        lower = name.lower()
        if lower.endswith(".csv"):
            frame = pd.DataFrame(gdf).copy()
            if isinstance(gdf, gpd.GeoDataFrame):
                geom = frame.pop(gdf.geometry.name)
                if gdf.geom_type.eq("Point").all():
                    frame["lon"], frame["lat"] = gdf.geometry.x, gdf.geometry.y
                else:
                    frame["wkt"] = gpd.GeoSeries(geom).to_wkt()
            frame.to_csv(path, index=False, **kwargs)
        elif lower.endswith(".zip"):
            stem = name[: -len(".shp.zip")] if lower.endswith(".shp.zip") else name[:-4]
            tmp = folder / f"_{stem}_parts"
            shp = self.write(gdf, f"{stem}.shp", tmp, **kwargs)
            with zipfile.ZipFile(path, "w") as archive:
                for part in tmp.iterdir():
                    archive.write(part, part.name)
                    part.unlink()
            tmp.rmdir()
            assert not shp.exists()
        elif lower.endswith(".kml"):
            gdf.to_file(path, driver="LIBKML", **kwargs)
        else:
            with warnings.catch_warnings():  # shapefile field names cut at 10 characters
                warnings.simplefilter("ignore")
                gdf.to_file(path, **kwargs)
        return path

    def folder(self, files: dict | None = None, name: str = "data") -> Path:
        """A complete valid data folder; ``files`` adds or replaces (name -> gdf) or drops (None)."""
        layers = files or {}
        root = self.root / name
        content = {
            "villages.gpkg": self.villages(),
            "sites.csv": self.cells(),
            "fiber.geojson": self.fiber(),
            "wifi.geojson": self.wifi(),
            "households.gpkg": self.households(),
        }
        content.update(layers)
        for file, gdf in content.items():
            if gdf is not None:
                self.write(gdf, file, root)
        return root


@pytest.fixture
def build(tmp_path, monkeypatch) -> Builder:
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    return Builder(tmp_path)
