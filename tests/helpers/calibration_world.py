"""A small data folder with a drive test for the calibration's CLI, report and GUI tests: hilly
ground in UTM 48N, two carriers' 4G masts, two villages, and ``measurements.csv`` whose values
are the engine's own predictions plus planted offsets and a little noise."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from engine_world import World, ll_of_xy, xy

#: planted offsets (dB) per "operator|technology"
PLANTED = {"Viettel|4G": 4.0, "VNPT|4G": -3.0}
NOISE_DB = 2.0


def terrain(n: int = 241) -> np.ndarray:
    rows, cols = np.mgrid[0:n, 0:n]
    return (300.0 + 60.0 * np.sin(rows / 23.0) * np.cos(cols / 31.0)).astype(np.float32)


def calibration_world() -> World:
    w = World()
    for site, row, col, op in (("V1", 60, 60, "Viettel"), ("V2", 180, 170, "Viettel"),
                               ("N1", 70, 180, "VNPT"), ("N2", 170, 60, "VNPT")):
        w.cell(site, row, col, f"{site}-4G", technology="4G", frequency_mhz=1800.0,
               eirp_dbm=55.0, operator=op)
    w.village("A", 100, 100, households=120)
    w.village("B", 150, 140, households=80)
    return w


def sample_points(n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` random points over the grid, half per carrier (generic drive-test columns)."""
    rng = np.random.default_rng(seed)
    rows, cols = rng.uniform(10, 230, n), rng.uniform(10, 230, n)
    lon, lat = zip(*(ll_of_xy(*xy(r, c)) for r, c in zip(rows, cols)))
    ops = np.where(np.arange(n) % 2 == 0, "Viettel", "VNPT")
    return pd.DataFrame({"lon": lon, "lat": lat, "value_dbm": np.nan, "kind": "RSRP",
                         "operator": ops, "technology": "4G", "cell_id": "", "time": pd.NaT})


def write_calibration_folder(root: Path, n: int = 400, seed: int = 0) -> Path:
    """The folder with ``measurements.csv``: engine prediction + planted offset + N(0, 2 dB)."""
    from coverage_planner.core.analysis.calibration import predict_at_samples
    from coverage_planner.core.io import load_folder

    calibration_world().write_folder(root, terrain())
    project = load_folder(root)
    predicted = predict_at_samples(project, project.profile, sample_points(n, seed))
    predicted = predicted[np.isfinite(predicted["predicted_dbm"])]
    keys = predicted["operator"] + "|" + predicted["technology"]
    rng = np.random.default_rng(seed + 1)
    value = predicted["predicted_dbm"] + keys.map(PLANTED) + rng.normal(0, NOISE_DB, len(keys))
    out = pd.DataFrame({"lon": predicted["lon"].round(6), "lat": predicted["lat"].round(6),
                        "value_dbm": value.round(1), "operator": predicted["operator"],
                        "technology": predicted["technology"]})
    out = out[(out["value_dbm"] > -140) & (out["value_dbm"] < -25)]
    out.to_csv(root / "measurements.csv", index=False)
    return root
