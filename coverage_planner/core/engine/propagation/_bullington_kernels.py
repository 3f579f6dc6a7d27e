"""Numba kernels of the ITU-R P.452-16 delta-Bullington diffraction loss (§4.2.1-§4.2.3).

Private to :mod:`coverage_planner.core.engine.propagation.p452`, which imports this module
lazily (importing the engine does not import numba) and documents the equations. Units follow
the Recommendation: distances in km, heights in m, frequency in GHz, wavelength in m, and the
curvature term C = 500 / a_e (m / km^2): h_i + C d_i (d - d_i) is point i on the effective earth.

- :func:`path_batch`: one terrain path per row, O(n) per path (straight loops, as the
  Recommendation writes them);
- :func:`along_batch`: every sample j of a radial is a receiver whose path is the prefix 0..j.
  The transmitter-side terms are prefix maxima and prefix sums (O(1) per receiver): S_tim =
  max_i [(h_i - h_ts)/d_i - C d_i] + C d, alpha_obt = max_i (h_i - h_ts)/d_i - S_tr, and the
  smooth-earth sums v1, v2. The receiver-side terms are read from two upper convex hulls of the
  points before j, grown as j advances (O(log n) per receiver): h_obs + h_ts = max_i (h_i -
  slope i) (support of the hull of (i, h_i)), alpha_obr - S_tr = max_i (h_i - h_rs)/(d - d_i)
  (the highest elevation seen from (j, h_rs), a tangent to the same hull) and S_rim =
  max_i (h_i - C d_i^2 - (h_rs - C d^2))/(d - d_i) - C d (a tangent to the hull of
  (i, h_i - C d_i^2): the curvature term split so that the points do not depend on d). On the
  smooth profile (zero heights) S_tim and S_rim are concave in d_i (maxima at the two grid
  points around the continuous optimum) and nu_max is found by bisection where it is provably
  unimodal (C d^2 <= h_te); it is skipped when a bound shows J(nu_max) = 0, and the whole smooth
  profile is skipped when L_dsph = 0 (then max(L_dsph - L_bulls, 0) = 0). Only nu_max of the
  real profile on line-of-sight receivers keeps an O(j) pass: O(n^2) per radial at worst.
All kernels are ``nogil``: callers may run radials in threads.
"""

from __future__ import annotations

import math

import numba
import numpy as np

from coverage_planner.core.engine.propagation.kernel_cache import JIT as _JIT

_NEG = -1.0e300
_FAST = {**_JIT, "fastmath": True}  # for loops over finite values only

_EPS_LAND, _SIGMA_LAND = 22.0, 0.003  # land: eps_r, sigma (S/m), P.452-16 §4.2.2.1


@numba.njit(**_JIT)
def knife_edge_db(nu: float) -> float:
    """J(nu) = 6.9 + 20 log10(sqrt((nu - 0.1)^2 + 1) + nu - 0.1) for nu > -0.78, else 0."""
    w = nu - 0.1
    return 0.0 if nu <= -0.78 else 6.9 + 20.0 * math.log10(math.sqrt(w * w + 1.0) + w)


@numba.njit(**_JIT)
def bullington_db(l_uc: float, d_km: float) -> float:
    """L_bull = L_uc + [1 - exp(-L_uc / 6)] (10 + 0.02 d) (P.452-16 eq. 21)."""
    return l_uc + (1.0 - math.exp(-l_uc / 6.0)) * (10.0 + 0.02 * d_km)


@numba.njit(**_JIT)
def _height_gain(b: float, k: float) -> float:
    """G(Y) of P.452-16 eqs. 36-37, floored at 2 + 20 log10 K."""
    if b > 2.0:
        g = 17.6 * math.sqrt(b - 1.1) - 5.0 * math.log10(b - 1.1) - 8.0
    else:
        g = 20.0 * math.log10(b + 0.1 * b * b * b)
    return max(g, 2.0 + 20.0 * math.log10(k))


