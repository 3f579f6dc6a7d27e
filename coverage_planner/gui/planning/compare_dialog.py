"""Compare a scenario with the baseline or with another scenario: villages gaining and losing
each service, households, gaps served, per district; and, on the map, the villages that change
status outlined (green: gain, red: lose, purple: both) while the dialog is open.

Both results come from the what-if model (cached, or evaluated off the GUI thread).
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from coverage_planner.gui import texts
from coverage_planner.gui.i18n import Retranslating, locale_for
from coverage_planner.gui.worker import run_in_background

log = logging.getLogger(__name__)
KINDS = ("signal", "broadband", "5g", "fiber")
GAPS = ("no_signal", "no_broadband", "no_fiber")
BASELINE = ""  # the "against" box's data for the baseline


class CompareDialog(Retranslating, QDialog):
    """Signals
    -------
    compared : a comparison is ready (``delta``, ``differences``)
    differencesChanged : what the map should outline changed (``map_payload()``)
    """

    compared = Signal()
    differencesChanged = Signal()

    def __init__(self, whatif, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CompareDialog")
        self.whatif = whatif
        self.delta: dict | None = None
        self.results: tuple | None = None  # (against, scenario) CoverageResults
        self.pair: tuple[str, str] | None = None
        self._ticket = 0

        self.a_label, self.b_label = QLabel(self), QLabel(self)
        self.a_box, self.b_box = QComboBox(self), QComboBox(self)
        self.run_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(120)
        self.map_check = QCheckBox(self)
        self.map_check.setChecked(True)
        grid = QGridLayout()
        grid.addWidget(self.a_label, 0, 0)
        grid.addWidget(self.a_box, 0, 1)
        grid.addWidget(self.b_label, 1, 0)
        grid.addWidget(self.b_box, 1, 1)
        grid.addWidget(self.run_button, 0, 2)
        grid.addWidget(self.progress, 1, 2)
        grid.setColumnStretch(1, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = self._table(len(KINDS) + len(GAPS), 3)
        self.districts = self._table(0, 5)
        self.districts.setSortingEnabled(False)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        layout.addWidget(self.districts, 1)
        layout.addWidget(self.map_check)
        layout.addWidget(self.legend)
        layout.addWidget(buttons)
        self.resize(620, 620)

        self.run_button.clicked.connect(self.run)
        self.a_box.currentIndexChanged.connect(self._invalidate)
        self.b_box.currentIndexChanged.connect(self._invalidate)
        self.map_check.toggled.connect(lambda _on: self.differencesChanged.emit())
        whatif.scenariosChanged.connect(self.fill_boxes)
        self.retranslate()
        self.fill_boxes()

    def _table(self, rows: int, cols: int) -> QTableWidget:
        table = QTableWidget(rows, cols, self)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().setDefaultSectionSize(20)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # ---- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare scenarios"))
        self.a_label.setText(self.tr("Scenario:"))
        self.b_label.setText(self.tr("against:"))
        self.run_button.setText(self.tr("&Compare"))
        self.map_check.setText(self.tr("Outline the villages that change status on the map"))
        self.counts.setHorizontalHeaderLabels([self.tr("Villages"), self.tr("gain"),
                                               self.tr("lose")])
        self.districts.setHorizontalHeaderLabels([self.tr("District"), self.tr("Signal"),
                                                  "3G/4G", "5G", self.tr("Fiber")])
        swatches = (("#1a9850", self.tr("gains coverage")), ("#d73027", self.tr("loses coverage")),
                    ("#7b3294", self.tr("gains and loses")))
        self.legend.setText(" &nbsp; ".join(
            f'<span style="color:{colour}">&#9632;</span> {html.escape(text)}'
            for colour, text in swatches))
        self.fill_boxes()
        self._show()

    def kind_text(self, kind: str) -> str:
        if kind in texts.KINDS:
            return texts.text(texts.KINDS[kind])
        return {"no_signal": self.tr("Gaps: no signal (served / remaining)"),
                "no_broadband": self.tr("Gaps: no 3G/4G (served / remaining)"),
                "no_fiber": self.tr("Gaps: no fiber (served / remaining)")}[kind]

    # ---- choosing -----------------------------------------------------------------------------
    def fill_boxes(self) -> None:
        keep_a, keep_b = self.a_box.currentData(), self.b_box.currentData()
        names = self.whatif.names()
        for box in (self.a_box, self.b_box):
            box.blockSignals(True)
            box.clear()
        for name in names:
            self.a_box.addItem(name, name)
        self.b_box.addItem(self.tr("the baseline (the data as loaded)"), BASELINE)
        for name in names:
            self.b_box.addItem(name, name)
        active = self.whatif.active.name if self.whatif.active else None
        self.a_box.setCurrentIndex(max(0, self.a_box.findData(keep_a or active)))
        self.b_box.setCurrentIndex(max(0, self.b_box.findData(keep_b or BASELINE)))
        for box in (self.a_box, self.b_box):
            box.blockSignals(False)

    def choose(self, scenario: str, against: str | None = None) -> None:
        """Pick the pair (``against`` None: the baseline)."""
        self.a_box.setCurrentIndex(max(0, self.a_box.findData(scenario)))
        self.b_box.setCurrentIndex(max(0, self.b_box.findData(against or BASELINE)))

    def _invalidate(self) -> None:
        if self.pair != (self.a_box.currentData(), self.b_box.currentData()):
            self.delta = None
            self.results = None
            self._show()
            self.differencesChanged.emit()

    # ---- running ------------------------------------------------------------------------------
    def run(self) -> bool:
        a, b = self.a_box.currentData(), self.b_box.currentData()
        fa = self.whatif.evaluate_scenario(a)
        fb = self.whatif.evaluate_scenario(b or None)
        if not a or fa is None or fb is None:
            self.summary.setText(self.tr("The coverage analysis has to finish first."))
            return False
        self._ticket += 1
        ticket = self._ticket

        def work():
            from coverage_planner.core.planning.whatif import delta

            ra, rb = fa(), fb()
            return rb, ra, delta(rb, ra)

        self.progress.setVisible(True)
        self.run_button.setEnabled(False)
        self.summary.setText(self.tr("Computing…"))
        run_in_background(work, self, lambda out: self._done(ticket, (a, b), out),
                          lambda exc: self._failed(ticket, exc))
        return True

    def _done(self, ticket: int, pair, out) -> None:
        if ticket != self._ticket:
            return
        self._stop()
        rb, ra, change = out
        self.pair = pair
        self.results = (rb, ra)
        self.delta = change
        self._show()
        self.compared.emit()
        self.differencesChanged.emit()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._ticket:
            return
        self._stop()
        log.error("comparison failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.summary.setText(self.tr("The comparison failed: {0}").format(exc))

    def _stop(self) -> None:
        self.progress.setVisible(False)
        self.run_button.setEnabled(True)

    # ---- showing ------------------------------------------------------------------------------
    def _item(self, table, row, col, text, colour=None) -> None:
        item = QTableWidgetItem(text)
        if col:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if colour is not None:
            item.setForeground(QBrush(colour))
        table.setItem(row, col, item)

    def _signed(self, n: int) -> str:
        return ("+" if n > 0 else "") + locale_for(self.whatif.lang).toString(int(n))

    def _show(self) -> None:
        d = self.delta
        loc = locale_for(self.whatif.lang)
        if d is None:
            self.summary.setText(self.tr("Choose two scenarios and press Compare."))
            self.counts.clearContents()
            self.districts.setRowCount(0)
            return
        a, b = self.pair
        against = b or self.tr("the baseline")
        self.summary.setText(self.tr(
            "“{0}” against {1}: households gaining mobile signal {2}, 3G/4G {3}, fiber {4}; {5} "
            "villages change status.").format(
                a, against, self._signed(d["households_gained"]),
                self._signed(d["households_gained_broadband"]),
                self._signed(d["households_gained_fiber"]),
                loc.toString(len(self.differences()))))
        for row, kind in enumerate(KINDS):
            gained, lost = d[f"villages_gained_{kind}"], d[f"villages_lost_{kind}"]
            self._item(self.counts, row, 0, self.kind_text(kind))
            self._item(self.counts, row, 1, self._signed(gained),
                       QColor("#1a7837") if gained else None)
            self._item(self.counts, row, 2, ("−" + loc.toString(lost)) if lost else "0",
                       QColor("#b2182b") if lost else None)
        for i, gap in enumerate(GAPS):
            row = len(KINDS) + i
            self._item(self.counts, row, 0, self.kind_text(gap))
            self._item(self.counts, row, 1, loc.toString(d["gaps_served"][gap]))
            self._item(self.counts, row, 2, loc.toString(d["gaps_remaining"][gap]))
        by_district = d.get("by_district", {})
        self.districts.setRowCount(len(by_district))
        for row, (district, values) in enumerate(sorted(by_district.items())):
            self._item(self.districts, row, 0, district)
            for col, kind in enumerate(KINDS, start=1):
                v = values.get(kind, 0)
                self._item(self.districts, row, col, self._signed(v),
                           QColor("#1a7837") if v > 0 else QColor("#b2182b") if v < 0 else None)

    def differences(self) -> dict[str, str]:
        from coverage_planner.mapview.edits import differences

        if self.results is None:
            return {}
        return differences(self.results[0].villages, self.results[1].villages)

    def map_payload(self) -> dict | None:
        """What the map outlines (None: nothing, e.g. unchecked or not compared yet)."""
        from coverage_planner.mapview.edits import differences_payload

        if self.results is None or not self.map_check.isChecked() or not self.isVisible():
            return None
        return differences_payload(self.results[0].villages, self.results[1].villages,
                                   self.whatif.lang)

    def closeEvent(self, event) -> None:  # noqa: N802
        super().closeEvent(event)
        self.differencesChanged.emit()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        self.differencesChanged.emit()
