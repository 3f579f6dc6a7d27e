"""Numba kernels of the Longley-Rice Irregular Terrain Model 1.2.2, point-to-point mode.

Private to :mod:`coverage_planner.core.engine.propagation.itm` (the public API, the references
and the settings are documented there). Imported lazily: importing the engine does not import
numba. Each routine follows the subroutine of Hufford's "The ITS Irregular Terrain Model,
version 1.2.2: The Algorithm" (and NTIA's itm.cpp) of the same name; equation numbers are his.

Profiles are plain height arrays ``z`` (z[0] at the transmitter) with a step ``xi``; a receiver
at sample ``j`` sees the prefix z[0..j] (``np = j`` intervals, distance ``j * xi``). Running sums
``s0[k] = sum(z[:k])`` and ``s1[k] = sum(i z[i], i < k)`` make the least-squares fits (zlsq1)
and the system elevation O(1) per receiver; the horizon search (hzns) and the interdecile
range (dlthx, a quickselect on a work buffer) are O(np).
"""

from __future__ import annotations

import math

import numba
import numpy as np

from coverage_planner.core.engine.propagation._itm_lrprop import avar, lrprop

_JIT = {"cache": True, "nogil": True, "error_model": "numpy"}
#: largest number of samples dlthx interpolates (10 ka - 5, ka <= 25)
DLTHX_MAX = 245



# ------------------------------------------------------------------ profile preparation

@numba.njit(**_JIT)
def _select(a, lo, hi, k):
    """k-th smallest of a[lo:hi] (0-based index k, lo <= k < hi), by quickselect in place.

    On return a[lo:k] <= a[k] <= a[k+1:hi], so a second selection may run on a[k+1:hi].
    """
    hi -= 1
    while hi > lo:
        mid = (lo + hi) >> 1
        if a[mid] < a[lo]:
            a[mid], a[lo] = a[lo], a[mid]
        if a[hi] < a[lo]:
            a[hi], a[lo] = a[lo], a[hi]
        if a[hi] < a[mid]:
            a[hi], a[mid] = a[mid], a[hi]
        pivot = a[mid]
        i, j = lo, hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                a[i], a[j] = a[j], a[i]
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            return a[k]
    return a[k]


@numba.njit(**_JIT)
def _kth(a, m, k):
    """k-th smallest of a[:m] (0-based): by rank counting when m <= 64 (branch-free, fast on the
    short candidate lists of dlthx: v is the answer when #(< v) <= k < #(<= v)), else by
    :func:`_select`."""
    if m > 64:
        return _select(a, 0, m, k)
    for i in range(m):
        v = a[i]
        lt = le = 0
        for j in range(m):
            lt += a[j] < v
            le += a[j] <= v
        if lt <= k < le:
            return v
    return a[k]


@numba.njit(**_JIT)
def _zlsq1(s0, s1, z, xn, xi, x1, x2):
    """zlsq1: least-squares line through z between x1 and x2 (m), its heights at 0 and xn xi.

    Hufford §53: the trapezoid-weighted fit over the samples ja..jb; here with running sums:
    a = A / n, b = 12 B / ((n^2 + 2) n), A = sum' z_i, B = sum' z_i (i - m), m = (ja + jb) / 2
    (sum' = trapezoid weights 1/2 at the ends); returns (a - b m, a + b (xn - m)).
    """
    xa = float(int(max(x1 / xi, 0.0)))
    xb = xn - float(int(max(xn - x2 / xi, 0.0)))
    if xb <= xa:
        xa = max(xa - 1.0, 0.0)
        xb = xn - max(xn - xb - 1.0, 0.0)
    ja, jb = int(xa), int(xb)
    if jb <= ja:
        return z[ja], z[ja]
    n = xb - xa
    mid = 0.5 * (xa + xb)
    a = s0[jb + 1] - s0[ja] - 0.5 * (z[ja] + z[jb])
    b = s1[jb + 1] - s1[ja] - 0.5 * (ja * z[ja] + jb * z[jb]) - mid * a
    a /= n
    b = b * 12.0 / ((n * n + 2.0) * n)
    return a - b * mid, a + b * (xn - mid)


