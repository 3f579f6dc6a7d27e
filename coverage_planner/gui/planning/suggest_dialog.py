"""Suggested sites: where K new masts of a carrier would cover the most households not yet
covered (:func:`coverage_planner.core.planning.siting.suggest_sites`, run off the GUI thread), how close
the greedy answer is to the best possible, and "Accept" to turn a suggestion into an edit.

The suggestions are computed against the baseline (the evaluator's coverage); an accepted one
is an ordinary AddSite edit of the active scenario (undoable).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from coverage_planner.core.planning.templates import DEFAULT_AZIMUTHS, SiteSpec
from coverage_planner.gui.i18n import Retranslating, locale_for
from coverage_planner.gui.planning.site_form import TECHS
from coverage_planner.gui.worker import run_in_background

log = logging.getLogger(__name__)
RANK_ROLE = Qt.ItemDataRole.UserRole


class SuggestDialog(Retranslating, QDialog):
    """Signals
    -------
    finished_run(object) : a run finished: the Suggestion (None when it failed)
    suggestionsChanged : the suggestions or their accepted marks changed (the map follows)
    """

    finished_run = Signal(object)
    suggestionsChanged = Signal()

    def __init__(self, whatif, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("SuggestDialog")
        self.whatif = whatif
        self.suggestion = None
        self.params: dict = {}
        self.accepted: dict[int, str] = {}  # rank -> site id of the accepted edit
        self._ticket = 0
        self.running = False

        self.k_spin = QSpinBox(self)
        self.k_spin.setRange(1, 50)
        self.k_spin.setValue(10)
        self.carrier_box = QComboBox(self)
        for op in whatif.operators():
            self.carrier_box.addItem(op, op)
        self.tech_box = QComboBox(self)
        for tech in TECHS:
            self.tech_box.addItem(tech, tech)
        self.tech_box.setCurrentIndex(TECHS.index("4G"))
        self.height_spin = QDoubleSpinBox(self)
        self.height_spin.setRange(5.0, 150.0)
        self.height_spin.setDecimals(0)
        self.height_spin.setValue(30.0)
        self.height_spin.setSuffix(" m")
        self.spacing_spin = QSpinBox(self)
        self.spacing_spin.setRange(100, 10_000)
        self.spacing_spin.setSingleStep(250)
        self.spacing_spin.setValue(1000)
        self.spacing_spin.setSuffix(" m")
        self.search_spin = QSpinBox(self)
        self.search_spin.setRange(500, 30_000)
        self.search_spin.setSingleStep(500)
        self.search_spin.setValue(5000)
        self.search_spin.setSuffix(" m")
        self.roads_check = QCheckBox(self)
        self.roads_check.setChecked(True)
        self.road_spin = QSpinBox(self)
        self.road_spin.setRange(50, 20_000)
        self.road_spin.setSingleStep(250)
        self.road_spin.setValue(2000)
        self.road_spin.setSuffix(" m")
        self.roads_check.toggled.connect(self.road_spin.setEnabled)
        roads = QHBoxLayout()
        roads.addWidget(self.roads_check)
        roads.addWidget(self.road_spin, 1)

        self.form = QFormLayout()
        self.labels = {key: QLabel(self) for key in
                       ("k", "carrier", "tech", "height", "spacing", "search", "roads")}
        self.form.addRow(self.labels["k"], self.k_spin)
        self.form.addRow(self.labels["carrier"], self.carrier_box)
        self.form.addRow(self.labels["tech"], self.tech_box)
        self.form.addRow(self.labels["height"], self.height_spin)
        self.form.addRow(self.labels["spacing"], self.spacing_spin)
        self.form.addRow(self.labels["search"], self.search_spin)
        self.form.addRow(self.labels["roads"], roads)

        self.run_button = QPushButton(self)
        self.run_button.setDefault(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(140)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.progress)
        run_row.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(7)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.accept_button = QPushButton(self)
        self.accept_button.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(run_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 560)

        self.run_button.clicked.connect(self.run)
        self.accept_button.clicked.connect(self.accept_selected)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept_selected())
        self.retranslate()

    # ---- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Suggested sites"))
        self.labels["k"].setText(self.tr("Number of new sites (K):"))
        self.labels["carrier"].setText(self.tr("Carrier:"))
        self.labels["tech"].setText(self.tr("Technology:"))
        self.labels["height"].setText(self.tr("Mast height:"))
        self.labels["spacing"].setText(self.tr("Candidate spacing:"))
        self.spacing_spin.setToolTip(self.tr("One candidate per block of this size: its highest "
                                             "point"))
        self.labels["search"].setText(self.tr("Within this distance of a village without it:"))
        self.labels["roads"].setText(self.tr("Near a road:"))
        self.roads_check.setText(self.tr("at most"))
        self.roads_check.setToolTip(self.tr("Only candidates this close to a road (building and "
                                            "power need access); ignored without a roads layer"))
        self.run_button.setText(self.tr("&Suggest"))
        self.accept_button.setText(self.tr("&Accept as a new site"))
        self.accept_button.setToolTip(self.tr("Add the selected suggestion to the scenario (an "
                                              "edit you can undo)"))
        self.tree.setHeaderLabels([self.tr("No."), self.tr("New households"),
                                   self.tr("Villages"), self.tr("Cumulative"),
                                   self.tr("Ground"), self.tr("Position"), self.tr("Accepted")])
        self._show_summary()
        self._fill()

    # ---- running ------------------------------------------------------------------------------
    def set_values(self, k=None, carrier=None, technology=None, height=None, spacing=None,
                   search=None, road=None) -> None:
        """Set the parameters (scripts, tests); ``road=0`` ignores the roads."""
        if k is not None:
            self.k_spin.setValue(int(k))
        if carrier is not None:
            self.carrier_box.setCurrentIndex(max(0, self.carrier_box.findData(carrier)))
        if technology is not None:
            self.tech_box.setCurrentIndex(max(0, self.tech_box.findData(technology)))
        if height is not None:
            self.height_spin.setValue(float(height))
        if spacing is not None:
            self.spacing_spin.setValue(int(spacing))
        if search is not None:
            self.search_spin.setValue(int(search))
        if road is not None:
            self.roads_check.setChecked(bool(road))
            if road:
                self.road_spin.setValue(int(road))

    def run(self) -> bool:
        """Start a run with the dialog's parameters; False when the evaluator is not ready."""
        from coverage_planner.core.planning.siting import suggest_sites

        evaluator = self.whatif.evaluator
        if evaluator is None:
            self.summary.setText(self.tr("The coverage analysis has to finish first."))
            return False
        self._ticket += 1
        ticket = self._ticket
        params = {"k": self.k_spin.value(), "operator": self.carrier_box.currentData(),
                  "technology": self.tech_box.currentData(),
                  "height_m": float(self.height_spin.value()),
                  "spacing_m": float(self.spacing_spin.value()),
                  "search_m": float(self.search_spin.value()),
                  "road_m": float(self.road_spin.value()) if self.roads_check.isChecked()
                  else None}
        templates = self.whatif.templates

        def work():
            return suggest_sites(evaluator, params["k"], params["operator"],
                                 params["technology"], height_m=params["height_m"],
                                 spacing_m=params["spacing_m"], search_m=params["search_m"],
                                 road_m=params["road_m"], templates=templates)

        self.running = True
        self.run_button.setEnabled(False)
        self.progress.setVisible(True)
        self.summary.setText(self.tr("Evaluating candidate sites with the terrain…"))
        run_in_background(work, self, lambda s: self._done(ticket, params, s),
                          lambda exc: self._failed(ticket, exc))
        return True

    def _done(self, ticket: int, params: dict, suggestion) -> None:
        if ticket != self._ticket:
            return
        self._stop()
        self.suggestion = suggestion
        self.params = params
        self.accepted = {}
        self._show_summary()
        self._fill()
        self.suggestionsChanged.emit()
        self.finished_run.emit(suggestion)

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._ticket:
            return
        self._stop()
        log.error("suggested sites failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.summary.setText(self.tr("The suggestion failed: {0}").format(exc))
        self.finished_run.emit(None)

    def _stop(self) -> None:
        self.running = False
        self.run_button.setEnabled(True)
        self.progress.setVisible(False)

    # ---- showing ------------------------------------------------------------------------------
    def summary_text(self) -> str:
        s = self.suggestion
        if s is None:
            return ""
        loc = locale_for(self.whatif.lang)
        n = len(s.sites)
        if n == 0:
            return self.tr("No candidate site covers a household without {0} "
                           "({1} candidates looked at).").format(self.params.get("technology"),
                                                                 loc.toString(s.candidates))
        share = 100.0 * s.households_total / s.upper_bound if s.upper_bound else 100.0
        return self.tr("{0} {1} sites of {2} cover {3} households without {1}; no {4} sites "
                       "can cover more than {5} ({6} % of that bound). {7} candidates looked at."
                       ).format(loc.toString(n), self.params.get("technology"),
                                self.params.get("operator"), loc.toString(s.households_total),
                                loc.toString(self.params.get("k")),
                                loc.toString(s.upper_bound), loc.toString(share, "f", 0),
                                loc.toString(s.candidates))

    def _show_summary(self) -> None:
        if self.suggestion is not None:
            self.summary.setText(self.summary_text())
        elif not self.running:
            self.summary.setText(self.tr("Choose the parameters and press Suggest (a few "
                                         "seconds: every candidate is evaluated with the "
                                         "terrain, against the baseline)."))

    def _fill(self) -> None:
        self.tree.clear()
        if self.suggestion is None:
            return
        loc = locale_for(self.whatif.lang)
        for row in self.suggestion.sites.itertuples(index=False):
            site_id = self.accepted.get(int(row.rank), "")
            item = QTreeWidgetItem([
                str(int(row.rank)), "+" + loc.toString(int(row.households)),
                loc.toString(int(row.villages)), loc.toString(int(row.cumulative_households)),
                f"{loc.toString(int(row.ground_m))} m", f"{row.lat:.5f}, {row.lon:.5f}",
                f"\u2713 {site_id}" if site_id else ""])
            item.setData(0, RANK_ROLE, int(row.rank))
            for col in range(5):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if site_id:
                item.setForeground(6, QBrush(QColor("#1a7837")))
            self.tree.addTopLevelItem(item)

    def select_rank(self, rank: int) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, RANK_ROLE) == rank:
                self.tree.setCurrentItem(item)
                return True
        return False

    def selected_rank(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, RANK_ROLE) if item is not None else None

    def _on_selection(self) -> None:
        rank = self.selected_rank()
        self.accept_button.setEnabled(rank is not None and rank not in self.accepted)

    def accept_rank(self, rank: int):
        """Add suggestion ``rank`` to the active scenario; returns the AddSite command."""
        if self.suggestion is None or rank in self.accepted:
            return None
        rows = self.suggestion.sites[self.suggestion.sites["rank"] == rank]
        if rows.empty:
            return None
        row = rows.iloc[0]
        spec = SiteSpec(self.params["operator"], float(row["lon"]), float(row["lat"]),
                        self.params["height_m"], (self.params["technology"],), DEFAULT_AZIMUTHS)
        command = self.whatif.add_site(spec)
        if command is not None:
            self.accepted[rank] = command.spec.site_id
            self._fill()
            self.select_rank(rank)
            self.suggestionsChanged.emit()
        return command

    def accept_selected(self):
        rank = self.selected_rank()
        return self.accept_rank(rank) if rank is not None else None
