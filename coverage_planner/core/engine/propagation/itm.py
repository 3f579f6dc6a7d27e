"""Longley-Rice Irregular Terrain Model (ITM 1.2.2), point-to-point mode, vectorised.

References
----------
- G. A. Hufford, "The ITS Irregular Terrain Model, version 1.2.2: The Algorithm", NTIA/ITS
  (1995; with A. G. Longley and W. A. Kissick, NTIA Report 82-100, "A guide to the use of the
  ITS Irregular Terrain Model in the area prediction mode", for the statistics of avar).
- NTIA/ITS reference implementation ``itm.cpp`` 1.2.2 and its use by SPLAT! and Signal-Server
  (``point_to_point``): the settings and the loss below follow that function.
- itmlogic (Python port of ITM, Oughton et al.) is the check: see the tests. It is a reference
  only; nothing here imports it.

What is computed
----------------
For each path (ground heights z_0..z_np at equal steps xi from the transmitter; dist = np xi):

1. qlrps: wave number k = f / 47.7 MHz; surface refractivity N_s reduced by the system elevation
   as SPLAT! does, ens = N_s exp(-z_sys / 9460 m), z_sys the mean of z[ja-3 .. np-ja+3],
   ja = int(3 + 0.1 np); effective earth curvature gme = 157e-9 (1 - 0.04665 e^(ens/179.3)) 1/m;
   surface transfer impedance Z = sqrt(eps_r' - 1) (horizontal), / eps_r' (vertical),
   eps_r' = eps + j 376.62 sigma / k.
2. qlrpfl: horizons (hzns: angles theta_e and distances d_L seen from each antenna over the earth
   of curvature gme), terrain irregularity Δh (dlthx: interdecile range of the detrended profile
   between 15 h_g or 0.1 d_L from each end, divided by 1 - 0.8 e^(-d/50 km)), effective heights
   h_e from the least-squares line of the terrain in front of each antenna (zlsq1); on a
   line-of-sight path the horizons are the smooth-earth ones, d_L = sqrt(2 h_e / gme)
   e^(-0.07 sqrt(Δh / max(h_e, 5 m))).
3. lrprop: the reference attenuation A_ref below free space (line of sight / diffraction /
   troposcatter), avar: its quantile, mode of variability ``mdvar`` (12: mobile, point-to-point,
   as SPLAT!: time and confidence only; the location quantile has no effect in point-to-point
   modes +10).

Basic transmission loss L = 32.45 + 20 log10 f_MHz + 20 log10 d_km + A(time, location, confidence).
``time`` q_T is the fraction of time the loss does not exceed the result (0.9: a loss exceeded only
10 % of the time, larger than the median), ``confidence`` likewise over situations.

Settings (keywords of both functions; SPLAT! defaults)
-------------------------------------------------------
eps = 15 (relative permittivity), sigma = 0.005 S/m, ns = 301 N-units, climate = 5 (continental
temperate; 1 equatorial, 2 continental subtropical, 3 maritime subtropical, 4 desert,
6 maritime temperate over land, 7 over sea), polarization "vertical" or "horizontal",
time = location = confidence = 0.5, mdvar = 12.

Validity
--------
20 MHz - 20 GHz, 1 - 2000 km, antenna heights 0.5 - 3000 m above ground (a
:class:`ModelValidityWarning`, once per call, for a frequency or antenna height outside; the
computation goes on). ``errnum`` is ITM's own warning: 0 none, 1 not optimal, 2 a default
used, 3 an odd path (common on real terrain: a horizon close to an antenna or far from its
smooth-earth value), 4 out of range. Below 1 km ITM still evaluates (errnum 4): on line of sight
the fitted line-of-sight attenuation is clamped at A_ref >= 0 and the median variability V_med is
~0 at short range, so the loss tends to free space (within ~1 dB; exactly free space on flat
ground). :func:`itm_loss_along` therefore gives the first samples of a radial (1 or 2 profile
intervals, closer than 2 steps) an ITM value that is close to free space rather than a terrain
prediction. Antenna heights must be > 0.

Mode
----
0 line of sight (no sample above the transmitter-receiver ray over the effective earth, the
hzns test), 1 diffraction (obstructed, d <= d_x), 2 troposcatter (obstructed, d > d_x).

Agreement and speed
-------------------
The same algorithm as itmlogic 1.2: < 3e-8 dB on 1280 random mountain paths once itmlogic's one
indexing slip is corrected (its qlrpfl takes the receiver's ground from the next-to-last sample on
line-of-sight paths; this module follows NTIA's itm.cpp: the last). ITM truncates distances / xi to
integers (zlsq1, dlthx), so the horizon distances are summed step by step exactly as hzns does.
Against the fixture's itmlogic values (as released): obstructed paths < 0.001 dB, line of sight
mean -1.07 dB, RMS 3.0 dB (the slip). Kernels in numba (:mod:`._itm_kernels`,
:mod:`._itm_lrprop`, imported on the first call, compiled once and cached on disk, see
:mod:`.kernel_cache`). CPU time on one core (AMD EPYC, a shared machine): a 15 km raster at 86 m
(:func:`itm_loss_along`, 1,094 radials, ~92,000 receivers) ~160-180 ms, ~1.8 us per receiver
(Δh ~40 %, lrprop + avar ~33 %, horizons ~15 %; the horizons and Δh through exact shortcuts of
Hufford's loops, see :mod:`._itm_kernels`); two cores ~90-95 ms. :func:`itm_path_loss` P = 2000,
n = 233: 9-12 ms.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.propagation.common import by_row_blocks, check_ranges

__all__ = [
    "ITMInputError",
    "ITMResult",
    "MODE_DIFFRACTION",
    "MODE_LOS",
    "MODE_TROPOSCATTER",
    "itm_loss_along",
    "itm_path_loss",
]

MODE_LOS, MODE_DIFFRACTION, MODE_TROPOSCATTER = 0, 1, 2
_POLARIZATIONS = {"horizontal": 0, "vertical": 1}


class ITMInputError(DataError, ValueError):
    """Input ITM cannot use (a :class:`DataError` with a bilingual message; also a ValueError)."""


@dataclass(frozen=True)
class ITMResult:
    """Per path: basic transmission loss (dB), mode (int8: 0 LOS, 1 diffraction,
    2 troposcatter) and ITM's warning code ``errnum`` (int8, 0..4)."""

    loss_db: np.ndarray
    mode: np.ndarray
    errnum: np.ndarray


