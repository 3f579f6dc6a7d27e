"""A drop-down of the radio models (core.engine.pathloss.MODEL_INFO): each shown as
"id: label", its validity range as the tooltip, in the window's language; optionally with a
first entry "the profile's" (no model of its own). Used by Coverage → Radio models… (one per
technology) and by the + BTS form (a new mast's own model)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from coverage_planner.core.engine.pathloss import MODEL_INFO


class ModelBox(QComboBox):
    """``compact``: the box keeps a narrow panel narrow (the long labels show in full in the
    drop-down list and as the tooltip)."""

    def __init__(self, parent=None, profile_entry: bool = False, compact: bool = False) -> None:
        super().__init__(parent)
        if profile_entry:
            self.addItem("", "")
        for model in MODEL_INFO:
            self.addItem(model, model)
        if compact:
            self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.setMinimumContentsLength(16)
            self.currentIndexChanged.connect(lambda _i: self.setToolTip(self.currentText()))

    def retranslate(self, lang: str, profile_text: str = "") -> None:
        """Texts in ``lang``; ``profile_text`` names the "profile's" entry."""
        for i in range(self.count()):
            model = self.itemData(i)
            if not model:
                self.setItemText(i, profile_text)
                continue
            info = MODEL_INFO[model]
            self.setItemText(i, f"{model}: {info.label(lang)}")
            self.setItemData(i, info.validity(lang), Qt.ItemDataRole.ToolTipRole)
        view = self.view()
        view.setMinimumWidth(max(view.sizeHintForColumn(0) + 24, self.width()))

    def model(self) -> str:
        """The chosen model's id ("" for the profile's)."""
        return self.currentData() or ""

    def set_model(self, model: str) -> None:
        self.setCurrentIndex(max(self.findData(model or ""), 0))
