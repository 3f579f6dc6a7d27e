"""Radio propagation models for coverage planning, vectorised with numpy (no Qt).

Every function accepts scalars or numpy arrays and broadcasts them; a 0-d result is returned as a
numpy ``float64`` scalar. Each empirical model checks its validity range and, when an input falls
outside it, still evaluates the formula but issues **one** :class:`ModelValidityWarning` per call
(not one per element) naming the offending parameter(s). Silence it with
``warnings.simplefilter("ignore", ModelValidityWarning)`` once you have decided to extrapolate.

Conventions
-----------
- Losses in dB, **positive** (a larger number is a weaker signal).
- Frequencies in MHz; distances in metres unless the argument name says ``_km``; heights in metres
  (antenna heights above local ground, terrain heights above sea level).
- Angles in degrees; azimuths/bearings clockwise from north; vertical angles positive *below*
  the horizon (see :mod:`coverage_planner.core.engine.antenna`, re-exported here).
- Speed of light c = 299 792 458 m/s, except inside the 3GPP formulas, which use the
  c = 3.0e8 m/s that TR 38.901 states for its breakpoint distances.

Models
------
=============================  ===================  ====================================================
function                       frequency            validity (warning outside)
=============================  ===================  ====================================================
free_space_loss                any                  far field; d > 0
okumura_hata_loss              150-1500 MHz         h_base 30-200 m, h_mobile 1-10 m, d 1-20 km
cost231_hata_loss              1500-2000 MHz        same geometry as Okumura-Hata
hata_loss (dispatcher)         150-2000 MHz         as above; COST-231 from 1500 MHz (and above
                                                    2000 MHz, e.g. 3G at 2100 MHz, with a warning)
path_loss_area                 150-2000 MHz         max(free space, Hata): no lower distance limit
rma_loss (TR 38.901 RMa)       0.5-30 GHz           h_BS 10-150 m, h_UT 1-10 m, h 5-50 m, W 5-50 m;
                                                    d_2D 10 m-10 km (LOS), 10 m-5 km (NLOS)
uma_loss (TR 38.901 UMa)       0.5-100 GHz          h_BS = 25 m, h_UT 1.5-22.5 m, d_2D 10 m-5 km
knife_edge_loss, fresnel_v     any                  ITU-R P.526 single knife edge, J(v)
bullington_loss                any                  ITU-R P.526 §4.5.1 Bullington, terrain profile
deygout_loss                   any                  Deygout construction (principal + 2 secondary)
antenna_gain_db and parts      any                  3GPP TR 36.814 / 38.901 sector patterns
=============================  ===================  ====================================================

Choices worth knowing
---------------------
- Diffraction losses (Bullington, Deygout) are *excess* losses, to be added to free-space loss.
  Both include the earth curvature through the effective radius k a (k = 4/3, a = 6371 km).
- The empirical terms are **off** by default: P.526 §4.5.1's
  [1 - exp(-L/6)] (10 + 0.02 d) for Bullington, and the older P.526 Deygout correction
  T [.. + C]; each function has an ``empirical_correction`` switch.
- Okumura-Hata large city: a(h_m) switches from the <= 200 MHz to the >= 400 MHz formula at 300 MHz.
- COST-231 uses the medium-city a(h_m); its suburban / open variants borrow Hata's corrections.
- UMa uses a fixed effective environment height h_E = 1 m (38.901 draws it at random).
- Results are median losses: no shadow fading, no clutter, no indoor penetration.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
from numpy.typing import ArrayLike

from coverage_planner.core.engine.antenna import (
    antenna_gain_db,
    depression_angle_deg,
    horizontal_gain_db,
    vertical_gain_db,
    wrap_angle_deg,
)

__all__ = [
    "C_LIGHT",
    "EARTH_RADIUS_M",
    "FSPL_CONSTANT_DB",
    "ModelValidityWarning",
    "antenna_gain_db",
    "bullington_loss",
    "cost231_hata_loss",
    "depression_angle_deg",
    "deygout_loss",
    "earth_bulge_m",
    "free_space_loss",
    "fresnel_v",
    "hata_loss",
    "horizontal_gain_db",
    "knife_edge_loss",
    "okumura_hata_loss",
    "path_loss_area",
    "rma_loss",
    "uma_loss",
    "vertical_gain_db",
    "wrap_angle_deg",
]

#: Speed of light in vacuum, m/s.
C_LIGHT = 299_792_458.0
#: c as written in 3GPP TR 38.901 for the breakpoint distances, m/s.
_C_3GPP = 3.0e8
#: Mean Earth radius used with the effective-earth factor k (ITU-R P.526: a = 6371 km), m.
EARTH_RADIUS_M = 6_371_000.0
#: 20 log10(4 pi 1e9 / c) = 32.4478 dB: free-space loss at 1 km and 1 MHz (exact, not 32.45).
FSPL_CONSTANT_DB = 20.0 * math.log10(4.0 * math.pi * 1e9 / C_LIGHT)

_HATA_ENVIRONMENTS = ("urban", "suburban", "open")


class ModelValidityWarning(UserWarning):
    """An input is outside the range a propagation model was fitted or defined for."""


# --------------------------------------------------------------------------------- helpers


def _f(x: ArrayLike) -> np.ndarray:
    return np.asarray(x, dtype=float)


def _out(a: ArrayLike) -> np.ndarray | float:
    a = np.asarray(a, dtype=float)
    return a[()] if a.ndim == 0 else a


def _check(model: str, limits: list[tuple[str, ArrayLike, float, float, str]],
           stacklevel: int = 3) -> None:
    """Warn once if any value lies outside [lo, hi] (NaN ignored); limits: (name, values, lo, hi, unit)."""
    problems = []
    for name, values, lo, hi, unit in limits:
        v = np.asarray(values, dtype=float)
        bad = v[(v < lo) | (v > hi)]
        if bad.size:
            got = f"{bad.min():g}" if bad.min() == bad.max() else f"{bad.min():g}..{bad.max():g}"
            count = f" ({bad.size} of {v.size} values)" if v.size > 1 else ""
            valid = f"{lo:g}" if lo == hi else f"{lo:g}-{hi:g}"
            problems.append(f"{name} {got} {unit}{count} outside {valid} {unit}")
    if problems:
        warnings.warn(
            f"{model} used outside its validity range: {'; '.join(problems)}; result extrapolated",
            ModelValidityWarning,
            stacklevel=stacklevel,
        )


def _environment(environment: str) -> str:
    if environment not in _HATA_ENVIRONMENTS:
        raise ValueError(f"environment must be one of {_HATA_ENVIRONMENTS}, not {environment!r}")
    return environment


def _city(city: str) -> None:
    if city not in ("medium", "large"):
        raise ValueError(f"city must be 'medium' or 'large', not {city!r}")


# ----------------------------------------------------------------------------- free space


def free_space_loss(d_m: ArrayLike, f_mhz: ArrayLike) -> np.ndarray | float:
    """Free-space basic transmission loss (Friis), dB.

    L = 20 log10(d_km) + 20 log10(f_MHz) + 32.4478, with the exact constant
    :data:`FSPL_CONSTANT_DB` = 20 log10(4 pi 1e9 / c) (the rounded 32.45 differs by 0.002 dB).

    Parameters
    ----------
    d_m : array_like
        Distance (3-D if the antennas differ much in height), metres.
    f_mhz : array_like
        Frequency, MHz.

    Returns
    -------
    ndarray or float
        Loss in dB; 1 km at 900 MHz gives 91.53 dB.

    Notes
    -----
    Valid at any frequency in the far field. Non-positive distances or frequencies give -inf or
    NaN and a :class:`ModelValidityWarning`.
    """
    d, f = _f(d_m), _f(f_mhz)
    if np.any(d <= 0) or np.any(f <= 0):
        warnings.warn("free space: non-positive distance or frequency (result -inf or NaN)",
                      ModelValidityWarning, stacklevel=2)
    with np.errstate(divide="ignore", invalid="ignore"):
        return _out(20.0 * np.log10(d / 1000.0) + 20.0 * np.log10(f) + FSPL_CONSTANT_DB)


# ----------------------------------------------------------------------------------- Hata


def _a_hm(f: np.ndarray, hm: np.ndarray, large_city: bool) -> np.ndarray:
    """Mobile-antenna height correction a(hm) of Hata (1980), dB."""
    lf = np.log10(f)
    if not large_city:  # medium / small city
        return (1.1 * lf - 0.7) * hm - (1.56 * lf - 0.8)
    # large city: Hata gives f <= 200 MHz and f >= 400 MHz; we switch at 300 MHz
    return np.where(f < 300.0,
                    8.29 * np.log10(1.54 * hm) ** 2 - 1.1,
                    3.2 * np.log10(11.75 * hm) ** 2 - 4.97)


def _environment_correction(f: np.ndarray, environment: str) -> np.ndarray:
    """Hata's suburban / open-area corrections (added to the urban loss), dB."""
    lf = np.log10(f)
    if environment == "suburban":
        return -2.0 * np.log10(f / 28.0) ** 2 - 5.4
    if environment == "open":
        return -4.78 * lf ** 2 + 18.33 * lf - 40.94
    return np.zeros_like(lf)