@numba.njit(**_JIT)
def land_constants(f_ghz: float, vertical: bool):
    """(K a^(1/3), f^(1/3)): the frequency part of K of P.452-16 eqs. 30-31 over land."""
    t = 18.0 * _SIGMA_LAND / f_ghz
    cf = f_ghz ** (1.0 / 3.0)
    k = 0.036 / cf * ((_EPS_LAND - 1.0) ** 2 + t * t) ** -0.25
    if vertical:
        k *= math.sqrt(_EPS_LAND * _EPS_LAND + t * t)
    return k, cf


@numba.njit(**_JIT)
def first_term_db(a_km, d_km, h_te, h_re, k_f, cf):
    """First-term spherical-earth diffraction loss L_dft over land (P.452-16 eqs. 30-37):
    K = 0.036 (a f)^(-1/3) [(eps-1)^2 + (18 sigma/f)^2]^(-1/4) (x [eps^2 + (18 sigma/f)^2]^(1/2)
    vertical), beta = (1 + 1.6 K^2 + 0.67 K^4) / (1 + 4.5 K^2 + 1.53 K^4),
    X = 21.88 beta (f/a^2)^(1/3) d, Y = 0.9575 beta (f^2/a)^(1/3), L = -F(X) - G(Y h_te) - G(Y h_re).
    ``k_f, cf`` from :func:`land_constants`."""
    ca = a_km ** (1.0 / 3.0)
    k = k_f / ca
    k2 = k * k
    beta = (1.0 + 1.6 * k2 + 0.67 * k2 * k2) / (1.0 + 4.5 * k2 + 1.53 * k2 * k2)
    x = 21.88 * beta * cf / (ca * ca) * d_km
    y = 0.9575 * beta * cf * cf / ca
    if x >= 1.6:
        fx = 11.0 + 10.0 * math.log10(x) - 17.6 * x
    else:
        fx = -20.0 * math.log10(x) - 5.6488 * x ** 1.425
    return -fx - _height_gain(beta * y * h_te, k) - _height_gain(beta * y * h_re, k)


@numba.njit(**_JIT)
def spherical_db(d_km, lam, a_e, h_te, h_re, k_f, cf):
    """Spherical-earth diffraction loss L_dsph (P.452-16 §4.2.2, eqs. 22-29)."""
    d_los = math.sqrt(2.0 * a_e) * (math.sqrt(0.001 * h_te) + math.sqrt(0.001 * h_re))
    if d_km >= d_los:
        return first_term_db(a_e, d_km, h_te, h_re, k_f, cf)
    c = (h_te - h_re) / (h_te + h_re)
    m = 250.0 * d_km * d_km / (a_e * (h_te + h_re))
    arg = 1.5 * c * math.sqrt(3.0 * m / (m + 1.0) ** 3)
    arg = min(1.0, max(-1.0, arg))
    b = 2.0 * math.sqrt((m + 1.0) / (3.0 * m)) * math.cos(math.pi / 3.0 + math.acos(arg) / 3.0)
    d_se1 = 0.5 * d_km * (1.0 + b)
    d_se2 = d_km - d_se1
    h_se = ((h_te - 500.0 * d_se1 * d_se1 / a_e) * d_se2
            + (h_re - 500.0 * d_se2 * d_se2 / a_e) * d_se1) / d_km
    h_req = 17.456 * math.sqrt(d_se1 * d_se2 * lam / d_km)
    if h_se > h_req:
        return 0.0
    a_em = 500.0 * (d_km / (math.sqrt(h_te) + math.sqrt(h_re))) ** 2
    l_dft = first_term_db(a_em, d_km, h_te, h_re, k_f, cf)
    if l_dft < 0.0:
        return 0.0
    return (1.0 - h_se / h_req) * l_dft


