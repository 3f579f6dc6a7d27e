"""Numba kernels of ITM 1.2.2: the reference attenuation (lrprop, adiff, alos, ascat and their
helper functions) and its quantiles (avar), Hufford Sections 4-6.

Private to :mod:`coverage_planner.core.engine.propagation.itm` (public API and references there);
called from :mod:`._itm_kernels` once the profile is prepared. Point-to-point mode only (mdp = -1):
every call of :func:`lrprop` does the whole set-up for its one distance.
"""

from __future__ import annotations

import math

import numba
import numpy as np

from coverage_planner.core.engine.propagation.kernel_cache import JIT as _JIT

THIRD = 1.0 / 3.0

#: avar's climate constants, one column per climate 1..7 (Hufford, Section 5 / table of avar):
#: bv1 bv2 xv1 xv2 xv3 | bsm1 bsm2 xsm1 xsm2 xsm3 | bsp1 bsp2 xsp1 xsp2 xsp3 | bsd1 bzd1 |
#: bfm1 bfm2 bfm3 | bfp1 bfp2 bfp3
CLIMATE = np.array([
    [-9.67, -0.62, 1.26, -9.21, -0.62, -0.39, 3.15],
    [12.7, 9.19, 15.5, 9.05, 9.19, 2.86, 857.9],
    [144.9e3, 228.9e3, 262.6e3, 84.1e3, 228.9e3, 141.7e3, 2222.e3],
    [190.3e3, 205.2e3, 185.2e3, 101.1e3, 205.2e3, 315.9e3, 164.8e3],
    [133.8e3, 143.6e3, 99.8e3, 98.6e3, 143.6e3, 167.4e3, 116.3e3],
    [2.13, 2.66, 6.11, 1.98, 2.68, 6.86, 8.51],
    [159.5, 7.67, 6.65, 13.11, 7.16, 10.38, 169.8],
    [762.2e3, 100.4e3, 138.2e3, 139.1e3, 93.7e3, 187.8e3, 609.8e3],
    [123.6e3, 172.5e3, 242.2e3, 132.7e3, 186.8e3, 169.6e3, 119.9e3],
    [94.5e3, 136.4e3, 178.6e3, 193.5e3, 133.5e3, 108.9e3, 106.6e3],
    [2.11, 6.87, 10.08, 3.68, 4.75, 8.58, 8.43],
    [102.3, 15.53, 9.60, 159.3, 8.12, 13.97, 8.19],
    [636.9e3, 138.7e3, 165.3e3, 464.4e3, 93.2e3, 216.0e3, 136.2e3],
    [134.8e3, 143.7e3, 225.7e3, 93.1e3, 135.9e3, 152.0e3, 188.5e3],
    [95.6e3, 98.6e3, 129.7e3, 94.2e3, 113.4e3, 122.7e3, 122.9e3],
    [1.224, 0.801, 1.380, 1.000, 1.224, 1.518, 1.518],
    [1.282, 2.161, 1.282, 20., 1.282, 1.282, 1.282],
    [1., 1., 1., 1., 0.92, 1., 1.],
    [0., 0., 0., 0., 0.25, 0., 0.],
    [0., 0., 0., 0., 1.77, 0., 0.],
    [1., 0.93, 1., 0.93, 0.93, 1., 1.],
    [0., 0.31, 0., 0.19, 0.31, 0., 0.],
    [0., 2.00, 0., 1.79, 2.00, 0., 0.],
])



@numba.njit(**_JIT)
def _fht(x, pk):
    """fht: height-gain function F(x, K) of the three-radii method, eqs. (6.2)-(6.7)."""
    if x < 200.0:
        w = -math.log(pk)
        if pk < 1e-5 or x * w * w * w > 5495.0:
            return 17.372 * math.log(x) - 117.0 if x > 1.0 else -117.0
        return 2.5e-5 * x * x / pk - 8.686 * w - 15.0
    f = 0.05751 * x - 4.343 * math.log(x)
    if x < 2000.0:
        w = 0.0134 * x * math.exp(-0.005 * x)
        f = (1.0 - w) * f + w * (17.372 * math.log(x) - 117.0)
    return f


