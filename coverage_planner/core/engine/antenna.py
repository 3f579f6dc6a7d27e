"""Base-station antenna patterns (3GPP TR 36.814 / TR 38.901 Table 7.3-1 style), vectorised.

All functions take numpy arrays (or scalars) and broadcast; gains are in dB **relative to
boresight** (0 dB on the main beam, negative elsewhere). Add the antenna's boresight gain (dBi)
from the cell data separately.

Conventions
-----------
- Angles in degrees.
- ``phi`` / ``azimuth``: horizontal bearings, clockwise from (grid or true) north, as in cell files:
  0 = north, 90 = east. ``phi`` is the bearing from the site to the point.
- ``theta`` / ``tilt``: vertical angles measured **below the horizon, positive downwards**
  (a depression angle). A point 1 km away and 100 m below the antenna is at
  ``theta = degrees(atan(100 / 1000)) = +5.7``; a mechanical + electrical downtilt of 4 degrees
  is ``tilt = +4``. :func:`depression_angle_deg` computes ``theta`` from heights.
  (38.901 writes the same pattern with the zenith angle, ``theta'' = 90 + theta``.)
- A NaN azimuth or NaN horizontal beamwidth means an omnidirectional antenna (0 dB horizontally);
  a NaN tilt or NaN vertical beamwidth means "no vertical pattern" (0 dB vertically).

Defaults follow the 3GPP macro sector of TR 36.814 Table A.2.1.1-2 (front-to-back A_m = 25 dB,
vertical 3 dB beamwidth 10 degrees, side-lobe level SLA_v = 20 dB) with the 65 degree horizontal
beamwidth of the common panel antennas (36.814 uses 70 degrees; 38.901's element uses 65 degrees
with A_max = SLA_V = 30 dB: pass those values to get it).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "antenna_gain_db",
    "depression_angle_deg",
    "horizontal_gain_db",
    "vertical_gain_db",
    "wrap_angle_deg",
]


def _scalar_or_array(a: np.ndarray) -> np.ndarray | float:
    """0-d results come back as numpy float64 scalars (a ``float`` subclass)."""
    return a[()] if a.ndim == 0 else a


def wrap_angle_deg(angle_deg: ArrayLike) -> np.ndarray | float:
    """Wrap angles to [-180, 180) degrees, e.g. 350 - 10 = 340 -> -20."""
    a = np.asarray(angle_deg, dtype=float)
    return _scalar_or_array((a + 180.0) % 360.0 - 180.0)


def depression_angle_deg(h_antenna_m: ArrayLike, h_point_m: ArrayLike, d_m: ArrayLike) -> np.ndarray | float:
    """Angle of a point below the antenna's horizon, in degrees (positive = below).

    Parameters
    ----------
    h_antenna_m, h_point_m : array_like
        Heights of the antenna and the point on the same datum (e.g. above sea level), metres.
    d_m : array_like
        Horizontal distance, metres.

    Returns
    -------
    ndarray or float
        ``degrees(arctan2(h_antenna - h_point, d))``: the ``theta`` of :func:`vertical_gain_db`.
    """
    dh = np.asarray(h_antenna_m, dtype=float) - np.asarray(h_point_m, dtype=float)
    return _scalar_or_array(np.degrees(np.arctan2(dh, np.asarray(d_m, dtype=float))))


def horizontal_gain_db(
    phi_deg: ArrayLike,
    azimuth_deg: ArrayLike,
    beamwidth_deg: ArrayLike = 65.0,
    front_to_back_db: ArrayLike = 25.0,
) -> np.ndarray | float:
    """Horizontal sector pattern A_H = -min(12 ((phi - azimuth) / phi_3dB)^2, A_m), in dB.

    Parameters
    ----------
    phi_deg : array_like
        Bearing from the site to the point, degrees clockwise from north.
    azimuth_deg : array_like
        Antenna azimuth (boresight bearing), degrees clockwise from north. NaN = omni.
    beamwidth_deg : array_like, default 65
        Horizontal half-power (3 dB) beamwidth phi_3dB, degrees. NaN = omni.
    front_to_back_db : array_like, default 25
        Front-to-back ratio A_m, dB (the pattern's floor is -A_m).

    Returns
    -------
    ndarray or float
        Gain relative to boresight, dB (<= 0). The angle difference is wrapped to [-180, 180),
        so a bearing of 350 against an azimuth of 10 is 20 degrees off boresight.
        At half the beamwidth off boresight the gain is -3 dB.
    """
    az = np.asarray(azimuth_deg, dtype=float)
    bw = np.asarray(beamwidth_deg, dtype=float)
    off = np.asarray(wrap_angle_deg(np.asarray(phi_deg, dtype=float) - az))
    with np.errstate(invalid="ignore", divide="ignore"):
        a = -np.minimum(12.0 * (off / bw) ** 2, np.asarray(front_to_back_db, dtype=float))
    omni = np.isnan(az) | np.isnan(bw)
    return _scalar_or_array(np.where(omni, 0.0, a) + 0.0)  # + 0.0: no -0.0


def vertical_gain_db(
    theta_deg: ArrayLike,
    tilt_deg: ArrayLike,
    beamwidth_deg: ArrayLike = 10.0,
    sla_db: ArrayLike = 20.0,
) -> np.ndarray | float:
    """Vertical pattern A_V = -min(12 ((theta - tilt) / theta_3dB)^2, SLA_v), in dB.

    Parameters
    ----------
    theta_deg : array_like
        Angle of the point **below the horizon** seen from the antenna, degrees, positive
        downwards (see :func:`depression_angle_deg`).
    tilt_deg : array_like
        Antenna downtilt (mechanical + electrical), degrees, positive downwards. NaN = no
        vertical pattern (0 dB).
    beamwidth_deg : array_like, default 10
        Vertical half-power beamwidth theta_3dB, degrees. NaN = no vertical pattern.
    sla_db : array_like, default 20
        Side-lobe attenuation SLA_v, dB (the pattern's floor is -SLA_v).

    Returns
    -------
    ndarray or float
        Gain relative to boresight, dB (<= 0); 0 at ``theta == tilt``, -3 dB at half the
        beamwidth above or below.
    """
    tilt = np.asarray(tilt_deg, dtype=float)
    bw = np.asarray(beamwidth_deg, dtype=float)
    off = np.asarray(theta_deg, dtype=float) - tilt
    with np.errstate(invalid="ignore", divide="ignore"):
        a = -np.minimum(12.0 * (off / bw) ** 2, np.asarray(sla_db, dtype=float))
    flat = np.isnan(tilt) | np.isnan(bw)
    return _scalar_or_array(np.where(flat, 0.0, a) + 0.0)


def antenna_gain_db(
    phi_deg: ArrayLike,
    theta_deg: ArrayLike,
    azimuth_deg: ArrayLike,
    tilt_deg: ArrayLike,
    h_beamwidth_deg: ArrayLike = 65.0,
    front_to_back_db: ArrayLike = 25.0,
    v_beamwidth_deg: ArrayLike = 10.0,
    sla_db: ArrayLike = 20.0,
) -> np.ndarray | float:
    """Combined 3-D pattern A = -min(-(A_H + A_V), A_m), in dB relative to boresight (<= 0).

    Parameters
    ----------
    phi_deg, theta_deg : array_like
        Bearing (clockwise from north) and depression angle (positive below the horizon) of the
        point seen from the antenna, degrees.
    azimuth_deg, tilt_deg : array_like
        Antenna azimuth (NaN = omni) and downtilt (NaN = no vertical pattern), degrees.
    h_beamwidth_deg, front_to_back_db : array_like
        Horizontal pattern, see :func:`horizontal_gain_db`; ``front_to_back_db`` (A_m) also caps
        the combined attenuation.
    v_beamwidth_deg, sla_db : array_like
        Vertical pattern, see :func:`vertical_gain_db`.

    Returns
    -------
    ndarray or float
        The sum of the horizontal and vertical patterns, floored at -A_m (36.814 / 38.901).
    """
    a_h = horizontal_gain_db(phi_deg, azimuth_deg, h_beamwidth_deg, front_to_back_db)
    a_v = vertical_gain_db(theta_deg, tilt_deg, v_beamwidth_deg, sla_db)
    a = -np.minimum(-(np.asarray(a_h) + np.asarray(a_v)), np.asarray(front_to_back_db, dtype=float))
    return _scalar_or_array(np.asarray(a, dtype=float) + 0.0)