@numba.njit(**_JIT)
def _nu_bullington(h_ts, h_rs, s_tim, s_rim, d, lam):
    """nu_b at the Bullington point d_b (P.452-16 eqs. 18-20); 0 if the edge grazes the chord
    (S_tim = S_tr = -S_rim: d_b undefined)."""
    if s_tim + s_rim <= 0.0:
        return 0.0
    d_b = (h_rs - h_ts + s_rim * d) / (s_tim + s_rim)
    return (h_ts + s_tim * d_b - (h_ts * (d - d_b) + h_rs * d_b) / d) * math.sqrt(
        0.002 * d / (lam * d_b * (d - d_b)))


@numba.njit(**_JIT)
def _bullington_path(h, n, step, h_ts, h_rs, c500, lam, terrain):
    """(L_bull, los) of the path h[0..n-1] (``terrain`` False: the smooth profile, h_i = 0)."""
    d = (n - 1) * step
    s_tim = _NEG
    for i in range(1, n - 1):
        di = i * step
        hi = h[i] if terrain else 0.0
        s_tim = max(s_tim, (hi + c500 * di * (d - di) - h_ts) / di)
    s_tr = (h_rs - h_ts) / d
    if s_tim < s_tr:  # line of sight: the edge of highest nu
        nu = _NEG
        for i in range(1, n - 1):
            di = i * step
            hi = h[i] if terrain else 0.0
            h_eff = hi + c500 * di * (d - di) - (h_ts * (d - di) + h_rs * di) / d
            nu = max(nu, h_eff * math.sqrt(0.002 * d / (lam * di * (d - di))))
        return bullington_db(knife_edge_db(nu), d), True
    s_rim = _NEG
    for i in range(1, n - 1):
        di = i * step
        hi = h[i] if terrain else 0.0
        s_rim = max(s_rim, (hi + c500 * di * (d - di) - h_rs) / (d - di))
    return bullington_db(knife_edge_db(_nu_bullington(h_ts, h_rs, s_tim, s_rim, d, lam)), d), False


@numba.njit(**_JIT)
def _smooth_heights(h_st, h_sr, h_obs, a_obt, a_obr, h0, hn):
    """h_std, h_srd: smooth-earth heights lowered under the main obstacle (Annex 2 §5.1.6.3)."""
    if h_obs > 0.0:
        g_t = a_obt / (a_obt + a_obr)
        h_st -= h_obs * g_t
        h_sr -= h_obs * (1.0 - g_t)
    return min(h_st, h0), min(h_sr, hn)


@numba.njit(**_JIT)
def path_one(h, n, step, h_tg, h_rg, f_ghz, a_e, vertical):
    """Delta-Bullington L_d (dB) and the LOS flag of one path h[0..n-1], n >= 2 samples."""
    d = (n - 1) * step
    lam = 0.299792458 / f_ghz
    c500 = 500.0 / a_e
    h_ts = h[0] + h_tg
    h_rs = h[n - 1] + h_rg
    l_bulla, los = _bullington_path(h, n, step, h_ts, h_rs, c500, lam, True)
    # least-squares smooth-earth surface (Annex 2 §5.1.6.2): v1, v2 -> h_st, h_sr
    v1 = 0.0
    v2 = 0.0
    for i in range(1, n):
        di = i * step
        dp = di - step
        v1 += step * (h[i] + h[i - 1])
        v2 += step * (h[i] * (2.0 * di + dp) + h[i - 1] * (di + 2.0 * dp))
    h_st = (2.0 * v1 * d - v2) / (d * d)
    h_sr = (v2 - v1 * d) / (d * d)
    h_obs = _NEG
    a_obt = _NEG
    a_obr = _NEG
    for i in range(1, n - 1):
        di = i * step
        hh = h[i] - (h_ts * (d - di) + h_rs * di) / d
        h_obs = max(h_obs, hh)
        a_obt = max(a_obt, hh / di)
        a_obr = max(a_obr, hh / (d - di))
    h_std, h_srd = _smooth_heights(h_st, h_sr, h_obs, a_obt, a_obr, h[0], h[n - 1])
    h_te = h_ts - h_std
    h_re = h_rs - h_srd
    k_f, cf = land_constants(f_ghz, vertical)
    l_dsph = spherical_db(d, lam, a_e, h_te, h_re, k_f, cf)
    if l_dsph <= 0.0:  # max(L_dsph - L_bulls, 0) = 0 whatever L_bulls (>= 0)
        return l_bulla, los
    l_bulls, _ = _bullington_path(h, n, step, h_te, h_re, c500, lam, False)
    return l_bulla + max(l_dsph - l_bulls, 0.0), los


