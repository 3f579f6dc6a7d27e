"""The village table: a table model over the result's villages, a filtering proxy, and the dock
with the filters (district, commune, status, carrier, search) and the counts that follow them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
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

from coverage_planner.gui.i18n import locale_for
from coverage_planner.gui.village_filter import (
    STATUSES,
    VillageFilter,
    areas,
    filter_mask,
    fold,
    mobile_columns,
    search_haystack,
)
from coverage_planner.mapview.escape import text_of
from coverage_planner.mapview.status import operators_of

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("name", "commune", "district", "households", "2G", "3G", "4G", "5G", "fiber",
           "best", "distance_fiber")
TECHS = ("2G", "3G", "4G", "5G")
YES, NO = "\u2713", "\u2717"
GOOD = QColor("#1b7837")
BAD = QColor("#b2182b")
BAD_BACKGROUND = QColor("#fde0dd")


def _floats(df: pd.DataFrame, column: str) -> np.ndarray:
    if column not in df.columns:
        return np.full(len(df), np.nan)
    return pd.to_numeric(df[column], errors="coerce").to_numpy(float)


class VillageTableModel(QAbstractTableModel):
    """One row per village of a CoverageResult (``result.villages``), read-only.

    Cells are computed once per result (and carrier), not per paint: 1,562 rows × 11 columns.
    With a carrier, the 2G…5G columns show that carrier's signal.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.df: pd.DataFrame | None = None
        self.carrier: str | None = None
        self.lang = "en"
        self._ids: list[str] = []
        self._text: list[list[str]] = []  # per column
        self._sort: list[list] = []
        self._ok: dict[str, np.ndarray] = {}
        self._tips: dict[str, list[str]] = {}

    # ---- data in ----------------------------------------------------------------------------
    def set_result(self, df: pd.DataFrame | None, carrier: str | None = None,
                   lang: str | None = None) -> None:
        self.beginResetModel()
        self.df = df
        self.carrier = carrier
        if lang:
            self.lang = lang
        self._compute()
        self.endResetModel()

    def set_carrier(self, carrier: str | None) -> None:
        if carrier != self.carrier:
            self.set_result(self.df, carrier)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.df is not None:
            self.set_result(self.df, self.carrier)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _compute(self) -> None:
        df = self.df
        if df is None:
            self._ids, self._text, self._sort, self._ok, self._tips = [], [], [], {}, {}
            return
        loc = locale_for(self.lang)
        n = len(df)
        self._ids = [text_of(v) for v in df["village_id"]]
        names = [text_of(v) for v in df["name"]]
        communes = [text_of(v) for v in df["commune"]]
        districts = [text_of(v) for v in df["district"]]
        households = _floats(df, "households")
        mobile = mobile_columns(df, self.carrier)
        fiber = df["fixed_broadband"].fillna(True).astype(bool).to_numpy() \
            if "fixed_broadband" in df.columns else np.ones(n, bool)
        dist = _floats(df, "distance_fiber_m")
        best_level = _floats(df, "best_level_dbm")
        ops = [text_of(v) for v in df.get("best_operator", pd.Series([""] * n))]
        best_tech = [text_of(v) for v in df.get("best_technology", pd.Series([""] * n))]

        def num(v, decimals=0):
            return "" if not np.isfinite(v) else loc.toString(float(v), "f", decimals)

        def distance(v):
            if not np.isfinite(v):
                return ""
            return f"{num(v)} m" if v < 1000 else f"{num(v / 1000, 1)} km"

        text = {
            "name": names, "commune": communes, "district": districts,
            "households": [num(v) for v in households],
            "fiber": [YES if f else NO for f in fiber],
            "best": [" ".join(x for x in (o, t, f"{num(lv, 1)} dBm" if np.isfinite(lv) else "")
                              if x) for o, t, lv in zip(ops, best_tech, best_level)],
            "distance_fiber": [distance(v) for v in dist],
        }
        sort = {
            "name": [fold(v) for v in names], "commune": [fold(v) for v in communes],
            "district": [fold(v) for v in districts],
            "households": [float(v) if np.isfinite(v) else -1.0 for v in households],
            "fiber": [int(f) for f in fiber],
            "best": [float(v) if np.isfinite(v) else -999.0 for v in best_level],
            "distance_fiber": [float(v) if np.isfinite(v) else 1e12 for v in dist],
        }
        self._ok = {"fiber": fiber}
        self._tips = {}
        for tech in TECHS:
            ok = mobile[tech]
            level = _floats(df, f"level_{tech}")
            text[tech] = [YES if o else NO for o in ok]
            # covered first, then by level
            sort[tech] = [int(o) * 1000 + (float(lv) if np.isfinite(lv) else -999.0)
                          for o, lv in zip(ok, level)]
            self._ok[tech] = ok
            carriers = [op for op in operators_of(df)
                        if f"signal_{tech}_{op}" in df.columns]
            per_op = {op: df[f"signal_{tech}_{op}"].fillna(False).astype(bool).to_numpy()
                      for op in carriers}
            tips = []
            for i in range(n):
                parts = [f"{tech}: {num(level[i], 1)} dBm" if np.isfinite(level[i]) else tech]
                have = [op for op in carriers if per_op[op][i]]
                if have:
                    parts.append(", ".join(have))
                tips.append(" · ".join(parts))
            self._tips[tech] = tips
        self._tips["fiber"] = [distance(v) for v in dist]
        self._text = [text[c] for c in COLUMNS]
        self._sort = [sort[c] for c in COLUMNS]

    # ---- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(key)
        return None

    def header_text(self, key: str) -> str:
        return {
            "name": self.tr("Village"), "commune": self.tr("Commune"),
            "district": self.tr("District"), "households": self.tr("Households"),
            "2G": "2G", "3G": "3G", "4G": "4G", "5G": "5G",
            "fiber": self.tr("Fiber"), "best": self.tr("Best server"),
            "distance_fiber": self.tr("To fiber"),
        }[key]

    def header_tip(self, key: str) -> str | None:
        if key in TECHS:
            if self.carrier:
                return self.tr("{0} signal of {1} at the village centre").format(key,
                                                                                 self.carrier)
            return self.tr("{0} signal at the village centre (any carrier)").format(key)
        return {
            "fiber": self.tr("Fixed broadband: fiber within drop reach"),
            "best": self.tr("Carrier, technology and level of the strongest cell"),
            "distance_fiber": self.tr("Distance from the centre to the nearest fiber access "
                                      "point or distribution cable"),
        }.get(key)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        key = COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text[col][row]
        if role == SORT_ROLE:
            return self._sort[col][row]
        if role == ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("households", "best", "distance_fiber"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if key in self._ok:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if key in self._ok:
            ok = bool(self._ok[key][row])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(GOOD if ok else BAD)
            if role == Qt.ItemDataRole.BackgroundRole and key == "fiber" and not ok:
                return QBrush(BAD_BACKGROUND)
            if role == Qt.ItemDataRole.FontRole and not ok:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tips.get(key, [""] * len(self._ids))[row] or None
        return None

    # ---- lookups ----------------------------------------------------------------------------
    def row_of(self, village_id: str) -> int:
        try:
            return self._ids.index(village_id)
        except ValueError:
            return -1

    def village_id(self, row: int) -> str:
        return self._ids[row]


class VillageFilterProxy(QSortFilterProxyModel):
    """Keeps the rows of a boolean mask (computed with pandas, not row by row in Qt)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mask: np.ndarray | None = None
        self.setSortRole(SORT_ROLE)

    def set_mask(self, mask: np.ndarray | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._mask = mask
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover
            self._mask = mask
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        mask = self._mask
        return mask is None or (source_row < len(mask) and bool(mask[source_row]))


class VillageTableDock(QDockWidget):
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
        self._haystack: list[str] = []
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
        return {
            "all": self.tr("All villages"),
            "no_signal": self.tr("No signal (trắng sóng)"),
            "weak": self.tr("Weak-signal pocket (lõm sóng)"),
            "no_broadband": self.tr("No 3G/4G broadband"),
            "no_fiber": self.tr("No fixed broadband (fiber)"),
            "no_5g": self.tr("No 5G"),
        }[key]

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

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self._areas = areas(df) if df is not None else {}
        self._operators = operators_of(df) if df is not None else []
        self._haystack = search_haystack(df) if df is not None else []
        self._syncing = True
        try:
            self._fill_boxes()
        finally:
            self._syncing = False
        self.table_model.set_result(df, self.app_model.filter.carrier, self.lang)
        self._apply_filter()

    def _apply_filter(self) -> None:
        df = self.table_model.df
        mask = None if df is None else filter_mask(df, self.app_model.filter, self._haystack)
        self.proxy.set_mask(mask)
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
            self.counts_label.setText(self.tr("No coverage result yet."))
            return
        mask = self.shown_mask()
        shown = df[mask]
        loc = locale_for(self.lang)
        households = pd.to_numeric(shown["households"], errors="coerce").fillna(0).sum()
        mobile = mobile_columns(shown, self.app_model.filter.carrier)
        no_fiber = int((~shown["fixed_broadband"].astype(bool)).sum())
        self.counts_label.setText(self.tr(
            "{0} of {1} villages · {2} households · without fiber: {3} · no signal: {4} · "
            "weak-signal pockets: {5}"
        ).format(loc.toString(int(mask.sum())), loc.toString(len(df)),
                 loc.toString(int(households)), loc.toString(no_fiber),
                 loc.toString(int((~mobile["signal"]).sum())),
                 loc.toString(int(shown["weak_pocket"].astype(bool).sum()))))

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
