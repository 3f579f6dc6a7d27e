"""Shared test setup. Harmless without PySide6: the Qt-free test folders also run where importing
PySide6 fails (``PYTHONPATH=tests/no_qt``), so the Qt part is guarded.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# shared helpers (engine_world, gui_helpers, the bad-input corpus) for every test folder
sys.path.insert(0, str(Path(__file__).resolve().parent / "helpers"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

try:  # QtWebEngine must be imported before any QApplication exists
    import PySide6.QtWebEngineWidgets  # noqa: F401
except ImportError:
    pass

HOSTILE = "<img src=x onerror=alert(1)>"


def make_tiny_project(hostile_name: str = HOSTILE, with_provenance: bool = True):
    """Three villages (one with a hostile name), four sites, fiber, Wi-Fi; EPSG:4326."""
    import geopandas as gpd
    from shapely.geometry import LineString, Point, box

    from coverage_planner.core.project.model import Project

    crs = "EPSG:4326"
    villages = gpd.GeoDataFrame(
        {
            "village_id": ["V1", "V2", "V3"],
            "name": ["Thôn Một", hostile_name, "Bản Ba"],
            "commune": ["Xã Tả Van", "Xã Tả Van", "Xã <b>Bold</b>"],
            "district": ["Thị xã Sa Pa"] * 3,
            "households": [120, 80, 45],
            "fiber_subscribers": [60, 0, 10],
        },
        geometry=[box(103.80, 22.30, 103.82, 22.32), box(103.82, 22.30, 103.84, 22.32),
                  box(103.80, 22.32, 103.82, 22.34)],
        crs=crs,
    )
    cells = gpd.GeoDataFrame(
        {
            "site_id": ["S1", "S1", "S2", "S3", "S4"],
            "cell_id": ["S1-1", "S1-2", "S2-1", "S3-1", "S4-1"],
            "operator": ["Viettel", "Viettel", "VNPT", "MobiFone", "Viettel"],
            "technology": ["4G", "5G", "4G", "3G", "2G"],
            "height_m": [30.0, 30.0, 25.0, 20.0, 35.0],
        },
        geometry=[Point(103.81, 22.31), Point(103.81, 22.31), Point(103.83, 22.31),
                  Point(103.81, 22.33), Point(103.835, 22.335)],
        crs=crs,
    )
    fiber = gpd.GeoDataFrame(
        {"cable_id": ["F1", "F2"], "kind": ["trunk", "distribution"]},
        geometry=[LineString([(103.79, 22.29), (103.81, 22.31)]),
                  LineString([(103.81, 22.31), (103.83, 22.31)])],
        crs=crs,
    )
    aps = gpd.GeoDataFrame({"ap_id": ["AP1", "AP2"]},
                           geometry=[Point(103.812, 22.311), Point(103.828, 22.309)], crs=crs)
    wifi = gpd.GeoDataFrame({"wifi_id": ["W1"], "name": ["Quảng trường Sa Pa"]},
                            geometry=[Point(103.815, 22.315)], crs=crs)
    communes = gpd.GeoDataFrame({"name": ["Xã Tả Van"]},
                                geometry=[box(103.79, 22.29, 103.85, 22.35)], crs=crs)
    districts = gpd.GeoDataFrame({"name": ["Thị xã Sa Pa"]},
                                 geometry=[box(103.78, 22.28, 103.86, 22.36)], crs=crs)
    provenance = {}
    if with_provenance:
        provenance = {"layers": {
            "communes": {"origin": "real", "source": "censusVN2009 (MIT)"},
            "districts": {"origin": "real", "source": "censusVN2009 (MIT)"},
            "villages": {"origin": "synthetic"},
            "sites": {"origin": "synthetic"},
            "fiber": {"origin": "synthetic"},
            "wifi": {"origin": "synthetic"},
        }}
    return Project(root=None, villages=villages, cells=cells, fiber_cables=fiber,
                   fiber_access_points=aps, wifi=wifi, communes=communes, districts=districts,
                   provenance=provenance)


@pytest.fixture
def tiny_project():
    return make_tiny_project()


@pytest.fixture(scope="session")
def make_project():
    """make_project(hostile_name=..., with_provenance=True) -> a fresh tiny Project."""
    return make_tiny_project
