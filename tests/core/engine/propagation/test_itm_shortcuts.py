"""The ITM kernels' exact shortcuts (core.engine.propagation._itm_kernels) against Hufford's
plain loops, written out here in Python as itm.cpp has them.

- hzns: the kernel passes over blocks of samples that cannot hold a horizon; the horizons, their
  distances (to the bit) and the first obstruction must be those of the sample-by-sample loop.
- dlthx: the kernel selects its 10 % quantiles among the residuals beyond ~1 sigma, then between
  sigma / 2 and sigma, then among all; Δh must be that of a full sort (itm.cpp's qtile).

The profiles are chosen to reach every branch: mountains, flat ground, a single ramp, two
plateaus (the residuals bunch at +-sigma, so the first candidates run short), a spike.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

numba = pytest.importorskip("numba")

from coverage_planner.core.engine.propagation import _itm_kernels as K  # noqa: E402


def profiles(seed: int = 3, n: int = 180, count: int = 12) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    x = np.linspace(0.0, 1.0, n)
    out = []
    for _ in range(count):  # mountains: ridges of random height and width over a slope
        z = rng.uniform(200, 1500) + rng.uniform(-600, 600) * x
        for _ in range(int(rng.integers(1, 6))):
            c, w, h = rng.uniform(0, 1), rng.uniform(0.02, 0.2), rng.uniform(50, 900)
            z = z + h * np.exp(-((x - c) / w) ** 2)
        out.append(z + rng.normal(0, 5, n))
    out.append(np.full(n, 800.0))  # flat
    out.append(300.0 + 1200.0 * x)  # a ramp
    out.append(np.where(x < 0.5, 400.0, 900.0))  # two plateaus
    spike = np.full(n, 500.0)
    spike[n // 3] = 1500.0
    out.append(spike)
    out.append(np.round(rng.uniform(0, 3, n)) * 100.0)  # few distinct values, many ties
    return out


def prepared(z: np.ndarray, xi: float, hg0: float):
    n = z.size
    arrays = [np.empty(n + 1), np.empty(n + 1), np.empty(n), np.empty(n),
              np.empty(n // K.BLOCK + 1), np.empty(n // K.BLOCK + 1)]
    K._prepare(z, xi, hg0, *arrays)
    return arrays


def hzns_plain(z, j, xi, qc, za, zb):
    """itm.cpp's hzns on the prefix z[0..j], sample by sample."""
    dist = j * xi
    t = (zb - za) / dist
    the0, the1 = t - qc * dist, -t - qc * dist
    dl0 = dl1 = dist
    sa, sb, first = 0.0, dist, 0
    for i in range(1, j):
        sa += xi
        sb -= xi
        q = z[i] - (qc * sa + the0) * sa - za
        if q > 0.0:
            the0 += q / sa
            dl0 = sa
            first = first or i
        if first:
            q = z[i] - (qc * sb + the1) * sb - zb
            if q > 0.0:
                the1 += q / sb
                dl1 = sb
    return the0, the1, dl0, dl1, first


def dlthx_plain(z, np_, xi, x1, x2):
    """itm.cpp's dlthx: the interpolated samples, their least-squares line, and the ka-th largest
    and smallest residuals by a full sort."""
    xa, xb = x1 / xi, x2 / xi
    if xb - xa < 2.0:
        return 0.0
    ka = min(max(4, int(0.1 * (xb - xa + 8.0))), 25)
    n = 10 * ka - 5
    step = (xb - xa) / (n - 1.0)
    k0 = int(xa + 1.0)
    pos = xa + np.arange(n) * step
    k = np.minimum(np.maximum(k0, np.ceil(pos).astype(int)), np_)
    s = z[k] + (z[k] - z[k - 1]) * (pos - k)
    w = np.ones(n)
    w[[0, -1]] = 0.5  # zlsq1's trapezoid weights
    i = np.arange(n) - 0.5 * (n - 1.0)
    a = np.sum(w * s) / (n - 1.0)
    b = np.sum(w * s * i) * 12.0 / (((n - 1.0) ** 2 + 2.0) * (n - 1.0))
    r = np.sort(s - (a + b * i))
    return (r[n - ka] - r[ka - 1]) / (1.0 - 0.8 * math.exp(-(x2 - x1) / 50e3))


@pytest.mark.parametrize("xi", [30.0, 86.0, 173.70226581213504])
def test_horizons_equal_the_plain_loop(xi):
    """The horizons' distances to the bit (zlsq1 truncates them in steps: an ulp can move a fit
    by a sample), the angles to rounding; a whole-metre step and an odd one."""
    checked = obstructed = 0
    for z in profiles():
        for hg0, hg1 in ((30.0, 1.5), (5.0, 10.0)):
            sums = prepared(z, xi, hg0)
            s0, s1, sa, u, umax, zmax = sums
            for j in range(2, z.size):
                qc = 0.5 * 157e-9 * (1.0 - 0.04665 * math.exp(301.0 / 179.3))
                za, zb = z[0] + hg0, z[j] + hg1
                got = K._hzns(z, sa, u, umax, zmax, j, xi, qc, za, zb)
                want = hzns_plain(z, j, xi, qc, za, zb)
                assert got[4] == want[4], (j, got, want)  # first obstruction
                assert got[2:4] == want[2:4], (j, got, want)  # distances, bit for bit
                np.testing.assert_allclose(got[:2], want[:2], rtol=1e-9, atol=1e-12,
                                           err_msg=f"receiver at sample {j}")
                checked += 1
                obstructed += want[4] > 0
    assert obstructed > checked // 4 and obstructed < checked  # both kinds were reached


@pytest.mark.parametrize("xi", [30.0, 86.0])
def test_terrain_irregularity_equals_a_full_sort(xi):
    work = np.empty(3 * K.DLTHX_MAX)
    for z in profiles(seed=5):
        for j in range(3, z.size, 3):
            dist = j * xi
            for x1, x2 in ((min(450.0, 0.1 * dist), dist - min(22.5, 0.1 * dist)),
                           (0.0, dist), (0.3 * dist, 0.6 * dist)):
                got = K._dlthx(z, j, xi, x1, x2, work)
                want = dlthx_plain(z, j, xi, x1, x2)
                assert got == pytest.approx(want, rel=1e-9, abs=1e-9), (j, x1, x2)


def test_each_way_to_the_quantiles_is_taken():
    """_tail_kth: the first candidates, the inner tier and the full selection all give the
    full sort's answer."""
    rng = np.random.default_rng(2)
    for values in (rng.normal(size=95), np.repeat([-1.0, 1.0], 50), np.zeros(60),
                   np.r_[np.full(90, 0.75), [5.0] * 3, [-5.0] * 3]):
        s = values.astype(float).copy()
        n, ka = s.size, max(4, s.size // 10)
        sigma = float(np.std(s))
        t = 1.1 * sigma
        for upper in (True, False):
            tail = np.empty(n)
            v = s if upper else -s
            m = int(np.sum(v >= t))
            tail[:m] = s[v >= t]
            got = K._tail_kth(s.copy(), n, ka, tail, m, t, upper)
            want = np.sort(s)[n - ka] if upper else np.sort(s)[ka - 1]
            assert got == want, (values[:5], upper)