@numba.njit(**_JIT)
def _aknfe(v2):
    """aknfe: knife-edge attenuation for nu^2 = v2, eq. (6.1)."""
    if v2 < 5.76:
        return 6.02 + 9.11 * math.sqrt(v2) - 1.27 * v2
    return 12.953 + 4.343 * math.log(v2)


@numba.njit(**_JIT)
def _h0f(r, et):
    """h0f: the frequency-gain function H0(r, eta_s) of troposcatter, eq. (6.13)."""
    a = (25.0, 80.0, 177.0, 395.0, 705.0)
    b = (24.0, 45.0, 68.0, 80.0, 105.0)
    it = int(et)
    q = 0.0
    if it <= 0:
        it = 1
    elif it >= 5:
        it = 5
    else:
        q = et - it
    x = 1.0 / (r * r)
    h = 4.343 * math.log((a[it - 1] * x + b[it - 1]) * x + 1.0)
    if q != 0.0:
        h = (1.0 - q) * h + q * 4.343 * math.log((a[it] * x + b[it]) * x + 1.0)
    return h


@numba.njit(**_JIT)
def _ahd(td):
    """ahd: the scatter function F(theta d), eq. (6.9)."""
    if td <= 10e3:
        return 133.4 + 0.332e-3 * td - 4.343 * math.log(td)
    if td <= 70e3:
        return 104.6 + 0.212e-3 * td - 1.086 * math.log(td)
    return 71.8 + 0.157e-3 * td + 2.171 * math.log(td)


@numba.njit(**_JIT)
def _adiff(d, p):
    """adiff at d > 0: diffraction attenuation, a weighted sum of the double knife edge and the
    smooth earth (three radii), eqs. (4.11)-(4.21). ``p`` holds the set-up of lrprop."""
    tha, gme, dla, wn, dl0, dl1, qk, xht, aht, wd1, xd1, dh, afo = (
        p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12])
    th = tha + d * gme
    ds = d - dla
    q = 0.0795775 * wn * ds * th * th
    a_knife = _aknfe(q * dl0 / (ds + dl0)) + _aknfe(q * dl1 / (ds + dl1))
    wa = np.cbrt(ds / th * wn)
    q = (1.607 - qk / wa) * 151.0 * wa * th + xht
    ar = 0.05751 * q - 4.343 * math.log(q) - aht
    q = (wd1 + xd1 / d) * min((1.0 - 0.8 * math.exp(-d / 50e3)) * dh * wn, 6283.2)
    wd = 25.1 / (25.1 + math.sqrt(q))
    return ar * wd + (1.0 - wd) * a_knife + afo


@numba.njit(**_JIT)
def _alos(d, he0, he1, wn, dh, zgnd, emd, aed, wls):
    """alos: line-of-sight attenuation, two-ray over a rough earth blended with the
    extrapolated diffraction line, eqs. (4.44)-(4.50)."""
    q = (1.0 - 0.8 * math.exp(-d / 50e3)) * dh
    s = 0.78 * q * math.exp(-math.sqrt(math.sqrt(q / 16.0)))
    q = he0 + he1
    sps = q / math.sqrt(d * d + q * q)
    r = (sps - zgnd) / (sps + zgnd) * math.exp(-min(10.0, wn * s * sps))
    q = r.real * r.real + r.imag * r.imag
    if q < 0.25 or q < sps:
        r = r * math.sqrt(sps / q)
    alos = emd * d + aed
    q = wn * he0 * he1 * 2.0 / d
    if q > 1.57:
        q = 3.14 - 2.4649 / q
    re = math.cos(q) + r.real
    im = -math.sin(q) + r.imag
    return (-4.343 * math.log(re * re + im * im) - alos) * wls + alos