def _okumura_hata(d_km, f, hb, hm, environment: str, large_city: bool) -> np.ndarray:
    urban = (69.55 + 26.16 * np.log10(f) - 13.82 * np.log10(hb) - _a_hm(f, hm, large_city)
             + (44.9 - 6.55 * np.log10(hb)) * np.log10(d_km))
    return urban + _environment_correction(f, environment)


def _cost231(d_km, f, hb, hm, environment: str, metropolitan: bool) -> np.ndarray:
    urban = (46.3 + 33.9 * np.log10(f) - 13.82 * np.log10(hb) - _a_hm(f, hm, False)
             + (44.9 - 6.55 * np.log10(hb)) * np.log10(d_km) + (3.0 if metropolitan else 0.0))
    return urban + _environment_correction(f, environment)


def _hata_geometry(d_km, hb, hm, d_min_km: float = 1.0) -> list:
    return [("base height", hb, 30.0, 200.0, "m"), ("mobile height", hm, 1.0, 10.0, "m"),
            ("distance", d_km, d_min_km, 20.0, "km")]


def okumura_hata_loss(d_km: ArrayLike, f_mhz: ArrayLike, h_base_m: ArrayLike, h_mobile_m: ArrayLike,
                      environment: str = "urban", city: str = "medium") -> np.ndarray | float:
    """Okumura-Hata median path loss (Hata 1980), dB.

    L_urban = 69.55 + 26.16 log f - 13.82 log h_b - a(h_m) + (44.9 - 6.55 log h_b) log d, with
    a(h_m) = (1.1 log f - 0.7) h_m - (1.56 log f - 0.8) for a medium/small city, or for a large
    city 8.29 (log 1.54 h_m)^2 - 1.1 (f <= 200 MHz) / 3.2 (log 11.75 h_m)^2 - 4.97 (f >= 400 MHz;
    we switch between the two at 300 MHz). Suburban: L_urban - 2 [log(f/28)]^2 - 5.4.
    Open area: L_urban - 4.78 (log f)^2 + 18.33 log f - 40.94.

    Parameters
    ----------
    d_km : array_like
        Distance, km. Valid 1-20 km.
    f_mhz : array_like
        Frequency, MHz. Valid 150-1500 MHz.
    h_base_m : array_like
        Base-station antenna height above ground, m. Valid 30-200 m.
    h_mobile_m : array_like
        Mobile antenna height above ground, m. Valid 1-10 m.
    environment : {"urban", "suburban", "open"}
        Land use around the mobile.
    city : {"medium", "large"}
        Which a(h_m) to use (also under the suburban/open corrections).

    Returns
    -------
    ndarray or float
        Median loss, dB. Outside the validity ranges the formula is still evaluated and one
        :class:`ModelValidityWarning` is issued.
    """
    env = _environment(environment)
    _city(city)
    d, f, hb, hm = _f(d_km), _f(f_mhz), _f(h_base_m), _f(h_mobile_m)
    _check("Okumura-Hata", [("frequency", f, 150.0, 1500.0, "MHz"), *_hata_geometry(d, hb, hm)])
    with np.errstate(divide="ignore", invalid="ignore"):
        return _out(_okumura_hata(d, f, hb, hm, env, city == "large"))


