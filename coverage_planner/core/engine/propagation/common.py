"""What every propagation family shares: constants, the validity warning and its range
checks, array handling, and the free-space loss every other loss is compared with.

The helpers :func:`as_floats`, :func:`scalar_or_array` and :func:`check_ranges` are for the
family modules of this package (they are not part of the package's public names).
"""

from __future__ import annotations

import math
import warnings

import numpy as np
from numpy.typing import ArrayLike

__all__ = [
    "C_LIGHT",
    "EARTH_RADIUS_M",
    "FSPL_CONSTANT_DB",
    "ModelValidityWarning",
    "as_floats",
    "check_ranges",
    "free_space_loss",
    "scalar_or_array",
]

#: Speed of light in vacuum, m/s.
C_LIGHT = 299_792_458.0
#: Mean Earth radius used with the effective-earth factor k (ITU-R P.526: a = 6371 km), m.
EARTH_RADIUS_M = 6_371_000.0
#: 20 log10(4 pi 1e9 / c) = 32.4478 dB: free-space loss at 1 km and 1 MHz (exact, not 32.45).
FSPL_CONSTANT_DB = 20.0 * math.log10(4.0 * math.pi * 1e9 / C_LIGHT)


class ModelValidityWarning(UserWarning):
    """An input is outside the range a propagation model was fitted or defined for."""


# --------------------------------------------------------------------------------- helpers


def as_floats(x: ArrayLike) -> np.ndarray:
    """``x`` as a float64 array (scalars become 0-d arrays)."""
    return np.asarray(x, dtype=float)


def scalar_or_array(a: ArrayLike) -> np.ndarray | float:
    """A 0-d result as a numpy ``float64`` scalar, anything else as the float array."""
    a = np.asarray(a, dtype=float)
    return a[()] if a.ndim == 0 else a


def check_ranges(model: str, limits: list[tuple[str, ArrayLike, float, float, str]],
                 stacklevel: int = 3) -> None:
    """Warn once if any value lies outside [lo, hi] (NaN ignored); limits: (name, values, lo, hi, unit)."""
    problems = []
    for name, values, lo, hi, unit in limits:
        v = np.asarray(values, dtype=float)
        bad = v[(v < lo) | (v > hi)]
        if bad.size:
            got = f"{bad.min():g}" if bad.min() == bad.max() else f"{bad.min():g}..{bad.max():g}"
            count = f" ({bad.size} of {v.size} values)" if v.size > 1 else ""
            valid = f"{lo:g}" if lo == hi else f"{lo:g}-{hi:g}"
            problems.append(f"{name} {got} {unit}{count} outside {valid} {unit}")
    if problems:
        warnings.warn(
            f"{model} used outside its validity range: {'; '.join(problems)}; result extrapolated",
            ModelValidityWarning,
            stacklevel=stacklevel,
        )


# ----------------------------------------------------------------------------- free space


def free_space_loss(d_m: ArrayLike, f_mhz: ArrayLike) -> np.ndarray | float:
    """Free-space basic transmission loss (Friis), dB.

    L = 20 log10(d_km) + 20 log10(f_MHz) + 32.4478, with the exact constant
    :data:`FSPL_CONSTANT_DB` = 20 log10(4 pi 1e9 / c) (the rounded 32.45 differs by 0.002 dB).

    Parameters
    ----------
    d_m : array_like
        Distance (3-D if the antennas differ much in height), metres.
    f_mhz : array_like
        Frequency, MHz.

    Returns
    -------
    ndarray or float
        Loss in dB; 1 km at 900 MHz gives 91.53 dB.

    Notes
    -----
    Valid at any frequency in the far field. Non-positive distances or frequencies give -inf or
    NaN and a :class:`ModelValidityWarning`.
    """
    d, f = as_floats(d_m), as_floats(f_mhz)
    if np.any(d <= 0) or np.any(f <= 0):
        warnings.warn("free space: non-positive distance or frequency (result -inf or NaN)",
                      ModelValidityWarning, stacklevel=2)
    with np.errstate(divide="ignore", invalid="ignore"):
        loss = 20.0 * np.log10(d / 1000.0) + 20.0 * np.log10(f) + FSPL_CONSTANT_DB
    return scalar_or_array(loss)


# ----------------------------------------------------------------------------- threads


def kernel_threads() -> int:
    """Threads the radial kernels may use: the machine's cores (at most 4), or
    ``$COVERAGE_PLANNER_THREADS``."""
    import os

    env = os.environ.get("COVERAGE_PLANNER_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min(4, os.cpu_count() or 1))


def by_row_blocks(rows: int, work, min_rows: int = 64) -> None:
    """Call ``work(start, stop)`` over blocks of rows, in threads when there are enough rows.

    The numba kernels release the GIL (``nogil=True``) and write disjoint rows, so the radials
    of one raster share the machine's cores in this process."""
    threads = min(kernel_threads(), max(1, rows // min_rows))
    if threads <= 1:
        work(0, rows)
        return
    from concurrent.futures import ThreadPoolExecutor

    edges = np.linspace(0, rows, threads + 1).astype(int)
    with ThreadPoolExecutor(threads) as pool:
        for f in [pool.submit(work, a, b) for a, b in zip(edges[:-1], edges[1:])]:
            f.result()
