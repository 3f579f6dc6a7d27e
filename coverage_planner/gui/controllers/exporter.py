"""File → Export gap list… and Report…: :class:`Exporter` opens the dialogs
(:mod:`..dialogs.export_dialog`) and writes off the GUI thread with a progress dialog (no
cancel: the exports have none); the files written, or why not, in a message.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from coverage_planner.core import exports
from coverage_planner.gui.dialogs.export_dialog import (
    ExportDialog,
    ReportDialog,
    error_text,
    write_gaps,
)
from coverage_planner.gui.worker import run_in_background


class Exporter(QObject):
    """The File menu's export actions.

    Signals
    -------
    written(list) : the paths written
    failed(str) : the message shown
    """

    written = Signal(list)
    failed = Signal(str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.dialog: QDialog | None = None
        self.progress: QProgressDialog | None = None
        self.running = False
        self.export_action = QAction(window)
        self.export_action.triggered.connect(self.export_gaps)
        self.report_action = QAction(window)
        self.report_action.triggered.connect(self.report)
        self.model.resultChanged.connect(self.update_actions)
        self.model.projectChanged.connect(self.update_actions)
        self.update_actions()

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("&Export gap list…"))
        self.report_action.setText(self.tr("&Report…"))

    def update_actions(self) -> None:
        ready = self.model.result is not None and self.model.project is not None
        self.export_action.setEnabled(ready and not self.running)
        self.report_action.setEnabled(ready and not self.running)

    def _open(self, dialog: QDialog, start) -> QDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(start)
        dialog.open()
        return dialog

    def export_gaps(self) -> ExportDialog | None:
        if self.model.result is None:
            return None
        return self._open(ExportDialog(self.model, self.window.lang, self.window),
                          self._start_export)

    def report(self) -> ReportDialog | None:
        if self.model.result is None:
            return None
        return self._open(ReportDialog(self.window.lang, self.window), self._start_report)

    def _start_export(self) -> None:
        dialog = self.dialog
        opts, ids = dialog.options(), dialog.ids()
        project, result = self.model.project, self.model.result
        self._run(lambda progress: write_gaps(project, result, opts, ids, progress),
                  self.tr("Exporting the gap list…"))

    def _start_report(self) -> None:
        dialog = self.dialog
        out = dialog.path_edit.text().strip()
        lang, gaps = dialog.lang_box.currentData(), dialog.kind_box.currentData()
        project, result = self.model.project, self.model.result
        rollout = getattr(self.window, "rollout", None)  # the last rollout plan, if computed
        rollout = rollout.report_data() if rollout is not None else None

        def work(progress):
            from coverage_planner.core.exports.report import check_out

            path = check_out(out)
            return [exports.write_report(project, result, path, lang, progress=progress,
                                         gaps=gaps, rollout=rollout)]

        self._run(work, self.tr("Writing the report…"))

    def _run(self, work, label: str) -> None:
        self.running = True
        self.update_actions()
        bar = QProgressDialog(label, "", 0, 1000, self.window)
        bar.setCancelButton(None)  # the exports cannot be stopped midway
        bar.setWindowModality(Qt.WindowModality.WindowModal)
        bar.setMinimumDuration(0)
        bar.setAutoClose(False)
        bar.setAutoReset(False)
        bar.setValue(0)
        bar.show()
        self.progress = bar

        def on_progress(fraction: float, message: str) -> None:
            bar.setValue(max(0, min(1000, int(fraction * 1000))))
            if message:
                bar.setLabelText(message)

        run_in_background(work, self, self._on_written, self._on_failed, on_progress)

    def _finish(self) -> None:
        self.running = False
        self.update_actions()
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_written(self, paths) -> None:
        self._finish()
        paths = [str(p) for p in paths]
        self.window.show_message(QMessageBox.Icon.Information, self.tr("Export finished"),
                                 self.tr("Written:") + "\n" + "\n".join(paths))
        self.written.emit(paths)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        text = error_text(exc, self.window.lang)
        self.window.show_message(QMessageBox.Icon.Warning, self.tr("Export failed"), text)
        self.failed.emit(text)