def cost231_hata_loss(d_km: ArrayLike, f_mhz: ArrayLike, h_base_m: ArrayLike, h_mobile_m: ArrayLike,
                      environment: str = "urban", metropolitan: bool = False) -> np.ndarray | float:
    """COST-231 Hata median path loss (COST 231 final report, 1999), dB.

    L = 46.3 + 33.9 log f - 13.82 log h_b - a(h_m) + (44.9 - 6.55 log h_b) log d + C_m, with the
    medium-city a(h_m) of Hata and C_m = 0 dB (medium city, suburban centres) or 3 dB
    (metropolitan centres).

    For ``environment="suburban"`` or ``"open"`` the Hata suburban / open-area corrections (see
    :func:`okumura_hata_loss`) are added. That is common planning practice, not part of
    COST-231 itself, which defines only the urban model.

    Parameters
    ----------
    d_km, f_mhz, h_base_m, h_mobile_m : array_like
        As :func:`okumura_hata_loss`; frequency valid 1500-2000 MHz, same geometry limits
        (d 1-20 km, h_b 30-200 m, h_m 1-10 m).
    environment : {"urban", "suburban", "open"}
    metropolitan : bool
        Add C_m = 3 dB (dense metropolitan centre).

    Returns
    -------
    ndarray or float
        Median loss, dB (one :class:`ModelValidityWarning` outside the validity ranges).
    """
    env = _environment(environment)
    d, f, hb, hm = _f(d_km), _f(f_mhz), _f(h_base_m), _f(h_mobile_m)
    _check("COST-231 Hata", [("frequency", f, 1500.0, 2000.0, "MHz"), *_hata_geometry(d, hb, hm)])
    with np.errstate(divide="ignore", invalid="ignore"):
        return _out(_cost231(d, f, hb, hm, env, metropolitan))


