"""The settings of the next base station placed on the map ("Add BTS" mode): carrier,
technologies, band, power (EIRP), mast height, sectors or omni, and its radio model (the
profile's per technology, or one of its own for all its cells).

Defaults come from the site templates (:mod:`coverage_planner.core.planning.templates`, the data folder's
``site_templates.json`` included); what the planner sets is remembered per carrier (technologies,
height, sectors) and per carrier and technology (band, EIRP) in the settings.

A site's band and EIRP apply to all its cells: they can be set when the site has one technology;
a site with several technologies takes each technology's template band and EIRP (the core's
SiteSpec overrides are per site, not per technology).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from coverage_planner.core.planning.templates import (
    DEFAULT_AZIMUTHS,
    DEFAULT_HEIGHT_M,
    TEMPLATES,
    SiteSpec,
)
from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.i18n import Retranslating, installed_language
from coverage_planner.gui.model_box import ModelBox

TECHS = ("2G", "3G", "4G", "5G")
#: bands in use in Lào Cai (DOMAIN.md §3), MHz, the usual one first
BANDS = {"2G": (900.0, 1800.0), "3G": (2100.0, 900.0), "4G": (1800.0, 2100.0, 900.0, 2600.0),
         "5G": (3500.0, 3700.0, 2600.0)}
MAX_SECTORS = 6
KEY = "newSite"


def parse_azimuths(text: str) -> tuple[float, ...] | None:
    """"0/120/240" (or commas, spaces) -> (0.0, 120.0, 240.0); None when not 1–6 angles in
    [0, 360)."""
    parts = [p for p in re.split(r"[/,;\s]+", (text or "").strip()) if p]
    if not 1 <= len(parts) <= MAX_SECTORS:
        return None
    try:
        values = tuple(float(p) for p in parts)
    except ValueError:
        return None
    if not all(0.0 <= v < 360.0 for v in values):
        return None
    return values


def azimuth_text(azimuths) -> str:
    return "/".join(f"{a:g}" for a in azimuths)


def _setting_key(*parts: str) -> str:
    # carrier names become part of a settings key: keep them plain
    return "/".join([KEY, *(re.sub(r"[^\w.-]", "_", p) for p in parts)])


class SiteForm(Retranslating, QWidget):
    """Signals
    -------
    changed : a value changed
    """

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.templates = {k: dict(v) for k, v in TEMPLATES.items()}
        self._loading = False
        self.carrier_box = QComboBox(self)
        self.tech_boxes: dict[str, QCheckBox] = {}
        techs = QHBoxLayout()
        techs.setContentsMargins(0, 0, 0, 0)
        for tech in TECHS:
            box = QCheckBox(tech, self)  # technology names are not translated
            box.toggled.connect(self._on_techs_changed)
            self.tech_boxes[tech] = box
            techs.addWidget(box)
        techs.addStretch(1)
        self.band_box = QComboBox(self)
        self.eirp_spin = QDoubleSpinBox(self)
        self.eirp_spin.setRange(20.0, 90.0)
        self.eirp_spin.setDecimals(1)
        self.eirp_spin.setSingleStep(0.5)
        self.eirp_spin.setSuffix(" dBm")
        self.height_spin = QDoubleSpinBox(self)
        self.height_spin.setRange(1.0, 300.0)
        self.height_spin.setDecimals(0)
        self.height_spin.setSuffix(" m")
        self.sectors_radio = QRadioButton(self)
        self.omni_radio = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.sectors_radio)
        group.addButton(self.omni_radio)
        self.azimuth_edit = QLineEdit(self)
        sectors = QGridLayout()  # two rows: the panel stays narrow in both languages
        sectors.setContentsMargins(0, 0, 0, 0)
        sectors.addWidget(self.sectors_radio, 0, 0)
        sectors.addWidget(self.azimuth_edit, 0, 1)
        sectors.addWidget(self.omni_radio, 1, 0, 1, 2)
        sectors.setColumnStretch(1, 1)
        self.model_box = ModelBox(self, profile_entry=True, compact=True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b2182b;")
        self.error.setVisible(False)

        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        # a narrow panel puts fields under their labels rather than cutting them off
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.carrier_label = QLabel(self)
        self.tech_label = QLabel(self)
        self.band_label = QLabel(self)
        self.eirp_label = QLabel(self)
        self.height_label = QLabel(self)
        self.sectors_label = QLabel(self)
        self.model_label = QLabel(self)
        self.layout_.addRow(self.carrier_label, self.carrier_box)
        self.layout_.addRow(self.tech_label, techs)
        self.layout_.addRow(self.band_label, self.band_box)
        self.layout_.addRow(self.eirp_label, self.eirp_spin)
        self.layout_.addRow(self.height_label, self.height_spin)
        self.layout_.addRow(self.sectors_label, sectors)
        self.layout_.addRow(self.model_label, self.model_box)
        self.layout_.addRow(self.note)
        self.layout_.addRow(self.error)

        self.carrier_box.currentIndexChanged.connect(self._on_carrier_changed)
        for widget in (self.band_box, self.model_box):
            widget.currentIndexChanged.connect(self._emit_changed)
        self.eirp_spin.valueChanged.connect(self._emit_changed)
        self.height_spin.valueChanged.connect(self._emit_changed)
        self.sectors_radio.toggled.connect(self._on_sectors_toggled)
        self.azimuth_edit.textChanged.connect(self._emit_changed)
        self.retranslate()
        self.set_context(["Viettel", "VNPT", "MobiFone"], None)

    # ---- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.carrier_label.setText(self.tr("Carrier:"))
        self.tech_label.setText(self.tr("Technologies:"))
        self.band_label.setText(self.tr("Band:"))
        self.eirp_label.setText(self.tr("Power (EIRP):"))
        self.eirp_spin.setToolTip(self.tr("EIRP per sector; an omni antenna radiates 3 dB less "
                                          "in every direction"))
        self.height_label.setText(self.tr("Mast height:"))
        self.sectors_label.setText(self.tr("Antennas:"))
        self.sectors_radio.setText(self.tr("sectors"))
        self.azimuth_edit.setToolTip(self.tr("Azimuths of the sectors in degrees from north, "
                                             "e.g. 0/120/240"))
        self.omni_radio.setText(self.tr("omni"))
        self.model_label.setText(self.tr("Radio model:"))
        self.model_box.retranslate(installed_language() or "en",
                                   self.tr("the profile's, per technology"))
        self.model_label.setToolTip(self.tr("How the new mast's path loss is computed: the "
                                            "coverage profile's model for each technology, or "
                                            "one of its own for all its cells"))
        self._update_note()

    # ---- context and defaults -----------------------------------------------------------------
    def set_context(self, operators: list[str], templates: dict | None) -> None:
        """The project's carriers and site templates; the form shows the remembered defaults."""
        self.templates = {k: dict(v) for k, v in (templates or TEMPLATES).items()}
        settings = app_settings.app_settings()
        last = settings.value(_setting_key("carrier"))
        self._loading = True
        self.carrier_box.clear()
        for op in operators:
            self.carrier_box.addItem(op, op)
        index = self.carrier_box.findData(last) if last else -1
        self.carrier_box.setCurrentIndex(max(0, index))
        self._loading = False
        self._load_carrier()

    def template(self, tech: str) -> dict:
        return self.templates.get(tech, TEMPLATES[tech])

    def _load_carrier(self) -> None:
        carrier = self.carrier()
        settings = app_settings.app_settings()
        techs = settings.value(_setting_key(carrier, "technologies"))
        techs = [t for t in (techs if isinstance(techs, list) else str(techs or "").split("+"))
                 if t in TECHS] or ["4G"]
        try:
            height = float(settings.value(_setting_key(carrier, "height"), DEFAULT_HEIGHT_M))
        except (TypeError, ValueError):
            height = DEFAULT_HEIGHT_M
        azimuths = str(settings.value(_setting_key(carrier, "azimuths"),
                                      azimuth_text(DEFAULT_AZIMUTHS)))
        self._loading = True
        try:
            self.model_box.set_model(str(settings.value(_setting_key(carrier, "model"), "")))
            for tech, box in self.tech_boxes.items():
                box.setChecked(tech in techs)
            self.height_spin.setValue(height)
            if azimuths == "omni":
                self.omni_radio.setChecked(True)
                self.azimuth_edit.setText(azimuth_text(DEFAULT_AZIMUTHS))
            else:
                self.sectors_radio.setChecked(True)
                self.azimuth_edit.setText(azimuths if parse_azimuths(azimuths)
                                          else azimuth_text(DEFAULT_AZIMUTHS))
            self.azimuth_edit.setEnabled(self.sectors_radio.isChecked())
        finally:
            self._loading = False
        self._load_tech()

    def _load_tech(self) -> None:
        """Band and EIRP of the one technology (remembered, else the template)."""
        techs = self.technologies()
        single = techs[0] if len(techs) == 1 else None
        settings = app_settings.app_settings()
        self._loading = True
        try:
            self.band_box.clear()
            if single:
                template = self.template(single)
                band = self._float(settings.value(_setting_key(self.carrier(), single, "band")),
                                   template["frequency_mhz"])
                eirp = self._float(settings.value(_setting_key(self.carrier(), single, "eirp")),
                                   template["eirp_dbm"])
                bands = list(BANDS[single])
                for value in (float(template["frequency_mhz"]), band):
                    if value not in bands:
                        bands.append(value)
                for value in bands:
                    self.band_box.addItem(f"{value:g} MHz", value)
                self.band_box.setCurrentIndex(max(0, self.band_box.findData(band)))
                self.eirp_spin.setValue(eirp)
            else:
                self.band_box.addItem(self.tr("each technology's template"), None)
            self.band_box.setEnabled(single is not None)
            self.eirp_spin.setEnabled(single is not None)
            if single is None:
                self.eirp_spin.setSpecialValueText(self.tr("template"))
                self.eirp_spin.setValue(self.eirp_spin.minimum())
            else:
                self.eirp_spin.setSpecialValueText("")
        finally:
            self._loading = False
        self._update_note()
        self._emit_changed()

    @staticmethod
    def _float(value, default) -> float:
        try:
            return float(value)
        except (TypeError, ValueError):
            return float(default)

    def _update_note(self) -> None:
        techs = self.technologies()
        if len(techs) > 1:
            self.note.setText(self.tr("Several technologies: each uses its template band and "
                                      "power ({0}).").format(", ".join(
                                          f"{t} {self.template(t)['frequency_mhz']:g} MHz "
                                          f"{self.template(t)['eirp_dbm']:g} dBm" for t in techs)))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    # ---- reacting -----------------------------------------------------------------------------
    def _emit_changed(self, *_args) -> None:
        if not self._loading:
            self.error.setVisible(False)
            self.changed.emit()

    def _on_carrier_changed(self) -> None:
        if not self._loading:
            self._load_carrier()

    def _on_techs_changed(self) -> None:
        if not self._loading:
            self._load_tech()

    def _on_sectors_toggled(self) -> None:
        self.azimuth_edit.setEnabled(self.sectors_radio.isChecked())
        self._emit_changed()

    # ---- values -------------------------------------------------------------------------------
    def carrier(self) -> str:
        return self.carrier_box.currentData() or self.carrier_box.currentText() or "Viettel"

    def technologies(self) -> list[str]:
        return [t for t, box in self.tech_boxes.items() if box.isChecked()]

    def set_values(self, carrier: str | None = None, technologies=None, height: float | None = None,
                   azimuths=(), band: float | None = None, eirp: float | None = None,
                   model: str | None = None) -> None:
        """Set the form as a planner would (scripts, tests). ``azimuths``: a tuple, or None for
        omni; ``()`` leaves them as they are. ``model``: a radio model id, "" for the
        profile's."""
        if carrier is not None:
            index = self.carrier_box.findData(carrier)
            if index < 0:
                self.carrier_box.addItem(carrier, carrier)
                index = self.carrier_box.count() - 1
            self.carrier_box.setCurrentIndex(index)
        if technologies is not None:
            self._loading = True
            for tech, box in self.tech_boxes.items():
                box.setChecked(tech in technologies)
            self._loading = False
            self._load_tech()
        if height is not None:
            self.height_spin.setValue(float(height))
        if azimuths is None:
            self.omni_radio.setChecked(True)
        elif azimuths:
            self.sectors_radio.setChecked(True)
            self.azimuth_edit.setText(azimuth_text(azimuths))
        if band is not None and self.band_box.isEnabled():
            index = self.band_box.findData(float(band))
            if index < 0:
                self.band_box.addItem(f"{float(band):g} MHz", float(band))
                index = self.band_box.count() - 1
            self.band_box.setCurrentIndex(index)
        if eirp is not None and self.eirp_spin.isEnabled():
            self.eirp_spin.setValue(float(eirp))
        if model is not None:
            self.model_box.set_model(model)

    def azimuths(self) -> tuple | None:
        """The sectors' azimuths, None for omni; raises ValueError when they are not valid."""
        if self.omni_radio.isChecked():
            return None
        values = parse_azimuths(self.azimuth_edit.text())
        if values is None:
            raise ValueError(self.tr("Write 1 to 6 azimuths between 0 and 359°, e.g. 0/120/240, "
                                     "or choose omni."))
        return values

    def overrides(self) -> dict:
        """The site's own radio model, if any; band and EIRP that differ from the template
        (one technology only)."""
        out = {"propagation_model": self.model_box.model()} if self.model_box.model() else {}
        techs = self.technologies()
        if len(techs) != 1:
            return out
        template = self.template(techs[0])
        band = self.band_box.currentData()
        if band is not None and float(band) != float(template["frequency_mhz"]):
            out["frequency_mhz"] = float(band)
        if round(self.eirp_spin.value(), 1) != round(float(template["eirp_dbm"]), 1):
            out["eirp_dbm"] = round(self.eirp_spin.value(), 1)
        return out

    def spec(self, lon: float, lat: float) -> SiteSpec:
        """A SiteSpec at (lon, lat) from the form; raises ValueError with a message for the
        user when the form is not valid (the message is shown in the form too)."""
        try:
            techs = self.technologies()
            if not techs:
                raise ValueError(self.tr("Choose at least one technology."))
            spec = SiteSpec(self.carrier(), float(lon), float(lat),
                            float(self.height_spin.value()), tuple(techs), self.azimuths(), "",
                            self.overrides())
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.setVisible(True)
            raise
        return spec

    def remember(self) -> None:
        """Keep the form's values as the defaults of this carrier (and technology)."""
        settings = app_settings.app_settings()
        carrier = self.carrier()
        settings.setValue(_setting_key("carrier"), carrier)
        techs = self.technologies()
        settings.setValue(_setting_key(carrier, "technologies"), "+".join(techs))
        settings.setValue(_setting_key(carrier, "height"), float(self.height_spin.value()))
        try:
            azimuths = self.azimuths()
        except ValueError:
            azimuths = DEFAULT_AZIMUTHS
        settings.setValue(_setting_key(carrier, "azimuths"),
                          "omni" if azimuths is None else azimuth_text(azimuths))
        settings.setValue(_setting_key(carrier, "model"), self.model_box.model())
        if len(techs) == 1 and self.band_box.currentData() is not None:
            settings.setValue(_setting_key(carrier, techs[0], "band"),
                              float(self.band_box.currentData()))
            settings.setValue(_setting_key(carrier, techs[0], "eirp"),
                              round(self.eirp_spin.value(), 1))
        settings.sync()


__all__ = ["SiteForm", "parse_azimuths", "BANDS", "TECHS"]
