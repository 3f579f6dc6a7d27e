"""Numba kernels of the Longley-Rice Irregular Terrain Model 1.2.2, point-to-point mode.

Private to :mod:`coverage_planner.core.engine.propagation.itm` (the public API, the references
and the settings are documented there). Imported lazily: importing the engine does not import
numba. Each routine follows the subroutine of Hufford's "The ITS Irregular Terrain Model,
version 1.2.2: The Algorithm" (and NTIA's itm.cpp) of the same name; equation numbers are his.

Profiles are plain height arrays ``z`` (z[0] at the transmitter) with a step ``xi``; a receiver
at sample ``j`` sees the prefix z[0..j] (``np = j`` intervals, distance ``j * xi``). Running sums
``s0[k] = sum(z[:k])`` and ``s1[k] = sum(i z[i], i < k)`` make the least-squares fits (zlsq1)
and the system elevation O(1) per receiver; the horizon search (hzns) and the interdecile
range (dlthx) are O(np). Both are exact shortcuts of Hufford's loops: hzns passes over blocks of
samples that cannot hold a horizon (bounded by the block's highest sample, kept per radial), and
dlthx selects its quantiles among the residuals beyond ~1 sigma rather than among all. The
shortcuts give the same horizons and the same Δh (the receiver's horizon angle may differ by an
ulp); ``tests/core/engine/propagation/test_itm.py`` holds them to Hufford's plain loops.
"""

from __future__ import annotations

import math

import numba
import numpy as np

from coverage_planner.core.engine.propagation._itm_lrprop import avar, lrprop
from coverage_planner.core.engine.propagation.kernel_cache import JIT as _JIT

