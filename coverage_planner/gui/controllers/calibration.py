"""Coverage → Calibrate against measurements…: the action and the dialog
(:mod:`coverage_planner.gui.dialogs.calibration_dialog`), which starts calibrating at once.

Without measurements on the project (the folder's ``measurements.csv`` or File → Import
measurements…) it says so. Apply makes the calibrated profile the project's and runs the
coverage analysis again (:class:`ProfileDialogController`): every result, export and report then
states the calibration.
"""

from __future__ import annotations

from coverage_planner.gui.controllers.profile_dialog import ProfileDialogController
from coverage_planner.gui.dialogs.calibration_dialog import CalibrationDialog


class CalibrationController(ProfileDialogController):
    def __init__(self, window) -> None:
        super().__init__(window, "calibrate_measurements")

    @property
    def calibrate_action(self):
        return self.action

    def retranslate(self) -> None:
        self.action.setText(self.tr("Ca&librate against measurements…"))
        self.action.setStatusTip(self.tr(
            "Fit the coverage model to the project's drive test: offsets per carrier and "
            "technology, distance slopes, clutter losses; held-out accuracy before and after"))

    def make_dialog(self, project) -> CalibrationDialog | None:
        samples = getattr(project, "measurements", None)
        if samples is None or len(samples) == 0:
            self.tell(self.tr(
                "This project has no measurements. Put a measurements.csv in the data folder "
                "or use File → Import measurements… first."))
            return None
        return CalibrationDialog(project, self.window.lang, self.window)

    def show_dialog(self) -> CalibrationDialog | None:
        """Open the dialog and start the calibration (None: nothing to calibrate)."""
        dialog = super().show_dialog()
        if dialog is not None:
            dialog.start()
        return dialog
