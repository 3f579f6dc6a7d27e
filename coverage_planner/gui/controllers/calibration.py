"""Coverage → Calibrate against measurements…: the action, the dialog, and Apply.

The controller puts its action into ``window.coverage_menu`` itself (after a separator, at the
end), so the window only constructs it. Without an open project or without measurements on it
(the folder's ``measurements.csv`` or File → Import measurements…) it says so. Apply makes the
calibrated profile the project's and runs the coverage analysis again (the window's
``start_analysis``): every result, export and report then states the calibration.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from coverage_planner.gui.dialogs.calibration_dialog import CalibrationDialog


class CalibrationController(QObject):
    """Signals
    -------
    profileApplied(object) : the calibrated CoverageProfile is now the project's
    """

    profileApplied = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: CalibrationDialog | None = None
        self.calibrate_action = QAction(self)
        self.calibrate_action.setObjectName("calibrate_measurements")
        self.calibrate_action.triggered.connect(self.show_dialog)
        menu = window.coverage_menu
        menu.addSeparator()
        menu.addAction(self.calibrate_action)
        window.languageChanged.connect(self._on_language_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.calibrate_action.setText(self.tr("Ca&librate against measurements…"))
        self.calibrate_action.setStatusTip(self.tr(
            "Fit the coverage model to the project's drive test: offsets per carrier and "
            "technology, distance slopes, clutter losses; held-out accuracy before and after"))

    def _on_language_changed(self, lang: str) -> None:
        self.retranslate()
        if self.dialog is not None:
            self.dialog.lang = lang

    def show_dialog(self) -> CalibrationDialog | None:
        """Open the dialog and start the calibration (None: nothing to calibrate)."""
        w = self.window
        project = w.model.project
        if project is None:
            w.show_message(QMessageBox.Icon.Information, self.tr("Calibration"),
                           self.tr("Open a data folder first."))
            return None
        samples = getattr(project, "measurements", None)
        if samples is None or len(samples) == 0:
            w.show_message(QMessageBox.Icon.Information, self.tr("Calibration"), self.tr(
                "This project has no measurements. Put a measurements.csv in the data folder "
                "or use File → Import measurements… first."))
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = CalibrationDialog(project, w.lang, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.apply_profile)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        dialog.start()
        return dialog

    def _forget(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def apply_profile(self, profile) -> None:
        """Make ``profile`` the open project's and analyse again."""
        project = self.window.model.project
        if project is None:
            return
        project.profile = profile
        self.profileApplied.emit(profile)
        self.window.start_analysis()
