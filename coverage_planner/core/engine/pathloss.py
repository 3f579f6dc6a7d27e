"""Basic transmission loss over terrain profiles, by the model the coverage profile names.

Every model takes the same inputs — a batch of profiles from
:mod:`coverage_planner.core.engine.paths` — and returns the loss (dB) and whether each path has
line of sight over the terrain (with the earth's curvature, k = 4/3). Two shapes:

- :func:`path_loss`: P paths, each with its own length; the loss at each path's end (points);
- :func:`loss_along`: R radials sampled every ``step`` metres; the loss at every sample as a
  receiver on the radial's prefix (rasters).

Models (:data:`MODEL_INFO` gives each one's label and validity for the UI and the reports):

``p452``
    ITU-R P.452-16 / P.1812-style: free space + delta-Bullington diffraction
    (:mod:`~coverage_planner.core.engine.propagation.p452`), checked against pycraf. The default.
``itm``
    Longley–Rice ITM 1.2.2 point-to-point on every path, as SPLAT! uses it for areas
    (:mod:`~coverage_planner.core.engine.propagation.itm`), checked against itmlogic.
``hata`` (quick)
    Okumura–Hata / COST-231 with the antenna's effective height taken along the path (above the
    mean ground 3–15 km out, or the outer 80 % of a path of 6 km or less) and kept inside the
    model's 30–200 m; never below the ``p452`` loss (free space + the multi-edge
    delta-Bullington diffraction), so that terrain is counted once: on open paths Hata's
    empirical loss, behind ridges the diffraction when it is larger.
``38901-rma`` / ``38901-uma``
    3GPP TR 38.901 with LOS or NLOS decided by the terrain's line of sight instead of the
    LOS probability; never below free space.
``free-space``
    Free space over the straight distance.

Clutter (:mod:`~coverage_planner.core.engine.clutter`) and the antenna pattern are added by the
link budget (:mod:`~coverage_planner.core.engine.linkbudget`), not here.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np

from coverage_planner.core.common.text import Text
from coverage_planner.core.engine import propagation
from coverage_planner.core.engine.terrain import EARTH_RADIUS_M, K_FACTOR

HATA_HB_RANGE = (30.0, 200.0)  # Okumura-Hata's base-station heights (m)


@dataclass(frozen=True)
class ModelInfo:
    label: Text
    validity: Text
    reference: Text  # the published source, and what the engine was checked against
    terrain_clutter: bool  # the P.452 clutter height-gain loss applies at the ends


MODEL_INFO = {
    "p452": ModelInfo(
        Text("ITU-R P.452/P.1812-style: free space + delta-Bullington diffraction + clutter",
             "ITU-R P.452/P.1812: không gian tự do + nhiễu xạ delta-Bullington + địa vật"),
        Text("100 MHz–50 GHz, paths up to ~100 km, antennas above ground",
             "100 MHz–50 GHz, cự ly tới ~100 km, ăng-ten trên mặt đất"),
        Text("ITU-R P.452-16 §4.2.3 (checked against pycraf)",
             "ITU-R P.452-16 §4.2.3 (đã đối chiếu với pycraf)"), True),
    "itm": ModelInfo(
        Text("Longley–Rice ITM 1.2.2, point-to-point on every path (as SPLAT!)",
             "Longley–Rice ITM 1.2.2, điểm–điểm trên từng tuyến (như SPLAT!)"),
        Text("20 MHz–20 GHz, 1–2000 km, antennas 0.5–3000 m",
             "20 MHz–20 GHz, 1–2000 km, ăng-ten 0,5–3000 m"),
        Text("NTIA ITS ITM 1.2.2 (checked against itmlogic)",
             "NTIA ITS ITM 1.2.2 (đã đối chiếu với itmlogic)"), True),
    "hata": ModelInfo(
        Text("Hata (quick, empirical): Okumura–Hata/COST-231, effective height along the path, "
             "never below free space + delta-Bullington",
             "Hata (nhanh, thực nghiệm): Okumura–Hata/COST-231, độ cao hiệu dụng theo tuyến, "
             "không nhỏ hơn không gian tự do + delta-Bullington"),
        Text("150–2000 MHz, 1–20 km, base 30–200 m, mobile 1–10 m",
             "150–2000 MHz, 1–20 km, trạm gốc 30–200 m, máy di động 1–10 m"),
        Text("Okumura–Hata (1980), COST-231 (1999); not checked against a reference",
             "Okumura–Hata (1980), COST-231 (1999); chưa đối chiếu với mã tham chiếu"), False),
    "38901-rma": ModelInfo(
        Text("3GPP TR 38.901 RMa, LOS from the terrain", "3GPP TR 38.901 RMa, LOS theo địa hình"),
        Text("0.5–30 GHz, 10 m–10 km (LOS), 5 km (NLOS), base 10–150 m",
             "0,5–30 GHz, 10 m–10 km (LOS), 5 km (NLOS), trạm gốc 10–150 m"),
        Text("3GPP TR 38.901 Table 7.4.1-1", "3GPP TR 38.901 Bảng 7.4.1-1"), False),
    "38901-uma": ModelInfo(
        Text("3GPP TR 38.901 UMa, LOS from the terrain", "3GPP TR 38.901 UMa, LOS theo địa hình"),
        Text("0.5–100 GHz, 10 m–5 km, base 25 m", "0,5–100 GHz, 10 m–5 km, trạm gốc 25 m"),
        Text("3GPP TR 38.901 Table 7.4.1-1", "3GPP TR 38.901 Bảng 7.4.1-1"), False),
    "free-space": ModelInfo(
        Text("free space", "không gian tự do"), Text("any frequency, far field",
                                                     "mọi tần số, trường xa"),
        Text("Friis", "Friis"), False),
}
MODELS = tuple(MODEL_INFO)


def _check(model: str) -> None:
    if model not in MODEL_INFO:
        raise ValueError(f"unknown propagation model {model!r}; known: {', '.join(MODELS)}")


def _curvature(k: float) -> float:
    return 1.0 / (2.0 * k * EARTH_RADIUS_M)


def los_paths(heights, d_total, h_tx, h_rx, k: float = K_FACTOR) -> np.ndarray:
    """(P,) True where the straight line between the antennas clears every sample's ground
    raised by the earth's bulge d_i (d − d_i) / (2 k a)."""
    h = np.asarray(heights, dtype=float)
    d = np.asarray(d_total, dtype=float)[:, None]
    n = h.shape[1]
    t = np.linspace(0.0, 1.0, n)[None, :]
    di = t * d
    tx = h[:, :1] + np.reshape(h_tx, (-1, 1))
    rx = h[:, -1:] + np.reshape(h_rx, (-1, 1))
    line = tx + (rx - tx) * t
    ground = h + di * (d - di) * _curvature(k)
    return (ground[:, 1:-1] <= line[:, 1:-1]).all(axis=1) if n > 2 else np.ones(len(h), bool)