@numba.njit(**_JIT)
def path_batch(heights, n_valid, steps, h_tg, h_rg, f_ghz, a_e, vertical, out_ld, out_los):
    """:func:`path_one` on every row p of ``heights`` (its first ``n_valid[p]`` samples)."""
    for p in range(heights.shape[0]):
        out_ld[p], out_los[p] = path_one(heights[p], n_valid[p], steps[p], h_tg[p], h_rg[p],
                                         f_ghz[p], a_e, vertical)


@numba.njit(**_JIT)
def _smooth_s_max(c500, h_end, d, step, j):
    """max over 1 <= k <= j-1 of C (d - k s) - h_end / (k s): S_tim of the smooth profile
    (k = i, h_end = h_te) and S_rim (k = j - i, h_end = h_re). Concave in k, so the grid
    maximum is one of the two points around the continuous optimum k s = sqrt(h_end / C)."""
    base = int(math.floor(math.sqrt(h_end / c500) / step))
    best = _NEG
    for off in range(2):
        dk = min(max(base + off, 1), j - 1) * step
        best = max(best, c500 * (d - dk) - h_end / dk)
    return best


@numba.njit(**_JIT)
def _hull_add(hx, hy, size, x, y):
    """Append (x, y), x increasing, to the upper convex hull hx[:size], hy[:size]; new size."""
    while size >= 2 and ((hx[size - 1] - hx[size - 2]) * (y - hy[size - 2])
                         - (hy[size - 1] - hy[size - 2]) * (x - hx[size - 2])) >= 0.0:
        size -= 1
    hx[size] = x
    hy[size] = y
    return size + 1


@numba.njit(**_JIT)
def _hull_support(hx, hy, size, m):
    """max over the points of y - m x: on the hull, the vertex whose edges bracket slope m."""
    lo, hi = 0, size - 1
    while lo < hi:  # first edge k with slope <= m
        mid = (lo + hi) // 2
        if hy[mid + 1] - hy[mid] > m * (hx[mid + 1] - hx[mid]):
            lo = mid + 1
        else:
            hi = mid
    return hy[lo] - m * hx[lo]


@numba.njit(**_JIT)
def _hull_tangent(hx, hy, size, x0, y0):
    """max over the points of (y - y0) / (x0 - x): the highest elevation seen from (x0, y0),
    x0 right of every point (unimodal along the upper hull: binary search)."""
    lo, hi = 0, size - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if (hy[mid + 1] - y0) * (x0 - hx[mid]) > (hy[mid] - y0) * (x0 - hx[mid + 1]):
            lo = mid + 1
        else:
            hi = mid
    return (hy[lo] - y0) / (x0 - hx[lo])


@numba.njit(**_FAST)
def _nu_max(h, j, step, base, slope, c500, rsq, rsq_back, off):
    """max over 1 <= i <= j-1 of [h_i + C d_i (d - d_i) - base - slope i] / sqrt(d_i (d - d_i)),
    d = j step (the caller multiplies by sqrt(0.002 d / lam)); ``rsq[i]`` = d_i^(-1/2) and
    ``rsq_back[off + i]`` = (d - d_i)^(-1/2). Finite inputs only (fastmath)."""
    nu = _NEG
    d = j * step
    for i in range(1, j):
        di = i * step
        v = (h[i] + c500 * di * (d - di) - base - slope * i) * rsq[i] * rsq_back[off + i]
        nu = v if v > nu else nu
    return nu


