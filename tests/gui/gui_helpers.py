"""Helpers for the GUI tests: waiting for signals and conditions, the page's JavaScript, and a
tiny project the coverage engine can analyse (imported by conftest and the test modules).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer

TIMEOUT_MS = 30_000


def module_settings(tmp_path_factory, name: str) -> pytest.MonkeyPatch:
    """Settings of one module's window in their own file (undo with ``.undo()``)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("COVERAGE_PLANNER_SETTINGS",
              str(tmp_path_factory.mktemp(f"settings-{name}") / "settings.ini"))
    return mp


def wait_signal(signal, action=None, timeout_ms: int = TIMEOUT_MS) -> list:
    """Run ``action`` and wait for ``signal``; returns its arguments (fails on timeout)."""
    loop = QEventLoop()
    got: list = []

    def on_signal(*args):
        got.append(args)
        loop.quit()

    signal.connect(on_signal)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    try:
        if action is not None:
            action()
        if not got:
            loop.exec()
    finally:
        signal.disconnect(on_signal)
        timer.stop()
    assert got, f"timed out after {timeout_ms} ms waiting for {signal}"
    return list(got[0])


def wait_until(predicate, timeout_ms: int = 10_000, step_ms: int = 50) -> None:
    """Process events until ``predicate()`` is true (fails on timeout)."""
    waited = 0
    while not predicate():
        assert waited < timeout_ms, "timed out waiting for a condition"
        loop = QEventLoop()
        QTimer.singleShot(step_ms, loop.quit)
        loop.exec()
        waited += step_ms


def run_js(window, script: str, timeout_ms: int = 10_000):
    """Evaluate ``script`` in the map page and return its value (JSON decoded if a string)."""
    loop = QEventLoop()
    box: list = []

    def done(value):
        box.append(value)
        loop.quit()

    window.map.page().runJavaScript(script, 0, done)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not box:
        loop.exec()
    assert box, f"no answer from the page for: {script[:80]}"
    value = box[0]
    if isinstance(value, str) and value[:1] in "[{":
        return json.loads(value)
    return value


def close_window(win, qapp) -> None:
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


# ---- a tiny project the coverage engine can analyse ----------------------------------------
#: (id, name, commune, district, lon, lat of the south-west corner, households, subscribers)
VILLAGES = [
    ("V1", "Bản Phố", "Xã Thanh Bình", "Huyện Mường Khương", 103.80, 22.30, 100, 50),
    ("V2", "Thôn Đông", "Xã Thanh Bình", "Huyện Mường Khương", 103.82, 22.30, 80, 0),
    ("V3", "Thôn Tây", "Xã Bản Lầu", "Huyện Mường Khương", 103.84, 22.30, 60, 0),
    ("V4", "Thôn Đồng Tâm", "Xã Thanh Bình", "Huyện Bảo Thắng", 103.95, 22.30, 50, 20),
    ("V5", "Bản Xa", "Xã Thanh Bình", "Huyện Bảo Thắng", 104.10, 22.40, 40, 0),
    ("V6", "Tổ dân phố 1", "Thị trấn Phố Lu", "Huyện Bảo Thắng", 103.97, 22.30, 200, 150),
]


def flat_dem(path: Path) -> Path:
    """A flat 300 m DEM (100 m pixels, UTM 48N) around the villages."""
    import numpy as np
    import pyproj
    import rasterio
    from affine import Affine

    to_utm = pyproj.Transformer.from_crs(4326, 32648, always_xy=True)
    x0, y0 = to_utm.transform(103.75, 22.50)
    x1, y1 = to_utm.transform(104.15, 22.20)
    res = 100.0
    width, height = int((x1 - x0) / res) + 1, int((y0 - y1) / res) + 1
    with rasterio.open(path, "w", driver="GTiff", width=width, height=height, count=1,
                       dtype="float32", crs="EPSG:32648",
                       transform=Affine(res, 0.0, x0, 0.0, -res, y0)) as dst:
        dst.write(np.full((height, width), 300, np.float32), 1)
    return path