def los_along(heights, step: float, h_tx, h_rx, k: float = K_FACTOR) -> np.ndarray:
    """(R, n) line of sight to every sample of R radials: the steepest slope from the antenna
    to the ground before a sample, (h_i − C d_i² − H)/d_i + C d, is a running maximum."""
    h = np.asarray(heights, dtype=float)
    n = h.shape[1]
    c = _curvature(k)
    d = np.arange(n) * float(step)
    tx = h[:, :1] + float(h_tx)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = (h - c * d * d - tx) / d
    s[:, 0] = -np.inf
    s_tim = np.maximum.accumulate(s, axis=1)  # steepest up to and including each sample
    s_before = np.full_like(s_tim, -np.inf)
    s_before[:, 1:] = s_tim[:, :-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        s_tr = (h + float(h_rx) - c * d * d - tx) / d
    out = s_tr >= s_before
    out[:, :2] = True
    return out


def _hata_heights_paths(heights, d_total, h_tx) -> np.ndarray:
    h = np.asarray(heights, dtype=float)
    d = np.asarray(d_total, dtype=float)[:, None]
    t = np.linspace(0.0, 1.0, h.shape[1])[None, :]
    di = t * d
    far = d > 6000.0
    lo = np.where(far, 3000.0, 0.2 * d)
    hi = np.where(far, np.minimum(15000.0, d), d)
    band = (di >= lo) & (di <= hi)
    band[:, -1] |= ~band.any(axis=1)
    mean = (h * band).sum(axis=1) / band.sum(axis=1)
    return np.clip(h[:, 0] + np.reshape(h_tx, -1) - mean, *HATA_HB_RANGE)


def _hata_heights_along(heights, step: float, h_tx) -> np.ndarray:
    h = np.asarray(heights, dtype=float)
    n = h.shape[1]
    d = np.arange(n) * float(step)
    cs = np.zeros((h.shape[0], n + 1))
    np.cumsum(h, axis=1, out=cs[:, 1:])
    far = d > 6000.0
    lo = np.where(far, 3000.0, 0.2 * d)
    hi = np.where(far, np.minimum(15000.0, d), d)
    i0 = np.clip(np.ceil(lo / step - 1e-9).astype(int), 0, n - 1)
    i1 = np.clip(np.floor(hi / step + 1e-9).astype(int), 0, n - 1)
    i1 = np.maximum(i1, i0)
    mean = (cs[:, i1 + 1] - cs[:, i0]) / (i1 - i0 + 1)
    return np.clip(h[:, :1] + float(h_tx) - mean, *HATA_HB_RANGE)


def _hata(d, f_mhz, h_eff, h_rx, environment) -> np.ndarray:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", propagation.ModelValidityWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        return np.asarray(propagation.hata_loss(np.maximum(d, 1.0) / 1000.0, f_mhz, h_eff, h_rx,
                                                environment=environment))