@numba.njit(**_JIT)
def _ascat(d, h0s, the0, the1, he0, he1, wn, gme, tha, ens, ad, rr, etq):
    """ascat: troposcatter attenuation (NBS TN101 approximated), eqs. (4.63)-(4.67).

    Returns (attenuation, h0s): the frequency gain h0 is remembered between the two calls of
    lrprop as in ITM; 1001 when both r1, r2 < 0.2 (inadmissible scatter geometry).
    """
    if h0s > 15.0:
        h0 = h0s
    else:
        th = the0 + the1 + d * gme
        r2 = 2.0 * wn * th
        r1 = r2 * he0
        r2 *= he1
        if r1 < 0.2 and r2 < 0.2:
            return 1001.0, h0s
        ss = (d - ad) / (d + ad)
        q = min(max(0.1, rr / ss), 10.0)
        ss = max(0.1, ss)
        z0 = (d - ad) * (d + ad) * th * 0.25 / d
        et = (etq * math.exp(-min(1.7, z0 / 8.0e3) ** 6) + 1.0) * z0 / 1.7556e3
        ett = max(et, 1.0)
        h0 = (_h0f(r1, ett) + _h0f(r2, ett)) * 0.5
        h0 += min(h0, (1.38 - math.log(ett)) * math.log(ss) * math.log(q) * 0.49)
        h0 = max(h0, 0.0)
        if et < 1.0:
            h0 = et * h0 + (1.0 - et) * 4.343 * math.log(
                ((1.0 + 1.4142 / r1) * (1.0 + 1.4142 / r2)) ** 2 * (r1 + r2) / (r1 + r2 + 2.8284))
        if h0 > 15.0 and h0s >= 0.0:
            h0 = h0s
    th = tha + d * gme
    return (_ahd(th * d) + 4.343 * math.log(47.7 * wn * th ** 4)
            - 0.1 * (ens - 301.0) * math.exp(-th * d / 40e3) + h0), h0


@numba.njit(**_JIT)
def _height_gain(dl, he, wn, qk):
    """One terminal's term of the three-radii set-up of adiff: (x, F(x, K)), eq. (4.20)."""
    a = 0.5 * dl * dl / he
    wa = np.cbrt(a * wn)
    pk = qk / wa
    q = (1.607 - pk) * 151.0 * wa * dl / a
    return q, _fht(q, pk)


