"""Terrain path-loss models against the reference fixture (pycraf P.452-16, itmlogic ITM).

Every model of :data:`MODELS` is run on the 72 fixed Lào Cai profiles of
``tests/fixtures/reference_paths.json`` (written by ``python -m benchmarks.reference_paths``)
and compared with one column of it, separately on line-of-sight and obstructed paths (the
fixture's ``p452_los``): mean error (ours − reference), RMS and max |error|, in dB. A model with
a goal must reach |mean| ≤ 2 dB and RMS ≤ 4 dB; the quick model is shown for information.

- ``p452``: :func:`~coverage_planner.core.engine.propagation.p452.p452_path_loss`
  (free space + delta-Bullington) vs pycraf's L_bd50 (``p452_lbd_db``);
- ``itm``: :func:`~coverage_planner.core.engine.propagation.itm.itm_path_loss` vs itmlogic
  (``itm_db``);
- ``hata quick``: the engine's quick model (:func:`~coverage_planner.core.engine.pathloss.
  path_loss` ``"hata"``: Okumura–Hata/COST-231 in open area, effective height along the path
  kept in 30–200 m, never below free space + delta-Bullington), vs ITM, for information.

Adding a model is one line in :data:`MODELS`: ``"itm": Model(itm_losses, "itm_db")``.

Speed of the P.452 model on real relief: 720 radials of 233 samples at 86 m (20 km) around the
Sa Pa site of :mod:`benchmarks.splat`, read bilinearly from ``gis_data/laocai/dem.tif``, through
``p452_loss_along`` (goal ≤ 80 ms), and the same profiles at three frequencies (2000 paths of
233 samples) through ``p452_path_loss`` (goal ≤ 30 ms); best of several runs, one thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.common import Row, best_of, ms

SECTION = "models"
FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "reference_paths.json"
GOAL = "|mean| ≤ 2 dB, RMS ≤ 4 dB"
SITE_LON, SITE_LAT = 103.84, 22.34
H_TX, H_RX = 30.0, 1.5
RADIALS, SAMPLES, STEP_M = 720, 233, 86.0
N_PATHS = 2000


def load_paths(path: Path = FIXTURE) -> list[dict]:
    """The fixture's paths, heights as float64 arrays."""
    paths = json.loads(path.read_text(encoding="utf-8"))["paths"]
    for p in paths:
        p["heights"] = np.asarray(p["heights"], dtype=float)
    return paths


def p452_losses(paths: list[dict]) -> np.ndarray:
    """Free space + P.452-16 delta-Bullington, one call per path (profiles differ in length)."""
    from coverage_planner.core.engine.propagation.p452 import p452_path_loss

    return np.array([p452_path_loss(p["heights"], p["d_total_m"], p["h_tx_m"], p["h_rx_m"],
                                    p["f_mhz"]).loss_db[0] for p in paths])


def itm_losses(paths: list[dict]) -> np.ndarray:
    """Longley-Rice ITM 1.2.2 point-to-point, SPLAT!'s settings, one call per path."""
    from coverage_planner.core.engine.propagation.itm import itm_path_loss

    return np.array([itm_path_loss(p["heights"][None, :], p["d_total_m"], p["h_tx_m"],
                                   p["h_rx_m"], p["f_mhz"]).loss_db[0] for p in paths])


def hata_quick_losses(paths: list[dict]) -> np.ndarray:
    """The engine's quick model (``pathloss.path_loss("hata", ...)``): Okumura–Hata/COST-231 with
    the effective height along the path kept in 30–200 m, never below the P.452 loss."""
    from coverage_planner.core.engine.pathloss import path_loss

    return np.array([path_loss("hata", p["heights"][None, :], [p["d_total_m"]], p["h_tx_m"],
                               p["h_rx_m"], p["f_mhz"])[0][0] for p in paths])


@dataclass(frozen=True)
class Model:
    """A model of the comparison: ``losses(paths) -> (P,) dB``, the fixture column it is
    compared with, and whether the accuracy goal applies (False: shown for information)."""

    losses: Callable[[list[dict]], np.ndarray]
    column: str
    goal: bool = True


