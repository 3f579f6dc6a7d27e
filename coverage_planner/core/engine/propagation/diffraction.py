"""Diffraction over terrain (ITU-R P.526): the single knife edge J(v), Fresnel's v, the
effective-earth bulge, and the Bullington and Deygout constructions over a terrain profile.

Both profile methods return *excess* losses, to be added to the free-space loss, and include
the earth's curvature through the effective radius k a (k = 4/3, a = 6371 km).
"""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import ArrayLike

from coverage_planner.core.engine.propagation.common import (
    C_LIGHT,
    EARTH_RADIUS_M,
    as_floats,
    scalar_or_array,
)

__all__ = ["bullington_loss", "deygout_loss", "earth_bulge_m", "fresnel_v", "knife_edge_loss"]


def knife_edge_loss(v: ArrayLike) -> np.ndarray | float:
    """ITU-R P.526 single knife-edge loss J(v), dB.

    J(v) = 6.9 + 20 log10(sqrt((v - 0.1)^2 + 1) + v - 0.1) for v > -0.78, else 0 (the
    approximation of P.526 §4.1, eq. (31) in P.526-15). J(0) = 6.03 dB, J(1) = 13.93 dB.
    NaN stays NaN.
    """
    v = as_floats(v)
    out = np.where(np.isnan(v), np.nan, 0.0)
    hit = v > -0.78  # evaluate the logarithm only where there is a loss
    w = v[hit] - 0.1
    out[hit] = 6.9 + 20.0 * np.log10(np.sqrt(w * w + 1.0) + w)
    return scalar_or_array(out)


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
    lam = C_LIGHT / (as_floats(f_mhz) * 1e6)
    d1, d2 = as_floats(d1_m), as_floats(d2_m)
    return scalar_or_array(as_floats(h_m) * np.sqrt(2.0 * (d1 + d2) / (lam * d1 * d2)))


def earth_bulge_m(d1_m: ArrayLike, d2_m: ArrayLike, k: ArrayLike = 4.0 / 3.0) -> np.ndarray | float:
    """Height of the effective-earth bulge above the chord, d1 d2 / (2 k a), m (a = 6371 km).

    ``k = inf`` gives a flat earth (0 m); k = 4/3 is the median atmosphere.
    """
    d1, d2 = as_floats(d1_m), as_floats(d2_m)
    return scalar_or_array(d1 * d2 / (2.0 * as_floats(k) * EARTH_RADIUS_M))


def _profiles(dist_m, heights_m, h_tx_m, h_rx_m, f_mhz, k):
    """Normalise profile inputs to 2-D: distances from Tx, effective heights, terminal heights."""
    h = as_floats(heights_m)
    if h.ndim not in (1, 2):
        raise ValueError("heights_m must be 1-D (one profile) or 2-D (n_profiles, n_points)")
    single = h.ndim == 1
    h = np.atleast_2d(h)
    d = np.broadcast_to(np.atleast_2d(as_floats(dist_m)), h.shape)
    if h.shape[1] < 2:
        raise ValueError("a profile needs at least two points (transmitter and receiver)")
    if np.any(np.diff(d, axis=1) <= 0):
        raise ValueError("profile distances must be strictly increasing")
    d = d - d[:, :1]
    total = d[:, -1:]
    g = h + as_floats(earth_bulge_m(d, total - d, k))
    m = h.shape[0]
    hts = (h[:, 0] + np.broadcast_to(as_floats(h_tx_m), (m,)))[:, None]
    hrs = (h[:, -1] + np.broadcast_to(as_floats(h_rx_m), (m,)))[:, None]
    lam = (C_LIGHT / (np.broadcast_to(as_floats(f_mhz), (m,)) * 1e6))[:, None]
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
        loss = as_floats(knife_edge_loss(v))
    if empirical_correction:
        loss = loss + (1.0 - np.exp(-loss / 6.0)) * (10.0 + 0.02 * total[:, 0] / 1000.0)
    return scalar_or_array(loss[0]) if single else loss


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
            j = as_floats(knife_edge_loss(np.where(np.isfinite(vp), vp, -1.0)))
            level_loss += np.where(on, j, 0.0)
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
    return scalar_or_array(loss[0]) if single else loss
