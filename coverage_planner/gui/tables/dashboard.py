"""The dashboard: the 2023-style table (counts and shares) for the province and for the current
filter's area and carrier, bars per district (or per commune of the chosen district) and per
carrier. Follows the application model's result and filter.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coverage_planner.gui import texts
from coverage_planner.gui.i18n import Retranslating, locale_for
from coverage_planner.gui.tables.bar_chart import Bar, BarChart
from coverage_planner.gui.tables.village_filter import (
    area_mask,
    counts,
    fold,
    metric_mask,
    mobile_columns,
)
from coverage_planner.mapview.status import operators_of

#: rows of the table: summary key, and the key of the whole it is a share of (None: no share)
ROWS = (
    ("villages_total", None),
    ("mobile_signal", "villages_total"),
    ("no_signal", "villages_total"),
    ("weak_signal_pockets", "villages_total"),
    ("mobile_broadband", "villages_total"),
    ("villages_5g", "villages_total"),
    ("fixed_broadband", "villages_total"),
    ("without_fixed_broadband", "villages_total"),
    ("households_total", None),
    ("households_fiber", "households_total"),
    ("sites_5g", None),
    ("wifi_points", None),
)
#: rows only the province column has (they are not per village)
PROVINCE_ONLY = ("sites_5g", "wifi_points")
#: area chart metrics: (covered column in counts(), the bar's "yes" and "no" colours)
METRICS = ("fixed_broadband", "mobile_signal", "mobile_broadband", "villages_5g")
YES_COLOUR = QColor("#7fbf6a")
NO_COLOUR = QColor("#e31a1c")
CARRIER_COLOURS = (QColor("#4575b4"), QColor("#74add1"), QColor("#e7298a"))


class DashboardDock(Retranslating, QDockWidget):
    def __init__(self, model, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardDock")
        self.app_model = model
        self.lang = "en"
        self._values: dict[str, tuple[int | None, int | None]] = {}

        body = QWidget(self)
        self.scope_label = QLabel(body)
        self.scope_label.setWordWrap(True)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(ROWS), 5, body)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setDefaultSectionSize(21)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setFixedHeight(21 * len(ROWS) + header.sizeHint().height() + 4)

        self.area_title = QLabel(body)
        self.metric_box = QComboBox(body)
        self.area_chart = BarChart(body)
        self.carrier_title = QLabel(body)
        self.carrier_chart = BarChart(body)
        self.models_title = QLabel(body)
        self.models_label = QLabel(body)  # the radio models, their validity, the calibration
        self.models_label.setWordWrap(True)
        self.models_label.setTextFormat(Qt.TextFormat.PlainText)
        self.models_label.setStyleSheet("color: #444;")
        for title in (self.area_title, self.carrier_title, self.models_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)

        metric_row = QHBoxLayout()
        metric_row.addWidget(self.area_title, 1)
        metric_row.addWidget(self.metric_box)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.table)
        layout.addLayout(metric_row)
        layout.addWidget(self.area_chart)
        layout.addWidget(self.carrier_title)
        layout.addWidget(self.carrier_chart)
        layout.addWidget(self.models_title)
        layout.addWidget(self.models_label)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)

        self._shown: tuple | None = None  # (result, scope) on display
        # a new result is shown on the event loop's next turn, not inside the slot that set it:
        # the window paints the map and the village table first, and the GUI thread's work for
        # one what-if answer comes in two shorter pieces (issue 11's stall goal at 15,000
        # villages); values() shows what is pending at once
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        self.metric_box.currentIndexChanged.connect(self.refresh)
        model.resultChanged.connect(self._pending.start)
        model.filterChanged.connect(self._on_filter_changed)
        self.retranslate()

    # ---- texts ------------------------------------------------------------------------------
    def row_text(self, key: str) -> str:
        return texts.text(texts.INDICATORS[key])

    def metric_text(self, key: str) -> str:
        return texts.text(texts.METRICS[key])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Dashboard"))
        keep = self.metric_box.currentData() or METRICS[0]
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for key in METRICS:
            self.metric_box.addItem(self.metric_text(key), key)
        self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(keep)))
        self.metric_box.blockSignals(False)
        self.metric_box.setToolTip(self.tr("What the bars by area show"))
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.refresh()

    def _on_filter_changed(self) -> None:
        # typing in the table's search box changes the filter, not the dashboard's scope
        if self._shown != (self.app_model.result, self.app_model.filter.scope()):
            self.refresh()

    # ---- numbers ----------------------------------------------------------------------------
    def _int(self, value) -> str:
        return "" if value is None else locale_for(self.lang).toString(int(value))

    def _pct(self, part, whole) -> str:
        if part is None or not whole:
            return ""
        return locale_for(self.lang).toString(100.0 * part / whole, "f", 1) + " %"

    def scope_text(self) -> str:
        f = self.app_model.filter.scope()
        parts = [p for p in (f.commune, f.district) if p]
        area = ", ".join(parts) if parts else self.tr("whole province")
        if f.carrier:
            return self.tr("{0} · carrier {1} (signal, 3G/4G and 5G of this carrier)").format(
                area, f.carrier)
        return area

    def values(self) -> dict[str, tuple[int | None, int | None]]:
        """key -> (province, current filter or None), as shown (for tests)."""
        self.flush()
        return dict(self._values)

    def flush(self) -> None:
        """Show a new result now if its refresh is still waiting for the event loop."""
        if self._pending.isActive():
            self._pending.stop()
            self.refresh()

    def refresh(self) -> None:
        self._pending.stop()
        result = self.app_model.result
        f = self.app_model.filter.scope()
        self._shown = (result, f)
        scoped = not f.is_everything
        labels = [self.tr("Indicator"), self.tr("Province"), "%", self.tr("Filter"), "%"]
        self.table.setHorizontalHeaderLabels(labels)
        self.table.setColumnHidden(3, not scoped)
        self.table.setColumnHidden(4, not scoped)
        self._values = {}
        self._models(result)
        if result is None:
            self.scope_label.setText(self.tr("The coverage analysis has not run yet."))
            for row, (key, _) in enumerate(ROWS):
                self._set_row(row, key, None, None, None, None)
            self._charts(None)
            return
        s = result.summary
        df = result.villages
        sub = None
        if scoped:
            mask = area_mask(df, f.district, f.commune)
            sub = counts(df[mask], f.carrier)
        self.scope_label.setText(self.tr("Filter: {0}").format(self.scope_text()) if scoped
                                 else self.tr("Whole province: {0} villages").format(
                                     self._int(s.get("villages_total"))))
        for row, (key, whole) in enumerate(ROWS):
            province = s.get(key)
            scope = None if sub is None or key in PROVINCE_ONLY else sub.get(key)
            p_pct = self._pct(province, s.get(whole)) if whole else ""
            s_pct = self._pct(scope, sub.get(whole)) if (whole and sub is not None) else ""
            self._set_row(row, key, province, p_pct, scope, s_pct)
            self._values[key] = (province, scope)
        self._charts(df)

    def _models(self, result) -> None:
        """What the result rests on: each radio model with its validity range, the uses outside
        it, and whether the profile is calibrated against measurements."""
        from coverage_planner.core.analysis.calibration import status_text

        self.models_title.setText(self.tr("Radio models"))
        lines = [f"• {note(self.lang)}" for note in (getattr(result, "notes", None) or [])]
        project = self.app_model.project
        if project is not None:
            lines.append(f"• {status_text(project.profile)(self.lang)}")
        self.models_label.setText("\n".join(lines))
        self.models_title.setVisible(bool(lines))
        self.models_label.setVisible(bool(lines))

    def _set_row(self, row: int, key: str, province, p_pct, scope, s_pct) -> None:
        texts = [self.row_text(key), self._int(province), p_pct or "", self._int(scope),
                 s_pct or ""]
        bold = key in ("no_signal", "without_fixed_broadband")
        for col, text in enumerate(texts):
            item = self.table.item(row, col)
            if item is None:
                item = QTableWidgetItem()
                self.table.setItem(row, col, item)
            item.setText(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QColor("#b2182b"))

    # ---- charts -----------------------------------------------------------------------------
    def _charts(self, df) -> None:
        f = self.app_model.filter.scope()
        metric = self.metric_box.currentData() or METRICS[0]
        self.area_chart.empty_text = texts.text(texts.NO_RESULT)
        self.carrier_chart.empty_text = texts.text(texts.NO_RESULT)
        if f.district:
            self.area_title.setText(self.tr("By commune: {0}").format(f.district))
        else:
            self.area_title.setText(self.tr("By district"))
        self.carrier_title.setText(self.tr("By carrier (villages with its signal)"))
        yes_no = [(self.tr("yes"), YES_COLOUR), (self.tr("no"), NO_COLOUR)]
        if df is None:
            self.area_chart.set_data([], yes_no)
            self.carrier_chart.set_data([], [])
            return
        self.area_chart.set_data(self.area_bars(df, metric, f.district, f.carrier), yes_no)
        in_area = df[area_mask(df, f.district, f.commune)]
        series = [(self.tr("signal"), CARRIER_COLOURS[0]), ("3G/4G", CARRIER_COLOURS[1]),
                  ("5G", CARRIER_COLOURS[2])]
        self.carrier_chart.set_data(self.carrier_bars(in_area), series, mode="grouped",
                                    maximum=max(1, len(in_area)))

    def area_bars(self, df, metric: str, district: str | None, carrier: str | None) -> list[Bar]:
        """Per district (or per commune of ``district``): villages with and without ``metric``.

        One groupby over the villages, not a pass per area (hundreds of communes nationally).
        """
        key = "district" if district is None else "commune"
        part = df if district is None else df[df["district"].astype(str) == district]
        names = part[key].astype(str).to_numpy()
        has = pd.Series(metric_mask(part, metric, carrier), dtype=int)
        grouped = has.groupby(names, sort=False).agg(["sum", "size"])
        bars = []
        for name in sorted(grouped.index, key=lambda n: (fold(n), n)):
            yes, total = (int(v) for v in grouped.loc[name])
            no = total - yes
            bars.append(Bar(name, [yes, no],
                            self.tr("{0} ({1})").format(self._int(no), self._pct(no, total)),
                            self.tr("{0}: {1} of {2} villages without").format(
                                name, self._int(no), self._int(total))))
        return bars

    def carrier_bars(self, df) -> list[Bar]:
        bars = []
        for op in operators_of(df):
            m = mobile_columns(df, op)
            values = [int(np.sum(m["signal"])), int(np.sum(m["broadband"])), int(np.sum(m["5g"]))]
            bars.append(Bar(op, values, " / ".join(self._int(v) for v in values),
                            self.tr("{0}: signal {1}, 3G/4G {2}, 5G {3} of {4} villages").format(
                                op, *(self._int(v) for v in values), self._int(len(df)))))
        return bars
