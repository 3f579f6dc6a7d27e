"""Opening a folder: a DataError is shown as a message and the open project stays."""

from __future__ import annotations

import importlib

import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text


def _bad_folder_error(path):
    raise DataError(
        f"{path}/villages.geojson",
        Text("column 'households' is missing", "thiếu cột 'households'"),
        Text("add the column", "thêm cột này"),
        row=3,
    )


def _close_message(window):
    if window.message_box is not None:
        window.message_box.close()
        window.message_box = None


def test_data_error_shows_message_and_keeps_project(window, js, wait, monkeypatch, tmp_path):
    io = importlib.import_module("coverage_planner.core.io")
    monkeypatch.setattr(io, "load_folder", _bad_folder_error, raising=False)
    before = window.model.project
    (message,) = wait(window.loadFailed, lambda: window.open_folder(tmp_path))
    try:
        assert "villages.geojson" in message and "row 3" in message  # the window's language
        assert "Fix" in message and "Traceback" not in message
        box = window.message_box
        assert box is not None and box.isVisible() and box.text() == message
        assert window.model.project is before
        assert js("cpCountLayers().villages.features") == 3
        assert not window.busy.isVisible()
    finally:
        _close_message(window)


def test_unexpected_error_is_a_short_message(window, wait, monkeypatch, tmp_path):
    io = importlib.import_module("coverage_planner.core.io")

    def broken(path):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(io, "load_folder", broken, raising=False)
    before = window.model.project
    (message,) = wait(window.loadFailed, lambda: window.open_folder(tmp_path))
    try:
        assert message == "RuntimeError: disk on fire"
        assert window.model.project is before
    finally:
        _close_message(window)


def test_real_loader_refuses_an_empty_folder(window, wait, tmp_path):
    io = importlib.import_module("coverage_planner.core.io")
    if not hasattr(io, "load_folder"):
        pytest.skip("coverage_planner.core.io.load_folder not written yet")
    before = window.model.project
    (message,) = wait(window.loadFailed, lambda: window.open_folder(tmp_path))
    try:
        assert str(tmp_path) in message or "villages" in message
        assert window.model.project is before
    finally:
        _close_message(window)


def test_open_layer_draws_a_users_file_and_refuses_a_bad_one(window, js, wait, tmp_path):
    import geopandas as gpd
    from shapely.geometry import Point

    good = tmp_path / "tram_du_kien.geojson"
    gpd.GeoDataFrame({"ten": ["<b>Trạm</b> A", "Trạm B"]},
                     geometry=[Point(104.0, 22.5), Point(104.05, 22.52)],
                     crs="EPSG:4326").to_file(good, driver="GeoJSON")
    (name,) = wait(window.userLayerOpened, lambda: window.open_layer(good))
    assert name == "tram_du_kien.geojson"
    assert js("window.cpUserLayers.length") == 1
    assert js("window.cpUserLayers[0].getLayers().length") == 2
    popup = js("window.cpUserLayers[0].getLayers()[0].getPopup().getContent()")
    assert "&lt;b&gt;Trạm&lt;/b&gt; A" in popup
    bad = tmp_path / "broken.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
    before = window.model.project
    (message,) = wait(window.loadFailed, lambda: window.open_layer(bad))
    try:
        assert "broken.geojson" in message and "Traceback" not in message
        assert window.model.project is before
        assert js("window.cpUserLayers.length") == 1
    finally:
        _close_message(window)
