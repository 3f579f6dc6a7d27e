"""Coverage → Radio models…: the action, the dialog, and Apply.

The controller puts its action into ``window.coverage_menu`` itself (after a separator), so the
window only constructs it. Apply makes the chosen profile the project's and runs the coverage
analysis again (the window's ``start_analysis``): every result, export and report then states
the models it used.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from coverage_planner.gui.dialogs.radio_models_dialog import RadioModelsDialog


class RadioModelsController(QObject):
    """Signals
    -------
    profileApplied(object) : the CoverageProfile with the chosen models is now the project's
    """

    profileApplied = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: RadioModelsDialog | None = None
        self.models_action = QAction(self)
        self.models_action.setObjectName("radio_models")
        self.models_action.triggered.connect(self.show_dialog)
        menu = window.coverage_menu
        menu.addSeparator()
        menu.addAction(self.models_action)
        window.languageChanged.connect(self._on_language_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.models_action.setText(self.tr("Radio &models…"))
        self.models_action.setStatusTip(self.tr(
            "The propagation model per technology (P.452, Longley–Rice ITM, Hata, 38.901) and "
            "how the terrain is read, with each model's validity"))

    def _on_language_changed(self, lang: str) -> None:
        self.retranslate()
        if self.dialog is not None:
            self.dialog.lang = lang
            self.dialog.retranslate()

    def show_dialog(self) -> RadioModelsDialog | None:
        w = self.window
        project = w.model.project
        if project is None:
            w.show_message(QMessageBox.Icon.Information, self.tr("Radio models"),
                           self.tr("Open a data folder first."))
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = RadioModelsDialog(project, w.lang, w)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.apply_profile)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def apply_profile(self, profile) -> None:
        """Make ``profile`` the open project's and analyse again."""
        project = self.window.model.project
        if project is None or profile == project.profile:
            return
        project.profile = profile
        self.profileApplied.emit(profile)
        self.window.start_analysis()