def make_coverage_project(folder: Path):
    """Six villages in two districts (two communes named "Xã Thanh Bình"), three carriers.

    With the 4 km radius and the flat DEM: V5 is 15 km from any site (no signal); V2's bigger
    household cluster lies 10 km away (a weak-signal pocket); V4 and V6 have 2G only (no 3G/4G);
    V1 and V6 are within drop reach of fiber, the others are not.
    """
    import geopandas as gpd
    import numpy as np
    from shapely.geometry import LineString, Point, box

    from coverage_planner.core.model import Project
    from coverage_planner.core.profile import CoverageProfile

    crs = "EPSG:4326"
    villages = gpd.GeoDataFrame(
        {
            "village_id": [v[0] for v in VILLAGES],
            "name": [v[1] for v in VILLAGES],
            "commune": [v[2] for v in VILLAGES],
            "district": [v[3] for v in VILLAGES],
            "households": [v[6] for v in VILLAGES],
            "fiber_subscribers": [v[7] for v in VILLAGES],
            "centre_lon": [v[4] + 0.005 for v in VILLAGES],
            "centre_lat": [v[5] + 0.005 for v in VILLAGES],
        },
        geometry=[box(v[4], v[5], v[4] + 0.01, v[5] + 0.01) for v in VILLAGES],
        crs=crs,
    )
    cells = gpd.GeoDataFrame(
        {
            "site_id": ["S1", "S1", "S2", "S3"],
            "cell_id": ["S1-4G", "S1-5G", "S2-3G", "S3-2G"],
            "operator": ["Viettel", "Viettel", "VNPT", "MobiFone"],
            "technology": ["4G", "5G", "3G", "2G"],
            "frequency_mhz": [1800.0, 3500.0, 2100.0, 900.0],
            "height_m": [30.0, 30.0, 25.0, 30.0],
            "eirp_dbm": [58.0, 58.0, 55.0, 55.0],
            "azimuth_deg": [np.nan] * 4,
            "beamwidth_deg": [np.nan] * 4,
            "tilt_deg": [0.0] * 4,
        },
        geometry=[Point(103.81, 22.31), Point(103.81, 22.31), Point(103.83, 22.305),
                  Point(103.96, 22.305)],
        crs=crs,
    )
    fiber = gpd.GeoDataFrame(
        {"cable_id": ["F1", "F2"], "kind": ["trunk", "distribution"]},
        geometry=[LineString([(103.79, 22.29), (103.98, 22.29)]),
                  LineString([(103.80, 22.305), (103.81, 22.305)])],
        crs=crs,
    )
    aps = gpd.GeoDataFrame({"ap_id": ["AP1"]}, geometry=[Point(103.975, 22.305)], crs=crs)
    households = gpd.GeoDataFrame(
        {"village_id": ["V2", "V2"], "households": [10, 70]},
        geometry=[Point(103.826, 22.306), Point(103.90, 22.40)], crs=crs,
    )
    districts = gpd.GeoDataFrame(
        {"name": ["Huyện Mường Khương", "Huyện Bảo Thắng"]},
        geometry=[box(103.78, 22.28, 103.90, 22.33), box(103.90, 22.28, 104.12, 22.42)], crs=crs,
    )
    return Project(
        root=None, villages=villages, cells=cells, households=households, fiber_cables=fiber,
        fiber_access_points=aps, districts=districts, dem_path=flat_dem(folder / "dem.tif"),
        profile=CoverageProfile(max_radius_m=4000.0),
        provenance={"layers": {"villages": {"origin": "synthetic"},
                               "sites": {"origin": "synthetic"}}},
    )


def open_coverage_window(qapp, project, lang: str):
    """A shown MainWindow with ``project`` drawn and its coverage shown on the map."""
    from coverage_planner.gui.main_window import MainWindow

    win = MainWindow(lang=lang)
    win.resize(1280, 860)
    win.show()
    wait_signal(win.coverageShown, lambda: win.set_project(project), timeout_ms=60_000)
    return win
