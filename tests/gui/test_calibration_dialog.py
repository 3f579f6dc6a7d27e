"""Coverage → Calibrate against measurements…: the action in the Coverage menu, the dialog's
figure and tables on a small synthetic drive test, Save, Apply (the analysis runs again with the
calibrated profile), and a project without measurements."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from calibration_world import PLANTED, write_calibration_folder
from gui_helpers import module_window, open_folder_window, wait_signal

from coverage_planner.gui.controllers.calibration import CalibrationController

SCREENSHOT = Path(os.environ.get("COVERAGE_PLANNER_CALIBRATION_SHOT",
                                 "/tmp/w/calibration_dialog.png"))


@pytest.fixture(scope="module")
def win(qapp, tmp_path_factory, request):
    folder = write_calibration_folder(tmp_path_factory.mktemp("calibration") / "data")
    with module_window(qapp, tmp_path_factory, request.module.__name__,
                       lambda: open_folder_window(qapp, folder, "en")) as w:
        yield w


@pytest.fixture(scope="module")
def controller(win):
    return CalibrationController(win)


@pytest.fixture(scope="module")
def dialog(win, controller):
    d = controller.show_dialog()
    if d.result is None:  # the answer comes through the event loop, which wait_signal runs
        wait_signal(d.finished, timeout_ms=60_000)
    return d


def test_the_action_is_in_the_coverage_menu(win, controller):
    actions = win.coverage_menu.actions()
    assert controller.calibrate_action in actions
    assert controller.calibrate_action.text() == "Ca&librate against measurements…"


def test_the_dialog_shows_a_plot_and_the_figures(dialog, qapp):
    assert dialog.result is not None
    pixmap = dialog.plot.pixmap()
    assert pixmap is not None and not pixmap.isNull() and pixmap.width() > 500
    image = pixmap.toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # a drawn figure, not a blank
    figures = [[dialog.figures.item(r, c).text() for c in range(3)] for r in range(2)]
    assert all(t not in ("", "–") for row in figures for t in row)
    before, after = (float(row[1]) for row in figures)  # RMSE
    assert after < before
    keys = {dialog.terms.item(r, 0).text() for r in range(dialog.terms.rowCount())}
    assert keys == set(PLANTED)
    for r in range(dialog.terms.rowCount()):
        key = dialog.terms.item(r, 0).text()
        offset, at = dialog.terms.item(r, 2).text().split(" (")  # "+2.1 (3.4 km)"
        assert float(offset) == pytest.approx(PLANTED[key], abs=1.0)  # no planted slope here
        assert at.endswith(" km)") and float(at[:-4]) > 0
    assert "calibrated against" in dialog.status.text()
    assert dialog.save_button.isEnabled() and dialog.apply_button.isEnabled()
    qapp.processEvents()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SCREENSHOT))


def test_save_writes_the_calibrated_profile(dialog, tmp_path):
    from coverage_planner.core.project.profile import CoverageProfile

    path = dialog.save_profile(tmp_path / "calibrated.json")
    assert path is not None
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["calibration"]["samples"] == dialog.result.samples
    assert CoverageProfile.load(path).calibration["terms"] == dialog.result.terms


def test_apply_makes_it_the_projects_profile_and_analyses_again(win, controller, dialog):
    wait_signal(win.coverageShown, dialog.apply, timeout_ms=60_000)
    profile = win.model.project.profile
    assert profile.calibration["terms"] == dialog.result.terms
    assert win.model.result.profile["calibration"]["samples"] == dialog.result.samples


def test_a_project_without_measurements_is_told_so(win, controller):
    project = win.model.project
    saved, project.measurements = project.measurements, None
    try:
        assert controller.show_dialog() is None
        assert "no measurements" in win.message_box.text()
        win.message_box.close()
    finally:
        project.measurements = saved