def _bad(column: str, en: str, vi: str, fix_en: str, fix_vi: str) -> ITMInputError:
    return ITMInputError(None, Text(en, vi), Text(fix_en, fix_vi), column=column)


def qerfi(q: float) -> float:
    """ITM's inverse of the complementary normal distribution, x with Q(x) = q (Hastings,
    |error| < 4.5e-4), as ITM uses it for the quantiles (qerfi(0.5) ~ 1e-5, not exactly 0)."""
    x = 0.5 - q
    t = math.sqrt(-2.0 * math.log(max(0.5 - abs(x), 1e-6)))
    v = t - ((0.010328 * t + 0.802853) * t + 2.515516698) / (
        ((0.001308 * t + 0.189269) * t + 1.432788) * t + 1.0)
    return -v if x < 0.0 else v


def _settings(eps, sigma, ns, climate, polarization, time, location, confidence, mdvar):
    """Validated scalar settings: (ipol, klim, mdvar, zt, zl, zc)."""
    if polarization not in _POLARIZATIONS:
        raise _bad("polarization", f"polarization {polarization!r} is not known",
                   f"phân cực {polarization!r} không hợp lệ",
                   "use 'vertical' or 'horizontal'", "dùng 'vertical' hoặc 'horizontal'")
    if int(climate) != climate or not 1 <= climate <= 7:
        raise _bad("climate", f"climate {climate!r} is not an ITM radio climate",
                   f"khí hậu {climate!r} không phải vùng khí hậu vô tuyến của ITM",
                   "use 1..7 (5: continental temperate)", "dùng 1..7 (5: ôn đới lục địa)")
    kdv = int(mdvar) % 10 if int(mdvar) == mdvar else -1
    if not (0 <= int(mdvar) < 40 and 0 <= kdv <= 3):
        raise _bad("mdvar", f"mode of variability {mdvar!r} is not known",
                   f"chế độ biến thiên {mdvar!r} không hợp lệ",
                   "use 0..3 (+10 point-to-point, +20 no situation variability); SPLAT!: 12",
                   "dùng 0..3 (+10 điểm-điểm, +20 không biến thiên tình huống); SPLAT!: 12")
    for name, q in (("time", time), ("location", location), ("confidence", confidence)):
        if not 0.0 < q < 1.0:
            raise _bad(name, f"{name} fraction {q!r} is not between 0 and 1",
                       f"tỉ lệ {name} {q!r} không nằm giữa 0 và 1",
                       "give a fraction, e.g. 0.5 for the median",
                       "nhập một tỉ lệ, ví dụ 0.5 cho trung vị")
    for name, v in (("eps", eps), ("sigma", sigma), ("ns", ns)):
        if not (math.isfinite(v) and v > 0):
            raise _bad(name, f"ground/atmosphere constant {name} = {v!r} must be positive",
                       f"hằng số đất/khí quyển {name} = {v!r} phải dương",
                       "use eps 15, sigma 0.005 S/m, ns 301 N-units if unsure",
                       "nếu không rõ, dùng eps 15, sigma 0.005 S/m, ns 301 N")
    return (_POLARIZATIONS[polarization], int(climate), int(mdvar),
            qerfi(time), qerfi(location), qerfi(confidence))


