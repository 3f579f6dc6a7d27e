"""Clutter (land cover) at the ends of a path: the classes, their raster codes, and the loss.

A clutter raster (GeoTIFF of small integers, one land-cover class per pixel) may come with a data
folder; where one is given, the terrain-aware models add a clutter loss at each end of a path
whose antenna stands below the class's nominal height. The loss is ITU-R P.452-16 §4.5.4's
height-gain model (eq. 57)::

    A_h = 10.25 · F_fc · exp(−d_k) · (1 − tanh[6 (h / h_a − 0.625)]) − 0.33   (dB, ≥ 0 here)
    F_fc = 0.25 + 0.375 · (1 + tanh[7.5 (f − 0.5)])                          (f in GHz)

with ``h`` the antenna's height above ground, ``h_a`` the class's nominal clutter height and
``d_k`` its nominal distance from the antenna to the clutter (km), taken from P.452's Table 4 for
the nearest category. Open land and water have no clutter (``h_a = 0``). A calibration may add a
measured ``extra_db`` per class on top.

The defaults live in the coverage profile (``CoverageProfile.clutter``) so that a planner can
edit them; :data:`DEFAULT_CLUTTER` is the table they start from.
"""

from __future__ import annotations

import numpy as np

#: raster code -> class name (0: no data / unknown, no clutter loss)
CLUTTER_CODES = {1: "dense_urban", 2: "urban", 3: "suburban", 4: "village", 5: "forest",
                 6: "open", 7: "water"}
CLUTTER_CLASSES = tuple(CLUTTER_CODES.values())
#: class names in Vietnamese, for the UI and the reports
CLUTTER_NAMES_VI = {"dense_urban": "đô thị dày đặc", "urban": "đô thị",
                    "suburban": "ven đô", "village": "làng, bản", "forest": "rừng",
                    "open": "đất trống", "water": "mặt nước"}

#: P.452-16 Table 4's nominal height (m) and distance (m) for the nearest category, and a
#: calibrated extra loss (dB, 0 until a calibration sets it)
DEFAULT_CLUTTER = {
    "dense_urban": {"height_m": 25.0, "distance_m": 20.0, "extra_db": 0.0},
    "urban": {"height_m": 20.0, "distance_m": 20.0, "extra_db": 0.0},
    "suburban": {"height_m": 9.0, "distance_m": 25.0, "extra_db": 0.0},
    "village": {"height_m": 5.0, "distance_m": 70.0, "extra_db": 0.0},
    "forest": {"height_m": 15.0, "distance_m": 50.0, "extra_db": 0.0},
    "open": {"height_m": 0.0, "distance_m": 0.0, "extra_db": 0.0},
    "water": {"height_m": 0.0, "distance_m": 0.0, "extra_db": 0.0},
}


def height_gain_loss(h_m, h_a_m, d_k_m, f_mhz) -> np.ndarray:
    """P.452 eq. 57 clutter loss (dB, ≥ 0) for an antenna ``h_m`` above ground among clutter of
    nominal height ``h_a_m`` at ``d_k_m``; 0 where the class has no height. Broadcasts."""
    h = np.asarray(h_m, dtype=float)
    ha = np.asarray(h_a_m, dtype=float)
    dk = np.asarray(d_k_m, dtype=float) / 1000.0
    f_ghz = float(f_mhz) / 1000.0
    ffc = 0.25 + 0.375 * (1.0 + np.tanh(7.5 * (f_ghz - 0.5)))
    with np.errstate(divide="ignore", invalid="ignore"):
        ah = 10.25 * ffc * np.exp(-dk) * (1.0 - np.tanh(6.0 * (h / ha - 0.625))) - 0.33
    return np.where(ha > 0, np.maximum(ah, 0.0), 0.0)


def class_table(clutter: dict) -> np.ndarray:
    """(8, 3) array indexed by raster code: height_m, distance_m, extra_db (row 0: none)."""
    out = np.zeros((len(CLUTTER_CODES) + 1, 3))
    for code, name in CLUTTER_CODES.items():
        row = {**DEFAULT_CLUTTER[name], **(clutter or {}).get(name, {})}
        out[code] = row["height_m"], row["distance_m"], row.get("extra_db", 0.0)
    return out


def clutter_loss(codes, h_m, f_mhz, clutter: dict, height_gain: bool = True,
                 extra: bool = True) -> np.ndarray:
    """Loss (dB) at the ends whose clutter class codes are ``codes`` (int array; out-of-range
    codes count as none), for antennas ``h_m`` above ground: the height-gain loss (unless
    ``height_gain`` is False: an empirical model that holds its environment already) plus the
    calibrated ``extra_db`` (a receiver's: ``extra=False`` at the mast). 0 everywhere when
    every code is 0 (no clutter raster)."""
    c = np.asarray(codes, dtype=np.int64)
    if not c.any():
        return np.zeros(c.shape)
    table = class_table(clutter)
    c = np.where((c >= 0) & (c < len(table)), c, 0)
    t = table[c]
    more = t[..., 2] if extra else 0.0
    if not height_gain:
        return np.zeros(c.shape) + more
    return height_gain_loss(h_m, t[..., 0], t[..., 1], f_mhz) + more


def class_name(name: str, lang: str) -> str:
    """A clutter class's name for the user (Vietnamese or the English key, spaced)."""
    if lang == "vi":
        return CLUTTER_NAMES_VI.get(name, name)
    return name.replace("_", " ")
