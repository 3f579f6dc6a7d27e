"""The coverage analysis of the open project and what the window says about it:
:class:`AnalysisController` runs it in the background (Coverage → Run, Cancel, Compute
engine…) and shows its progress and its outcome in the status bar; :class:`RunProgress` is the
status bar's progress bar and Cancel button, which the coverage layers' runs use too.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QProgressBar, QToolButton

from coverage_planner.gui import compute
from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.analysis import AnalysisRunner
from coverage_planner.gui.i18n import locale_for


class RunProgress(QObject):
    """The progress bar and the Cancel button of the background run in progress (the
    analysis, then the coverage layers: one at a time), and the Coverage menu's Run and Cancel.
    Whoever starts a run says what Cancel does."""

    def __init__(self, window, run_action: QAction, cancel_action: QAction) -> None:
        super().__init__(window)
        self.run_action = run_action
        self.cancel_action = cancel_action
        self.bar = QProgressBar(window)
        self.bar.setRange(0, 1000)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(True)
        self.bar.setFormat("%p %")
        self.bar.setVisible(False)
        self.cancel_button = QToolButton(window)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        cancel_action.setEnabled(False)
        cancel_action.triggered.connect(self.cancel)
        self._cancel = None

    def begin(self, cancel) -> None:
        """A run started: ``cancel()`` stops it (the button and the menu's Cancel)."""
        self._cancel = cancel
        self.bar.setValue(0)
        self._show(True)

    def set_fraction(self, fraction: float) -> None:
        self.bar.setValue(round(1000 * fraction))

    def end(self) -> None:
        self._cancel = None
        self._show(False)

    def cancel(self) -> None:
        if self._cancel is not None:
            self.cancel_button.setEnabled(False)
            self._cancel()

    def _show(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.cancel_action.setEnabled(running)
        self.run_action.setEnabled(not running)


class AnalysisController(QObject):
    """Runs the coverage analysis (:meth:`start_analysis`: the window calls it when a project
    opens, F5 too), with progress and Cancel; the result goes to the application model.

    Signals
    -------
    analysisStarted : the baseline is being computed again (every coverage result is stale)
    baselineReady(object) : the analysis' CoverageResult, once the application model holds it
    """

    analysisStarted = Signal()
    baselineReady = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.model = window.model
        self.runner = AnalysisRunner(window)
        self.runner.lang = window.lang
        self.state = "none"  # none | running | done | cancelled | failed | no_dem
        self.error = ""
        self.engine_note = ""  # where the last run was computed (Dask, N workers), if not here
        self._message = ""  # the last progress message

        self.run_action = QAction(window)
        self.run_action.setShortcut(QKeySequence("F5"))
        self.run_action.triggered.connect(self.start_analysis)
        self.cancel_action = QAction(window)
        self.compute_action = QAction(window)
        self.compute_action.triggered.connect(self.show_compute_dialog)
        self.progress = RunProgress(window, self.run_action, self.cancel_action)
        self.coverage_label = QLabel(window)

        self.runner.started.connect(self._on_started)
        self.runner.progress.connect(self.on_progress)
        self.runner.finished.connect(self._on_finished)
        self.runner.failed.connect(self._on_failed)
        self.runner.cancelled.connect(self._on_cancelled)
        self.model.resultChanged.connect(self.update_label)
        window.languageChanged.connect(self._on_language_changed)

    def retranslate(self) -> None:
        self.run_action.setText(self.tr("&Run the coverage analysis"))
        self.cancel_action.setText(self.tr("&Cancel the analysis"))
        self.compute_action.setText(self.tr("Compute &engine…"))
        self.compute_action.setToolTip(self.tr(
            "Compute on this computer or on Dask workers (big folders)"))
        self.progress.cancel_button.setText(self.tr("Cancel"))
        self.progress.cancel_button.setToolTip(self.tr("Stop the coverage analysis"))
        self.progress.bar.setToolTip(self.tr("Coverage analysis: masts computed"))
        self.update_label()

    def _on_language_changed(self, lang: str) -> None:
        self.runner.lang = lang

    def _status(self):
        return self.window.statusBar()

    # ---- running --------------------------------------------------------------------------
    def start_analysis(self) -> None:
        """Compute coverage for the open project in the background (progress + Cancel)."""
        project = self.model.project
        if project is None:
            return
        if self.model.result is not None:
            self.model.set_result(None)
        self.analysisStarted.emit()
        if project.dem_path is None:
            self.runner.cancel(quiet=True)
            self._set_state("no_dem")
            self._status().showMessage(self.tr(
                "No elevation model (dem.tif or .hgt) in this folder: coverage cannot be "
                "computed."), 15000)
            return
        self.runner.start(project)

    def cancel_analysis(self) -> None:
        """The Cancel button: stops the analysis (or the coverage layers) in progress."""
        self.progress.cancel()

    def _cancel_run(self) -> None:
        self.runner.cancel()
        self._status().showMessage(self.tr("Cancelling the coverage analysis…"))

    def show_compute_dialog(self) -> None:
        """Coverage → Compute engine…: this computer or Dask, and from what folder size."""
        from coverage_planner.gui.dialogs.compute_dialog import ComputeDialog

        project = self.model.project
        counts = (len(project.cells), len(project.villages)) if project is not None else None
        dialog = ComputeDialog(app_settings.compute_settings(), counts, self.window.lang,
                               self.window)
        try:
            if dialog.exec():
                self._status().showMessage(
                    self.tr("Compute engine: {0}").format(dialog.engine_text()), 10000)
        finally:
            dialog.deleteLater()

    # ---- the runner's news ----------------------------------------------------------------
    def _on_started(self) -> None:
        self._message = ""
        self.progress.begin(self._cancel_run)
        self._set_state("running")
        self._status().showMessage(self.tr("Computing coverage…"))

    def on_progress(self, fraction: float, message: str) -> None:
        self.progress.set_fraction(fraction)
        self._message = message
        if not message:
            self._status().showMessage(self.tr("Computing coverage…"))
        elif compute.is_count(message):
            self._status().showMessage(self.tr("Computing coverage: {0} masts").format(message))
        else:  # a sentence of gui.compute: where the work runs (Dask, N workers)
            self._status().showMessage(message)

    def _on_finished(self, result) -> None:
        self.progress.end()
        # "Coverage computed (Dask: 2 workers at …)": said here, then kept in the label's tooltip
        self.engine_note = "" if compute.is_count(self._message) else self._message
        if self.engine_note:
            self._status().showMessage(self.engine_note, 15000)
        else:
            self._status().clearMessage()
        self._set_state("done")
        self.model.set_result(result)
        self.baselineReady.emit(result)
        # the coverage layers start once the map shows the result (coverageShown): their
        # Python-heavy start would otherwise compete with drawing the table, dashboard and map

    def _on_failed(self, message: str) -> None:
        self.progress.end()
        self.error = message
        self._set_state("failed")
        self._status().showMessage(self.tr("The coverage analysis failed: {0}").format(message))
        self.window.analysisFailed.emit(message)

    def _on_cancelled(self) -> None:
        self.progress.end()
        self._set_state("cancelled")
        self._status().showMessage(self.tr("Coverage analysis cancelled."), 10000)

    # ---- the status bar's coverage label ----------------------------------------------------
    def _set_state(self, state: str) -> None:
        self.state = state
        self.update_label()

    def update_label(self) -> None:
        state, result, label = self.state, self.model.result, self.coverage_label
        label.setStyleSheet("")
        label.setToolTip("")
        if state == "done" and result is not None:
            loc = locale_for(self.window.lang)
            s = result.summary
            label.setText(self.tr("Without fiber: {0} · No signal: {1} · Weak pockets: {2}")
                          .format(loc.toString(s["without_fixed_broadband"]),
                                  loc.toString(s["no_signal"]),
                                  loc.toString(s["weak_signal_pockets"])))
            label.setStyleSheet("color: #b2182b; font-weight: bold;")
            label.setToolTip(self.engine_note)
        elif state == "running":
            label.setText(self.tr("Computing coverage…"))
        elif state == "cancelled":
            label.setText(self.tr("Coverage not computed (cancelled; F5 runs it)"))
        elif state == "failed":
            label.setText(self.tr("Coverage failed"))
            label.setToolTip(self.error)
        elif state == "no_dem":
            label.setText(self.tr("No elevation model: no coverage"))
        else:
            label.setText("")
