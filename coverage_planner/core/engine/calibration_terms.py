"""The calibration term a measured drive test adds to a cell's received power.

A calibration against measurements (:mod:`coverage_planner.core.analysis.calibration`) fits, per
operator × technology, an offset and a distance slope, and per clutter class an extra loss. The
link budget adds, for a cell of operator ``o`` and technology ``t`` at distance ``d`` from its
site::

    C(d) = offset_db[o|t] + slope_db_per_decade[o|t] · log10(max(d, 100 m) / reference_m[o|t])

so that the offset is the correction at the group's reference distance (the geometric mean of
its samples' distances, where the offset is best determined; 1 km when absent), and the slope
corrects the model's distance law
(a path-loss exponent error of Δn is a slope of −10·Δn dB per decade). Distances under 100 m
count as 100 m (the term stays bounded next to the mast). The clutter extra losses go in the
profile's clutter table (``extra_db``, :mod:`coverage_planner.core.engine.clutter`), not here.
The form follows the usual drive-test tuning of a Hata-type model (a constant and a distance
coefficient per morphology; e.g. ITU-R SM.1708's model tuning, or the "K1/K2" tuning of
planning tools).

The calibration dictionary (``CoverageProfile.calibration``; ``{}`` when not calibrated)::

    {
      "terms": {                      # per "operator|technology"
        "Viettel|4G": {"offset_db": 2.1, "slope_db_per_decade": -3.0, "reference_m": 4200,
                       "samples": 812},
        ...
      },
      "clutter_extra_db": {"forest": 4.2, ...},   # class -> dB, as written into the clutter table
      "samples": 4213,                # samples the fit used
      "heldout": {                    # k-fold cross-validation, error = predicted − measured
        "before": {"mean": 3.0, "rmse": 9.8, "r2": 0.41},   # raw predictions
        "after": {"mean": 0.1, "rmse": 8.2, "r2": 0.58},    # fitted terms on held-out folds
      },
      "folds": 5,
      "model": {"models": {...}, "hata_environment": "open"},  # the models calibrated
      "date": "2025-06-30",
    }

A group absent from ``terms`` gets no correction (0 dB).
"""

from __future__ import annotations

import numpy as np

#: distances below this count as this (m)
MIN_DISTANCE_M = 100.0
#: the distance at which the offset applies (m)
REFERENCE_DISTANCE_M = 1000.0


def group_key(operator: str, technology: str) -> str:
    """The key of a group in ``calibration["terms"]``: ``"Viettel|4G"``."""
    return f"{operator}|{technology}"


def distance_decades(d_m) -> np.ndarray:
    """log10(max(d, 100 m) / 1000 m): the regressor of the slope (decades from 1 km)."""
    d = np.maximum(np.asarray(d_m, dtype=float), MIN_DISTANCE_M)
    return np.log10(d / REFERENCE_DISTANCE_M)


def calibration_db(calibration: dict, operator: str, technology: str, d_m) -> np.ndarray:
    """The term (dB) added to the received power of a cell of ``operator`` and ``technology``
    at distances ``d_m`` (m) from its site (see the module docstring); zeros when the profile
    is not calibrated or the group has no term. NaN distances give NaN."""
    x = distance_decades(d_m)
    terms = (calibration or {}).get("terms") or {}
    term = terms.get(group_key(operator, technology))
    if not term:
        return np.zeros_like(x)
    offset = float(term.get("offset_db", 0.0) or 0.0)
    slope = float(term.get("slope_db_per_decade", 0.0) or 0.0)
    ref = float(term.get("reference_m", REFERENCE_DISTANCE_M) or REFERENCE_DISTANCE_M)
    return offset + slope * (x - np.log10(ref / REFERENCE_DISTANCE_M))
