"""The Hata family: Okumura-Hata, COST-231 Hata, the dispatcher between them, and the
point-to-area loss (never below free space) that coverage maps use close in.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from coverage_planner.core.engine.propagation.common import (
    FSPL_CONSTANT_DB,
    as_floats,
    check_ranges,
    scalar_or_array,
)

__all__ = ["cost231_hata_loss", "hata_loss", "okumura_hata_loss", "path_loss_area"]

_HATA_ENVIRONMENTS = ("urban", "suburban", "open")


def _environment(environment: str) -> str:
    if environment not in _HATA_ENVIRONMENTS:
        raise ValueError(f"environment must be one of {_HATA_ENVIRONMENTS}, not {environment!r}")
    return environment


def _city(city: str) -> None:
    if city not in ("medium", "large"):
        raise ValueError(f"city must be 'medium' or 'large', not {city!r}")


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
    d, f, hb, hm = as_floats(d_km), as_floats(f_mhz), as_floats(h_base_m), as_floats(h_mobile_m)
    check_ranges("Okumura-Hata",
                 [("frequency", f, 150.0, 1500.0, "MHz"), *_hata_geometry(d, hb, hm)])
    with np.errstate(divide="ignore", invalid="ignore"):
        return scalar_or_array(_okumura_hata(d, f, hb, hm, env, city == "large"))


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
    d, f, hb, hm = as_floats(d_km), as_floats(f_mhz), as_floats(h_base_m), as_floats(h_mobile_m)
    check_ranges("COST-231 Hata",
                 [("frequency", f, 1500.0, 2000.0, "MHz"), *_hata_geometry(d, hb, hm)])
    with np.errstate(divide="ignore", invalid="ignore"):
        return scalar_or_array(_cost231(d, f, hb, hm, env, metropolitan))


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
    d, f, hb, hm = as_floats(d_km), as_floats(f_mhz), as_floats(h_base_m), as_floats(h_mobile_m)
    check_ranges("Hata (Okumura-Hata / COST-231)",
                 [("frequency", f, 150.0, 2000.0, "MHz"), *_hata_geometry(d, hb, hm)])
    return scalar_or_array(_hata_dispatch(d, f, hb, hm, env, city))


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
    d, f, hb, hm = as_floats(d_m), as_floats(f_mhz), as_floats(h_base_m), as_floats(h_mobile_m)
    check_ranges("Hata (Okumura-Hata / COST-231)",
                 [("frequency", f, 150.0, 2000.0, "MHz"),
                  *_hata_geometry(d / 1000.0, hb, hm, 0.0)])
    slant = np.hypot(d, hb - hm)
    with np.errstate(divide="ignore", invalid="ignore"):
        fs = 20.0 * np.log10(slant / 1000.0) + 20.0 * np.log10(f) + FSPL_CONSTANT_DB
    return scalar_or_array(np.fmax(fs, _hata_dispatch(d / 1000.0, f, hb, hm, env, city)))
