"""Helpers for the GUI tests: waiting for signals and conditions, the page's JavaScript, and a
tiny project the coverage engine can analyse (imported by conftest and the test modules).
"""

from __future__ import annotations

import json
from contextlib import contextmanager
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
    if isinstance(value, str) and value[:1] in ("[", "{"):
        return json.loads(value)
    return value


def shown_window(lang: str = "en", size=(1280, 860), requests=None):
    """A new MainWindow, shown (offscreen); ``requests``: an interceptor that sees every request
    of its web profile (:func:`close_window` removes it)."""
    from coverage_planner.gui.main_window import MainWindow

    win = MainWindow(lang=lang)
    if requests is not None:
        win.map.page().profile().setUrlRequestInterceptor(requests)
    win.resize(*size)
    win.show()
    return win


def close_window(win, qapp) -> None:
    """Close (unsaved edits discarded) and delete now: each window costs ~600 MB."""
    win.decide = lambda question: "discard" if question == "save_changes" else "no"
    win.map.page().profile().setUrlRequestInterceptor(None)
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


@contextmanager
def module_window(qapp, tmp_path_factory, name: str, open_window):
    """The window of one test module: ``open_window()`` makes it, with its own settings file
    (``name``); closed at the end."""
    settings = module_settings(tmp_path_factory, name)
    try:
        win = open_window()
        try:
            yield win
        finally:
            close_window(win, qapp)
    finally:
        settings.undo()


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

    from coverage_planner.core.project.model import Project
    from coverage_planner.core.project.profile import CoverageProfile

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
    """A shown MainWindow with ``project`` drawn, its coverage shown on the map and its coverage
    layers computed."""
    win = shown_window(lang)
    wait_signal(win.coverageShown, lambda: win.set_project(project), timeout_ms=60_000)
    # then the coverage images per technology and carrier (the status bar's progress)
    wait_until(lambda: not win.layers_runner.running, timeout_ms=60_000)
    return win


# ---- a ridge world written as a data folder (what-if tests) ---------------------------------
#: UTM 48N grid: top-left corner, 25 m pixels, 401 x 401 (10 km), a north-south ridge at col 230
RIDGE_X0, RIDGE_Y0, RIDGE_RES, RIDGE_N, RIDGE_COL = 400_000.0, 2_490_000.0, 25.0, 401, 230
#: pixel (row, col) of the one mast, west of the ridge, and of a new mast east of it
RIDGE_SITE = (200, 200)
RIDGE_EAST = (200, 290)
#: (id, name, commune, district, row, col, households, fiber subscribers)
RIDGE_VILLAGES = [
    ("A", "Bản Tây Núi", "Xã A Mú Sung", "Huyện Bát Xát", 200, 140, 120, 60),
    ("B", "Thôn Sau Núi", "Xã A Mú Sung", "Huyện Bát Xát", 200, 260, 80, 0),
    ("C", "Bản Xa Xôi", "Xã Y Tý", "Huyện Sa Pa", 390, 60, 45, 0),
]


def ridge_lonlat(row: float, col: float) -> tuple[float, float]:
    """(lon, lat) of a pixel centre of the ridge world."""
    import pyproj

    to_ll = pyproj.Transformer.from_crs(32648, 4326, always_xy=True)
    return to_ll.transform(RIDGE_X0 + (col + 0.5) * RIDGE_RES, RIDGE_Y0 - (row + 0.5) * RIDGE_RES)