@numba.njit(**_JIT)
def lrprop(dist, hg0, hg1, he0, he1, dl0, dl1, the0, the1, dh, wn, gme, ens, zgnd, kwx):
    """lrprop, point-to-point: the reference attenuation A_ref at ``dist`` (dB), Section 4.

    Diffraction line A_ed + m_d d through adiff at d3, d4 beyond the smooth-earth horizons
    (4.8)-(4.10); below d_Ls = sqrt(2 he0/gme) + sqrt(2 he1/gme) the line-of-sight fit
    A_el + k1 d + k2 ln d through alos at d0, d1 and the diffraction value at d_Ls (4.39)-(4.43);
    beyond, troposcatter A_es + m_s d past d_x where it is weaker (4.52)-(4.59). A_ref >= 0.
    Returns (A_ref, kwx, d_x) with d_x = -1 on the line-of-sight side (not computed) and, closer
    than the lower bound of d_x in (4.60), that bound (the scatter line is not computed either).
    """
    dls0 = math.sqrt(2.0 * he0 / gme)
    dls1 = math.sqrt(2.0 * he1 / gme)
    dlsa = dls0 + dls1
    dla = dl0 + dl1
    tha = max(the0 + the1, -dla * gme)
    if wn < 0.838 or wn > 210.0 or hg0 < 1.0 or hg0 > 1000.0 or hg1 < 1.0 or hg1 > 1000.0:
        kwx = max(kwx, 1)
    if (abs(the0) > 200e-3 or dl0 < 0.1 * dls0 or dl0 > 3.0 * dls0
            or abs(the1) > 200e-3 or dl1 < 0.1 * dls1 or dl1 > 3.0 * dls1):
        kwx = max(kwx, 3)
    if (ens < 250.0 or ens > 400.0 or gme < 75e-9 or gme > 250e-9
            or zgnd.real <= abs(zgnd.imag) or wn < 0.419 or wn > 420.0
            or hg0 < 0.5 or hg0 > 3000.0 or hg1 < 0.5 or hg1 > 3000.0):
        kwx = 4
    dmin = abs(he0 - he1) / 200e-3
    # adiff(0): the set-up of the diffraction attenuation
    q = hg0 * hg1
    wd1 = math.sqrt(1.0 + (he0 * he1 - q) / (q + 10.0))
    xd1 = dla + tha / gme
    q = (1.0 - 0.8 * math.exp(-dlsa / 50e3)) * dh
    q = 0.78 * q * math.exp(-math.sqrt(math.sqrt(q / 16.0)))
    afo = min(15.0, 2.171 * math.log(1.0 + 4.77e-4 * hg0 * hg1 * wn * q))
    qk = 1.0 / abs(zgnd)
    x0, f0 = _height_gain(dl0, he0, wn, qk)
    x1, f1 = _height_gain(dl1, he1, wn, qk)
    p = (tha, gme, dla, wn, dl0, dl1, qk, x0 + x1, 20.0 + f0 + f1, wd1, xd1, dh, afo)
    xae = 1.0 / np.cbrt(wn * gme * gme)
    d3 = max(dlsa, 1.3787 * xae + dla)
    d4 = d3 + 2.7574 * xae
    a3 = _adiff(d3, p)
    a4 = _adiff(d4, p)
    emd = (a4 - a3) / (d4 - d3)
    aed = a3 - emd * d3
    if dist > 1000e3:
        kwx = max(kwx, 1)
    if dist < dmin:
        kwx = max(kwx, 3)
    if dist < 1e3 or dist > 2000e3:
        kwx = 4
    if dist < dlsa:  # line-of-sight region
        wls = 0.021 / (0.021 + wn * dh / max(10e3, dlsa))
        d2 = dlsa
        a2 = aed + d2 * emd
        d0 = 1.908 * wn * he0 * he1
        if aed >= 0.0:
            d0 = min(d0, 0.5 * dla)
            d1 = d0 + 0.25 * (dla - d0)
        else:
            d1 = max(-aed / emd, 0.25 * dla)
        a1 = _alos(d1, he0, he1, wn, dh, zgnd, emd, aed, wls)
        wq = False
        ak1 = ak2 = 0.0
        if d0 < d1:
            a0 = _alos(d0, he0, he1, wn, dh, zgnd, emd, aed, wls)
            q = math.log(d2 / d0)
            ak2 = max(0.0, ((d2 - d0) * (a1 - a0) - (d1 - d0) * (a2 - a0))
                      / ((d2 - d0) * math.log(d1 / d0) - (d1 - d0) * q))
            wq = aed >= 0.0 or ak2 > 0.0
            if wq:
                ak1 = (a2 - a0 - ak2 * q) / (d2 - d0)
                if ak1 < 0.0:
                    ak1 = 0.0
                    ak2 = max(a2 - a0, 0.0) / q
                    if ak2 == 0.0:
                        ak1 = emd
        if not wq:
            ak2 = 0.0
            ak1 = (a2 - a1) / (d2 - d1)
            if ak1 <= 0.0:
                ak1 = emd
        aref = a2 - ak1 * d2 - ak2 * math.log(d2) + ak1 * dist + ak2 * math.log(dist)
        return max(aref, 0.0), kwx, -1.0
    # diffraction / troposcatter region. d_x >= max(d_Ls, d_La + 0.3 x_ae ln(47.7 k)) (4.60):
    # closer than that bound the scatter line is never used, so ascat is not needed (at
    # 900 MHz the bound is d_La + ~30 km). The d_x returned there is that bound.
    dx = max(dlsa, dla + 0.3 * xae * math.log(47.7 * wn))
    if dist <= dx:
        return max(aed + emd * dist, 0.0), kwx, dx
    # beyond it: ascat(0) set-up, then the scatter line
    ad = dl0 - dl1
    rr = he1 / he0
    if ad < 0.0:
        ad = -ad
        rr = 1.0 / rr
    etq = (5.67e-6 * ens - 2.32e-3) * ens + 0.031
    d5 = dla + 200e3
    d6 = d5 + 200e3
    a6, h0s = _ascat(d6, -15.0, the0, the1, he0, he1, wn, gme, tha, ens, ad, rr, etq)
    a5, h0s = _ascat(d5, h0s, the0, the1, he0, he1, wn, gme, tha, ens, ad, rr, etq)
    if a5 < 1000.0:
        ems = (a6 - a5) / 200e3
        dx = max(dlsa, dla + 0.3 * xae * math.log(47.7 * wn), (a5 - aed - ems * d5) / (emd - ems))
        aes = (emd - ems) * dx + aed
    else:
        ems, aes, dx = emd, aed, 10e6
    aref = aes + ems * dist if dist > dx else aed + emd * dist
    return max(aref, 0.0), kwx, dx