@numba.njit(**_JIT)
def _nu_smooth_at(i, j, step, h_te, slope, c500, rsq, rsq_back, off):
    di = i * step
    return (c500 * di * (j * step - di) - h_te - slope * i) * rsq[i] * rsq_back[off + i]


@numba.njit(**_JIT)
def _nu_max_smooth(j, step, h_te, slope, c500, rsq, rsq_back, off):
    """:func:`_nu_max` on the smooth profile when C d^2 <= h_te, by bisection. With d_i =
    d sin^2(th) and t = tan(th), nu / sqrt(0.002 d / lam) = A t / (1 + t^2) - p / t - q t,
    A = C d, p = h_te / d, q = h_re / d, whose second derivative (2 / t^3) [A t^4 (t^2 - 3) /
    (1 + t^2)^3 - p] < (2 / t^3) (A - p) <= 0 (the fraction is < 1, and <= 0 for t^2 <= 3):
    strictly concave in t, so unimodal in i (t increases with i)."""
    lo, hi = 1, j - 1
    while lo < hi:  # first i whose successor is not higher
        mid = (lo + hi) // 2
        if (_nu_smooth_at(mid + 1, j, step, h_te, slope, c500, rsq, rsq_back, off)
                > _nu_smooth_at(mid, j, step, h_te, slope, c500, rsq, rsq_back, off)):
            lo = mid + 1
        else:
            hi = mid
    return _nu_smooth_at(lo, j, step, h_te, slope, c500, rsq, rsq_back, off)


@numba.njit(**_JIT)
def _smooth_bullington_along(j, step, h_te, h_re, c500, lam, zeros, rsq, rsq_back, off):
    """L_bull on the smooth profile (zero heights) of the prefix 0..j, j >= 2."""
    d = j * step
    s_tim = _smooth_s_max(c500, h_te, d, step, j)
    s_tr = (h_re - h_te) / d
    scale = math.sqrt(0.002 * d / lam)
    if s_tim < s_tr:
        # with d_i = d sin^2(th), t = tan(th): nu = sqrt(0.002 d / lam) [C d t / (1 + t^2)
        # - (h_te / t + h_re t) / d] <= sqrt(0.002 d / lam) [C d / 2 - 2 sqrt(h_te h_re) / d]
        if scale * (0.5 * c500 * d - 2.0 * math.sqrt(h_te * h_re) / d) <= -0.78:
            return bullington_db(0.0, d)  # J(nu_max) = 0
        slope = (h_re - h_te) / j
        if c500 * d * d <= h_te:
            nu = scale * _nu_max_smooth(j, step, h_te, slope, c500, rsq, rsq_back, off)
        else:
            nu = scale * _nu_max(zeros, j, step, h_te, slope, c500, rsq, rsq_back, off)
        return bullington_db(knife_edge_db(nu), d)
    s_rim = _smooth_s_max(c500, h_re, d, step, j)
    return bullington_db(knife_edge_db(_nu_bullington(h_te, h_re, s_tim, s_rim, d, lam)), d)