def _hata_dispatch(d_km, f, hb, hm, env, city) -> np.ndarray:
    large = city == "large"
    with np.errstate(divide="ignore", invalid="ignore"):
        if np.ndim(f) == 0:  # one frequency (a cell): evaluate only the model that applies
            model = _okumura_hata if float(f) < 1500.0 else _cost231
            return model(d_km, f, hb, hm, env, large)
        return np.where(f < 1500.0, _okumura_hata(d_km, f, hb, hm, env, large),
                        _cost231(d_km, f, hb, hm, env, large))


def hata_loss(d_km: ArrayLike, f_mhz: ArrayLike, h_base_m: ArrayLike, h_mobile_m: ArrayLike,
              environment: str = "urban", city: str = "medium") -> np.ndarray | float:
    """Hata-family loss: Okumura-Hata below 1500 MHz, COST-231 Hata from 1500 MHz, dB.

    COST-231 is also used above its 2000 MHz limit (3G/4G at 2100 MHz is common in practice),
    with a :class:`ModelValidityWarning`. ``city="large"`` selects the large-city a(h_m) for
    Okumura-Hata and C_m = 3 dB (metropolitan) for COST-231. Distances below 1 km are evaluated
    with the formula (which falls below free space a few tens of metres out) and warned about; use
    :func:`path_loss_area` for a loss that is valid close in.

    Parameters
    ----------
    d_km, f_mhz, h_base_m, h_mobile_m : array_like
        Distance (km), frequency (MHz, valid 150-2000), antenna heights above ground (m).
    environment : {"urban", "suburban", "open"}
    city : {"medium", "large"}

    Returns
    -------
    ndarray or float
        Median loss, dB.
    """
    env = _environment(environment)
    _city(city)
    d, f, hb, hm = _f(d_km), _f(f_mhz), _f(h_base_m), _f(h_mobile_m)
    _check("Hata (Okumura-Hata / COST-231)",
           [("frequency", f, 150.0, 2000.0, "MHz"), *_hata_geometry(d, hb, hm)])
    return _out(_hata_dispatch(d, f, hb, hm, env, city))


def path_loss_area(d_m: ArrayLike, f_mhz: ArrayLike, h_base_m: ArrayLike, h_mobile_m: ArrayLike,
                   environment: str = "urban", city: str = "medium") -> np.ndarray | float:
    """Point-to-area loss for coverage maps: max(free space, Hata), dB.

    Below about 1 km the Hata formulas fall *below* free-space loss, which is unphysical; taking
    the maximum with the free-space loss over the slant (3-D) distance
    sqrt(d^2 + (h_base - h_mobile)^2) keeps close-in losses at or above free space and finite at
    d = 0. Hata is :func:`hata_loss` (Okumura-Hata < 1500 MHz <= COST-231).

    Parameters
    ----------
    d_m : array_like
        Horizontal distance, **metres** (any value >= 0; warns beyond 20 km).
    f_mhz, h_base_m, h_mobile_m : array_like
        Frequency (MHz, valid 150-2000) and antenna heights above ground (m).
    environment : {"urban", "suburban", "open"}
    city : {"medium", "large"}

    Returns
    -------
    ndarray or float
        Loss, dB. No warning for short distances (that is this function's purpose); one
        :class:`ModelValidityWarning` for the other limits.
    """
    env = _environment(environment)
    _city(city)
    d, f, hb, hm = _f(d_m), _f(f_mhz), _f(h_base_m), _f(h_mobile_m)
    _check("Hata (Okumura-Hata / COST-231)",
           [("frequency", f, 150.0, 2000.0, "MHz"), *_hata_geometry(d / 1000.0, hb, hm, 0.0)])
    slant = np.hypot(d, hb - hm)
    with np.errstate(divide="ignore", invalid="ignore"):
        fs = 20.0 * np.log10(slant / 1000.0) + 20.0 * np.log10(f) + FSPL_CONSTANT_DB
    return _out(np.fmax(fs, _hata_dispatch(d / 1000.0, f, hb, hm, env, city)))


