"""The link budget of a cell over terrain paths: received power (dBm).

    P = EIRP − RS offset + G_antenna(φ, θ) − L_model − L_clutter(rx) − L_clutter(tx) − L_indoor
        + calibration

- EIRP: the cell's total EIRP per sector (``eirp_dbm``).
- RS offset: what the thresholds measure is not the total power. 2G RxLev: the BCCH carrier at
  full power (0 dB); 3G RSCP: the CPICH at 10 % of the power (10 dB); 4G RSRP: one resource
  element of 12 × N_RB (10·log10(600) = 27.8 dB at 10 MHz); 5G SS-RSRP: one resource element of
  the SSB, 10·log10(12 × 273) = 35.2 dB at 100 MHz and 30 kHz spacing (beamforming gain is in the
  EIRP). A ``bandwidth_mhz`` column overrides the bandwidth.
- G_antenna: 3GPP sector pattern (horizontal from the cell's azimuth and beamwidth, vertical from
  its tilt). Omni cells have no horizontal pattern but keep the vertical one (10° beam about
  their tilt; the loaders give a missing tilt 0°); only a NaN tilt drops it.
- L_model: the basic transmission loss of the model the profile names for the technology,
  over the terrain profile of each path (:mod:`coverage_planner.core.engine.pathloss`: P.452
  delta-Bullington by default, ITM, the quick Hata, 38.901 with terrain line of sight, free
  space). The terrain is counted once, inside the model.
- L_clutter: ITU-R P.452 §4.5.4's height-gain loss at an end standing in a clutter class taller
  than its antenna, where the data has a clutter raster, for the terrain models (``p452``,
  ``itm``); plus each class's calibrated ``extra_db`` for every model
  (:mod:`coverage_planner.core.engine.clutter`).
- calibration: an offset and a distance slope per operator and technology fitted on measured
  samples (:mod:`coverage_planner.core.engine.calibration_terms`), when the profile carries one.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from coverage_planner.core.engine import propagation

DEFAULT_BANDWIDTH_MHZ = {"2G": 0.2, "3G": 5.0, "4G": 10.0, "5G": 100.0}
RB_PER_MHZ = {"4G": 5.0, "5G": 2.73}  # LTE: 50 RB in 10 MHz; NR 30 kHz: 273 RB in 100 MHz


def rs_offset_db(technology: str, bandwidth_mhz: float | None = None) -> float:
    """Total power minus the power the technology's threshold measures (dB)."""
    if technology == "2G":
        return 0.0
    if technology == "3G":
        return 10.0
    bw = bandwidth_mhz if bandwidth_mhz and np.isfinite(bandwidth_mhz) else DEFAULT_BANDWIDTH_MHZ[technology]
    n_rb = max(1.0, round(RB_PER_MHZ.get(technology, 5.0) * bw))
    return float(10.0 * np.log10(12.0 * n_rb))


@dataclass
class PathTerms:
    """What the link budget needs of a batch of paths from one mast, any shape: the distance
    (m), whether the receiver has ground, its clutter class code, the mast's, ``angles()`` that
    returns (the angle below the antenna's horizontal, the bearing; degrees) and ``compute(model,
    f_mhz)`` that returns the loss (dB) over the same shape
    (:mod:`coverage_planner.core.engine.pathloss`); both computed on first use only (an omni
    cell without tilt needs no angles), the loss once per model and frequency."""

    d: np.ndarray
    valid: np.ndarray
    clutter_rx: np.ndarray
    clutter_tx: int
    h_tx: float
    angles: Callable[[], tuple[np.ndarray, np.ndarray]]
    compute: Callable[[str, float], np.ndarray]
    _memo: dict = field(default_factory=dict)

    def loss(self, model: str, f_mhz: float) -> np.ndarray:
        key = (model, float(f_mhz))
        if key not in self._memo:
            self._memo[key] = self.compute(model, float(f_mhz))
        return self._memo[key]

    def theta_bearing(self) -> tuple[np.ndarray, np.ndarray]:
        if "angles" not in self._memo:
            self._memo["angles"] = self.angles()
        return self._memo["angles"]


def _own_models(cells) -> np.ndarray:
    """The cells' own ``propagation_model`` ("" where none: the profile's), as str objects."""
    if "propagation_model" not in cells:
        return np.full(len(cells), "", dtype=object)
    own = cells["propagation_model"].to_numpy(dtype=object)
    return np.where([isinstance(m, str) for m in own], own, "").astype(object)


def cell_models(cells, profile) -> list[str]:
    """Each cell's propagation model: its own ``propagation_model`` where the sites table gives
    one, else the profile's for its technology."""
    default = cells["technology"].map(dict(profile.models)).fillna("p452").to_numpy(object)
    if "propagation_model" not in cells:
        return default.tolist()
    own = _own_models(cells)
    return np.where(own == "", default, own).tolist()


