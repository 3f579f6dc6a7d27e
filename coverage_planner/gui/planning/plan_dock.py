"""The Plan dock: the costed rollout plan for a budget (:mod:`coverage_planner.core.planning.
rollout`). The planner sets the budget (slider and box, in billions of VND, with the second
currency beside it), the years, the carrier, the weight of each category and what counts
(villages or households), and presses Compute; the candidates, the plan and then the cost curve
are computed off the GUI thread (:mod:`.plan_compute`). The dock shows the plan's summary (cost,
gains, the method and its optimality gap), its items with totals, the cost curve with the chosen
budget marked, and the cost model's editor (:mod:`.cost_editor`).

The dock only shows and asks; :class:`~coverage_planner.gui.controllers.rollout.
RolloutController` starts the work, draws the plan on the map, applies it as a scenario and
exports it (the dock's signals).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coverage_planner.core.planning.costs import CostModel
from coverage_planner.gui.i18n import Retranslating, locale_for
from coverage_planner.gui.planning.cost_editor import CostEditor
from coverage_planner.gui.planning.plan_compute import CATEGORY_KEYS, PlanParams
from coverage_planner.gui.planning.plan_table import PlanTable

BILLION = 1e9
SLIDER_STEP = 0.5  # billion VND per slider step
SLIDER_MAX = 400  # 200 billion VND


class PlanDock(Retranslating, QDockWidget):
    """Signals
    -------
    computeRequested(object) : Compute with these PlanParams
    cancelRequested, applyRequested, exportRequested, clearRequested : the buttons
    saveCostsRequested(object) : the cost editor's Save with the edited CostModel
    """

    computeRequested = Signal(object)
    cancelRequested = Signal()
    applyRequested = Signal()
    exportRequested = Signal()
    clearRequested = Signal()
    saveCostsRequested = Signal(object)

    def __init__(self, parent=None, lang: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("PlanDock")
        self.lang = lang
        self.outcome = None  # plan_compute.PlanOutcome shown
        self._pixmap: QPixmap | None = None
        body = QWidget(self)
        self.budget_slider = QSlider(Qt.Orientation.Horizontal, body)
        self.budget_slider.setRange(1, SLIDER_MAX)
        self.budget_spin = QDoubleSpinBox(body)
        self.budget_spin.setRange(0.1, 100_000.0)
        self.budget_spin.setDecimals(1)
        self.budget_spin.setSingleStep(SLIDER_STEP)
        self.second_label = QLabel(body)
        self.budget_slider.valueChanged.connect(
            lambda v: self.budget_spin.setValue(v * SLIDER_STEP))
        self.budget_spin.valueChanged.connect(self._on_budget)
        self.years_spin = QSpinBox(body)
        self.years_spin.setRange(1, 10)
        self.carrier_box = QComboBox(body)
        self.weight_spins = {}
        for key, value in (("fixed", 1.0), ("broadband", 1.0), ("signal", 2.0)):
            spin = QDoubleSpinBox(body)
            spin.setRange(0.0, 100.0)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setValue(value)
            self.weight_spins[key] = spin
        self.count_box = QComboBox(body)
        self.compute_button = QPushButton(body)
        self.compute_button.setDefault(True)
        self.cancel_button = QPushButton(body)
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.progress_label = QLabel(body)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.labels = {k: QLabel(body) for k in ("budget", "years", "carrier", "weights",
                                                  "count")}
        budget_row = QHBoxLayout()
        budget_row.addWidget(self.budget_spin)
        budget_row.addWidget(self.second_label, 1)
        weights = QHBoxLayout()
        self.weight_labels = {k: QLabel(body) for k in CATEGORY_KEYS}
        for key in CATEGORY_KEYS:
            weights.addWidget(self.weight_labels[key])
            weights.addWidget(self.weight_spins[key])
        form = QFormLayout()
        form.addRow(self.labels["budget"], self.budget_slider)
        form.addRow("", budget_row)
        form.addRow(self.labels["years"], self.years_spin)
        form.addRow(self.labels["carrier"], self.carrier_box)
        form.addRow(self.labels["weights"], weights)
        form.addRow(self.labels["count"], self.count_box)
        run_row = QHBoxLayout()
        for w in (self.compute_button, self.cancel_button):
            run_row.addWidget(w)
        run_row.addWidget(self.progress, 1)
        run_row.addStretch(0)

        self.table = PlanTable(body)
        self.curve = QLabel(body)
        self.curve.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.curve.setWordWrap(True)
        curve_scroll = QScrollArea(body)
        curve_scroll.setWidgetResizable(True)
        curve_scroll.setWidget(self.curve)
        self.curve_scroll = curve_scroll
        self.costs_editor = CostEditor(body, lang)
        self.costs_editor.saveRequested.connect(self.saveCostsRequested)
        self.costs_editor.changed.connect(self._show_second)
        self.tabs = QTabWidget(body)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(curve_scroll, "")
        self.tabs.addTab(self.costs_editor, "")
        self.tabs.currentChanged.connect(lambda _i: self._show_curve())

        self.apply_button = QPushButton(body)
        self.export_button = QPushButton(body)
        self.clear_button = QPushButton(body)
        actions = QHBoxLayout()
        for w in (self.apply_button, self.export_button, self.clear_button):
            actions.addWidget(w)
        actions.addStretch(1)
        layout = QVBoxLayout(body)
        layout.addLayout(form)
        layout.addLayout(run_row)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        self.setWidget(body)

        self.compute_button.clicked.connect(lambda: self.computeRequested.emit(self.params()))
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.apply_button.clicked.connect(self.applyRequested)
        self.export_button.clicked.connect(self.exportRequested)
        self.clear_button.clicked.connect(self.clearRequested)
        self.budget_spin.setValue(50.0)
        self.set_carriers([])
        self.set_busy(False)
        self.retranslate()

    # ---- parameters -------------------------------------------------------------------------
    def params(self) -> PlanParams:
        return PlanParams(
            budget_vnd=float(self.budget_spin.value()) * BILLION,
            years=int(self.years_spin.value()), operator=self.carrier_box.currentData(),
            weights=tuple((k, float(self.weight_spins[k].value())) for k in CATEGORY_KEYS),
            count=self.count_box.currentData() or "villages")

    def set_values(self, budget_vnd=None, years=None, operator=..., weights=None,
                   count=None) -> None:
        """Set the parameters (scripts, tests); ``operator=None``: all carriers."""
        if budget_vnd is not None:
            self.budget_spin.setValue(budget_vnd / BILLION)
        if years is not None:
            self.years_spin.setValue(int(years))
        if operator is not ...:
            self.carrier_box.setCurrentIndex(max(0, self.carrier_box.findData(operator)))
        for key, value in (weights or {}).items():
            self.weight_spins[key].setValue(float(value))
        if count is not None:
            self.count_box.setCurrentIndex(max(0, self.count_box.findData(count)))

    def set_carriers(self, operators) -> None:
        current = self.carrier_box.currentData()
        self.carrier_box.clear()
        self.carrier_box.addItem("", None)
        for op in operators:
            self.carrier_box.addItem(str(op), str(op))
        self.carrier_box.setCurrentIndex(max(0, self.carrier_box.findData(current)))
        self._retranslate_choices()

    def set_costs(self, model: CostModel) -> None:
        self.costs_editor.set_costs(model)

    def _on_budget(self, billions: float) -> None:
        self.budget_slider.blockSignals(True)
        self.budget_slider.setValue(max(1, min(SLIDER_MAX, round(billions / SLIDER_STEP))))
        self.budget_slider.blockSignals(False)
        self._show_second()

    def _show_second(self) -> None:
        try:
            costs = self.costs_editor.costs()
        except Exception:  # noqa: BLE001 - a value being typed: no second currency yet
            costs = CostModel()
        other = costs.second(self.budget_spin.value() * BILLION)
        loc = locale_for(self.lang)
        self.second_label.setText(
            self.tr("billion VND (≈ {0} {1})").format(loc.toString(other, "f", 0),
                                                      costs.second_currency)
            if other is not None else self.tr("billion VND"))

    # ---- state ------------------------------------------------------------------------------
    def set_busy(self, busy: bool, ready: bool = True) -> None:
        """A computation runs (Cancel shown) or not; ``ready``: Compute is possible."""
        self.compute_button.setEnabled(ready and not busy)
        self.cancel_button.setVisible(busy)
        self.progress.setVisible(busy)
        if not busy:
            self.progress_label.clear()
        has = self.outcome is not None  # the plan shown can be used while its curve computes
        for button in (self.apply_button, self.export_button, self.clear_button):
            button.setEnabled(has)

    def set_progress(self, fraction: float, text: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress_label.setText(text)

    def show_message(self, text: str) -> None:
        self.summary.setText(text)

    def show_outcome(self, outcome) -> None:
        """The plan of ``outcome`` (None: no plan) in the summary and the table."""
        self.outcome = outcome
        self._pixmap = None
        self._fill()
        self._show_curve()
        self.set_busy(False)

    def show_curve(self, png: bytes | None) -> None:
        self._pixmap = None
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self._pixmap = pixmap
        self._show_curve()

    def curve_pixmap(self) -> QPixmap | None:
        return self._pixmap

    def _show_curve(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            self.curve.setPixmap(QPixmap())
            self.curve.setText(self.tr("The cost curve follows the plan (a plan for each of "
                                       "12 budgets).") if self.outcome is not None else "")
            return
        room = self.curve_scroll.viewport().size()  # the whole figure, as large as it fits
        width = max(160, min(self._pixmap.width(), room.width() - 4))
        height = max(110, min(self._pixmap.height(), room.height() - 4))
        self.curve.setPixmap(self._pixmap.scaled(
            width, height, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._pixmap is not None:
            self._show_curve()

    # ---- the plan ---------------------------------------------------------------------------
    def summary_text(self) -> str:
        return self.table.summary_text(self.outcome, self.lang)

    def _fill(self) -> None:
        self.summary.setText(self.summary_text())
        self.table.show_outcome(self.outcome, self.lang)

    # ---- texts ------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.costs_editor.set_language(lang)
        self.retranslate()

    def _retranslate_choices(self) -> None:
        if self.carrier_box.count():
            self.carrier_box.setItemText(0, self.tr("All carriers"))
        current = self.count_box.currentData() or "villages"
        self.count_box.blockSignals(True)
        self.count_box.clear()
        self.count_box.addItem(self.tr("villages"), "villages")
        self.count_box.addItem(self.tr("households"), "households")
        self.count_box.setCurrentIndex(max(0, self.count_box.findData(current)))
        self.count_box.blockSignals(False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Rollout plan"))
        self.labels["budget"].setText(self.tr("Budget:"))
        self.labels["years"].setText(self.tr("Years:"))
        self.labels["carrier"].setText(self.tr("Carrier:"))
        self.labels["weights"].setText(self.tr("Weights:"))
        self.labels["count"].setText(self.tr("Count:"))
        self.weight_labels["fixed"].setText(self.tr("fixed"))
        self.weight_labels["broadband"].setText(self.tr("mobile BB"))
        self.weight_labels["signal"].setText(self.tr("signal"))
        for spin in self.weight_spins.values():
            spin.setToolTip(self.tr("How much a village (or household) newly served counts in "
                                    "this category"))
        self.years_spin.setSuffix(self.tr(" years"))
        self.years_spin.setToolTip(self.tr("The budget is spread evenly over the years; "
                                           "money not spent carries over"))
        self._retranslate_choices()
        self.compute_button.setText(self.tr("&Compute"))
        self.compute_button.setToolTip(self.tr("Candidates over the terrain, then the plan "
                                               "(mixed-integer programme) and its cost curve"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.apply_button.setText(self.tr("&Apply as scenario"))
        self.apply_button.setToolTip(self.tr("A new what-if scenario with the plan's masts, "
                                             "upgrades and fiber (undo works item by item)"))
        self.export_button.setText(self.tr("&Export…"))
        self.export_button.setToolTip(self.tr("The plan as an Excel workbook (.xlsx) or a "
                                              "GeoPackage (.gpkg)"))
        self.clear_button.setText(self.tr("C&lear"))
        self.tabs.setTabText(0, self.tr("Items"))
        self.tabs.setTabText(1, self.tr("Cost curve"))
        self.tabs.setTabText(2, self.tr("Costs"))
        self._show_second()
        self._fill()
        self._show_curve()