#: name -> model; one line per model
MODELS: dict[str, Model] = {
    "p452": Model(p452_losses, "p452_lbd_db"),
    "itm": Model(itm_losses, "itm_db"),
    "hata quick": Model(hata_quick_losses, "itm_db", goal=False),
}


def error_stats(errors: np.ndarray) -> tuple[float, float, float]:
    """(mean, RMS, max |error|), dB."""
    e = np.asarray(errors, dtype=float)
    return float(e.mean()), float(np.sqrt(np.mean(e * e))), float(np.abs(e).max())


def accuracy_rows(paths: list[dict], models: dict[str, Model] = MODELS) -> list[Row]:
    rows = []
    los = np.array([p["p452_los"] for p in paths])
    for name, model in models.items():
        errors = model.losses(paths) - np.array([p[model.column] for p in paths])
        for label, mask in (("LOS", los), ("obstructed", ~los)):
            mean, rms, worst = error_stats(errors[mask])
            value = (f"mean {mean:+.2f}, RMS {rms:.2f}, max {worst:.2f} dB "
                     f"({mask.sum()} paths)")
            met = (abs(mean) <= 2.0 and rms <= 4.0) if model.goal else None
            figure = f"{name} vs {model.column}, {label}"
            if not model.goal:
                figure += " (quick model)"
            print(f"  {figure}: {value}")
            rows.append(Row(SECTION, figure, value, GOAL if model.goal else "", met))
    return rows


def radials() -> np.ndarray:
    """RADIALS × SAMPLES ground heights around the Sa Pa site (bilinear on the embedded DEM)."""
    from pyproj import Geod

    from benchmarks.reference_paths import bilinear, load_dem

    z, grid = load_dem()
    n = RADIALS * SAMPLES
    bearings = np.repeat(np.arange(RADIALS) * 360.0 / RADIALS, SAMPLES)
    dist = np.tile(np.arange(SAMPLES) * STEP_M, RADIALS)
    lon, lat, _ = Geod(ellps="WGS84").fwd(np.full(n, SITE_LON), np.full(n, SITE_LAT), bearings,
                                          dist)
    return bilinear(z, grid, lon, lat).reshape(RADIALS, SAMPLES)


def speed_rows(quick: bool) -> list[Row]:
    from coverage_planner.core.engine.propagation.p452 import p452_loss_along, p452_path_loss

    h = radials()
    n_rep = 3 if quick else 10
    t_along, (_, los) = best_of(lambda: p452_loss_along(h, STEP_M, H_TX, H_RX, 900.0), n_rep)
    batch = np.vstack([h, h, h])[:N_PATHS]
    f = np.repeat([900.0, 1800.0, 2100.0], RADIALS)[:N_PATHS]
    d_total = STEP_M * (SAMPLES - 1)
    t_path, _ = best_of(lambda: p452_path_loss(batch, d_total, H_TX, H_RX, f), n_rep)
    print(f"  p452_loss_along {RADIALS}×{SAMPLES}: {ms(t_along)} ({los.mean():.0%} of the "
          f"receivers in line of sight); p452_path_loss {N_PATHS}×{SAMPLES}: {ms(t_path)}")
    return [
        Row(SECTION, f"p452_loss_along {RADIALS}×{SAMPLES} (Sa Pa, 86 m)", ms(t_along),
            "≤ 80 ms", t_along <= 0.080),
        Row(SECTION, f"p452_path_loss {N_PATHS}×{SAMPLES}", ms(t_path), "≤ 30 ms",
            t_path <= 0.030),
    ]


def run(work: Path, quick: bool = False, png_dir: Path | None = None) -> list[Row]:
    paths = load_paths()
    print(f"[models] {len(paths)} reference paths from {FIXTURE.name}; goal {GOAL}")
    return accuracy_rows(paths) + speed_rows(quick)
