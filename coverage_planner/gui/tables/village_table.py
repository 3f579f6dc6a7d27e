"""The village table dock: the filters (district, commune, status, carrier, search), the counts
that follow them, and the table (its models are in :mod:`.village_table_model`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coverage_planner.gui import texts
from coverage_planner.gui.i18n import Retranslating, locale_for
from coverage_planner.gui.tables.village_filter import (
    STATUSES,
    VillageFilter,
    areas,
    bools,
    filter_mask,
    mobile_columns,
    search_haystack,
)
from coverage_planner.gui.tables.village_table_model import (  # noqa: F401 (the table's names)
    COLUMNS,
    ID_ROLE,
    SORT_ROLE,
    VillageFilterProxy,
    VillageTableModel,
    same_villages,
)
from coverage_planner.gui.worker import run_in_background
from coverage_planner.mapview.status import operators_of


class VillageTableDock(Retranslating, QDockWidget):
    """Filters, a search box ignoring diacritics, the counts, and the table.

    Writes the filter and the selection into the application model; follows the model's
    selection (a village clicked on the map selects its row).
    """

    #: for tests: the filter was applied to the table
    filtered = Signal()

    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("VillageTableDock")
        self.app_model = model
        self.lang = "en"
        self._haystack: list[str] | None = None
        self._syncing = False
        self._areas: dict[str, list[str]] = {}
        self._operators: list[str] = []

        body = QWidget(self)
        self.district_box = QComboBox(body)
        self.commune_box = QComboBox(body)
        self.status_box = QComboBox(body)
        self.carrier_box = QComboBox(body)
        for box in (self.district_box, self.commune_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumContentsLength(14)
        self.search = QLineEdit(body)
        self.search.setClearButtonEnabled(True)
        self.counts_label = QLabel(body)
        self.counts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.district_label = QLabel(body)
        self.commune_label = QLabel(body)
        self.status_label = QLabel(body)
        self.carrier_label = QLabel(body)
        self.search_label = QLabel(body)
        for label, buddy in ((self.district_label, self.district_box),
                             (self.commune_label, self.commune_box),
                             (self.status_label, self.status_box),
                             (self.carrier_label, self.carrier_box),
                             (self.search_label, self.search)):
            label.setBuddy(buddy)

        self.table_model = VillageTableModel(self)
        self.proxy = VillageFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = QTableView(body)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # data order until clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col, width in enumerate((170, 150, 150, 85, 36, 36, 36, 36, 80, 190, 100)):
            self.table.setColumnWidth(col, width)

        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        row = ((self.district_label, self.district_box), (self.commune_label, self.commune_box),
               (self.status_label, self.status_box), (self.carrier_label, self.carrier_box),
               (self.search_label, self.search))
        for i, (label, widget) in enumerate(row):
            filters.addWidget(label, 0, 2 * i)
            filters.addWidget(widget, 0, 2 * i + 1)
        filters.setColumnStretch(9, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(filters)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        self.setWidget(body)

        self.district_box.currentIndexChanged.connect(self._on_district_changed)
        self.commune_box.currentIndexChanged.connect(self._on_filter_widgets_changed)
        self.status_box.currentIndexChanged.connect(self._on_filter_widgets_changed)
        self.carrier_box.currentIndexChanged.connect(self._on_filter_widgets_changed)
        self.search.textChanged.connect(self._on_filter_widgets_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        model.resultChanged.connect(self._on_result_changed)
        model.filterChanged.connect(self._on_model_filter)
        model.villageSelected.connect(self._on_village_selected)
        self.retranslate()

    # ---- texts ------------------------------------------------------------------------------
    def status_text(self, key: str) -> str:
        return texts.text(texts.STATUSES[key])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Villages"))
        self.district_label.setText(self.tr("&District:"))
        self.commune_label.setText(self.tr("&Commune:"))
        self.status_label.setText(self.tr("&Status:"))
        self.carrier_label.setText(self.tr("C&arrier:"))
        self.search_label.setText(self.tr("S&earch:"))
        self.search.setPlaceholderText(self.tr("village, commune or code (accents optional)"))
        self.search.setToolTip(self.tr('Diacritics are ignored: "ban pho" finds "Bản Phố"'))
        self._fill_boxes()
        self._update_counts()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.table_model.set_language(lang)
        self._update_counts()

    # ---- the filter widgets -----------------------------------------------------------------
    def _fill(self, box: QComboBox, items: list[tuple[str, object]], keep) -> None:
        box.blockSignals(True)
        box.clear()
        for text, data in items:
            box.addItem(text, data)
        index = box.findData(keep) if keep is not None else 0
        box.setCurrentIndex(max(index, 0))
        box.blockSignals(False)

    def _fill_boxes(self) -> None:
        f = self.app_model.filter
        self._fill(self.district_box,
                   [(self.tr("All districts"), None)] + [(d, d) for d in self._areas],
                   f.district)
        communes = self._areas.get(f.district, []) if f.district else []
        self._fill(self.commune_box, [(self.tr("All communes"), None)] + [(c, c) for c in communes],
                   f.commune)
        self.commune_box.setEnabled(bool(communes))
        self._fill(self.status_box, [(self.status_text(s), s) for s in STATUSES], f.status)
        self._fill(self.carrier_box,
                   [(self.tr("All carriers"), None)] + [(op, op) for op in self._operators],
                   f.carrier)

    def filter_from_widgets(self) -> VillageFilter:
        district = self.district_box.currentData()
        commune = self.commune_box.currentData() if district else None
        return VillageFilter(
            district=district,
            commune=commune,
            status=self.status_box.currentData() or "all",
            carrier=self.carrier_box.currentData(),
            search=self.search.text(),
        )

    def set_filter(self, f: VillageFilter) -> None:
        """Show ``f`` in the widgets and apply it (also what tests call)."""
        self.app_model.set_filter(f)

    def _on_district_changed(self) -> None:
        district = self.district_box.currentData()
        communes = self._areas.get(district, []) if district else []
        self._fill(self.commune_box, [(self.tr("All communes"), None)] + [(c, c) for c in communes],
                   None)
        self.commune_box.setEnabled(bool(communes))
        self._on_filter_widgets_changed()

    def _on_filter_widgets_changed(self) -> None:
        if not self._syncing:
            self.app_model.set_filter(self.filter_from_widgets())

    def _on_model_filter(self) -> None:
        f = self.app_model.filter
        if f != self.filter_from_widgets():
            self._syncing = True
            try:
                self._fill_boxes()
                if self.search.text() != f.search:
                    self.search.setText(f.search)
            finally:
                self._syncing = False
        self.table_model.set_carrier(f.carrier)
        self._apply_filter()

    # ---- data -------------------------------------------------------------------------------
    def _on_result_changed(self) -> None:
        result = self.app_model.result
        df = result.villages if result is not None else None
        shown = self.table_model.df
        operators = operators_of(df) if df is not None else []
        # a what-if result: the same villages, names and areas; only the coverage changed
        same = shown is not None and df is not None and same_villages(shown, df) \
            and operators == self._operators
        if not same:
            self._areas = areas(df) if df is not None else {}
            self._operators = operators
            self._haystack = None  # folded in the background, or on a search before that
            if df is not None:
                run_in_background(lambda: search_haystack(df), self,
                                  lambda hay: self._set_haystack(df, hay), lambda exc: None)
            self._syncing = True
            try:
                self._fill_boxes()
            finally:
                self._syncing = False
        self.table_model.set_result(df, self.app_model.filter.carrier, self.lang)
        self._apply_filter()

    def _set_haystack(self, df, haystack: list[str]) -> None:
        shown = self.table_model.df
        if shown is not None and self._haystack is None and same_villages(shown, df):
            self._haystack = haystack

    def _apply_filter(self) -> None:
        df = self.table_model.df
        f = self.app_model.filter
        if df is not None and f.search.strip() and self._haystack is None:
            self._haystack = search_haystack(df)
        mask = None if df is None else filter_mask(df, f, self._haystack)
        # a filtered-out current row moves Qt's current index to a neighbour: that is not the
        # user choosing another village (the selection stays in the model, shown again later)
        self._syncing = True
        try:
            self.proxy.set_mask(mask)
        finally:
            self._syncing = False
        self._update_counts()
        self._reselect()
        self.filtered.emit()

    def visible_ids(self) -> list[str]:
        """Village ids of the rows shown, in display order (for tests)."""
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def shown_mask(self) -> np.ndarray:
        mask = self.proxy._mask
        n = self.table_model.rowCount()
        return np.ones(n, bool) if mask is None else mask

    def _update_counts(self) -> None:
        df = self.table_model.df
        if df is None:
            self.counts_label.setText(texts.text(texts.NO_RESULT))
            return
        mask = self.shown_mask()
        loc = locale_for(self.lang)
        # the shown rows by mask over whole columns (no copy of the table: 15,000 villages)
        households = pd.to_numeric(df["households"], errors="coerce").to_numpy(float)[mask]
        mobile = mobile_columns(df, self.app_model.filter.carrier)
        no_fiber = int((~bools(df, "fixed_broadband"))[mask].sum())
        self.counts_label.setText(self.tr(
            "{0} of {1} villages · {2} households · without fiber: {3} · no signal: {4} · "
            "weak-signal pockets: {5}"
        ).format(loc.toString(int(mask.sum())), loc.toString(len(df)),
                 loc.toString(int(np.nansum(households))), loc.toString(no_fiber),
                 loc.toString(int((~mobile["signal"][mask]).sum())),
                 loc.toString(int(bools(df, "weak_pocket")[mask].sum()))))

    # ---- selection --------------------------------------------------------------------------
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        village_id = current.data(ID_ROLE)
        if village_id:
            self.app_model.select_village(village_id, "table")

    def _on_village_selected(self, village_id: str, origin: str) -> None:
        if origin != "table":
            self.select_row(village_id)

    def _reselect(self) -> None:
        if self.app_model.selected:
            self.select_row(self.app_model.selected, scroll=False)

    def select_row(self, village_id: str, scroll: bool = True) -> bool:
        """Select the row of ``village_id`` without echoing it back; False when not shown."""
        row = self.table_model.row_of(village_id) if village_id else -1
        index = self.proxy.mapFromSource(self.table_model.index(row, 0)) if row >= 0 \
            else QModelIndex()
        self._syncing = True
        try:
            selection = self.table.selectionModel()
            if not index.isValid():
                selection.clearSelection()
                return False
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            if scroll:
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            return True
        finally:
            self._syncing = False

    def selected_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        return index.data(ID_ROLE)