@numba.njit(**_JIT)
def _dlthx(z, np_, xi, x1, x2, s):
    """dlthx: terrain irregularity Δh between x1 and x2 (m), Hufford §48.

    n = 10 ka - 5 samples (ka = 0.1 (xb - xa + 8) in [4, 25]) interpolated linearly, detrended
    by their least-squares line (zlsq1 on the samples); Δh = (ka-th largest - ka-th smallest)
    / (1 - 0.8 e^(-(x2 - x1)/50 km)). ``s``: scratch of 3 DLTHX_MAX floats.
    The quantiles are exact: each is selected among the values beyond +-1 sigma of the
    residuals (sigma guessed from the fit's sums) when at least ka lie there, else among all.
    """
    xa = x1 / xi
    xb = x2 / xi
    if xb - xa < 2.0:
        return 0.0
    ka = min(max(4, int(0.1 * (xb - xa + 8.0))), 25)
    n = 10 * ka - 5
    sn = n - 1.0
    xb = (xb - xa) / sn
    k0 = int(xa + 1.0)
    x = -0.5 * sn
    a = b = q2 = 0.0
    for j in range(n):  # sample j at xa + j xb steps, between z[k-1] and z[k] (ITM: k >= k0)
        pos = xa + j * xb
        k = min(max(k0, int(math.ceil(pos))), np_)
        v = z[k] + (z[k] - z[k - 1]) * (pos - k)
        s[j] = v
        a += v
        b += v * x
        q2 += v * v
        x += 1.0
    var = (q2 - a * a / n) / n  # raw variance, before the ends get their trapezoid half weight
    a -= 0.5 * (s[0] + s[n - 1])
    b += 0.25 * sn * (s[0] - s[n - 1])
    a /= sn
    b = b * 12.0 / ((sn * sn + 2.0) * sn)
    t = math.sqrt(max(var - b * b * (n * n - 1.0) / 12.0, 0.0))
    xa = a - b * 0.5 * sn
    lows = s[DLTHX_MAX:2 * DLTHX_MAX]
    highs = s[2 * DLTHX_MAX:]
    m_low = m_high = 0
    for j in range(n):
        v = s[j] - xa
        s[j] = v
        xa += b
        lows[m_low] = v
        m_low += v <= -t
        highs[m_high] = v
        m_high += v >= t
    if m_low < ka:
        m_low = n
        lows[:n] = s[:n]
    if m_high < ka:
        m_high = n
        highs[:n] = s[:n]
    return ((_kth(highs, m_high, m_high - ka) - _kth(lows, m_low, ka - 1))
            / (1.0 - 0.8 * math.exp(-(x2 - x1) / 50e3)))


# ------------------------------------------------------------------------- receivers

@numba.njit(**_JIT)
def _prepare(z, xi, hg0, s0, s1, sa, u):
    """Per transmitter: running sums s0, s1 of the heights, the distances sa_i = xi + ... + xi
    summed as hzns does (ITM truncates distances / xi to integers: the same rounding matters),
    and u_i = (z_i - z_0 - hg0) / sa_i (the horizon angle is u_i - gme sa_i / 2)."""
    za = z[0] + hg0
    s0[0] = 0.0
    s1[0] = 0.0
    sa[0] = 0.0
    u[0] = 0.0
    for i in range(z.size):
        s0[i + 1] = s0[i] + z[i]
        s1[i + 1] = s1[i] + i * z[i]
        if i > 0:
            sa[i] = sa[i - 1] + xi
            u[i] = (z[i] - za) / sa[i]


