"""A Coverage-menu action that opens a dialog on the open project's coverage profile; the
dialog's *Apply* makes its profile the project's and runs the coverage analysis again.

Shared by Coverage → Radio models… and Coverage → Calibrate against measurements…: each
subclass names its action, says when there is nothing to show, and makes its dialog. The
controller puts its action into ``window.coverage_menu`` itself (after a separator, at the
end), so the window only constructs it; every result, export and report then states the profile
in force.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction


class ProfileDialogController(QObject):
    """Signals
    -------
    profileApplied(object) : the dialog's CoverageProfile is now the project's
    """

    profileApplied = Signal(object)

    def __init__(self, window, name: str) -> None:
        super().__init__(window)
        self.window = window
        self.dialog = None
        self.action = QAction(self)
        self.action.setObjectName(name)
        self.action.triggered.connect(self.show_dialog)
        menu = window.coverage_menu
        menu.addSeparator()
        menu.addAction(self.action)
        window.languageChanged.connect(self._on_language_changed)
        self.retranslate()

    def retranslate(self) -> None:  # the action's texts
        raise NotImplementedError

    def make_dialog(self, project):
        """The dialog for ``project`` (with an ``applied(profile)`` signal and a ``lang``), or
        None after telling the user why there is nothing to show."""
        raise NotImplementedError

    def _on_language_changed(self, lang: str) -> None:
        self.retranslate()
        if self.dialog is not None:
            self.dialog.lang = lang
            self.dialog.retranslate()

    def show_dialog(self):
        """Open the dialog (None: no project, or nothing to show)."""
        project = self.window.model.project
        if project is None:
            # translate() with this class's context: tr() would look in the subclass's
            self.tell(QCoreApplication.translate("ProfileDialogController",
                                                 "Open a data folder first."))
            return None
        dialog = self.make_dialog(project)
        if dialog is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.apply_profile)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def tell(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.window.show_message(QMessageBox.Icon.Information,
                                 self.action.text().replace("&", "").rstrip("…"), text)

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
        self.window.files.update_title()  # unsaved: the project file keeps the profile
        self.window.start_analysis()
