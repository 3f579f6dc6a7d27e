"""File → Import measurements…: the action in the File menu, a drive test drawn as an unchecked
layer with its samples, a refused file leaving the project as it was."""

from __future__ import annotations

import pytest

from coverage_planner.gui.controllers.measurements import MeasurementsController

GOOD = """lon,lat,value_dbm,technology,operator,cell_id
103.81,22.31,-75,4G,Viettel,S1-1
103.815,22.312,-95,4G,Viettel,S1-1
103.83,22.31,-108,2G,VNPT,S2-1
"""
BAD = "lon,lat,value_dbm,technology\n103.81,22.31,-5,4G\n103.81,22.31,-95,4G\n"


@pytest.fixture(scope="module")
def controller(window):
    return MeasurementsController(window)


def test_action_sits_before_the_export_action(window, controller):
    actions = window.file_menu.actions()
    mine = actions.index(controller.import_action)
    assert actions[mine + 1] is window.exporter.export_action
    assert controller.import_action.text() == "Import &measurements…"


def test_import_draws_an_unchecked_layer(window, controller, wait, js, tmp_path):
    path = tmp_path / "drive.csv"
    path.write_text(GOOD, encoding="utf-8")
    (count,) = wait(controller.imported, lambda: controller.import_file(path))
    assert count == 3 and len(window.model.project.measurements) == 3
    state = js("JSON.stringify({n: window.cpMeasurements.count,"
               " on: window.cpMap.hasLayer(window.cpMeasurements.layer),"
               " listed: !!window.cpControl._getLayer(L.stamp(window.cpMeasurements.layer)),"
               " colours: window.cpMeasurements.layer.getLayers().map(function (m) {"
               " return m.options.fillColor; })})")
    assert state["n"] == 3 and state["on"] is False and state["listed"] is True
    assert state["colours"][0] != state["colours"][2]  # -75 and -108 dBm differ
    rows = {key: count for key, count, _ in window.layers_dock.rows()}
    assert rows["measurements"] == "3"
    assert "3 samples" in window.statusBar().currentMessage()


def test_a_refused_file_shows_why_and_keeps_the_samples(window, controller, wait, tmp_path):
    before = window.model.project.measurements
    path = tmp_path / "bad.csv"
    path.write_text(BAD, encoding="utf-8")
    (text,) = wait(controller.failed, lambda: controller.import_file(path))
    assert "row 1" in text and "value_dbm" in text and "Fix" in text
    assert window.message_box.text() == text
    window.message_box.close()
    assert window.model.project.measurements is before
