"""The village table's Qt models, built to stay instant with 15,000 villages and more.

- :class:`VillageTableModel` keeps the result's columns as numpy arrays and formats a cell
  only when the view asks for it (the ~30 rows on screen), so a new result, a carrier or a
  language costs milliseconds, not a pass over every row.
- It sorts itself with a numpy argsort over per-column keys (one C call), not through Qt's
  proxy, which would call back into Python for each of the n·log n comparisons (2.8 s for
  15,000 rows).
- :class:`VillageFilterProxy` hides the rows of a boolean mask given in the result's row order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coverage_planner.gui.i18n import locale_for
from coverage_planner.gui.tables.village_filter import fold_all, mobile_columns
from coverage_planner.mapview.escape import text_of
from coverage_planner.mapview.status import operators_of

SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("name", "commune", "district", "households", "2G", "3G", "4G", "5G", "fiber",
           "best", "distance_fiber")
TECHS = ("2G", "3G", "4G", "5G")
TEXT_COLUMNS = ("name", "commune", "district")
YES, NO = "\u2713", "\u2717"
GOOD = QColor("#1b7837")
BAD = QColor("#b2182b")
BAD_BACKGROUND = QColor("#fde0dd")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def _floats(df: pd.DataFrame, column: str) -> np.ndarray:
    if column not in df.columns:
        return np.full(len(df), np.nan)
    return pd.to_numeric(df[column], errors="coerce").to_numpy(float)


def same_villages(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """The same villages with the same names, in the same order (a result of a what-if
    scenario and the baseline's): their text columns need not be read again."""
    if a is b:
        return True
    if len(a) != len(b):
        return False
    return all(c in a.columns and c in b.columns and np.array_equal(
        a[c].to_numpy(dtype=object), b[c].to_numpy(dtype=object))
        for c in ("village_id", *TEXT_COLUMNS, "households"))


def _texts(df: pd.DataFrame, column: str) -> np.ndarray:
    if column not in df.columns:
        return np.full(len(df), "", dtype=object)
    values = df[column].to_numpy(dtype=object)
    if pd.api.types.infer_dtype(values, skipna=False) == "string":  # all str: nothing to do
        return values
    return np.array([text_of(v) for v in values], dtype=object)


class VillageTableModel(QAbstractTableModel):
    """One row per village of a CoverageResult (``result.villages``), read-only.

    Rows are shown in the current sort order: ``row`` → result position ``order[row]``.
    With a carrier, the 2G…5G columns show that carrier's signal.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.df: pd.DataFrame | None = None
        self.carrier: str | None = None
        self.lang = "en"
        self._loc = locale_for(self.lang)
        self._n = 0
        self._ids = np.empty(0, dtype=object)
        self._row_of_id: dict[str, int] = {}  # id -> result position
        self._order = np.arange(0)  # row -> result position
        self._rank = np.arange(0)  # result position -> row
        self._cols: dict[str, np.ndarray] = {}
        self._ok: dict[str, np.ndarray] = {}
        self._keys: dict[int, np.ndarray] = {}  # column -> sort key (lazy)
        self._memo: dict[tuple, object] = {}  # (role, column, position) -> value
        self._sort_column = -1
        self._descending = False

    # ---- data in ----------------------------------------------------------------------------
    def set_result(self, df: pd.DataFrame | None, carrier: str | None = None,
                   lang: str | None = None) -> None:
        # a what-if result has the villages of the one shown: their texts and text sort keys
        # stay, and so do the rows (no reset: a reset makes the filter proxy ask about every
        # row again, 15,000 calls into Python at 15,000 villages)
        same = self.df is not None and df is not None and same_villages(self.df, df)
        if not same:
            self.beginResetModel()
        self.df = df
        self.carrier = carrier
        if lang:
            self.lang = lang
            self._loc = locale_for(lang)
        self._prepare(keep_villages=same)
        if not same:
            self._order = self._sorted()
            self._rank = np.argsort(self._order)
            self.endResetModel()
            return
        if self._sort_column >= 0:  # sorted by a column the result may change
            self.sort(self._sort_column, self.sort_order())
        if self._n:
            self.dataChanged.emit(self.index(0, 0), self.index(self._n - 1, len(COLUMNS) - 1))

    def set_carrier(self, carrier: str | None) -> None:
        """Another carrier's 2G…5G columns: the rows stay, only those cells change."""
        if carrier == self.carrier:
            return
        self.carrier = carrier
        if self.df is None:
            return
        self._mobile()
        self._memo.clear()
        for col in range(COLUMNS.index("2G"), COLUMNS.index("5G") + 1):
            self._keys.pop(col, None)
        if self._sort_column >= 0 and COLUMNS[self._sort_column] in TECHS:
            self.sort(self._sort_column, self.sort_order())
        self.dataChanged.emit(self.index(0, COLUMNS.index("2G")),
                              self.index(max(self._n - 1, 0), COLUMNS.index("5G")))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._loc = locale_for(lang)
        self._memo.clear()
        if self._n:
            self.dataChanged.emit(self.index(0, 0), self.index(self._n - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _prepare(self, keep_villages: bool = False) -> None:
        df = self.df
        self._memo.clear()
        village_keys = [COLUMNS.index(c) for c in (*TEXT_COLUMNS, "households")]
        self._keys = {k: v for k, v in self._keys.items() if keep_villages and k in village_keys}
        if df is None:
            self._n = 0
            self._ids = np.empty(0, dtype=object)
            self._row_of_id, self._cols, self._ok = {}, {}, {}
            return
        n = self._n = len(df)
        if not keep_villages:
            self._ids = _texts(df, "village_id")
            self._row_of_id = {v: i for i, v in enumerate(self._ids)}
            self._cols = {c: _texts(df, c) for c in TEXT_COLUMNS}
            self._cols["households"] = _floats(df, "households")
        self._cols.update(
            distance=_floats(df, "distance_fiber_m"),
            best_level=_floats(df, "best_level_dbm"),
            best_operator=_texts(df, "best_operator"),
            best_technology=_texts(df, "best_technology"),
        )
        for tech in TECHS:
            self._cols[f"level_{tech}"] = _floats(df, f"level_{tech}")
        fiber = df["fixed_broadband"].fillna(True).astype(bool).to_numpy() \
            if "fixed_broadband" in df.columns else np.ones(n, bool)
        self._ok = {"fiber": fiber}
        self._operators = operators_of(df)
        self._mobile()

    def _mobile(self) -> None:
        df = self.df
        mobile = mobile_columns(df, self.carrier)
        for tech in TECHS:
            self._ok[tech] = mobile[tech]
        self._per_op = {
            tech: {op: df[f"signal_{tech}_{op}"].fillna(False).astype(bool).to_numpy()
                   for op in self._operators if f"signal_{tech}_{op}" in df.columns}
            for tech in TECHS}

    # ---- sorting ----------------------------------------------------------------------------
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def _key(self, col: int) -> np.ndarray:
        """Ascending sort key of a column, by result position (numbers or folded text)."""
        if col in self._keys:
            return self._keys[col]
        name, c = COLUMNS[col], self._cols
        if name in TEXT_COLUMNS:
            # rank of the folded text, ties by the text itself (Vietnamese: diacritics second)
            folded = np.array(fold_all(c[name]), dtype=object)
            both = np.array([f"{f}\x00{t}" for f, t in zip(folded, c[name])], dtype=object)
            key = np.unique(both, return_inverse=True)[1].astype(float)
        elif name == "households":
            key = np.where(np.isfinite(c["households"]), c["households"], -1.0)
        elif name == "fiber":
            key = self._ok["fiber"].astype(float)
        elif name == "best":
            key = np.where(np.isfinite(c["best_level"]), c["best_level"], -999.0)
        elif name == "distance_fiber":
            key = np.where(np.isfinite(c["distance"]), c["distance"], 1e12)
        else:  # a technology: covered first, then by level
            level = c[f"level_{name}"]
            key = self._ok[name] * 1000.0 + np.where(np.isfinite(level), level, -999.0)
        self._keys[col] = key
        return key

    def _sorted(self) -> np.ndarray:
        if self._sort_column < 0 or self._n == 0:
            return np.arange(self._n)
        key = self._key(self._sort_column)
        return np.argsort(-key if self._descending else key, kind="stable")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (-1: the result's order) with numpy; selections follow their rows."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        positions = [int(self._order[i.row()]) for i in old]
        self._sort_column = column if 0 <= column < len(COLUMNS) else -1
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._order = self._sorted()
        self._rank = np.argsort(self._order)
        self.changePersistentIndexList(
            old, [self.index(int(self._rank[p]), i.column()) for p, i in zip(positions, old)])
        self.layoutChanged.emit()

    # ---- cells ------------------------------------------------------------------------------
    def _num(self, v: float, decimals: int = 0) -> str:
        return "" if not np.isfinite(v) else self._loc.toString(float(v), "f", decimals)

    def _distance(self, v: float) -> str:
        if not np.isfinite(v):
            return ""
        return f"{self._num(v)} m" if v < 1000 else f"{self._num(v / 1000, 1)} km"

    def _display(self, name: str, i: int) -> str:
        c = self._cols
        if name in TEXT_COLUMNS:
            return c[name][i]
        if name == "households":
            return self._num(c["households"][i])
        if name in self._ok:
            return YES if self._ok[name][i] else NO
        if name == "best":
            level = c["best_level"][i]
            parts = (c["best_operator"][i], c["best_technology"][i],
                     f"{self._num(level, 1)} dBm" if np.isfinite(level) else "")
            return " ".join(x for x in parts if x)
        return self._distance(c["distance"][i])

    def _tip(self, name: str, i: int) -> str | None:
        if name == "fiber":
            return self._distance(self._cols["distance"][i]) or None
        level = self._cols[f"level_{name}"][i]
        parts = [f"{name}: {self._num(level, 1)} dBm" if np.isfinite(level) else name]
        have = [op for op, ok in self._per_op[name].items() if ok[i]]
        if have:
            parts.append(", ".join(have))
        return " · ".join(parts)

    # ---- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else self._n

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
        col = index.column()
        i = int(self._order[index.row()])
        name = COLUMNS[col]
        if role == Qt.ItemDataRole.DisplayRole:
            memo = (0, col, i)
            if memo not in self._memo:
                self._memo[memo] = self._display(name, i)
            return self._memo[memo]
        if role == ID_ROLE:
            return self._ids[i]
        if role == SORT_ROLE:
            return float(self._key(col)[i])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if name in ("households", "best", "distance_fiber"):
                return _RIGHT
            return _CENTRE if name in self._ok else None
        if name not in self._ok:
            return None
        ok = bool(self._ok[name][i])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(GOOD if ok else BAD)
        if role == Qt.ItemDataRole.BackgroundRole and name == "fiber" and not ok:
            return QBrush(BAD_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and not ok:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(name, i)
        return None

    # ---- lookups ----------------------------------------------------------------------------
    def row_of(self, village_id: str) -> int:
        """The row showing ``village_id`` (in the current sort order), or -1."""
        position = self._row_of_id.get(village_id)
        return -1 if position is None else int(self._rank[position])

    def village_id(self, row: int) -> str:
        return self._ids[int(self._order[row])]

    @property
    def order(self) -> np.ndarray:
        """Result positions in row order (a new array after every sort or reset)."""
        return self._order

    def position(self, row: int) -> int:
        """The result position (row of ``result.villages``) shown at ``row``."""
        return int(self._order[row])


class VillageFilterProxy(QSortFilterProxyModel):
    """Keeps the villages of a boolean mask over the result's rows (computed with pandas).

    Sorting is the source model's (numpy); this proxy only filters.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._mask: np.ndarray | None = None
        self._rows: list[bool] | None = None  # the mask in the source's row order
        self._rows_for: np.ndarray | None = None  # ... for this order
        # rows change only through set_mask and the source's sort, never through cell edits:
        # no re-filtering of every row when a carrier or the language changes the cells
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_mask(self, mask: np.ndarray | None) -> None:
        same = mask is None and self._mask is None or (
            mask is not None and self._mask is not None and np.array_equal(mask, self._mask))
        if same:  # a result that leaves the filtered rows as they are: nothing to filter again
            self._mask = mask
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._mask, self._rows_for = mask, None
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover
            self._mask, self._rows_for = mask, None
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        mask = self._mask
        if mask is None:
            return True
        order = self.sourceModel().order
        if self._rows_for is not order:  # a new mask or a new sort: one numpy take
            self._rows = (mask[order] if len(mask) == len(order)
                          else np.zeros(len(order), bool)).tolist()
            self._rows_for = order
        return self._rows[source_row]
