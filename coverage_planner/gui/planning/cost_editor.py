"""The cost model editor of the Plan dock: every field of
:class:`~coverage_planner.core.planning.costs.CostModel` in a form built from its bilingual
``FIELD_LABELS`` (money in VND with separators, the years of the total cost of ownership, the
second currency and its rate), "Save to the project" and "Reset to defaults".

Saving writes the fields that differ from the defaults into the open project's profile
(``profile.costs``, a dict of overrides: ``dataclasses.replace(project.profile, costs=...)``),
which :meth:`CostModel.from_profile` reads back; the values are checked by
:meth:`CostModel.from_dict` first (a bad one is named, nothing is saved).
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coverage_planner.core.planning.costs import FIELD_LABELS, CostModel
from coverage_planner.gui.i18n import Retranslating, locale_for

MONEY_MAX = 1e13  # VND: far above any unit cost


def overrides(model: CostModel) -> dict:
    """The fields of ``model`` that differ from the defaults (what the profile stores)."""
    default = CostModel()
    return {f.name: getattr(model, f.name) for f in fields(CostModel)
            if getattr(model, f.name) != getattr(default, f.name)}


class CostEditor(Retranslating, QWidget):
    """Signals
    -------
    saveRequested(object) : "Save to the project" with the edited CostModel
    changed : a value was edited
    """

    saveRequested = Signal(object)
    changed = Signal()

    def __init__(self, parent=None, lang: str = "en") -> None:
        super().__init__(parent)
        self.lang = lang
        self.editors: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # each label above its box: the labels are long and the dock is narrow
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for f in fields(CostModel):
            editor = self._editor(f.name)
            label = QLabel(self)
            label.setWordWrap(True)
            self.editors[f.name], self.labels[f.name] = editor, label
            form.addRow(label, editor)
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.costs()))
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_defaults)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.set_costs(CostModel())
        self.retranslate()

    def _editor(self, name: str) -> QWidget:
        if name == "second_currency":
            edit = QLineEdit(self)
            edit.setMaxLength(8)
            edit.textChanged.connect(lambda _t: self.changed.emit())
            return edit
        if name == "tco_years":
            spin = QSpinBox(self)
            spin.setRange(1, 50)
        else:
            spin = QDoubleSpinBox(self)
            spin.setDecimals(0)
            spin.setRange(1.0 if name == "vnd_per_unit" else 0.0, MONEY_MAX)
            spin.setSingleStep(1_000_000.0 if name != "vnd_per_unit" else 100.0)
            spin.setGroupSeparatorShown(True)
            spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        spin.valueChanged.connect(lambda _v: self.changed.emit())
        return spin

    # ---- values ---------------------------------------------------------------------------
    def set_costs(self, model: CostModel) -> None:
        for name, editor in self.editors.items():
            value = getattr(model, name)
            editor.blockSignals(True)
            if isinstance(editor, QLineEdit):
                editor.setText(str(value))
            else:
                editor.setValue(value)
            editor.blockSignals(False)
        self.changed.emit()

    def values(self) -> dict:
        out = {}
        for name, editor in self.editors.items():
            out[name] = editor.text().strip() if isinstance(editor, QLineEdit) else \
                editor.value()
        return out

    def costs(self) -> CostModel:
        """The edited cost model (DataError naming a bad field)."""
        return CostModel.from_dict(self.values())

    def reset_defaults(self) -> None:
        self.set_costs(CostModel())

    # ---- texts ----------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        loc = locale_for(self.lang)
        for name, label in self.labels.items():
            label.setText(FIELD_LABELS[name](self.lang) if name in FIELD_LABELS else name)
            editor = self.editors[name]
            if isinstance(editor, QDoubleSpinBox):
                editor.setLocale(loc)
        self.note.setText(self.tr(
            "Approximate unit costs (public figures or stated engineering assumptions; see the "
            "documentation). Compute uses the values below; Save keeps them in the project's "
            "profile."))
        self.save_button.setText(self.tr("&Save to the project"))
        self.save_button.setToolTip(self.tr("Keep these costs in the open project's profile "
                                            "(only the values that differ from the defaults)"))
        self.reset_button.setText(self.tr("Reset to &defaults"))