# ------------------------------------------------------------------------ 3GPP TR 38.901


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
    d2, f, hbs, hut, h, w = (_f(x) for x in (d_2d_m, f_mhz, h_bs_m, h_ut_m, h_building, w_street))
    los_b = np.asarray(los, dtype=bool)
    los_b, d2 = np.broadcast_arrays(los_b, d2)
    _check("3GPP TR 38.901 RMa", [
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
    return _out(np.where(los_b, pl_los, np.maximum(pl_los, pl_nlos_p)))


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
    d2, f, hbs, hut = _f(d_2d_m), _f(f_mhz), _f(h_bs_m), _f(h_ut_m)
    los_b, d2 = np.broadcast_arrays(np.asarray(los, dtype=bool), d2)
    _check("3GPP TR 38.901 UMa", [
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
    return _out(np.where(los_b, pl_los, np.maximum(pl_los, pl_nlos_p)))


# ------------------------------------------------------------------- diffraction, P.526


def knife_edge_loss(v: ArrayLike) -> np.ndarray | float:
    """ITU-R P.526 single knife-edge loss J(v), dB.

    J(v) = 6.9 + 20 log10(sqrt((v - 0.1)^2 + 1) + v - 0.1) for v > -0.78, else 0 (the
    approximation of P.526 §4.1, eq. (31) in P.526-15). J(0) = 6.03 dB, J(1) = 13.93 dB.
    NaN stays NaN.
    """
    v = _f(v)
    out = np.where(np.isnan(v), np.nan, 0.0)
    hit = v > -0.78  # evaluate the logarithm only where there is a loss
    w = v[hit] - 0.1
    out[hit] = 6.9 + 20.0 * np.log10(np.sqrt(w * w + 1.0) + w)
    return _out(out)


def fresnel_v(h_m: ArrayLike, d1_m: ArrayLike, d2_m: ArrayLike, f_mhz: ArrayLike) -> np.ndarray | float:
    """Fresnel-Kirchhoff diffraction parameter v = h sqrt(2 (d1 + d2) / (lambda d1 d2)).

    Parameters
    ----------
    h_m : array_like
        Height of the edge above the straight line joining the two ends, m (negative below).
    d1_m, d2_m : array_like
        Distances from the two ends to the edge, m.
    f_mhz : array_like
        Frequency, MHz (lambda = c / f).
    """
    lam = C_LIGHT / (_f(f_mhz) * 1e6)
    d1, d2 = _f(d1_m), _f(d2_m)
    return _out(_f(h_m) * np.sqrt(2.0 * (d1 + d2) / (lam * d1 * d2)))


def earth_bulge_m(d1_m: ArrayLike, d2_m: ArrayLike, k: ArrayLike = 4.0 / 3.0) -> np.ndarray | float:
    """Height of the effective-earth bulge above the chord, d1 d2 / (2 k a), m (a = 6371 km).

    ``k = inf`` gives a flat earth (0 m); k = 4/3 is the median atmosphere.
    """
    return _out(_f(d1_m) * _f(d2_m) / (2.0 * _f(k) * EARTH_RADIUS_M))


def _profiles(dist_m, heights_m, h_tx_m, h_rx_m, f_mhz, k):
    """Normalise profile inputs to 2-D: distances from Tx, effective heights, terminal heights."""
    h = _f(heights_m)
    if h.ndim not in (1, 2):
        raise ValueError("heights_m must be 1-D (one profile) or 2-D (n_profiles, n_points)")
    single = h.ndim == 1
    h = np.atleast_2d(h)
    d = np.broadcast_to(np.atleast_2d(_f(dist_m)), h.shape)
    if h.shape[1] < 2:
        raise ValueError("a profile needs at least two points (transmitter and receiver)")
    if np.any(np.diff(d, axis=1) <= 0):
        raise ValueError("profile distances must be strictly increasing")
    d = d - d[:, :1]
    total = d[:, -1:]
    g = h + _f(earth_bulge_m(d, total - d, k))
    m = h.shape[0]
    hts = (h[:, 0] + np.broadcast_to(_f(h_tx_m), (m,)))[:, None]
    hrs = (h[:, -1] + np.broadcast_to(_f(h_rx_m), (m,)))[:, None]
    lam = (C_LIGHT / (np.broadcast_to(_f(f_mhz), (m,)) * 1e6))[:, None]
    return single, d, g, total, hts, hrs, lam


def bullington_loss(dist_m: ArrayLike, heights_m: ArrayLike, h_tx_m: ArrayLike, h_rx_m: ArrayLike,
                    f_mhz: ArrayLike, k: float = 4.0 / 3.0,
                    empirical_correction: bool = False) -> np.ndarray | float:
    """Diffraction loss over a terrain profile by the Bullington method (ITU-R P.526 §4.5.1), dB.

    Heights are raised by the effective-earth bulge d_i (d - d_i) / (2 k a). If no intermediate
    point rises above the Tx-Rx line (S_tim < S_tr) the path is LOS and the loss is J(v_max) of the
    point with the highest v. Otherwise the Bullington point is the intersection of the steepest
    line from the Tx (slope S_tim) with the steepest line from the Rx (S_rim), at
    d_b = (h_rs - h_ts + S_rim d) / (S_tim + S_rim), and the loss is J(v_b) of that equivalent edge.

    Parameters
    ----------
    dist_m : array_like
        Distances of the profile points, m, strictly increasing; the first point is at the
        transmitter, the last at the receiver. 1-D, shared by all profiles, or 2-D like heights.
    heights_m : array_like
        Ground heights above sea level, m: shape (n_points,) or a batch (n_profiles, n_points).
    h_tx_m, h_rx_m : array_like
        Antenna heights above the ground at the two ends, m (scalar or one per profile).
    f_mhz : array_like
        Frequency, MHz (scalar or one per profile).
    k : float, default 4/3
        Effective-earth-radius factor (``np.inf`` for a flat earth).
    empirical_correction : bool, default False
        Add the empirical term [1 - exp(-L_uc/6)] (10 + 0.02 d_km) to L_uc = J(v), as P.526
        §4.5.1 and the Bullington part of P.452 / P.1812 do. Off by default so that a single
        edge gives exactly its knife-edge loss; turn it on to follow those Recommendations.

    Returns
    -------
    ndarray or float
        Excess loss over free space, dB, >= 0: a float for one profile, shape (n_profiles,) for a
        batch. Profiles with no intermediate point give 0.
    """
    single, d, g, total, hts, hrs, lam = _profiles(dist_m, heights_m, h_tx_m, h_rx_m, f_mhz, k)
    if d.shape[1] < 3:
        loss = np.zeros(d.shape[0])
    else:
        di, gi = d[:, 1:-1], g[:, 1:-1]
        with np.errstate(divide="ignore", invalid="ignore"):
            s_tim = np.max((gi - hts) / di, axis=1, keepdims=True)
            s_tr = (hrs - hts) / total
            los_line = (hts * (total - di) + hrs * di) / total
            v_max = np.max((gi - los_line) * np.sqrt(2.0 * total / (lam * di * (total - di))),
                           axis=1, keepdims=True)
            s_rim = np.max((gi - hrs) / (total - di), axis=1, keepdims=True)
            d_b = (hrs - hts + s_rim * total) / (s_tim + s_rim)
            v_b = ((hts + s_tim * d_b - (hts * (total - d_b) + hrs * d_b) / total)
                   * np.sqrt(2.0 * total / (lam * d_b * (total - d_b))))
        v = np.where(s_tim < s_tr, v_max, v_b)[:, 0]
        loss = _f(knife_edge_loss(v))
    if empirical_correction:
        loss = loss + (1.0 - np.exp(-loss / 6.0)) * (10.0 + 0.02 * total[:, 0] / 1000.0)
    return _out(loss[0]) if single else loss


def deygout_loss(dist_m: ArrayLike, heights_m: ArrayLike, h_tx_m: ArrayLike, h_rx_m: ArrayLike,
                 f_mhz: ArrayLike, k: float = 4.0 / 3.0, max_edges: int = 3,
                 empirical_correction: bool = False) -> np.ndarray | float:
    """Diffraction loss over a terrain profile by the Deygout construction, dB.

    The principal edge p is the intermediate point with the highest v relative to the Tx-Rx line
    (heights raised by the effective-earth bulge). If v_p > -0.78, the sub-paths Tx-p and p-Rx
    (ending on the top of p) are searched the same way for a secondary edge t and r; otherwise
    the loss is 0 and no secondary edge is counted. Total: J(v_p) + J(v_t) + J(v_r).

    Deygout suits a few isolated, sharp obstacles. Over smooth or rounded terrain sampled densely
    the sub-paths graze the ground and the sum over-estimates (a flat 40 km path at 900 MHz with
    10 m antennas on a flat earth: Deygout 15.8 dB, Bullington 4.0 dB); current P.526 uses the
    Bullington construction (:func:`bullington_loss`) for general terrain paths.

    Parameters
    ----------
    dist_m, heights_m, h_tx_m, h_rx_m, f_mhz, k
        As :func:`bullington_loss` (1-D profile or 2-D batch, vectorised over the batch).
    max_edges : int, default 3
        Edges are added level by level: 1 = principal only; 3 = principal + one on each side
        (the classic construction); 7 adds a third level. Other values round down to these.
    empirical_correction : bool, default False
        False: the plain sum above. True (``max_edges=3`` only): the formula of the older P.526
        editions that recommended a Deygout construction limited to three edges,
        L = J(v_p) + T [J(v_t) + J(v_r) + C], T = 1 - exp(-J(v_p)/6), C = 8.0 + 0.04 D (D in km).
        Current P.526 (-15, -16) replaced this by the Bullington / delta-Bullington methods.

    Returns
    -------
    ndarray or float
        Excess loss over free space, dB, >= 0 (float for one profile, (n_profiles,) for a batch).
    """
    if max_edges < 1:
        raise ValueError("max_edges must be >= 1")
    levels = int(math.floor(math.log2(max_edges + 1) + 1e-9))
    if empirical_correction and levels != 2:
        raise ValueError("the empirical correction is defined for max_edges=3 only")
    single, d, g, total, hts, hrs, lam = _profiles(dist_m, heights_m, h_tx_m, h_rx_m, f_mhz, k)
    m, n = d.shape
    rows = np.arange(m)
    idx = np.arange(n)[None, :]
    # a segment: (start index, end index, start height, end height, active) per profile
    segments = [(np.zeros(m, int), np.full(m, n - 1), hts[:, 0], hrs[:, 0], np.ones(m, bool))]
    level_losses = []
    for _ in range(levels):
        level_loss = np.zeros(m)
        children = []
        for a, b, ya, yb, active in segments:
            da, db = d[rows, a][:, None], d[rows, b][:, None]
            inside = (idx > a[:, None]) & (idx < b[:, None])
            with np.errstate(divide="ignore", invalid="ignore"):
                d1, d2 = d - da, db - d
                line = ya[:, None] + (yb - ya)[:, None] * d1 / (db - da)
                v = (g - line) * np.sqrt(2.0 * (d1 + d2) / (lam * d1 * d2))
            v = np.where(inside, v, -np.inf)
            p = np.argmax(v, axis=1)
            vp = v[rows, p]
            on = active & (vp > -0.78)
            level_loss += np.where(on, _f(knife_edge_loss(np.where(np.isfinite(vp), vp, -1.0))), 0.0)
            gp = g[rows, p]
            children += [(a, p, ya, gp, on), (p, b, gp, yb, on)]
        level_losses.append(level_loss)
        segments = children
    bad = np.isnan(g).any(axis=1) | np.isnan(hts[:, 0]) | np.isnan(hrs[:, 0]) | np.isnan(lam[:, 0])
    level_losses = [np.where(bad, np.nan, x) for x in level_losses]
    if empirical_correction:
        jp, secondary = level_losses
        t = 1.0 - np.exp(-jp / 6.0)
        loss = jp + t * (secondary + 8.0 + 0.04 * total[:, 0] / 1000.0)
    else:
        loss = np.sum(level_losses, axis=0)
    return _out(loss[0]) if single else loss
