"""3GPP TR 38.901 (v16/v17) Table 7.4.1-1 path losses: rural macro (RMa) and urban macro (UMa)."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from coverage_planner.core.engine.propagation.common import (
    as_floats,
    check_ranges,
    scalar_or_array,
)

__all__ = ["rma_loss", "uma_loss"]

#: c as written in 3GPP TR 38.901 for the breakpoint distances, m/s.
_C_3GPP = 3.0e8


def _rma_pl1(d3d, fc_ghz, h):
    """RMa LOS PL1 as a function of the (3-D) distance."""
    return (20.0 * np.log10(40.0 * np.pi * d3d * fc_ghz / 3.0)
            + np.minimum(0.03 * h ** 1.72, 10.0) * np.log10(d3d)
            - np.minimum(0.044 * h ** 1.72, 14.77) + 0.002 * np.log10(h) * d3d)


def rma_loss(d_2d_m: ArrayLike, f_mhz: ArrayLike, h_bs_m: ArrayLike = 35.0, h_ut_m: ArrayLike = 1.5,
             los: ArrayLike = True, h_building: ArrayLike = 5.0, w_street: ArrayLike = 20.0) -> np.ndarray | float:
    """3GPP TR 38.901 (v16/v17) Table 7.4.1-1 rural macro (RMa) path loss, dB.

    LOS: PL1 = 20 log10(40 pi d_3D f_c / 3) + min(0.03 h^1.72, 10) log10(d_3D)
    - min(0.044 h^1.72, 14.77) + 0.002 log10(h) d_3D for d_2D <= d_BP, and
    PL2 = PL1(d_BP) + 40 log10(d_3D / d_BP) beyond, with d_BP = 2 pi h_BS h_UT f_c / c
    (f_c in Hz, c = 3e8 m/s; f_c in GHz inside PL1). PL1(d_BP) evaluates PL1 at a distance of
    d_BP, as the table writes it.
    NLOS: max(PL_LOS, PL'_NLOS), PL'_NLOS = 161.04 - 7.1 log10(W) + 7.5 log10(h)
    - (24.37 - 3.7 (h/h_BS)^2) log10(h_BS) + (43.42 - 3.1 log10(h_BS)) (log10(d_3D) - 3)
    + 20 log10(f_c) - (3.2 (log10(11.75 h_UT))^2 - 4.97).
    d_3D = sqrt(d_2D^2 + (h_BS - h_UT)^2). No shadow fading is added (median loss).

    Parameters
    ----------
    d_2d_m : array_like
        Horizontal distance, m. Valid 10 m-10 km (LOS), 10 m-5 km (NLOS).
    f_mhz : array_like
        Frequency, MHz. Valid 500-30 000 MHz (RMa is defined to 30 GHz).
    h_bs_m : array_like, default 35
        Base-station height, m. Valid 10-150 m.
    h_ut_m : array_like, default 1.5
        User-terminal height, m. Valid 1-10 m.
    los : bool or array_like of bool, default True
        Line of sight (broadcast with the distances).
    h_building, w_street : array_like, default 5 and 20
        Average building height h and street width W, m. Valid 5-50 m each.

    Returns
    -------
    ndarray or float
        Median loss, dB (one :class:`ModelValidityWarning` outside the validity ranges).
    """
    d2, f, hbs, hut, h, w = (as_floats(x)
                             for x in (d_2d_m, f_mhz, h_bs_m, h_ut_m, h_building, w_street))
    los_b = np.asarray(los, dtype=bool)
    los_b, d2 = np.broadcast_arrays(los_b, d2)
    check_ranges("3GPP TR 38.901 RMa", [
        ("frequency", f, 500.0, 30_000.0, "MHz"), ("h_BS", hbs, 10.0, 150.0, "m"),
        ("h_UT", hut, 1.0, 10.0, "m"), ("building height", h, 5.0, 50.0, "m"),
        ("street width", w, 5.0, 50.0, "m"),
        ("LOS distance", np.where(los_b, d2, np.nan), 10.0, 10_000.0, "m"),
        ("NLOS distance", np.where(los_b, np.nan, d2), 10.0, 5_000.0, "m")])
    fc = f / 1000.0
    d3 = np.hypot(d2, hbs - hut)
    d_bp = 2.0 * np.pi * hbs * hut * f * 1e6 / _C_3GPP
    with np.errstate(divide="ignore", invalid="ignore"):
        pl1 = _rma_pl1(d3, fc, h)
        pl2 = _rma_pl1(d_bp, fc, h) + 40.0 * np.log10(d3 / d_bp)
        pl_los = np.where(d2 <= d_bp, pl1, pl2)
        pl_nlos_p = (161.04 - 7.1 * np.log10(w) + 7.5 * np.log10(h)
                     - (24.37 - 3.7 * (h / hbs) ** 2) * np.log10(hbs)
                     + (43.42 - 3.1 * np.log10(hbs)) * (np.log10(d3) - 3.0)
                     + 20.0 * np.log10(fc) - (3.2 * np.log10(11.75 * hut) ** 2 - 4.97))
    return scalar_or_array(np.where(los_b, pl_los, np.maximum(pl_los, pl_nlos_p)))


def uma_loss(d_2d_m: ArrayLike, f_mhz: ArrayLike, h_bs_m: ArrayLike = 25.0, h_ut_m: ArrayLike = 1.5,
             los: ArrayLike = True) -> np.ndarray | float:
    """3GPP TR 38.901 (v16/v17) Table 7.4.1-1 urban macro (UMa) path loss, dB.

    LOS: PL1 = 28.0 + 22 log10(d_3D) + 20 log10(f_c) for d_2D <= d'_BP, and
    PL2 = 28.0 + 40 log10(d_3D) + 20 log10(f_c) - 9 log10(d'_BP^2 + (h_BS - h_UT)^2) beyond, with
    d'_BP = 4 h'_BS h'_UT f_c / c, h'_BS = h_BS - h_E, h'_UT = h_UT - h_E (f_c in Hz, c = 3e8;
    f_c in GHz elsewhere).
    NLOS: max(PL_LOS, PL'_NLOS), PL'_NLOS = 13.54 + 39.08 log10(d_3D) + 20 log10(f_c)
    - 0.6 (h_UT - 1.5).

    **Simplification:** the effective environment height is fixed at h_E = 1 m. TR 38.901 draws
    h_E at random (1 m with probability 1 / (1 + C(d_2D, h_UT)), otherwise from
    {12, 15, ..., h_UT - 1.5}); for h_UT <= 13 m, C = 0 and h_E = 1 m exactly, which covers
    handsets. No shadow fading (median loss).

    Parameters
    ----------
    d_2d_m : array_like
        Horizontal distance, m. Valid 10 m-5 km.
    f_mhz : array_like
        Frequency, MHz. Valid 500-100 000 MHz.
    h_bs_m : array_like, default 25
        Base-station height, m. TR 38.901 defines UMa for 25 m only; other values warn.
    h_ut_m : array_like, default 1.5
        User-terminal height, m. Valid 1.5-22.5 m.
    los : bool or array_like of bool, default True

    Returns
    -------
    ndarray or float
        Median loss, dB (one :class:`ModelValidityWarning` outside the validity ranges).
    """
    d2, f, hbs, hut = as_floats(d_2d_m), as_floats(f_mhz), as_floats(h_bs_m), as_floats(h_ut_m)
    los_b, d2 = np.broadcast_arrays(np.asarray(los, dtype=bool), d2)
    check_ranges("3GPP TR 38.901 UMa", [
        ("frequency", f, 500.0, 100_000.0, "MHz"), ("h_BS", hbs, 25.0, 25.0, "m"),
        ("h_UT", hut, 1.5, 22.5, "m"), ("distance", d2, 10.0, 5_000.0, "m")])
    h_e = 1.0
    fc = f / 1000.0
    d3 = np.hypot(d2, hbs - hut)
    d_bp = 4.0 * (hbs - h_e) * (hut - h_e) * f * 1e6 / _C_3GPP
    with np.errstate(divide="ignore", invalid="ignore"):
        pl1 = 28.0 + 22.0 * np.log10(d3) + 20.0 * np.log10(fc)
        pl2 = (28.0 + 40.0 * np.log10(d3) + 20.0 * np.log10(fc)
               - 9.0 * np.log10(d_bp ** 2 + (hbs - hut) ** 2))
        pl_los = np.where(d2 <= d_bp, pl1, pl2)
        pl_nlos_p = 13.54 + 39.08 * np.log10(d3) + 20.0 * np.log10(fc) - 0.6 * (hut - 1.5)
    return scalar_or_array(np.where(los_b, pl_los, np.maximum(pl_los, pl_nlos_p)))