def _per_row(values: ArrayLike, rows: int, name: str, unit: str) -> np.ndarray:
    """A positive, finite scalar or (rows,) array as a contiguous (rows,) float64 array."""
    a = np.asarray(values, dtype=float)
    if a.ndim > 1 or (a.ndim == 1 and a.size != rows):
        raise _bad(name, f"{name} has shape {a.shape}; expected a scalar or ({rows},)",
                   f"{name} có kích thước {a.shape}; cần một số hoặc ({rows},)",
                   "give one value per profile or one for all",
                   "cho một giá trị mỗi mặt cắt hoặc một giá trị chung")
    if not np.all(np.isfinite(a) & (a > 0)):
        raise _bad(name, f"{name} must be finite and > 0 {unit}",
                   f"{name} phải hữu hạn và > 0 {unit}",
                   f"check {name}", f"kiểm tra {name}")
    return np.ascontiguousarray(np.broadcast_to(a, (rows,)))


def _profiles(heights: ArrayLike, name: str = "heights") -> np.ndarray:
    h = np.ascontiguousarray(heights, dtype=float)
    if h.ndim != 2 or h.shape[1] < 2:
        raise _bad(name, f"terrain profiles of shape {h.shape}; expected (profiles, samples >= 2)",
                   f"mặt cắt địa hình có kích thước {h.shape}; cần (số mặt cắt, số điểm >= 2)",
                   "pass a 2-D array, one profile per row (heights[None, :] for one profile)",
                   "truyền mảng 2 chiều, mỗi dòng một mặt cắt (heights[None, :] cho một mặt cắt)")
    if not np.all(np.isfinite(h)):
        raise _bad(name, "terrain heights contain NaN or infinity (no data)",
                   "độ cao địa hình có NaN hoặc vô cực (thiếu dữ liệu)",
                   "fill the DEM's no-data cells before computing coverage",
                   "điền các ô thiếu dữ liệu của DEM trước khi tính vùng phủ")
    return h


def _rows(h, h_tx_m, h_rx_m, f_mhz, eps, sigma, ipol, max_d_m):
    """Per-row antenna heights, frequencies and surface impedances; one validity warning."""
    rows = h.shape[0]
    hg0 = _per_row(h_tx_m, rows, "h_tx_m", "m")
    hg1 = _per_row(h_rx_m, rows, "h_rx_m", "m")
    f = _per_row(f_mhz, rows, "f_mhz", "MHz")
    check_ranges("ITM", [("frequency", f, 20.0, 20000.0, "MHz"),
                         ("h_tx", hg0, 0.5, 3000.0, "m"), ("h_rx", hg1, 0.5, 3000.0, "m"),
                         ("distance", max_d_m / 1000.0, 0.0, 2000.0, "km")], stacklevel=4)
    zq = eps + 1j * 376.62 * sigma / (f / 47.7)
    zgnd = np.sqrt(zq - 1.0)
    if ipol:
        zgnd = zgnd / zq
    return hg0, hg1, f, np.ascontiguousarray(zgnd, dtype=np.complex128)


