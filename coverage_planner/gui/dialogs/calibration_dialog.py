"""Coverage → Calibrate against measurements…: the engine fitted to the project's drive test.

The calibration (:mod:`coverage_planner.core.analysis.calibration`: the engine's raw predictions
at the samples, then offsets, slopes and clutter extras by robust least squares with k-fold
cross-validation) and its figure (:mod:`coverage_planner.core.exports.calibration_plot`) are
computed off the GUI thread; the dialog then shows the figure, the held-out figures before and
after, and the terms. *Save calibrated profile…* writes the profile as JSON; *Apply* hands it to
the window (the project's profile; the analysis runs again).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.engine.clutter import class_name
from coverage_planner.gui.i18n import Retranslating
from coverage_planner.gui.worker import run_in_background


def compute(project, lang: str):
    """(CalibrationResult, PNG bytes) of the project's measurements (worker thread)."""
    from coverage_planner.core.analysis.calibration import calibrate, predict_at_samples
    from coverage_planner.core.exports.calibration_plot import result_png

    predicted = predict_at_samples(project, project.profile, project.measurements)
    result = calibrate(predicted, project.profile)
    return result, result_png(result, lang, width_in=11.0, height_in=3.9, dpi=96)


def write_profile(profile, path: str | Path) -> Path:
    """The profile as UTF-8 JSON (NaN written as null), replacing ``path`` atomically."""
    from coverage_planner.core.common.atomicfile import replacing

    def finite(v):
        if isinstance(v, dict):
            return {k: finite(x) for k, x in v.items()}
        if isinstance(v, (list, tuple)):
            return [finite(x) for x in v]
        return None if isinstance(v, float) and not math.isfinite(v) else v

    path = Path(path)
    with replacing(path, ".json") as tmp:
        tmp.write_text(json.dumps(finite(profile.to_dict()), ensure_ascii=False, indent=2)
                       + "\n", encoding="utf-8")
    return path


def _num(value, nd: int, lang: str, sign: bool = False) -> str:
    if value is None or not math.isfinite(float(value)):
        return "–"
    value = round(float(value), nd) + 0.0  # no "-0.00"
    text = f"{value:+.{nd}f}" if sign else f"{value:.{nd}f}"
    return text.replace(".", ",") if lang == "vi" else text


class CalibrationDialog(Retranslating, QDialog):
    """Signals
    -------
    finished(object) : the CalibrationResult, once shown
    failed(str) : the message shown when the calibration could not run
    applied(object) : Apply: the calibrated CoverageProfile
    saved(str) : the file the calibrated profile was written to
    """

    finished = Signal(object)
    failed = Signal(str)
    applied = Signal(object)
    saved = Signal(str)

    def __init__(self, project, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CalibrationDialog")
        self.project = project
        self.lang = lang
        self.result = None
        self.png = b""
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.plot = QLabel(self)
        self.plot.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plot.setMinimumSize(640, 230)
        self.figures = QTableWidget(2, 3, self)
        self.terms = QTableWidget(0, 4, self)
        for table in (self.figures, self.terms):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.figures.setMaximumHeight(90)
        self.clutter = QLabel(self)
        self.clutter.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.apply_button = QPushButton(self)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(lambda: self.save_profile())
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.plot, self.figures, self.terms, self.clutter,
                       self.buttons):
            layout.addWidget(widget)
        self._enable(False)
        self.resize(1100, 760)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Calibration against measurements"))
        self.save_button.setText(self.tr("&Save calibrated profile…"))
        self.apply_button.setText(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr(
            "Use the calibrated profile for this project: the coverage analysis runs again"))
        self.figures.setHorizontalHeaderLabels([self.tr("Mean error (dB)"), self.tr("RMSE (dB)"),
                                                "R²"])
        self.figures.setVerticalHeaderLabels([self.tr("Before calibration"),
                                              self.tr("After calibration (held-out)")])
        self.terms.setHorizontalHeaderLabels([
            self.tr("Carrier | technology"), self.tr("Samples"), self.tr("Offset, dB (at distance)"),
            self.tr("Slope (dB per decade)")])
        if self.result is None and not self.status.text():
            self.status.setText(self.tr("Calibrating against the measurements…"))
        if self.result is not None:
            self._show_status()

    # ---- running ------------------------------------------------------------------------
    def start(self) -> None:
        """Compute in the background; the figure and the tables follow."""
        self.status.setText(self.tr("Calibrating against the measurements…"))
        project, lang = self.project, self.lang
        run_in_background(lambda: compute(project, lang), self, self._done, self._failed)

    def _done(self, answer) -> None:
        self.result, self.png = answer
        pixmap = QPixmap()
        pixmap.loadFromData(self.png, "PNG")
        self.plot.setPixmap(pixmap.scaled(
            max(self.plot.width(), 1000), 360, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self._fill_tables()
        self._show_status()
        self._enable(True)
        self.finished.emit(self.result)

    def _failed(self, exc: BaseException) -> None:
        text = exc.message(self.lang) if isinstance(exc, DataError) \
            else f"{type(exc).__name__}: {exc}"
        self.status.setText(self.tr("The calibration could not run:") + "\n" + text)
        self.failed.emit(text)

    def _enable(self, ready: bool) -> None:
        self.save_button.setEnabled(ready)
        self.apply_button.setEnabled(ready)

    def _show_status(self) -> None:
        from coverage_planner.core.analysis.calibration import status_text

        r = self.result
        skipped = r.skipped.get("no_server", 0) + r.skipped.get("small_group", 0)
        self.status.setText(status_text(r.profile)(self.lang) + "\n" + self.tr(
            "Samples used: {used}; left out (no cell of their carrier and technology within "
            "reach, or too few for it): {skipped}.").format(used=r.samples, skipped=skipped))

    def _fill_tables(self) -> None:
        r, lang = self.result, self.lang
        for row, key in enumerate(("before", "after")):
            m = r.heldout[key]
            for col, text in enumerate((_num(m["mean"], 2, lang, True), _num(m["rmse"], 2, lang),
                                        _num(m["r2"], 3, lang))):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.figures.setItem(row, col, item)
        self.terms.setRowCount(len(r.terms))
        for row, (key, term) in enumerate(sorted(r.terms.items())):
            for col, text in enumerate((key, str(term["samples"]),
                                        _num(term["offset_db"], 1, lang, True)
                                        + f" ({_num(term.get('reference_m', 1000.0) / 1000.0, 1, lang)} km)",
                                        _num(term["slope_db_per_decade"], 1, lang, True))):
                self.terms.setItem(row, col, QTableWidgetItem(text))
        extras = ", ".join(f"{class_name(k, lang)} {_num(v, 1, lang, True)} dB"
                           for k, v in sorted(r.clutter_extra_db.items()))
        self.clutter.setText(self.tr("Clutter extra loss: {extras}").format(
            extras=extras or "–"))

    # ---- the buttons --------------------------------------------------------------------
    def save_profile(self, path: str | Path | None = None) -> Path | None:
        """Write the calibrated profile (asks where when ``path`` is None)."""
        if self.result is None:
            return None
        if path is None:
            start = str(Path(self.project.root or ".") / "profile_calibrated.json")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save calibrated profile"),
                                                  start, self.tr("Coverage profile (*.json)"))
            if not path:
                return None
        try:
            written = write_profile(self.result.profile, path)
        except OSError as err:
            self.status.setText(self.tr("The profile could not be written:") + f" {path}: "
                                f"{err.strerror or err}")
            return None
        self.saved.emit(str(written))
        return written

    def apply(self) -> None:
        if self.result is not None:
            self.applied.emit(self.result.profile)
            self.accept()
