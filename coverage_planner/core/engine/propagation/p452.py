"""Terrain path loss by ITU-R P.452-16: free space + delta-Bullington diffraction, vectorised.

Basic transmission loss of a terrain path (no clutter, no gaseous absorption, 50 % of time)::

    L_b = L_fs + L_d,   L_fs = 20 log10(4 pi d f / c)

with the delta-Bullington diffraction loss of P.452-16 §4.2.3 (also P.1812-6 §4.3.3), at the
median effective earth radius a_e = k a (k = 4/3: a_e = 8494.7 km; a = 6371 km)::

    L_d = L_bulla + max(L_dsph - L_bulls, 0)

- L_bulla: the Bullington loss (§4.2.1, the P.526 §4.5 construction with an empirical term) of
  the real profile, terminal heights h_ts = h_0 + h_tx, h_rs = h_n + h_rx above sea level.
  With C = 500 / a_e, heights in m and distances in km: S_tim = max_i (h_i + C d_i (d - d_i)
  - h_ts) / d_i, S_tr = (h_rs - h_ts) / d. If S_tim < S_tr the path is line of sight (LOS,
  P.452's definition, the ``los`` flag) and nu = max_i [h_i + C d_i (d - d_i) - (h_ts (d - d_i)
  + h_rs d_i) / d] sqrt(0.002 d / (lambda d_i (d - d_i))); otherwise S_rim = max_i (h_i + C d_i
  (d - d_i) - h_rs) / (d - d_i), the Bullington point d_b = (h_rs - h_ts + S_rim d) / (S_tim +
  S_rim) and nu = [h_ts + S_tim d_b - (h_ts (d - d_b) + h_rs d_b) / d] sqrt(0.002 d / (lambda
  d_b (d - d_b))). L_uc = J(nu) (P.526 knife edge, 0 for nu <= -0.78) and
  L_bull = L_uc + [1 - exp(-L_uc / 6)] (10 + 0.02 d).
- L_bulls: the same on the smooth profile (all h_i = 0) with terminal heights h_ts - h_std and
  h_rs - h_srd, where h_std, h_srd are the least-squares smooth-earth heights at the terminals
  (Annex 2 §5.1.6.2: v1 = sum (d_i - d_i-1)(h_i + h_i-1), v2 = sum (d_i - d_i-1)[h_i (2 d_i +
  d_i-1) + h_i-1 (d_i + 2 d_i-1)], h_st = (2 v1 d - v2) / d^2, h_sr = (v2 - v1 d) / d^2) lowered
  under the highest obstacle (§5.1.6.3: H_i = h_i - (h_ts (d - d_i) + h_rs d_i) / d, h_obs =
  max H_i, alpha_obt = max H_i / d_i, alpha_obr = max H_i / (d - d_i); if h_obs > 0, h_st -=
  h_obs g_t, h_sr -= h_obs g_r, g_t = alpha_obt / (alpha_obt + alpha_obr), g_r = 1 - g_t) and
  capped at the ground heights h_0, h_n.
- L_dsph: the spherical-earth diffraction loss of §4.2.2 (eqs. 22-37) for those smooth heights:
  the first-term loss L_dft over land (eps_r = 22, sigma = 0.003 S/m) beyond the smooth-earth
  horizon distance, otherwise interpolated on the clearance h_se / h_req at the modified radius
  a_em. ``polarization`` only enters here (K_V = K_H sqrt(eps_r^2 + (18 sigma / f)^2)).

Validated against pycraf 2.1 (P.452-16, ``tests/fixtures/reference_paths.json``: 72 Lào Cai
paths, 0.9-2.1 GHz, 1-15 km): L_d agrees to 0.0005 dB (the fixture's rounding) on both LOS and
obstructed paths; L_b differs from pycraf's L_bd50 only by its L_bfsg (92.5 dB constant instead
of 92.45, plus gaseous absorption, together 0.07-0.15 dB here).

Validity. P.452-16 states 0.1-50 GHz; it sets no lower distance limit. P.1812-6, which uses
the same delta-Bullington method for point-to-area prediction, states 0.25-3000 km and terminal
heights up to 3000 m above ground. :func:`p452_path_loss` issues one
:class:`~coverage_planner.core.engine.propagation.common.ModelValidityWarning` for a frequency
outside 100-50 000 MHz, a path outside 0.25-3000 km or an antenna higher than 3000 m;
:func:`p452_loss_along` checks frequency and antenna heights only (its first receivers are, by
design, closer than 250 m). The profile must be sampled finely enough to resolve the ridges
(P.1812 suggests 30-250 m; the fixture uses about 75 m).

Speed (this machine: 2 shared AMD EPYC cores, one thread, numba 0.68), measured on real relief
by ``python -m benchmarks models`` (720 radials of 233 samples at 86 m around Sa Pa, from the
embedded DEM): ``p452_loss_along`` 720 × 233 takes 47 ms of CPU (64 ms wall with the machine's
load average at 4.4; goal <= 80 ms); ``p452_path_loss`` 2000 × 233 takes 7-8 ms (goal <= 30 ms).
The first call in a fresh environment compiles the kernels (about 10 s), later runs load them
from numba's cache.

The kernels are in :mod:`._bullington_kernels` (numba, imported on first use, ``nogil``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.propagation.common import (
    EARTH_RADIUS_M,
    FSPL_CONSTANT_DB,
    by_row_blocks,
    check_ranges,
)

__all__ = ["P452InputError", "P452Result", "p452_loss_along", "p452_path_loss"]

_POLARIZATIONS = ("vertical", "horizontal")


class P452InputError(DataError, ValueError):
    """Inputs the P.452 model refuses (wrong shapes or impossible values): a
    :class:`~coverage_planner.core.common.errors.DataError` that is also a ``ValueError``."""


@dataclass(frozen=True)
class P452Result:
    """Losses of P paths, each a (P,) array: dB, except ``los`` (bool)."""

    loss_db: np.ndarray  #: basic transmission loss = fspl_db + diffraction_db
    diffraction_db: np.ndarray  #: delta-Bullington L_d, >= 0
    los: np.ndarray  #: line of sight over the terrain and the earth's curvature (S_tim < S_tr)
    fspl_db: np.ndarray  #: free-space loss over d_total


def _kernels():
    """The numba kernels, imported on first use (importing the engine does not import numba)."""
    from coverage_planner.core.engine.propagation import _bullington_kernels

    return _bullington_kernels


def _refuse(problem_en: str, problem_vi: str, column: str) -> P452InputError:
    return P452InputError(
        None, Text(problem_en, problem_vi),
        Text("Pass terrain profiles as a 2-D array (one row per path, samples from the "
             "transmitter to the receiver) and positive, finite distances, heights and "
             "frequencies.",
             "Truyền mặt cắt địa hình dạng mảng 2 chiều (mỗi hàng một tuyến, các mẫu từ máy "
             "phát đến máy thu) cùng khoảng cách, độ cao và tần số dương, hữu hạn."),
        column=column)


def _per_row(value: ArrayLike, rows: int, name: str, positive: bool = True) -> np.ndarray:
    """A scalar or (rows,) argument as a contiguous (rows,) float64 array, checked."""
    a = np.asarray(value, dtype=float)
    if a.ndim > 1 or (a.ndim == 1 and a.shape[0] != rows):
        raise _refuse(f"{name} has shape {a.shape}; expected a scalar or ({rows},)",
                      f"{name} có kích thước {a.shape}; cần một số hoặc ({rows},)", name)
    a = np.ascontiguousarray(np.broadcast_to(a, (rows,)))
    if positive and not np.all(np.isfinite(a) & (a > 0)):
        raise _refuse(f"{name} must be positive and finite",
                      f"{name} phải là số dương, hữu hạn", name)
    return a


def _heights(heights: ArrayLike, min_samples: int) -> np.ndarray:
    h = np.asarray(heights, dtype=float)
    if h.ndim == 1:
        h = h[None, :]
    if h.ndim != 2 or h.shape[1] < min_samples:
        raise _refuse(f"heights has shape {np.shape(heights)}; expected (paths, samples) with "
                      f"at least {min_samples} samples",
                      f"heights có kích thước {np.shape(heights)}; cần (số tuyến, số mẫu) với "
                      f"ít nhất {min_samples} mẫu", "heights")
    return np.ascontiguousarray(h)


def _common(k: float, polarization: str) -> tuple[float, bool]:
    """a_e in km and the polarisation flag, checked."""
    if not (np.isfinite(k) and k > 0):
        raise _refuse(f"k = {k}: the effective earth-radius factor must be positive and finite",
                      f"k = {k}: hệ số bán kính trái đất hiệu dụng phải dương, hữu hạn", "k")
    if polarization not in _POLARIZATIONS:
        raise _refuse(f"polarization {polarization!r}: choose 'vertical' or 'horizontal'",
                      f"phân cực {polarization!r}: chọn 'vertical' hoặc 'horizontal'",
                      "polarization")
    return k * EARTH_RADIUS_M / 1000.0, polarization == "vertical"


def _fspl_db(d_m: np.ndarray, f_mhz: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore"):
        return 20.0 * np.log10(d_m / 1000.0) + 20.0 * np.log10(f_mhz) + FSPL_CONSTANT_DB


def p452_path_loss(heights: ArrayLike, d_total_m: ArrayLike, h_tx_m: ArrayLike,
                   h_rx_m: ArrayLike, f_mhz: ArrayLike, *, k: float = 4.0 / 3.0,
                   polarization: str = "vertical") -> P452Result:
    """P.452-16 basic transmission loss (free space + delta-Bullington) of a batch of paths.

    Parameters
    ----------
    heights : array_like, (P, n)
        Ground heights above sea level, m (no earth curvature: the model adds it), at n >= 2
        equally spaced samples from the transmitter (column 0) to the receiver (column n-1).
        A 1-D array is one path. A row with a NaN gives NaN losses and ``los`` False.
    d_total_m : array_like, scalar or (P,)
        Path length, m (sample spacing d_total / (n - 1)).
    h_tx_m, h_rx_m : array_like, scalar or (P,)
        Antenna heights above the ground at the two ends, m (> 0).
    f_mhz : array_like, scalar or (P,)
        Frequency, MHz.
    k : float, default 4/3
        Median effective earth-radius factor k50 (a_e = k 6371 km).
    polarization : {"vertical", "horizontal"}
        Enters the spherical-earth term only.

    Returns
    -------
    P452Result
        (P,) arrays ``loss_db``, ``diffraction_db``, ``los``, ``fspl_db``.

    Raises
    ------
    P452InputError
        (a ``DataError`` and a ``ValueError``) for wrong shapes or impossible values.
    """
    h = _heights(heights, 2)
    rows, n = h.shape
    d_total = _per_row(d_total_m, rows, "d_total_m")
    h_tx = _per_row(h_tx_m, rows, "h_tx_m")
    h_rx = _per_row(h_rx_m, rows, "h_rx_m")
    f = _per_row(f_mhz, rows, "f_mhz")
    a_e, vertical = _common(k, polarization)
    check_ranges("ITU-R P.452 delta-Bullington", [
        ("f", f, 100.0, 50_000.0, "MHz"), ("d", d_total / 1000.0, 0.25, 3000.0, "km"),
        ("h_tx", h_tx, 0.0, 3000.0, "m"), ("h_rx", h_rx, 0.0, 3000.0, "m")])
    bad = ~np.isfinite(h).all(axis=1)
    ld = np.empty(rows)
    los = np.zeros(rows, dtype=bool)
    kern = _kernels()
    kern.path_batch(np.where(bad[:, None], 0.0, h), np.full(rows, n, dtype=np.int64),
                    d_total / 1000.0 / (n - 1), h_tx, h_rx, f / 1000.0, a_e, vertical, ld, los)
    ld[bad] = np.nan
    los[bad] = False
    fspl = _fspl_db(d_total, f)
    return P452Result(loss_db=fspl + ld, diffraction_db=ld, los=los, fspl_db=fspl)


def p452_loss_along(heights: ArrayLike, step_m: ArrayLike, h_tx_m: ArrayLike, h_rx_m: ArrayLike,
                    f_mhz: ArrayLike, *, k: float = 4.0 / 3.0,
                    polarization: str = "vertical") -> tuple[np.ndarray, np.ndarray]:
    """P.452-16 loss at every sample of R radials (SPLAT!-style receivers along each radial).

    Sample j >= 1 of radial r is a receiver whose path is the prefix 0..j of the radial; the
    result at (r, j) equals :func:`p452_path_loss` on ``heights[r, :j+1]`` with
    ``d_total = j * step`` (to rounding), computed in O(n^2) per radial instead of O(n^3).

    Parameters
    ----------
    heights : array_like, (R, n)
        Ground heights above sea level, m, sampled every ``step_m`` from the transmitter
        (column 0). n >= 2. Samples from the first NaN of a radial on give NaN (``los`` False).
    step_m : array_like, scalar or (R,)
        Sample spacing, m.
    h_tx_m, h_rx_m, f_mhz, k, polarization
        As :func:`p452_path_loss` (h_rx is the height of every receiver of the radial).

    Returns
    -------
    loss_db, los : ndarray (R, n)
        Basic transmission loss (dB) and the LOS flag; column 0 (the transmitter itself) is a
        copy of column 1.
    """
    h = _heights(heights, 2)
    rows, n = h.shape
    step = _per_row(step_m, rows, "step_m")
    h_tx = _per_row(h_tx_m, rows, "h_tx_m")
    h_rx = _per_row(h_rx_m, rows, "h_rx_m")
    f = _per_row(f_mhz, rows, "f_mhz")
    a_e, vertical = _common(k, polarization)
    check_ranges("ITU-R P.452 delta-Bullington", [
        ("f", f, 100.0, 50_000.0, "MHz"), ("h_tx", h_tx, 0.0, 3000.0, "m"),
        ("h_rx", h_rx, 0.0, 3000.0, "m")])
    finite = np.isfinite(h)
    # index of the first NaN of each radial (n if none): receivers from there on are unknown
    first_bad = np.where(finite.all(axis=1), n, np.argmin(finite, axis=1))
    ld = np.empty((rows, n))
    los = np.zeros((rows, n), dtype=bool)
    h0 = np.where(finite, h, 0.0)
    kernels = _kernels()

    def work(a: int, b: int) -> None:
        kernels.along_batch(h0[a:b], step[a:b] / 1000.0, h_tx[a:b], h_rx[a:b], f[a:b] / 1000.0,
                            a_e, vertical, ld[a:b], los[a:b])

    by_row_blocks(rows, work)
    d = np.arange(n) * step[:, None]
    d[:, 0] = step
    loss = _fspl_db(d, f[:, None]) + ld
    unknown = np.arange(n)[None, :] >= np.maximum(first_bad, 2)[:, None]
    unknown |= (first_bad < 2)[:, None]
    loss[unknown] = np.nan
    los[unknown] = False
    return loss, los