def itm_path_loss(heights: ArrayLike, d_total_m: ArrayLike, h_tx_m: ArrayLike, h_rx_m: ArrayLike,
                  f_mhz: ArrayLike, *, eps: float = 15.0, sigma: float = 0.005, ns: float = 301.0,
                  climate: int = 5, polarization: str = "vertical", time: float = 0.5,
                  location: float = 0.5, confidence: float = 0.5, mdvar: int = 12) -> ITMResult:
    """ITM point-to-point basic transmission loss of P paths (see the module's docstring).

    Parameters
    ----------
    heights : (P, n) array_like
        Ground heights above sea level, m, at n >= 2 equally spaced samples from the transmitter
        (column 0) to the receiver (column n-1).
    d_total_m : scalar or (P,)
        Path lengths, m (the step is d / (n - 1)).
    h_tx_m, h_rx_m : scalar or (P,)
        Antenna heights above the ground, m (> 0).
    f_mhz : scalar or (P,)
        Frequency, MHz.
    eps, sigma, ns, climate, polarization, time, location, confidence, mdvar
        ITM settings, see the module's docstring.

    Returns
    -------
    ITMResult with (P,) arrays ``loss_db``, ``mode`` and ``errnum``.

    Raises
    ------
    ITMInputError (a ValueError) for bad shapes, non-finite heights, non-positive distances,
    antenna heights or frequencies, or unknown settings.
    """
    settings = _settings(eps, sigma, ns, climate, polarization, time, location, confidence, mdvar)
    h = _profiles(heights)
    d = _per_row(d_total_m, h.shape[0], "d_total_m", "m")
    hg0, hg1, f, zgnd = _rows(h, h_tx_m, h_rx_m, f_mhz, eps, sigma, settings[0],
                              d.max(initial=0.0))
    loss = np.empty(h.shape[0])
    mode = np.empty(h.shape[0], dtype=np.int8)
    err = np.empty(h.shape[0], dtype=np.int8)
    from coverage_planner.core.engine.propagation import _itm_kernels

    _itm_kernels.path_batch(h, d / (h.shape[1] - 1), hg0, hg1, f, zgnd, float(ns), *settings[1:],
                            loss, mode, err)
    return ITMResult(loss, mode, err)


def itm_loss_along(heights: ArrayLike, step_m: float, h_tx_m: ArrayLike, h_rx_m: ArrayLike,
                   f_mhz: ArrayLike, *, eps: float = 15.0, sigma: float = 0.005,
                   ns: float = 301.0, climate: int = 5, polarization: str = "vertical",
                   time: float = 0.5, location: float = 0.5, confidence: float = 0.5,
                   mdvar: int = 12, need: ArrayLike | None = None) -> np.ndarray:
    """ITM loss at every sample of R radials, each sample a receiver, as SPLAT! does (dB).

    Sample j >= 1 of a radial is a receiver at j ``step_m`` on the prefix profile 0..j: the
    result equals :func:`itm_path_loss` on ``heights[:, :j+1]`` with ``d_total_m = j step_m``.
    Column 0 (the transmitter) copies column 1. Samples 1 and 2 are ITM on 1 or 2 profile
    intervals, shorter than ITM's 1 km: close to free space (see the module's docstring).
    Work is O(n) per receiver (horizon search, interdecile range; the least-squares fits and
    the system elevation by running sums), O(R n^2) in all.

    Parameters
    ----------
    heights : (R, n) array_like
        Ground heights, m, along each radial, sample 0 at the transmitter.
    step_m : float
        Distance between samples, m.
    h_tx_m, h_rx_m, f_mhz : scalar or (R,)
        Antenna heights above ground (m) and frequency (MHz), per radial or shared.
    eps, sigma, ns, climate, polarization, time, location, confidence, mdvar
        As :func:`itm_path_loss`.
    need : (R, n) bool array_like, optional
        Only these receivers are computed (the others are NaN): a raster uses about half of a
        radial's samples (its pixels' nearest), and ITM's cost is per receiver.

    Returns
    -------
    (R, n) float64 array of basic transmission losses, dB.
    """
    settings = _settings(eps, sigma, ns, climate, polarization, time, location, confidence, mdvar)
    h = _profiles(heights)
    step = float(_per_row(step_m, 1, "step_m", "m")[0])
    hg0, hg1, f, zgnd = _rows(h, h_tx_m, h_rx_m, f_mhz, eps, sigma, settings[0],
                              step * (h.shape[1] - 1))
    loss = np.empty(h.shape)
    if need is None:
        mask = np.ones(h.shape, dtype=np.bool_)
    else:
        mask = np.ascontiguousarray(np.broadcast_to(np.asarray(need, dtype=np.bool_), h.shape))
        mask = mask.copy()
        mask[:, 1] = True  # column 0 copies it
    from coverage_planner.core.engine.propagation import _itm_kernels

    def work(a: int, b: int) -> None:
        _itm_kernels.along_batch(h[a:b], step, hg0[a:b], hg1[a:b], f[a:b], zgnd[a:b], float(ns),
                                 *settings[1:], loss[a:b], mask[a:b])

    by_row_blocks(h.shape[0], work)
    return loss
