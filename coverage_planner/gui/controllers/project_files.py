"""The scenarios' project files: :class:`ProjectFilesController`.

File → Save project (as…) writes every scenario with its data folder to a project file
(atomic); a project file opened (:class:`~.loading.LoadingController`) restores them. Unsaved
scenario edits are saved or discarded as the user says before another project replaces them or
the window closes; the autosave keeps them in a recovery file (:mod:`..planning.autosave`) that
the next start offers to recover when the app did not quit cleanly. The window title names the
project file and a "*" for unsaved changes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.project import autosave
from coverage_planner.gui.planning.autosave import AutoSaver

log = logging.getLogger(__name__)


class ProjectFilesController(QObject):
    """Asks the user through the window's ``decide`` when set (see :meth:`ask`); emits the
    window's ``projectOpened(str)`` once a project file's scenarios are restored."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.whatif = window.whatif
        self.project_path: Path | None = None  # the project file the scenarios were saved to
        self.autosaver = AutoSaver(self.whatif, window)
        self.autosaver.failed.connect(lambda message: window.statusBar().showMessage(
            self.tr("The autosave failed: {0}").format(message), 10000))

        self.save_project_action = QAction(window)
        self.save_project_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_project_action.triggered.connect(lambda: self.save_project())
        self.save_project_as_action = QAction(window)
        self.save_project_as_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_project_as_action.triggered.connect(lambda: self.save_project(ask=True))
        self.model.projectChanged.connect(self._on_project_changed)
        self.whatif.edited.connect(self.update_title)
        self.whatif.scenariosChanged.connect(self.update_title)

    def retranslate(self) -> None:
        self.save_project_action.setText(self.tr("&Save project"))
        self.save_project_as_action.setText(self.tr("Save project &as…"))
        self.update_title()

    def _on_project_changed(self) -> None:
        if self.model.current is not None:
            self.project_path = None
            self.update_title()

    def update_title(self) -> None:
        opened = self.model.current
        if opened is None:
            self.window.setWindowTitle(self.tr("Coverage Planner"))
            return
        root = opened.project.root
        name = Path(root).name if root is not None else (opened.source or self.tr("unsaved"))
        if self.project_path is not None:
            name = f"{self.project_path.name} ({name})"
        if self.whatif.is_modified():
            name += " *"
        self.window.setWindowTitle(self.tr("Coverage Planner — {0}").format(name))

    # ---- saving and restoring ---------------------------------------------------------------
    def save_project(self, path: str | Path | None = None, ask: bool = False) -> bool:
        """Save every scenario with the data folder to a project file (atomic). Without
        ``path``: the project's file, else (or with ``ask``) the user chooses one."""
        from coverage_planner.core.project import projectfile

        w = self.window
        pf = self.whatif.snapshot()
        if pf is None:
            w.show_message(QMessageBox.Icon.Warning, self.tr("Save project"), self.tr(
                "This project was not opened from a data folder: there is nothing a project "
                "file could point to."))
            return False
        if path is None and (ask or self.project_path is None):
            start = str(self.project_path or Path(pf.data_folder).parent / "plan.gpkg")
            chosen, _ = QFileDialog.getSaveFileName(
                w, self.tr("Save project"), start,
                self.tr("Coverage Planner projects (*.gpkg)"))
            if not chosen:
                return False
            path = chosen if chosen.lower().endswith(".gpkg") else chosen + ".gpkg"
        path = Path(path or self.project_path)
        try:
            projectfile.save(pf, path)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the scenarios stay open
            log.error("project not saved", exc_info=True)
            w.show_message(QMessageBox.Icon.Warning, self.tr("Save project"),
                           self.tr("The project could not be saved: {0}").format(exc))
            return False
        self.project_path = path
        self.whatif.mark_saved()
        self.update_title()
        w.statusBar().showMessage(self.tr("Saved {0}").format(path), 8000)
        return True

    def restore(self, pf, path: Path | None, saved: bool) -> None:
        """A project file's (or a recovered autosave's: no ``path``, not ``saved``) scenarios,
        once its data folder is the open project."""
        w = self.window
        problems = self.whatif.restore(pf, saved=saved)
        self.project_path = path
        self.update_title()
        if self.whatif.has_edits():
            w.show_whatif_panel()
        if problems:
            w.show_message(QMessageBox.Icon.Warning, self.tr("Open project"), "\n".join(problems))
        w.projectOpened.emit(str(path or ""))

    # ---- asking the user ----------------------------------------------------------------------
    def ask(self, question: str) -> str:
        """Ask the user (or the window's ``decide``): "recover" -> "yes" | "no";
        "save_changes" -> "save" | "discard" | "cancel"."""
        w = self.window
        if w.decide is not None:
            return w.decide(question)
        Button = QMessageBox.StandardButton
        if question == "recover":
            answer = QMessageBox.question(
                w, self.tr("Recover your work?"),
                self.tr("Coverage Planner did not quit normally last time. Recover the "
                        "scenarios saved automatically then?"),
                Button.Yes | Button.No, Button.Yes)
            return "yes" if answer == Button.Yes else "no"
        if question == "save_changes":
            answer = QMessageBox.question(
                w, self.tr("Save the scenarios?"),
                self.tr("The scenarios have changes that are not saved in a project file."),
                Button.Save | Button.Discard | Button.Cancel, Button.Save)
            return {Button.Save: "save", Button.Discard: "discard"}.get(answer, "cancel")
        raise ValueError(question)

    def may_close_project(self) -> bool:
        """Before another project replaces this one: unsaved scenario edits are saved or
        discarded as the user says; False when the user cancels."""
        if not (self.whatif.is_modified() and self.whatif.has_edits()):
            return True
        answer = self.ask("save_changes")
        return answer == "discard" or (answer == "save" and self.save_project())

    def offer_recovery(self) -> bool:
        """At start: when the last session left a recovery file with edits, offer to recover
        it. True when the recovered project is being opened (the caller opens nothing else)."""
        path = autosave.recovery_path()
        autosave.remove_stale_temporaries(path)  # left by a save a crash interrupted
        try:
            pf = autosave.load_recovery(path)
        except DataError as exc:
            log.warning("recovery file unreadable: %s", exc.message("en"))
            autosave.set_aside(path)
            return False
        if pf is None:
            return False
        if not autosave.has_edits(pf):
            autosave.remove_recovery(path)
            return False
        if self.ask("recover") != "yes":
            autosave.set_aside(path)  # kept beside it as "-declined", never silently lost
            return False
        autosave.keep_copy(path, "recovered")  # in case its data folder fails to open
        self.window.open_recovered(pf)
        return True
