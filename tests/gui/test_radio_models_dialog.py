"""Coverage → Radio models…: the model per technology and the terrain reading chosen in the
window, with each model's validity; Apply computes the coverage again with them (the ridge
world: free space ignores the ridge, so the village behind it gets signal)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from gui_helpers import wait_signal

from coverage_planner.core.engine.pathloss import MODEL_INFO


@pytest.fixture(scope="module")
def controller(ridge_win):
    return ridge_win.radio_models


def signal_of(win, vid: str) -> bool:
    villages = win.model.result.villages
    return bool(villages.loc[villages["village_id"] == vid, "mobile_signal"].iloc[0])


def test_the_action_sits_before_calibration_in_the_coverage_menu(ridge_win, controller):
    actions = ridge_win.coverage_menu.actions()
    assert controller.models_action in actions
    assert actions.index(controller.models_action) < actions.index(
        ridge_win.calibration.calibrate_action)
    assert controller.models_action.text() == "Radio &models…"


def test_the_dialog_shows_the_profile_with_validity(ridge_win, controller):
    dialog = controller.show_dialog()
    try:
        assert dialog.boxes["4G"].currentData() == ridge_win.model.project.profile.models["4G"]
        assert dialog.heights.currentData() == "interpolated"
        box = dialog.boxes["2G"]
        itm = box.findData("itm")
        assert "Longley–Rice" in box.itemText(itm)
        assert box.itemData(itm, 3) == MODEL_INFO["itm"].validity.en  # the tooltip
        dialog.boxes["4G"].setCurrentIndex(dialog.boxes["4G"].findData("itm"))
        assert "20 MHz–20 GHz" in dialog.details.text() and "itmlogic" in dialog.details.text()
        assert not dialog.cells_note.isVisibleTo(dialog)  # no cell names its own model
        dialog.lang = "vi"
        dialog.retranslate()
        assert "điểm–điểm" in box.itemText(itm)
    finally:
        dialog.close()


def test_cells_with_their_own_model_are_counted(ridge_win, controller):
    cells = ridge_win.model.project.cells
    cells["propagation_model"] = ["itm"] * len(cells)
    try:
        dialog = controller.show_dialog()
        assert dialog.cells_note.isVisibleTo(dialog)
        assert dialog.cells_note.text().endswith(f": {len(cells)}.")
        dialog.close()
    finally:
        del cells["propagation_model"]


def test_a_calibration_is_set_aside_only_when_a_model_changes(ridge_win, controller):
    project = ridge_win.model.project
    saved = project.profile
    project.profile = replace(saved, calibration={"samples": 10, "offsets": {}})
    try:
        dialog = controller.show_dialog()
        assert not dialog.calibration_note.isVisibleTo(dialog)
        dialog.heights.setCurrentIndex(1)
        assert dialog.chosen().calibration == {"samples": 10, "offsets": {}}
        assert dialog.chosen().terrain_heights == "dem-posts"
        dialog.boxes["3G"].setCurrentIndex(dialog.boxes["3G"].findData("hata"))
        assert dialog.calibration_note.isVisibleTo(dialog)
        assert "Calibrate again" in dialog.calibration_note.text()
        assert dialog.chosen().calibration == {} and dialog.chosen().models["3G"] == "hata"
        dialog.close()
    finally:
        project.profile = saved


def test_the_choice_is_saved_as_a_profile(ridge_win, controller, tmp_path):
    from coverage_planner.core.project.profile import CoverageProfile

    dialog = controller.show_dialog()
    dialog.boxes["2G"].setCurrentIndex(dialog.boxes["2G"].findData("itm"))
    dialog.heights.setCurrentIndex(dialog.heights.findData("dem-posts"))
    written = dialog.save_profile(tmp_path / "profile.json")
    saved = CoverageProfile.load(written)
    assert saved.models["2G"] == "itm" and saved.terrain_heights == "dem-posts"
    assert saved.max_radius_m == ridge_win.model.project.profile.max_radius_m
    (tmp_path / "a_file").write_text("x", encoding="utf-8")
    assert dialog.save_profile(tmp_path / "a_file" / "p.json") is None  # no folder there
    assert "could not be written" in dialog.calibration_note.text()
    dialog.close()


def test_apply_computes_again_with_the_chosen_model(ridge_win, controller):
    assert not signal_of(ridge_win, "B")  # behind the ridge
    dialog = controller.show_dialog()
    dialog.boxes["4G"].setCurrentIndex(dialog.boxes["4G"].findData("free-space"))
    wait_signal(ridge_win.coverageShown, dialog.apply, timeout_ms=60_000)
    assert ridge_win.model.project.profile.models["4G"] == "free-space"
    assert signal_of(ridge_win, "B")  # free space does not see the ridge
    notes = [n.en for n in ridge_win.model.result.notes]
    assert any(n.startswith("4G: free space") for n in notes)


def test_without_a_project_the_user_is_told(ridge_win, controller):
    saved, ridge_win.model.current = ridge_win.model.current, None
    try:
        assert controller.show_dialog() is None
        assert "Open a data folder first." in ridge_win.message_box.text()
        ridge_win.message_box.close()
    finally:
        ridge_win.model.current = saved
