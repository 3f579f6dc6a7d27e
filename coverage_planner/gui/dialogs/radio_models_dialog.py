"""Coverage → Radio models…: the propagation model per technology and how profiles read the
terrain, as ``profile.json`` holds them (``models``, ``terrain_heights``).

Each model is shown with its validity range and its reference (core.engine.pathloss.MODEL_INFO),
in the interface's language. Cells that name their own model in the sites table
(``propagation_model``) keep it; the dialog says how many. A calibration was fitted with the
models in force when it was made: changing a model sets it aside (the dialog says so before
Apply; the folder's ``profile.json`` is not touched, so reopening the folder brings it back).
*Apply* hands the new profile to the window, which computes the coverage again; *Save
profile…* writes it as JSON (the project file keeps scenarios, not the profile: a planner who
wants the choice next time saves it as the folder's ``profile.json`` or passes it with
``--profile``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from coverage_planner.core.engine.dem_posts import TERRAIN_HEIGHTS
from coverage_planner.core.engine.pathloss import MODEL_INFO
from coverage_planner.gui.dialogs.calibration_dialog import write_profile
from coverage_planner.gui.i18n import Retranslating
from coverage_planner.gui.model_box import ModelBox

TECHS = ("2G", "3G", "4G", "5G")


def own_models(cells) -> int:
    """How many cells name their own model in the sites table."""
    if cells is None or "propagation_model" not in cells:
        return 0
    return int((cells["propagation_model"].fillna("").astype(str) != "").sum())


class RadioModelsDialog(Retranslating, QDialog):
    """Signals
    -------
    applied(object) : the CoverageProfile with the chosen models
    """

    applied = Signal(object)

    def __init__(self, project, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("radio_models_dialog")
        self.project = project
        self.profile = project.profile
        self.lang = lang
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form = QFormLayout()
        self.boxes: dict[str, ModelBox] = {}
        self.tech_labels: dict[str, QLabel] = {}
        for tech in TECHS:
            box = ModelBox()
            box.setObjectName(f"model_{tech}")
            box.set_model(self.profile.models.get(tech, "p452"))
            box.currentIndexChanged.connect(self._update)
            self.boxes[tech] = box
            self.tech_labels[tech] = QLabel()
            form.addRow(self.tech_labels[tech], box)
        self.heights = QComboBox()
        self.heights.setObjectName("terrain_heights")
        for key in TERRAIN_HEIGHTS:
            self.heights.addItem(key, key)
        self.heights.setCurrentIndex(max(self.heights.findData(self.profile.terrain_heights), 0))
        self.heights_label = QLabel()
        form.addRow(self.heights_label, self.heights)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.cells_note = QLabel()
        self.cells_note.setWordWrap(True)
        self.calibration_note = QLabel()
        self.calibration_note.setWordWrap(True)
        self.calibration_note.setStyleSheet("color: #b35c00;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(lambda: self.save_profile())
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.details)
        layout.addWidget(self.cells_note)
        layout.addWidget(self.calibration_note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(760)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Radio models"))
        self.intro.setText(self.tr(
            "How the path loss over the terrain is computed, per technology. The coverage is "
            "computed again when you apply."))
        for tech in TECHS:
            self.tech_labels[tech].setText(tech)
            self.boxes[tech].retranslate(self.lang)
        self.save_button.setText(self.tr("&Save profile…"))
        self.heights_label.setText(self.tr("Terrain heights"))
        self.heights.setItemText(0, self.tr("interpolated on the grid (smooth; the default)"))
        self.heights.setItemText(1, self.tr("the DEM's own posts (nearest; as SPLAT! and "
                                            "Signal-Server)"))
        n = own_models(self.project.cells)
        self.cells_note.setText(self.tr(
            "Cells that name their own model in the sites table (propagation_model) keep it: "
            "{0}.").format(n) if n else "")
        self.cells_note.setVisible(n > 0)
        self._update()

    def models(self) -> dict:
        return {tech: self.boxes[tech].currentData() for tech in TECHS}

    def chosen(self):
        """The profile with the dialog's choices (the calibration set aside if a model changed)."""
        models = {**self.profile.models, **self.models()}
        changed = models != dict(self.profile.models)
        calibration = {} if changed else self.profile.calibration
        return replace(self.profile, models=models, calibration=calibration,
                       terrain_heights=self.heights.currentData())

    def _update(self) -> None:
        lines = []
        for model in dict.fromkeys(self.models().values()):
            info = MODEL_INFO[model]
            used = "/".join(t for t in TECHS if self.boxes[t].currentData() == model)
            lines.append(f"{used}: {info.validity(self.lang)} — {info.reference(self.lang)}")
        self.details.setText(self.tr("Validity and reference:") + "\n" + "\n".join(lines))
        changed = {**self.profile.models, **self.models()} != dict(self.profile.models)
        calibrated = bool(self.profile.calibration)
        self.calibration_note.setText(self.tr(
            "The calibration was fitted with the models in force; with other models it is set "
            "aside. Calibrate again afterwards (Coverage → Calibrate against measurements…).")
            if changed and calibrated else "")
        self.calibration_note.setVisible(changed and calibrated)

    def save_profile(self, path: str | Path | None = None) -> Path | None:
        """Write the profile with the dialog's choices (asks where when ``path`` is None)."""
        if path is None:
            start = str(Path(self.project.root or ".") / "profile_models.json")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save profile"), start,
                                                  self.tr("Coverage profile (*.json)"))
            if not path:
                return None
        try:
            return write_profile(self.chosen(), path)
        except OSError as err:
            self.calibration_note.setText(self.tr("The profile could not be written:")
                                          + f" {path}: {err.strerror or err}")
            self.calibration_note.setVisible(True)
            return None

    def apply(self) -> None:
        self.applied.emit(self.chosen())
        self.accept()