@numba.njit(**_JIT)
def receiver(z, s0, s1, sa, u, j, xi, hg0, hg1, fmhz, zgnd, ns, klim, mdvar, zt, zl, zc, work):
    """Basic transmission loss (dB), mode and ITM error code of the receiver at sample j.

    As SPLAT!'s point_to_point: N_s reduced to ens = N_s exp(-z_sys / 9460) with z_sys the mean
    of z[ja-3 .. j-ja+3], ja = int(3 + 0.1 j); gme = 157e-9 (1 - 0.04665 e^(ens/179.3)) (qlrps);
    hzns, dlthx and zlsq1 as qlrpfl (Hufford §43, §47-§53); then lrprop and avar;
    loss = 32.45 + 20 log f + 20 log d_km + A. Mode: 0 no sample above the Tx-Rx ray (hzns),
    else 1 diffraction (d <= d_x), 2 troposcatter (d > d_x).
    """
    dist = j * xi
    wn = fmhz / 47.7
    ja = int(3.0 + 0.1 * j)
    lo, hi = ja - 3, j - ja + 3
    zsys = (s0[hi + 1] - s0[lo]) / (hi - lo + 1)
    ens = ns * math.exp(-zsys / 9460.0) if zsys != 0.0 else ns
    gme = 157e-9 * (1.0 - 0.04665 * math.exp(ens / 179.3))
    # hzns: horizon angles and distances (Hufford §48)
    qc = 0.5 * gme
    za = z[0] + hg0
    zb = z[j] + hg1
    t = (zb - za) / dist
    the0 = t - qc * dist
    the1 = -t - qc * dist
    dl0 = dl1 = dist
    first = 0
    for i in range(1, j):
        a = u[i] - qc * sa[i]
        if a > the0:
            if first == 0:
                first = i
            the0 = a
            dl0 = sa[i]
    if first > 0:  # the receiver's horizon, searched from the first obstruction on
        sb = dist
        for i in range(1, j):
            sb -= xi
            if i >= first:
                q = z[i] - (qc * sb + the1) * sb - zb
                if q > 0.0:
                    the1 += q / sb
                    dl1 = sb
    # qlrpfl: terrain irregularity and effective heights
    xl0 = min(15.0 * hg0, 0.1 * dl0)
    xl1 = dist - min(15.0 * hg1, 0.1 * dl1)
    dh = _dlthx(z, j, xi, xl0, xl1, work)
    xn = float(j)
    if dl0 + dl1 > 1.5 * dist:  # line of sight: smooth-earth horizons from the fitted heights
        fa, fb = _zlsq1(s0, s1, z, xn, xi, xl0, xl1)
        he0 = hg0 + max(z[0] - fa, 0.0)
        he1 = hg1 + max(z[j] - fb, 0.0)
        dl0 = math.sqrt(2.0 * he0 / gme) * math.exp(-0.07 * math.sqrt(dh / max(he0, 5.0)))
        dl1 = math.sqrt(2.0 * he1 / gme) * math.exp(-0.07 * math.sqrt(dh / max(he1, 5.0)))
        q = dl0 + dl1
        if q <= dist:
            q = (dist / q) ** 2
            he0 *= q
            he1 *= q
            dl0 = math.sqrt(2.0 * he0 / gme) * math.exp(-0.07 * math.sqrt(dh / max(he0, 5.0)))
            dl1 = math.sqrt(2.0 * he1 / gme) * math.exp(-0.07 * math.sqrt(dh / max(he1, 5.0)))
        q = math.sqrt(2.0 * he0 / gme)
        the0 = (0.65 * dh * (q / dl0 - 1.0) - 2.0 * he0) / q
        q = math.sqrt(2.0 * he1 / gme)
        the1 = (0.65 * dh * (q / dl1 - 1.0) - 2.0 * he1) / q
    else:
        fa, q = _zlsq1(s0, s1, z, xn, xi, xl0, 0.9 * dl0)
        q, fb = _zlsq1(s0, s1, z, xn, xi, dist - 0.9 * dl1, xl1)
        he0 = hg0 + max(z[0] - fa, 0.0)
        he1 = hg1 + max(z[j] - fb, 0.0)
    aref, kwx, dx = lrprop(dist, hg0, hg1, he0, he1, dl0, dl1, the0, the1, dh, wn, gme, ens,
                           zgnd, 0)
    a, kwx = avar(aref, zt, zl, zc, dist, he0, he1, dh, wn, klim, mdvar, kwx)
    loss = 32.45 + 20.0 * math.log10(fmhz) + 20.0 * math.log10(dist / 1000.0) + a
    mode = 0 if first == 0 else (1 if dx < 0.0 or dist <= dx else 2)
    return loss, mode, kwx


@numba.njit(**_JIT)
def path_batch(heights, xi, hg0, hg1, fmhz, zgnd, ns, klim, mdvar, zt, zl, zc, loss, mode, err):
    """Whole paths: row p of ``heights`` is a profile, its receiver the last sample."""
    n = heights.shape[1]
    s0 = np.empty(n + 1)
    s1 = np.empty(n + 1)
    sa = np.empty(n)
    u = np.empty(n)
    work = np.empty(3 * DLTHX_MAX)
    for p in range(heights.shape[0]):
        z = heights[p]
        _prepare(z, xi[p], hg0[p], s0, s1, sa, u)
        loss[p], mode[p], err[p] = receiver(z, s0, s1, sa, u, n - 1, xi[p], hg0[p], hg1[p], fmhz[p],
                                            zgnd[p], ns, klim, mdvar, zt, zl, zc, work)


@numba.njit(**_JIT)
def along_batch(heights, step, hg0, hg1, fmhz, zgnd, ns, klim, mdvar, zt, zl, zc, loss, need):
    """Radials: every sample j >= 1 of row r where ``need`` is a receiver on the prefix
    z[0..j] (NaN elsewhere)."""
    n = heights.shape[1]
    s0 = np.empty(n + 1)
    s1 = np.empty(n + 1)
    sa = np.empty(n)
    u = np.empty(n)
    work = np.empty(3 * DLTHX_MAX)
    for r in range(heights.shape[0]):
        z = heights[r]
        _prepare(z, step, hg0[r], s0, s1, sa, u)
        for j in range(1, n):
            if not need[r, j]:
                loss[r, j] = np.nan
                continue
            loss[r, j] = receiver(z, s0, s1, sa, u, j, step, hg0[r], hg1[r], fmhz[r], zgnd[r], ns,
                                  klim, mdvar, zt, zl, zc, work)[0]
        loss[r, 0] = loss[r, 1]