def _tr38901(model, d, f_mhz, h_tx, h_rx, los) -> np.ndarray:
    fn = propagation.rma_loss if model == "38901-rma" else propagation.uma_loss
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", propagation.ModelValidityWarning)
        warnings.simplefilter("ignore", RuntimeWarning)
        loss = np.asarray(fn(np.maximum(d, 10.0), f_mhz, h_bs_m=h_tx, h_ut_m=h_rx, los=los))
    return np.maximum(loss, propagation.free_space_loss(np.maximum(d, 1.0), f_mhz))


def path_loss(model: str, heights, d_total, h_tx, h_rx, f_mhz: float,
              environment: str = "open") -> tuple[np.ndarray, np.ndarray]:
    """Loss (dB, (P,)) and line of sight ((P,) bool) at the ends of P profiles (rows of
    ``heights``, equally spaced from the transmitter to the receiver, ``d_total`` long).

    Validity is stated per model (:data:`MODEL_INFO`, ``linkbudget.validity_notes``), not
    warned about per path: the models' :class:`ModelValidityWarning` is silenced here."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", propagation.ModelValidityWarning)
        return _path_loss(model, heights, d_total, h_tx, h_rx, f_mhz, environment)


def _path_loss(model, heights, d_total, h_tx, h_rx, f_mhz, environment):
    _check(model)
    h = np.asarray(heights, dtype=float)
    d = np.maximum(np.asarray(d_total, dtype=float), 1.0)
    if model == "p452":
        from coverage_planner.core.engine.propagation.p452 import p452_path_loss

        r = p452_path_loss(h, d, h_tx, h_rx, f_mhz)
        return np.asarray(r.loss_db, float), np.asarray(r.los, bool)
    if model == "itm":
        from coverage_planner.core.engine.propagation.itm import itm_path_loss

        r = itm_path_loss(h, d, h_tx, h_rx, f_mhz)
        return np.asarray(r.loss_db, float), los_paths(h, d, h_tx, h_rx)
    if model == "hata":
        floor, los = _path_loss("p452", h, d, h_tx, h_rx, f_mhz, environment)
        hb = _hata_heights_paths(h, d, h_tx)
        return np.maximum(_hata(d, f_mhz, hb, h_rx, environment), floor), los
    los = los_paths(h, d, h_tx, h_rx)
    if model == "free-space":
        return np.asarray(propagation.free_space_loss(d, f_mhz), float), los
    return _tr38901(model, d, f_mhz, h_tx, h_rx, los), los


def loss_along(model: str, heights, step: float, h_tx, h_rx, f_mhz: float,
               environment: str = "open", need=None,
               los: bool = True) -> tuple[np.ndarray, np.ndarray | None]:
    """Loss (dB) and line of sight, both (R, n), at every sample of R radials (column 0 copies
    column 1: the transmitter's own pixel). Validity warnings silenced as in :func:`path_loss`.
    ``need`` ((R, n) bool) may name the only samples wanted (a model whose cost is per receiver,
    ITM, leaves the others NaN). ``los=False``: a caller that needs no line of sight gets None
    for it, and ITM's raster is spared computing it (its own kernels do not)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", propagation.ModelValidityWarning)
        return _loss_along(model, heights, step, h_tx, h_rx, f_mhz, environment, need, los)


def _loss_along(model, heights, step, h_tx, h_rx, f_mhz, environment, need=None, want_los=True):
    _check(model)
    h = np.asarray(heights, dtype=float)
    n = h.shape[1]
    d = np.maximum(np.arange(n) * float(step), float(step))[None, :]
    if model == "p452":
        from coverage_planner.core.engine.propagation.p452 import p452_loss_along

        loss, los = p452_loss_along(h, step, h_tx, h_rx, f_mhz)
        return np.asarray(loss, float), np.asarray(los, bool)
    if model == "itm":
        from coverage_planner.core.engine.propagation.itm import itm_loss_along

        loss = np.asarray(itm_loss_along(h, step, h_tx, h_rx, f_mhz, need=need), float)
        return loss, (los_along(h, step, h_tx, h_rx) if want_los else None)
    if model == "hata":
        floor, los = _loss_along("p452", h, step, h_tx, h_rx, f_mhz, environment)
        hb = _hata_heights_along(h, step, h_tx)
        return np.maximum(_hata(d, f_mhz, hb, h_rx, environment), floor), los
    los = los_along(h, step, h_tx, h_rx)
    if model == "free-space":
        return np.broadcast_to(propagation.free_space_loss(d, f_mhz), h.shape).copy(), los
    return _tr38901(model, np.broadcast_to(d, h.shape), f_mhz, h_tx, h_rx, los), los


def warm_up(models=("p452",)) -> None:
    """Load the numba kernels of ``models`` now (from numba's cache, or compiled the first time):
    a few hundred milliseconds once per process, better spent when the evaluator starts than at
    a planner's first what-if edit."""
    h = np.array([[100.0, 140.0, 120.0, 100.0, 110.0]])
    for model in set(models):
        if model in ("p452", "hata", "itm"):
            path_loss(model, h, [400.0], 30.0, 1.5, 900.0)
            loss_along(model, h, 100.0, 30.0, 1.5, 900.0)
