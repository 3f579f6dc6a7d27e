"""Coverage → Radio models…: the action and the dialog
(:mod:`coverage_planner.gui.dialogs.radio_models_dialog`); Apply makes the chosen profile the
project's and runs the coverage analysis again (:class:`ProfileDialogController`)."""

from __future__ import annotations

from coverage_planner.gui.controllers.profile_dialog import ProfileDialogController
from coverage_planner.gui.dialogs.radio_models_dialog import RadioModelsDialog


class RadioModelsController(ProfileDialogController):
    def __init__(self, window) -> None:
        super().__init__(window, "radio_models")

    @property
    def models_action(self):
        return self.action

    def retranslate(self) -> None:
        self.action.setText(self.tr("Radio &models…"))
        self.action.setStatusTip(self.tr(
            "The propagation model per technology (P.452, Longley–Rice ITM, Hata, 38.901) and "
            "how the terrain is read, with each model's validity"))

    def make_dialog(self, project) -> RadioModelsDialog:
        return RadioModelsDialog(project, self.window.lang, self.window)