@numba.njit(**_JIT)
def _curve(c1, c2, x1, x2, x3, de):
    """curv: the climate curve fits of V_med, sigma_T-, sigma_T+, eqs. (5.5)-(5.7)."""
    r = (de / x1) ** 2
    return (c1 + c2 / (1.0 + ((de - x2) / x3) ** 2)) * r / (1.0 + r)


@numba.njit(**_JIT)
def avar(aref, zt, zl, zc, dist, he0, he1, dh, wn, klim, mdvar, kwx):
    """avar: the attenuation A(qT, qL, qC) = A_ref - V_med - Y_R - sigma_C z_C, Section 5.

    ``zt, zl, zc``: standard normal deviates of time, location and confidence (qerfi);
    ``mdvar``: mode of variability (0 single message, 1 accidental, 2 mobile, 3 broadcast;
    +10 no location variability (point-to-point), +20 no situation variability).
    Negative results are compressed, A (29 - A) / (29 - 10 A) (5.1). Returns (A, kwx).
    """
    c = CLIMATE[:, klim - 1]
    kdv = mdvar
    ws = kdv >= 20
    if ws:
        kdv -= 20
    wl = kdv >= 10
    if wl:
        kdv -= 10
    q = math.log(0.133 * wn)
    gm = c[17] + c[18] / ((c[19] * q) ** 2 + 1.0)
    gp = c[20] + c[21] / ((c[22] * q) ** 2 + 1.0)
    dexa = math.sqrt(18e6 * he0) + math.sqrt(18e6 * he1) + np.cbrt(575.7e12 / wn)
    de = 130e3 * dist / dexa if dist < dexa else 130e3 + dist - dexa
    vmd = _curve(c[0], c[1], c[2], c[3], c[4], de)
    sgtm = _curve(c[5], c[6], c[7], c[8], c[9], de) * gm
    sgtp = _curve(c[10], c[11], c[12], c[13], c[14], de) * gp
    sgtd = sgtp * c[15]
    zd = c[16]
    tgtd = (sgtp - sgtd) * zd
    sgl = 0.0
    if not wl:
        q = (1.0 - 0.8 * math.exp(-dist / 50e3)) * dh * wn
        sgl = 10.0 * q / (q + 13.0)
    vs0 = 0.0 if ws else (5.0 + 3.0 * math.exp(-de / 100e3)) ** 2
    if kdv == 0:
        zt = zc
        zl = zc
    elif kdv == 1:
        zl = zc
    elif kdv == 2:
        zl = zt
    if abs(zt) > 3.1 or abs(zl) > 3.1 or abs(zc) > 3.1:
        kwx = max(kwx, 1)
    if zt < 0.0:
        sgt = sgtm
    elif zt <= zd:
        sgt = sgtp
    else:
        sgt = sgtd + tgtd / zt
    vs = vs0 + (sgt * zt) ** 2 / (7.8 + zc * zc) + (sgl * zl) ** 2 / (24.0 + zc * zc)
    if kdv == 0:
        yr = 0.0
        sgc = math.sqrt(sgt * sgt + sgl * sgl + vs)
    elif kdv == 1:
        yr = sgt * zt
        sgc = math.sqrt(sgl * sgl + vs)
    elif kdv == 2:
        yr = math.sqrt(sgt * sgt + sgl * sgl) * zt
        sgc = math.sqrt(vs)
    else:
        yr = sgt * zt + sgl * zl
        sgc = math.sqrt(vs)
    a = aref - vmd - yr - sgc * zc
    if a < 0.0:
        a = a * (29.0 - a) / (29.0 - 10.0 * a)
    return a, kwx