#: largest number of samples dlthx interpolates (10 ka - 5, ka <= 25)
DLTHX_MAX = 245
#: samples per block of the horizon search's bounds
BLOCK = 8
#: dlthx's first candidates for its 10 % quantiles: the residuals beyond TIER standard deviations
TIER = 1.1
#: samples next to the receiver that give a first bound of its horizon angle
NEAR = 6



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
def _tail_kth(s, n, ka, tail, m, t, upper):
    """The ka-th largest (``upper``) or smallest value of s[:n], given the m values of ``tail``
    (those >= t, or <= -t): among them when m >= ka; else among the values between t / 2 and t
    (collected into ``tail``: the m beyond are all above the answer) when enough lie there;
    else among all n."""
    if m >= ka:
        return _kth(tail, m, m - ka if upper else ka - 1)
    r = ka - m  # the answer's rank among the values nearer, from their outer end
    inner = 0.5 * t
    m = 0
    for j in range(n):
        v = s[j] if upper else -s[j]
        tail[m] = v
        m += (v >= inner) & (v < t)
    if m >= r:
        v = _kth(tail, m, m - r)
        return v if upper else -v
    return _kth(s, n, n - ka if upper else ka - 1)


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
    The quantiles are exact: each is selected among the residuals beyond TIER sigma (sigma from
    the fit's sums), where ka of them usually lie, else as :func:`_tail_kth` says.
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
    # the residuals beyond +-TIER sigma, where the 10 % quantiles are expected
    highs, lows = s[DLTHX_MAX:2 * DLTHX_MAX], s[2 * DLTHX_MAX:]
    t *= TIER
    m_high = m_low = 0
    for j in range(n):
        v = s[j] - xa
        s[j] = v
        xa += b
        highs[m_high] = v
        m_high += v >= t
        lows[m_low] = v
        m_low += v <= -t
    top = _tail_kth(s, n, ka, highs, m_high, t, True)
    bottom = _tail_kth(s, n, ka, lows, m_low, t, False)
    return ((top - bottom)
            / (1.0 - 0.8 * math.exp(-(x2 - x1) / 50e3)))


# ------------------------------------------------------------------------- receivers

@numba.njit(**_JIT)
def _prepare(z, xi, hg0, s0, s1, sa, u, umax, zmax):
    """Per transmitter: running sums s0, s1 of the heights, the distances sa_i = xi + ... + xi
    summed as hzns does (ITM truncates distances / xi to integers: the same rounding matters),
    u_i = (z_i - z_0 - hg0) / sa_i (the horizon angle is u_i - gme sa_i / 2), and the largest
    u and z of each block of BLOCK samples (sample 0 left out), which let the horizon search
    pass over a block that cannot hold the horizon."""
    za = z[0] + hg0
    s0[0] = 0.0
    s1[0] = 0.0
    sa[0] = 0.0
    u[0] = 0.0
    umax[:] = -np.inf
    zmax[:] = -np.inf
    for i in range(z.size):
        s0[i + 1] = s0[i] + z[i]
        s1[i + 1] = s1[i] + i * z[i]
        if i > 0:
            sa[i] = sa[i - 1] + xi
            u[i] = (z[i] - za) / sa[i]
            b = i // BLOCK
            umax[b] = max(umax[b], u[i])
            zmax[b] = max(zmax[b], z[i])


@numba.njit(**_JIT)
def _hzns(z, sa, u, umax, zmax, j, xi, qc, za, zb):
    """hzns (Hufford §48): the horizon angles and distances of the antennas at heights za (above
    sample 0) and zb (above sample j) over an earth of curvature 2 qc; returns
    (the0, the1, dl0, dl1, first), ``first`` the first sample above the antennas' ray (0: none,
    line of sight). Hufford's loop, passing over the blocks of BLOCK samples that cannot hold a
    horizon (``umax``, ``zmax``: each block's largest u and z, from :func:`_prepare`)."""
    dist = j * xi
    t = (zb - za) / dist
    the0 = t - qc * dist
    the1 = -t - qc * dist
    dl0 = dl1 = dist
    first = 0
    # the transmitter's horizon; a block is passed over when even its largest u at its nearest
    # sample stays <= the0 (exact: none of its samples would have raised the0)
    i = 1
    while i < j:
        end = min((i // BLOCK + 1) * BLOCK, j)
        if umax[i // BLOCK] - qc * sa[i] > the0:
            for k in range(i, end):
                a = u[k] - qc * sa[k]
                if a > the0:
                    if first == 0:
                        first = k
                    the0 = a
                    dl0 = sa[k]
        i = end
    if first == 0:
        return the0, the1, dl0, dl1, first
    # the receiver's horizon, searched from the first obstruction on. A lower bound of its angle
    # from the samples next to the receiver; a block whose angles all stay below it (its highest
    # z at its nearest sample) cannot hold the horizon and is passed over (the horizon found is
    # the same; its angle may differ by an ulp, as the running angle skips those blocks' values)
    low = the1
    for k in range(max(first, j - NEAR), j):
        sb = dist - sa[k]
        low = max(low, (z[k] - zb) / sb - qc * sb)
    low -= 1e-12
    i = first
    k1 = 0
    while i < j:
        end = min((i // BLOCK + 1) * BLOCK, j)
        sb_near = dist - sa[end - 1]
        dz = zmax[i // BLOCK] - zb
        if dz / (sb_near if dz > 0.0 else dist - sa[i]) - qc * sb_near >= low:
            for k in range(i, end):
                sb = dist - sa[k]
                q = z[k] - (qc * sb + the1) * sb - zb
                if q > 0.0:
                    the1 += q / sb
                    k1 = k
        i = end
    if k1 > 0:
        # the horizon's distance as hzns sums it, dist - xi - ... - xi (zlsq1 truncates
        # 0.9 dl1 / xi to an integer, so an ulp can move its fit by a sample); dist - sa[k1]
        # is that exactly when xi is a multiple of dist's ulp (a raster's whole-metre step)
        steps = xi / math.ldexp(1.0, math.frexp(dist)[1] - 53)  # xi in dist's ulps
        if steps == math.floor(steps):
            dl1 = dist - sa[k1]
        else:
            dl1 = dist
            for _ in range(k1):
                dl1 -= xi
    return the0, the1, dl0, dl1, first


@numba.njit(**_JIT)
def receiver(z, s0, s1, sa, u, umax, zmax, j, xi, hg0, hg1, fmhz, zgnd, ns, klim, mdvar, zt, zl, zc, work):
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
    the0, the1, dl0, dl1, first = _hzns(z, sa, u, umax, zmax, j, xi, qc, z[0] + hg0, z[j] + hg1)
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
    umax = np.empty(n // BLOCK + 1)
    zmax = np.empty(n // BLOCK + 1)
    work = np.empty(3 * DLTHX_MAX)
    for p in range(heights.shape[0]):
        z = heights[p]
        _prepare(z, xi[p], hg0[p], s0, s1, sa, u, umax, zmax)
        loss[p], mode[p], err[p] = receiver(z, s0, s1, sa, u, umax, zmax, n - 1, xi[p], hg0[p], hg1[p], fmhz[p],
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
    umax = np.empty(n // BLOCK + 1)
    zmax = np.empty(n // BLOCK + 1)
    work = np.empty(3 * DLTHX_MAX)
    for r in range(heights.shape[0]):
        z = heights[r]
        _prepare(z, step, hg0[r], s0, s1, sa, u, umax, zmax)
        for j in range(1, n):
            if not need[r, j]:
                loss[r, j] = np.nan
                continue
            loss[r, j] = receiver(z, s0, s1, sa, u, umax, zmax, j, step, hg0[r], hg1[r], fmhz[r], zgnd[r], ns,
                                  klim, mdvar, zt, zl, zc, work)[0]
        loss[r, 0] = loss[r, 1]
