"""What the active scenario changes against the baseline: villages gaining or losing mobile
signal, 3G/4G, 5G and fiber, households gained, the gap villages now served and the gaps that
remain. A click on a village selects it (the map flies there, the table follows).

Follows the what-if model (``resultReady``, ``busyChanged``); writes only the selection.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coverage_planner.gui import texts
from coverage_planner.gui.i18n import Retranslating, locale_for
from coverage_planner.mapview.escape import text_of

#: delta's categories, in the order shown
KINDS = ("signal", "broadband", "5g", "fiber")
#: gap kinds of delta's gaps_served / gaps_remaining
GAPS = ("no_signal", "no_broadband", "no_fiber")
GAINED = QColor("#1a7837")
LOST = QColor("#b2182b")
ID_ROLE = Qt.ItemDataRole.UserRole


class DeltaDock(Retranslating, QDockWidget):
    """Signals
    -------
    villageActivated(str) : a village of the lists was clicked (also written to the model)
    """

    villageActivated = Signal(str)

    def __init__(self, whatif, app_model, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("DeltaDock")
        self.whatif = whatif
        self.app_model = app_model
        body = QWidget(self)
        self.status = QLabel(body)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QTableWidget(len(KINDS), 3, body)
        self.gaps = QTableWidget(len(GAPS), 3, body)
        for table in (self.counts, self.gaps):
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            table.verticalHeader().setDefaultSectionSize(20)
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setFixedHeight(20 * table.rowCount() + header.sizeHint().height() + 4)
        self.households = QLabel(body)
        self.households.setWordWrap(True)
        self.households.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(body)
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.counts)
        layout.addWidget(self.households)
        layout.addWidget(self.gaps)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)

        self.tree.itemClicked.connect(self._on_item_clicked)
        self.tree.itemActivated.connect(self._on_item_clicked)
        whatif.resultReady.connect(self.refresh)
        whatif.busyChanged.connect(lambda _busy: self._update_status())
        whatif.stackChanged.connect(self._update_status)
        whatif.scenariosChanged.connect(self._update_status)
        self.retranslate()

    # ---- texts ------------------------------------------------------------------------------
    def kind_text(self, kind: str) -> str:
        return texts.text(texts.KINDS[kind])

    def gap_text(self, gap: str) -> str:
        return texts.text(texts.GAPS[gap])

    def group_text(self, direction: str, kind: str, n: int) -> str:
        loc = locale_for(self.whatif.lang)
        if direction == "gained":
            text = {
                "signal": self.tr("Gain mobile signal ({0})"),
                "broadband": self.tr("Gain 3G/4G broadband ({0})"),
                "5g": self.tr("Gain 5G ({0})"),
                "fiber": self.tr("Gain fixed broadband ({0})"),
            }[kind]
        else:
            text = {
                "signal": self.tr("Lose mobile signal ({0})"),
                "broadband": self.tr("Lose 3G/4G broadband ({0})"),
                "5g": self.tr("Lose 5G ({0})"),
                "fiber": self.tr("Lose fixed broadband ({0})"),
            }[kind]
        return text.format(loc.toString(n))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What-if results"))
        self.counts.setHorizontalHeaderLabels([self.tr("Villages"), self.tr("gain"),
                                               self.tr("lose")])
        self.gaps.setHorizontalHeaderLabels([self.tr("Gap villages"), self.tr("now served"),
                                             self.tr("remaining")])
        self.tree.setHeaderLabels([self.tr("Village"), self.tr("Commune"),
                                   self.tr("Households")])
        self.refresh()

    # ---- showing ----------------------------------------------------------------------------
    def _update_status(self) -> None:
        w = self.whatif
        if w.active is None:
            self.status.setText(self.tr("Open a data folder to plan what-ifs."))
            return
        n = len(w.active.edits)
        if w.baseline_result is None:
            state = self.tr("waiting for the coverage analysis")
        elif w.busy:
            state = self.tr("computing…")
        elif n == 0:
            state = self.tr("no edits: the map shows the baseline")
        else:
            state = self.tr("up to date")
        self.status.setText(self.tr("Scenario “{0}” · edits: {1} · {2}").format(
            w.active.name, n, state))

    def _cell(self, table: QTableWidget, row: int, col: int, text: str,
              colour: QColor | None = None, bold: bool = False) -> None:
        item = table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            table.setItem(row, col, item)
        item.setText(text)
        if col:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setForeground(QBrush(colour) if colour is not None else QBrush())
        font = QFont()
        font.setBold(bold)
        item.setFont(font)

    def _signed(self, n: int) -> str:
        loc = locale_for(self.whatif.lang)
        return ("+" if n > 0 else "") + loc.toString(int(n))

    def refresh(self) -> None:
        self._update_status()
        d = self.whatif.delta
        result = self.whatif.result
        loc = locale_for(self.whatif.lang)
        for row, kind in enumerate(KINDS):
            gained = d[f"villages_gained_{kind}"] if d else 0
            lost = d[f"villages_lost_{kind}"] if d else 0
            self._cell(self.counts, row, 0, self.kind_text(kind))
            self._cell(self.counts, row, 1, self._signed(gained) if d else "",
                       GAINED if gained else None, bool(gained))
            self._cell(self.counts, row, 2, ("−" + loc.toString(lost) if lost else "0") if d
                       else "", LOST if lost else None, bool(lost))
        summary = result.summary if result is not None else {}
        remaining_default = {"no_signal": summary.get("no_signal"),
                             "no_broadband": summary.get("villages_total", 0)
                             - summary.get("mobile_broadband", 0) if summary else None,
                             "no_fiber": summary.get("without_fixed_broadband")}
        for row, gap in enumerate(GAPS):
            served = d["gaps_served"][gap] if d else 0
            remaining = d["gaps_remaining"][gap] if d else remaining_default.get(gap)
            self._cell(self.gaps, row, 0, self.gap_text(gap))
            self._cell(self.gaps, row, 1, loc.toString(served) if d else "",
                       GAINED if served else None, bool(served))
            self._cell(self.gaps, row, 2, "" if remaining is None else loc.toString(remaining),
                       LOST if remaining else None, True)
        if d:
            self.households.setText(self.tr(
                "Households gaining mobile signal: {0} · 3G/4G: {1} · fiber: {2}").format(
                    self._signed(d["households_gained"]),
                    self._signed(d["households_gained_broadband"]),
                    self._signed(d["households_gained_fiber"])))
        else:
            self.households.setText(self.tr("Place sites or fiber (Edit menu) to see what they "
                                            "change."))
        self._fill_tree(d)

    def _fill_tree(self, d: dict | None) -> None:
        self.tree.clear()
        if not d:
            return
        loc = locale_for(self.whatif.lang)
        for direction in ("gained", "lost"):
            for kind in KINDS:
                villages = d[f"{direction}_{kind}"]
                count = d[f"villages_{direction}_{kind}"]
                if not count:
                    continue
                group = QTreeWidgetItem([self.group_text(direction, kind, count), "", ""])
                group.setForeground(0, QBrush(GAINED if direction == "gained" else LOST))
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                for v in villages:
                    hh = v.get("households")
                    item = QTreeWidgetItem([text_of(v.get("name")), text_of(v.get("commune")),
                                            loc.toString(int(hh)) if hh == hh and hh is not None
                                            else ""])
                    item.setData(0, ID_ROLE, text_of(v.get("village_id")))
                    item.setToolTip(0, self.tr("{0}, {1} — click to show it on the map").format(
                        text_of(v.get("commune")), text_of(v.get("district"))))
                    item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                    group.addChild(item)
                if count > len(villages):
                    more = QTreeWidgetItem([self.tr("… and {0} more").format(
                        loc.toString(count - len(villages))), "", ""])
                    more.setFlags(Qt.ItemFlag.NoItemFlags)
                    group.addChild(more)
                self.tree.addTopLevelItem(group)
                group.setFirstColumnSpanned(True)
                group.setExpanded(True)

    def listed(self) -> dict[str, list[str]]:
        """Group title -> village ids, as shown (for tests)."""
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out[group.text(0)] = [group.child(j).data(0, ID_ROLE)
                                  for j in range(group.childCount())
                                  if group.child(j).data(0, ID_ROLE)]
        return out

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        village_id = item.data(0, ID_ROLE)
        if village_id:
            self.app_model.select_village(village_id, "delta")
            self.villageActivated.emit(village_id)
