"""The Plan dock's items table and summary: one row per chosen item (what, kind, carrier,
district, year, capital and yearly operating cost in millions of VND, villages / households
gained per category), a totals row (costs summed; villages and households counted once, as the
plan counts them: two masts serving one village gain it once), and the plan's summary text
(budget, cost, gains, the method and its optimality gap, said plainly).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from coverage_planner.core.common.text import Text
from coverage_planner.core.exports.plan_tables import KIND_LABELS
from coverage_planner.gui.i18n import Retranslating, locale_for

CATEGORY_KEYS = ("fixed", "broadband", "signal")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
#: the item's id, in the first column's data
ID_ROLE = Qt.ItemDataRole.UserRole


def _text(value, lang: str) -> str:
    return value(lang) if isinstance(value, Text) else str(value or "")


class PlanTable(Retranslating, QTableWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(0, 10, parent)
        self.setObjectName("PlanItems")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.outcome = None
        self.lang = "en"
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Item"), self.tr("Kind"), self.tr("Carrier"), self.tr("District"),
            self.tr("Year"), self.tr("Capex (million ₫)"), self.tr("Opex/year (million ₫)"),
            self.tr("Fixed: villages / households"),
            self.tr("Mobile broadband: villages / households"),
            self.tr("Signal: villages / households")])

    # ---- the summary ------------------------------------------------------------------------
    def summary_text(self, o, lang: str) -> str:
        if o is None:
            return ""
        p, costs, loc = o.plan, o.costs, locale_for(lang)
        n = {c: loc.toString(p.villages_gained(c)) for c in CATEGORY_KEYS}
        h = {c: loc.toString(int(p.households_gained.get(c, 0))) for c in CATEGORY_KEYS}
        method = self.tr("MILP (HiGHS)") if p.method == "milp" else self.tr(
            "greedy (the MILP's fallback)")
        status = {"optimal": self.tr("optimal"),
                  "time_limit": self.tr("stopped at the time limit"),
                  "greedy": self.tr("greedy"),
                  "infeasible": self.tr("priority list not met")}.get(p.status, p.status)
        gap = loc.toString(100.0 * p.gap, "f", 2)
        lines = [
            self.tr("Budget {0}; cost {1}; {2} items.").format(
                costs.fmt(p.budget_vnd, lang), costs.fmt(p.cost_vnd, lang),
                loc.toString(len(p.chosen))),
            self.tr("Villages gained: fixed broadband +{0}, mobile broadband +{1}, signal "
                    "+{2}.").format(n["fixed"], n["broadband"], n["signal"]),
            self.tr("Households gained: fixed +{0}, mobile broadband +{1}, signal +{2}.")
            .format(h["fixed"], h["broadband"], h["signal"]),
            self.tr("Method: {0}, {1}; optimality gap {2} % (no plan within the budget scores "
                    "more than {2} % above this one).").format(method, status, gap),
        ]
        message = _text(p.message, lang)
        if p.status == "infeasible" and message:
            lines.append(message)
        lines += [_text(note, lang) for note in o.cset.notes]
        return "\n".join(lines)

    # ---- the rows ---------------------------------------------------------------------------
    def _cell(self, row: int, col: int, text: str, right: bool = False,
              bold: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if right:
            item.setTextAlignment(RIGHT)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        self.setItem(row, col, item)
        return item

    def show_outcome(self, o, lang: str) -> None:
        """The items of ``o`` (a PlanOutcome; None empties the table)."""
        self.outcome, self.lang = o, lang
        self.setRowCount(0)
        if o is None:
            return
        loc = locale_for(lang)
        by_id, hh = o.cset.by_id(), o.cset.households
        chosen = o.plan.chosen
        self.setRowCount(len(chosen) + 1)
        capex = opex = 0.0

        def millions(v: float) -> str:
            return loc.toString(v / 1e6, "f", 0)

        for r, (cid, year) in enumerate(chosen):
            item = by_id[cid]
            kind = KIND_LABELS.get(item.kind)
            self._cell(r, 0, _text(item.label, lang) or cid).setData(ID_ROLE, cid)
            self._cell(r, 1, kind(lang) if kind else item.kind)
            self._cell(r, 2, item.operator or "–")
            self._cell(r, 3, item.district or "–")
            self._cell(r, 4, str(int(year)), right=True)
            self._cell(r, 5, millions(item.capex_vnd), right=True)
            self._cell(r, 6, millions(item.opex_vnd_per_year), right=True)
            for j, c in enumerate(CATEGORY_KEYS):
                idx = np.asarray(item.gains.get(c, ()), dtype=np.int64)
                text = f"{loc.toString(len(idx))} / {loc.toString(int(hh[idx].sum()))}" \
                    if len(idx) else ""
                self._cell(r, 7 + j, text, right=True)
            capex += item.capex_vnd
            opex += item.opex_vnd_per_year
        last = len(chosen)
        self._cell(last, 0, self.tr("Total (villages counted once)"), bold=True)
        self._cell(last, 5, millions(capex), right=True, bold=True)
        self._cell(last, 6, millions(opex), right=True, bold=True)
        p = o.plan
        for j, c in enumerate(CATEGORY_KEYS):
            self._cell(last, 7 + j, f"{loc.toString(p.villages_gained(c))} / "
                                    f"{loc.toString(int(p.households_gained.get(c, 0)))}",
                       right=True, bold=True)

    def item_ids(self) -> list[str]:
        """The ids of the rows (the totals row excepted)."""
        out = []
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item is not None and item.data(ID_ROLE):
                out.append(str(item.data(ID_ROLE)))
        return out