@numba.njit(**_JIT)
def along_one(h, n, step, h_tg, h_rg, f_ghz, a_e, vertical, out_ld, out_los):
    """L_d and LOS of every prefix 0..j (j = 1..n-1) of one radial; column 0 copies column 1."""
    if n < 2:
        return
    lam = 0.299792458 / f_ghz
    c500 = 500.0 / a_e
    k_f, cf = land_constants(f_ghz, vertical)
    h_ts = h[0] + h_tg
    zeros = np.zeros(n)
    rsq = np.zeros(n)  # d_k^(-1/2); rsq_back[n-1-k] = rsq[k], read forwards at off = n-1-j
    rsq_back = np.zeros(n)
    for k in range(1, n):
        rsq[k] = 1.0 / math.sqrt(k * step)
        rsq_back[n - 1 - k] = rsq[k]
    out_ld[1], out_los[1] = path_one(h, 2, step, h_tg, h_rg, f_ghz, a_e, vertical)
    out_ld[0], out_los[0] = out_ld[1], out_los[1]
    q_tim = _NEG  # max_i (h_i - h_ts)/d_i - C d_i, i < j
    fx, fy = np.empty(n), np.empty(n)  # upper hull of (i, h_i), 1 <= i < j
    cx, cy = np.empty(n), np.empty(n)  # upper hull of (i, h_i - C d_i^2), 1 <= i < j
    n_flat = n_curved = 0
    p_obt = _NEG  # max_i (h_i - h_ts)/d_i, i < j
    v1 = step * (h[1] + h[0])
    v2 = step * (h[1] * 2.0 * step + h[0] * step)
    for j in range(2, n):
        d = j * step
        off = n - 1 - j
        di = (j - 1) * step
        u = (h[j - 1] - h_ts) / di
        q_tim = max(q_tim, u - c500 * di)
        n_flat = _hull_add(fx, fy, n_flat, j - 1.0, h[j - 1])
        n_curved = _hull_add(cx, cy, n_curved, j - 1.0, h[j - 1] - c500 * di * di)
        p_obt = max(p_obt, u)
        v1 += step * (h[j] + h[j - 1])
        v2 += step * (h[j] * (2.0 * d + di) + h[j - 1] * (d + 2.0 * di))
        h_rs = h[j] + h_rg
        s_tr = (h_rs - h_ts) / d
        s_tim = q_tim + c500 * d
        slope = (h_rs - h_ts) / j
        # receiver-side maxima over i < j from the upper hulls (O(log n)):
        # alpha_obr - S_tr = max (h_i - h_rs)/(d - d_i), h_obs + h_ts = max (h_i - slope i),
        # S_rim = max (h_i - C d_i^2 - (h_rs - C d^2))/(d - d_i) - C d
        a = _hull_tangent(fx, fy, n_flat, j, h_rs) / step
        top = _hull_support(fx, fy, n_flat, slope)
        b = _hull_tangent(cx, cy, n_curved, j, h_rs - c500 * d * d) / step - c500 * d
        los = s_tim < s_tr
        if los:
            nu = math.sqrt(0.002 * d / lam) * _nu_max(h, j, step, h_ts, slope, c500, rsq,
                                                      rsq_back, off)
        else:
            nu = _nu_bullington(h_ts, h_rs, s_tim, b, d, lam)
        l_bulla = bullington_db(knife_edge_db(nu), d)
        h_st = (2.0 * v1 * d - v2) / (d * d)
        h_sr = (v2 - v1 * d) / (d * d)
        h_std, h_srd = _smooth_heights(h_st, h_sr, top - h_ts, p_obt - s_tr, a + s_tr,
                                       h[0], h[j])
        h_te = h_ts - h_std
        h_re = h_rs - h_srd
        l_dsph = spherical_db(d, lam, a_e, h_te, h_re, k_f, cf)
        if l_dsph > 0.0:
            l_bulls = _smooth_bullington_along(j, step, h_te, h_re, c500, lam, zeros, rsq,
                                               rsq_back, off)
            l_bulla += max(l_dsph - l_bulls, 0.0)
        out_ld[j] = l_bulla
        out_los[j] = los


@numba.njit(**_JIT)
def along_batch(heights, steps, h_tg, h_rg, f_ghz, a_e, vertical, out_ld, out_los):
    """:func:`along_one` on every radial (row) of ``heights``."""
    n = heights.shape[1]
    for r in range(heights.shape[0]):
        along_one(heights[r], n, steps[r], h_tg[r], h_rg[r], f_ghz[r], a_e, vertical,
                  out_ld[r], out_los[r])
