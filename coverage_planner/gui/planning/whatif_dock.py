"""The what-if panel: the scenario chooser, the settings of the next site placed on the map, the
selected site (edit, move or delete it) and the scenario's history of edits (click to go back).

Writes only through the what-if model (every change is a core command); follows its signals.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coverage_planner.gui.i18n import Retranslating
from coverage_planner.gui.planning.site_form import SiteForm
from coverage_planner.mapview.escape import text_of

POSITION_EPS = 1e-7


def _unique(rows, column: str) -> list:
    if column not in rows.columns:
        return []
    values = rows[column].to_numpy()
    out = []
    for v in values:
        if isinstance(v, float) and math.isnan(v):
            continue
        if v not in out:
            out.append(v)
    return out


class WhatIfDock(Retranslating, QDockWidget):
    def __init__(self, whatif, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("WhatIfDock")
        self.whatif = whatif
        self._site_values: dict = {}  # the selected site's values as shown (to find changes)

        body = QWidget(self)
        # scenarios
        self.scenario_label = QLabel(body)
        self.scenario_box = QComboBox(body)
        self.scenario_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scenario_label.setBuddy(self.scenario_box)
        self.new_button = QToolButton(body)
        self.copy_button = QToolButton(body)
        self.rename_button = QToolButton(body)
        self.delete_button = QToolButton(body)
        scen_row = QHBoxLayout()
        scen_row.addWidget(self.scenario_label)
        scen_row.addWidget(self.scenario_box, 1)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.copy_button, self.rename_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.edits_label = QLabel(body)
        self.edits_label.setWordWrap(True)

        # the next site
        self.form_group = QGroupBox(body)
        self.form = SiteForm(self.form_group)
        self.form_hint = QLabel(self.form_group)
        self.form_hint.setWordWrap(True)
        self.form_hint.setStyleSheet("color: #555;")
        form_layout = QVBoxLayout(self.form_group)
        form_layout.addWidget(self.form_hint)
        form_layout.addWidget(self.form)

        # the selected site
        self.site_group = QGroupBox(body)
        self.find_edit = QLineEdit(self.site_group)
        self.find_edit.setClearButtonEnabled(True)
        self._completion = QStringListModel(self)
        self._completed: list[str] = []
        completer = QCompleter(self._completion, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.find_edit.setCompleter(completer)
        self.find_button = QToolButton(self.site_group)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.find_button)
        self.site_title = QLabel(self.site_group)
        self.site_title.setWordWrap(True)
        self.site_title.setTextFormat(Qt.TextFormat.PlainText)
        self.lon_spin = self._spin(-180.0, 180.0, 6, "°")
        self.lat_spin = self._spin(-90.0, 90.0, 6, "°")
        self.height_spin = self._spin(1.0, 300.0, 1, " m")
        self.eirp_spin = self._spin(0.0, 90.0, 1, " dBm")
        self.band_spin = self._spin(100.0, 6000.0, 0, " MHz")
        self.apply_button = QPushButton(self.site_group)
        self.remove_button = QPushButton(self.site_group)
        self.lon_label, self.lat_label = QLabel(self.site_group), QLabel(self.site_group)
        self.height_label, self.eirp_label = QLabel(self.site_group), QLabel(self.site_group)
        self.band_label = QLabel(self.site_group)
        self.site_fields = QWidget(self.site_group)
        site_form = QFormLayout(self.site_fields)
        site_form.setContentsMargins(0, 0, 0, 0)
        site_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        site_form.addRow(self.lon_label, self.lon_spin)
        site_form.addRow(self.lat_label, self.lat_spin)
        site_form.addRow(self.height_label, self.height_spin)
        site_form.addRow(self.eirp_label, self.eirp_spin)
        site_form.addRow(self.band_label, self.band_spin)
        site_buttons = QHBoxLayout()
        site_buttons.addWidget(self.apply_button)
        site_buttons.addWidget(self.remove_button)
        site_buttons.addStretch(1)
        site_layout = QVBoxLayout(self.site_group)
        site_layout.addLayout(find_row)
        site_layout.addWidget(self.site_title)
        site_layout.addWidget(self.site_fields)
        site_layout.addLayout(site_buttons)

        # history
        self.history_group = QGroupBox(body)
        self.history = QListWidget(self.history_group)
        self.history.setMinimumHeight(90)
        history_layout = QVBoxLayout(self.history_group)
        history_layout.addWidget(self.history)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(scen_row)
        layout.addLayout(buttons)
        layout.addWidget(self.edits_label)
        layout.addWidget(self.form_group)
        layout.addWidget(self.site_group)
        layout.addWidget(self.history_group, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)

        self.scenario_box.currentIndexChanged.connect(self._on_scenario_chosen)
        self.new_button.clicked.connect(lambda: self.whatif.new_scenario())
        self.copy_button.clicked.connect(lambda: self.whatif.new_scenario(copy=True))
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete_scenario)
        self.find_button.clicked.connect(self._find_site)
        self.find_edit.returnPressed.connect(self._find_site)
        self.apply_button.clicked.connect(self.apply_site)
        self.remove_button.clicked.connect(self.remove_site)
        self.history.itemClicked.connect(self._on_history_clicked)
        whatif.scenariosChanged.connect(self._fill_scenarios)
        whatif.stackChanged.connect(self._on_stack_changed)
        whatif.siteSelected.connect(lambda _id: self.show_site())
        self.retranslate()
        self._fill_scenarios()
        self._on_stack_changed()

    def _spin(self, low: float, high: float, decimals: int, suffix: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)
        return spin

    # ---- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What-if"))
        self.scenario_label.setText(self.tr("&Scenario:"))
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("A new scenario without edits (the baseline)"))
        self.copy_button.setText(self.tr("Duplicate"))
        self.copy_button.setToolTip(self.tr("A new scenario with a copy of this one's edits"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this scenario and its edits"))
        self.form_group.setTitle(self.tr("New site"))
        self.form_hint.setText(self.tr("In “Add BTS” mode (Edit menu or toolbar) every click on "
                                       "the map places a site with these settings."))
        self.site_group.setTitle(self.tr("Selected site"))
        self.find_edit.setPlaceholderText(self.tr("site code, or click a site on the map"))
        self.find_button.setText(self.tr("Select"))
        self.lon_label.setText(self.tr("Longitude:"))
        self.lat_label.setText(self.tr("Latitude:"))
        self.height_label.setText(self.tr("Mast height:"))
        self.eirp_label.setText(self.tr("EIRP:"))
        self.band_label.setText(self.tr("Band:"))
        self.apply_button.setText(self.tr("Apply changes"))
        self.apply_button.setToolTip(self.tr("Move or edit the site (an edit you can undo)"))
        self.remove_button.setText(self.tr("Remove site"))
        self.history_group.setTitle(self.tr("Edits"))
        self.history.setToolTip(self.tr("Click an edit to go back to it (the later ones can be "
                                        "redone)"))
        self._on_stack_changed()

    # ---- scenarios ----------------------------------------------------------------------------
    def _fill_scenarios(self) -> None:
        with QSignalBlocker(self.scenario_box):
            self.scenario_box.clear()
            for name in self.whatif.names():
                self.scenario_box.addItem(name, name)
            active = self.whatif.active.name if self.whatif.active else None
            self.scenario_box.setCurrentIndex(max(0, self.scenario_box.findData(active)))
        has = self.whatif.active is not None
        for b in (self.new_button, self.copy_button, self.rename_button):
            b.setEnabled(has)
        self.delete_button.setEnabled(len(self.whatif.scenarios) > 1)
        self.form.set_context(self.whatif.operators(), self.whatif.templates)

    def _on_scenario_chosen(self) -> None:
        name = self.scenario_box.currentData()
        if name:
            self.whatif.set_active(name)

    def rename(self) -> None:
        if self.whatif.active is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename the scenario"), self.tr("Name:"),
                                        text=self.whatif.active.name)
        if ok and not self.whatif.rename_scenario(name):
            QMessageBox.warning(self, self.tr("Rename the scenario"),
                                self.tr("Give a name that no other scenario has."))

    def delete_scenario(self) -> None:
        if self.whatif.active is None or len(self.whatif.scenarios) < 2:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the scenario"),
            self.tr("Delete the scenario “{0}” and its {1} edits? This cannot be undone.")
            .format(self.whatif.active.name, len(self.whatif.active.edits)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.whatif.remove_scenario()

    # ---- history ------------------------------------------------------------------------------
    def _on_stack_changed(self) -> None:
        active = self.whatif.active
        self.history.clear()
        ids = self.whatif.site_ids()
        if ids != self._completed:  # a move or an edit keeps the sites: no new list for Qt
            self._completed = ids
            self._completion.setStringList(ids)
        if active is None:
            self.edits_label.setText(self.tr("Open a data folder to plan what-ifs."))
            self.show_site()
            return
        stack = active.stack
        self.edits_label.setText(self.tr("Edits in this scenario: {0}. The baseline data are "
                                         "never changed.").format(stack.index))
        base = QListWidgetItem(self.tr("(baseline: no edits)"))
        base.setData(Qt.ItemDataRole.UserRole, 0)
        self.history.addItem(base)
        for i, command in enumerate(stack.commands, start=1):
            item = QListWidgetItem(f"{i}. {command.label(self.whatif.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            if i > stack.index:  # undone: can be redone
                item.setForeground(QBrush(QColor("#999999")))
                font = QFont()
                font.setItalic(True)
                item.setFont(font)
            self.history.addItem(item)
        current = self.history.item(stack.index)
        if current is not None:
            font = current.font()
            font.setBold(True)
            current.setFont(font)
            self.history.setCurrentItem(current)
        self.show_site()

    def _on_history_clicked(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int):
            self.whatif.go_to(index)

    # ---- the selected site --------------------------------------------------------------------
    def _find_site(self) -> None:
        site_id = self.find_edit.text().strip()
        if site_id and not self.whatif.select_site(site_id):
            self.site_title.setText(self.tr("No site {0} in this scenario.").format(site_id))

    def state_text(self, state: str | None) -> str:
        return {
            "new": self.tr("new (this scenario)"),
            "moved": self.tr("moved"),
            "edited": self.tr("edited"),
            "base": self.tr("as in the data"),
        }.get(state or "", "")

    def show_site(self) -> None:
        site_id = self.whatif.selected_site
        rows = self.whatif.site_rows(site_id)
        editable = rows is not None
        for w in (self.lon_spin, self.lat_spin, self.height_spin, self.apply_button,
                  self.remove_button):
            w.setEnabled(editable)
        self.site_fields.setVisible(editable)  # no values shown for no site
        self._site_values = {}
        if not editable:
            if site_id is None and self.find_edit.text() and not self.find_edit.hasFocus():
                self.find_edit.clear()
            self.site_title.setText(self.tr("No site selected: click a site on the map (the "
                                            "carriers' site layers, or a new site), or type "
                                            "its code."))
            self.eirp_spin.setEnabled(False)
            self.band_spin.setEnabled(False)
            return
        if self.find_edit.text() != site_id:
            self.find_edit.setText(site_id)
        operator = text_of(rows["operator"].iloc[0]) if "operator" in rows else ""
        techs = sorted({text_of(t) for t in rows.get("technology", [])})
        state = self.whatif.site_state(site_id)
        self.site_title.setText(self.tr("{0} · {1} · {2} · cells: {3} · {4}").format(
            site_id, operator, "+".join(techs), len(rows), self.state_text(state)))
        if "lon" in rows.columns and rows["lon"].notna().all():
            lon, lat = float(rows["lon"].iloc[0]), float(rows["lat"].iloc[0])
        else:
            lon, lat = float(rows.geometry.iloc[0].x), float(rows.geometry.iloc[0].y)
        heights = _unique(rows, "height_m")
        eirps = _unique(rows, "eirp_dbm")
        bands = _unique(rows, "frequency_mhz")
        values = {"lon": lon, "lat": lat,
                  "height_m": float(max(heights)) if heights else 30.0,
                  "eirp_dbm": float(eirps[0]) if len(eirps) == 1 else None,
                  "frequency_mhz": float(bands[0]) if len(bands) == 1 else None}
        for spin, key in ((self.lon_spin, "lon"), (self.lat_spin, "lat"),
                          (self.height_spin, "height_m"), (self.eirp_spin, "eirp_dbm"),
                          (self.band_spin, "frequency_mhz")):
            with QSignalBlocker(spin):
                spin.setValue(values[key] if values[key] is not None else spin.minimum())
        self.eirp_spin.setEnabled(values["eirp_dbm"] is not None)
        self.eirp_spin.setToolTip("" if values["eirp_dbm"] is not None else self.tr(
            "The cells of this site have different powers: {0} dBm").format(
                ", ".join(f"{v:g}" for v in eirps)))
        self.band_spin.setEnabled(values["frequency_mhz"] is not None)
        self.band_spin.setToolTip("" if values["frequency_mhz"] is not None else self.tr(
            "The cells of this site use different bands: {0} MHz").format(
                ", ".join(f"{v:g}" for v in bands)))
        # what the spin boxes hold (rounded): a change is a difference from these
        self._site_values = {"lon": self.lon_spin.value(), "lat": self.lat_spin.value(),
                             "height_m": self.height_spin.value(),
                             "eirp_dbm": self.eirp_spin.value() if self.eirp_spin.isEnabled()
                             else None,
                             "frequency_mhz": self.band_spin.value()
                             if self.band_spin.isEnabled() else None}

    def site_changes(self) -> tuple[dict, tuple[float, float] | None]:
        """(EditSite changes, new (lon, lat) or None) from the fields."""
        shown = self._site_values
        if not shown:
            return {}, None
        changes = {}
        if abs(self.height_spin.value() - shown["height_m"]) > 1e-9:
            changes["height_m"] = float(self.height_spin.value())
        if shown["eirp_dbm"] is not None and abs(self.eirp_spin.value() - shown["eirp_dbm"]) > 1e-9:
            changes["eirp_dbm"] = float(self.eirp_spin.value())
        if shown["frequency_mhz"] is not None and \
                abs(self.band_spin.value() - shown["frequency_mhz"]) > 1e-9:
            changes["frequency_mhz"] = float(self.band_spin.value())
        move = None
        if abs(self.lon_spin.value() - shown["lon"]) > POSITION_EPS or \
                abs(self.lat_spin.value() - shown["lat"]) > POSITION_EPS:
            move = (float(self.lon_spin.value()), float(self.lat_spin.value()))
        return changes, move

    def apply_site(self) -> None:
        site_id = self.whatif.selected_site
        if not site_id:
            return
        changes, move = self.site_changes()
        if changes:
            self.whatif.edit_site(site_id, changes)
        if move is not None and np.isfinite(move).all():
            self.whatif.move_site(site_id, *move)

    def remove_site(self) -> None:
        if self.whatif.selected_site:
            self.whatif.remove_site(self.whatif.selected_site)