def write_ridge_folder(folder: Path) -> Path:
    """A data folder: villages A (open, fiber), B (behind the ridge: no signal, no fiber) and C
    (far south-west: no signal, no fiber); one 4G omni mast west of the ridge; an access point at
    A and a road from A over the ridge to B; the DEM with the ridge; a 5 km radius.

    A new 4G mast at :data:`RIDGE_EAST` (east of the ridge) gives B signal, not C.
    """
    import json

    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import rasterio
    from affine import Affine
    from shapely.geometry import LineString, Point, Polygon

    folder.mkdir(parents=True, exist_ok=True)
    rows, geoms = [], []
    for vid, name, commune, district, r, c, hh, subs in RIDGE_VILLAGES:
        lon, lat = ridge_lonlat(r, c)
        ring = [ridge_lonlat(r + dr, c + dc) for dr, dc in ((-6, -6), (-6, 6), (6, 6), (6, -6))]
        geoms.append(Polygon(ring))
        rows.append({"village_id": vid, "name": name, "commune": commune, "district": district,
                     "households": hh, "fiber_subscribers": subs, "centre_lon": lon,
                     "centre_lat": lat})
    gpd.GeoDataFrame(pd.DataFrame(rows), geometry=geoms, crs="EPSG:4326").to_file(
        folder / "villages.geojson", driver="GeoJSON")
    lon, lat = ridge_lonlat(*RIDGE_SITE)
    pd.DataFrame([{"site_id": "S", "cell_id": "S-4G", "operator": "Viettel", "lon": lon,
                   "lat": lat, "technology": "4G", "frequency_mhz": 1800.0, "height_m": 30.0,
                   "eirp_dbm": 40.0, "azimuth_deg": np.nan, "beamwidth_deg": np.nan,
                   "tilt_deg": 0.0}]).to_csv(folder / "sites.csv", index=False)
    ap = Point(ridge_lonlat(200, 141))
    gpd.GeoDataFrame({"ap_id": ["AP1"]}, geometry=[ap], crs="EPSG:4326").to_file(
        folder / "fiber.geojson", driver="GeoJSON")
    road = LineString([ridge_lonlat(200, 140), ridge_lonlat(184, 200), ridge_lonlat(200, 260)])
    gpd.GeoDataFrame({"name": ["ĐT 158"]}, geometry=[road], crs="EPSG:4326").to_file(
        folder / "roads.geojson", driver="GeoJSON")
    z = np.full((RIDGE_N, RIDGE_N), 100.0, np.float32)
    z[:, RIDGE_COL] = 250.0
    with rasterio.open(folder / "dem.tif", "w", driver="GTiff", width=RIDGE_N, height=RIDGE_N,
                       count=1, dtype="float32", crs="EPSG:32648",
                       transform=Affine(RIDGE_RES, 0.0, RIDGE_X0, 0.0, -RIDGE_RES,
                                        RIDGE_Y0)) as dst:
        dst.write(z, 1)
    (folder / "profile.json").write_text(json.dumps({"max_radius_m": 5000.0}), encoding="utf-8")
    return folder


def open_folder_window(qapp, folder, lang: str = "en"):
    """A shown MainWindow with the data folder opened, its coverage on the map and the what-if
    evaluator ready."""
    win = shown_window(lang)
    wait_signal(win.coverageShown, lambda: win.open_folder(folder), timeout_ms=60_000)
    if win.whatif.evaluator is None:
        wait_signal(win.whatif.evaluatorReady, timeout_ms=60_000)
    return win


#: the villages' map styles on the ridge world before any edit
RIDGE_BASE_KEYS = {"A": "fiber-ok", "B": "nofiber-no_signal", "C": "nofiber-no_signal"}


def village_keys(page) -> dict:
    """village id -> its style key on the map (``page``: the ``page`` fixture)."""
    return page("JSON.stringify((function () { var out = {};"
                " cpLayers.villages.eachLayer(function (l) {"
                "   out[l.feature.properties.id] = l.feature.properties.k; }); return out; })())")


def click_map(page, lon: float, lat: float) -> None:
    page(f"cpMap.fire('click', {{latlng: L.latLng({lat}, {lon})}}); 1")


def add_east_mast(win, page) -> None:
    """A Viettel 4G mast east of the ridge, placed by a click in "Add BTS" mode."""
    win.whatif_dock.form.set_values(carrier="Viettel", technologies=["4G"], azimuths=None,
                                    height=30, model="")
    win.planner.add_site_action.trigger()
    assert win.map.mode == "add_site"
    lon, lat = ridge_lonlat(*RIDGE_EAST)
    wait_whatif(win, lambda: click_map(page, lon, lat))


def wait_whatif(win, action=None, timeout_ms: int = TIMEOUT_MS) -> None:
    """Run ``action`` (an edit) and wait until its result is on the map."""
    if action is not None:
        action()
    wait_until(lambda: not win.whatif.busy and win.whatif.result is win.model.result
               and win.map_page.map_result is win.model.result, timeout_ms=timeout_ms)