def levels(terms: PathTerms, cells, profile) -> np.ndarray:
    """dBm for each cell (rows of ``cells``) over ``terms``' paths: shape (n_cells, *shape),
    -inf where not valid.

    P = EIRP − RS offset + G(φ, θ) − L_model − L_clutter(rx) − L_clutter(tx) − L_indoor
    + calibration (offset and distance slope per operator and technology, when calibrated).
    """
    from coverage_planner.core.engine.clutter import clutter_loss
    from coverage_planner.core.engine.pathloss import MODEL_INFO

    out = []
    calibration = getattr(profile, "calibration", None) or {}
    table = getattr(profile, "clutter", None) or {}
    for cell, model in zip(cells.itertuples(index=False), cell_models(cells, profile)):
        tech = cell.technology
        f = float(cell.frequency_mhz)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            loss = terms.loss(model, f)
            height_gain = MODEL_INFO[model].terrain_clutter
            clutter = clutter_loss(terms.clutter_rx, profile.receiver_height_m, f, table,
                                   height_gain=height_gain)
            if terms.clutter_tx and height_gain:  # a mast below its clutter's height
                clutter = clutter + clutter_loss(terms.clutter_tx, terms.h_tx, f, table,
                                                 extra=False)
        # an omni cell has no horizontal pattern, a cell without tilt no vertical one: scalar
        # angles spare computing them over every path (and wrapping NaN angles: slow)
        omni = not (np.isfinite(cell.azimuth_deg) and np.isfinite(cell.beamwidth_deg))
        flat = not np.isfinite(cell.tilt_deg)
        theta, bearing = (0.0, 0.0) if omni and flat else terms.theta_bearing()
        gain = propagation.antenna_gain_db(0.0 if omni else bearing, 0.0 if flat else theta,
                                           cell.azimuth_deg, cell.tilt_deg, cell.beamwidth_deg)
        bw = getattr(cell, "bandwidth_mhz", None)
        p = (cell.eirp_dbm - rs_offset_db(tech, bw) + gain - loss - clutter
             - profile.indoor_loss_db)
        if calibration:
            from coverage_planner.core.engine.calibration_terms import calibration_db

            p = p + calibration_db(calibration, cell.operator, tech, terms.d)
        out.append(np.where(terms.valid, p, -np.inf).astype(np.float32))
    return np.stack(out) if out else np.empty((0, *np.shape(terms.d)), dtype=np.float32)


def model_statements(cells, profile) -> list:
    """One bilingual line per propagation model the profile uses for these cells: which
    technologies, the model's name, its validity range and its reference."""
    from coverage_planner.core.common.text import Text
    from coverage_planner.core.engine.pathloss import MODEL_INFO

    techs: dict = {}
    own = _own_models(cells) != ""
    if own.any():  # cells of the sites table with their own model
        import pandas as pd

        combos = pd.DataFrame({"tech": cells["technology"].to_numpy(object),
                               "model": cell_models(cells, profile),
                               "own": own}).value_counts(sort=False)
    else:
        combos = {(tech, profile.models.get(tech, "p452"), False): 1
                  for tech in set(cells["technology"])}
    for (tech, model, mine), n in sorted(combos.items()):
        techs.setdefault(model, {}).setdefault(tech, [0, 0])[int(mine)] += int(n)
    out = []
    for model, used in techs.items():
        info = MODEL_INFO[model]
        # "2G/3G", or "4G (2 cells)" where only some cells of a technology ask for the model
        who = "/".join(tech if n_own == 0 or n_profile else f"{tech} ({n_own} cells)"
                       for tech, (n_profile, n_own) in used.items())
        out.append(Text(f"{who}: {info.label.en}; valid {info.validity.en}; {info.reference.en}",
                        f"{who}: {info.label.vi}; hiệu lực {info.validity.vi}; "
                        f"{info.reference.vi}"))
    if getattr(profile, "terrain_heights", "interpolated") == "dem-posts":
        out.append(Text("terrain profiles read at the DEM's own posts (nearest sample, as "
                        "SPLAT! and Signal-Server)",
                        "mặt cắt địa hình đọc tại các điểm mốc của DEM (điểm gần nhất, như "
                        "SPLAT! và Signal-Server)"))
    return out


def validity_notes(cells, profile) -> list:
    """The models in use (:func:`model_statements`), then where they are used outside their
    stated validity, as bilingual notes (one per technology, frequency and model), so results
    say what they rest on."""
    from coverage_planner.core.common.text import Text

    notes = model_statements(cells, profile) if len(cells) else []
    if (_own_models(cells) != "").any():
        groups = ((key, g) for key, g in cells.assign(_model=cell_models(cells, profile))
                  .groupby(["technology", "frequency_mhz", "_model"], sort=True))
    else:  # the profile's model for every cell of a technology
        groups = (((tech, f, profile.models.get(tech, "p452")), g) for (tech, f), g
                  in cells.groupby(["technology", "frequency_mhz"], sort=True))
    for (tech, f, model), g in groups:
        h = g["height_m"].to_numpy(float)
        d = np.array([1000.0, min(profile.max_radius_m, 20000.0)])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", propagation.ModelValidityWarning)
            if model == "hata":
                propagation.hata_loss(d / 1000.0, f, np.clip(h, 30, 200).mean(),
                                      profile.receiver_height_m,
                                      environment=profile.hata_environment)
            elif model == "38901-rma":
                propagation.rma_loss(d, f, h_bs_m=h.mean(), h_ut_m=profile.receiver_height_m)
            elif model == "38901-uma":
                propagation.uma_loss(d, f, h_bs_m=h.mean(), h_ut_m=profile.receiver_height_m)
            elif model in ("p452", "itm"):
                lo, hi = (100.0, 50_000.0) if model == "p452" else (20.0, 20_000.0)
                propagation.common.check_ranges(
                    model, [("frequency", np.asarray([float(f)]), lo, hi, "MHz"),
                            ("h_tx", h, 0.5, 3000.0, "m")])
        for w in caught:
            if issubclass(w.category, propagation.ModelValidityWarning):
                msg = str(w.message)
                notes.append(Text(
                    f"{len(g)} {tech} cells at {f:g} MHz, model '{model}': {msg}",
                    f"{len(g)} cell {tech} tần số {f:g} MHz, mô hình '{model}' dùng ngoài "
                    f"phạm vi hiệu lực: {msg}"))
    return notes
