"""Calibrate the towers with the coverage engine in the loop, to the 2023 mobile figures.

The generator aims at the table (remote villages get no tower, the next ones 2G only); this
step makes it exact: it runs the real engine (terrain, antennas, thresholds of the default
profile) on the written folder and, one deterministic step at a time,

1. while more than ``NO_SIGNAL`` villages lack signal at the centre: a small 2G cell (a low omni
   mast) by the least remote of them;
2. while more than ``NO_BROADBAND − NO_SIGNAL`` villages with signal lack 3G/4G: 3G and 4G on
   the best server of the least remote of them, or else a small 4G cell by it;

keeping a step only if it moves the count towards the target without passing it and without
changing the other count. If the generated network starts below a target the step raises:
the generator's aim (``sites.NO_SIGNAL`` etc.) must then be tuned.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from coverage_planner.core.analysis.villages import analyse
from coverage_planner.core.io import load_folder, read_layer
from coverage_planner.datagen.laocai import sites as sites_mod
from coverage_planner.datagen.laocai.writer import write_csv

TARGET_SIGNAL = 1548
TARGET_BROADBAND = 1525


def write_cells(cells: pd.DataFrame, out_dir: Path, to_lonlat) -> None:
    """``sites.csv``: one row per cell, lon/lat, and an ``origin`` column saying "synthetic"
    (a CSV has no other place for metadata)."""
    lon, lat = to_lonlat(cells["x"], cells["y"])
    table = cells.drop(columns=["x", "y"])
    table.insert(3, "lon", lon)
    table.insert(4, "lat", lat)
    table["origin"] = "synthetic"
    write_csv(table, out_dir / "sites.csv")


def calibrate(out_dir: Path, cells: pd.DataFrame, villages: gpd.GeoDataFrame,
              remote: np.ndarray, dem, rng, to_lonlat, log=print) -> pd.DataFrame:
    """Adjust ``cells`` (metric x, y) until the engine gives the 2023 mobile figures."""
    project = load_folder(out_dir)
    n = len(villages)
    order = np.argsort(remote, kind="stable")  # least remote first
    vxy = villages[["centre_x", "centre_y"]].to_numpy()
    next_site = {"Viettel": 9000, "VNPT": 9000, "MobiFone": 9000}

    def evaluate(candidate: pd.DataFrame):
        write_cells(candidate, out_dir, to_lonlat)
        project.cells = read_layer(out_dir / "sites.csv", "cells")
        t = analyse(project, bundle=False).villages
        sig = t["mobile_signal"].to_numpy()
        bb = t["mobile_broadband"].to_numpy()
        return t, int(sig.sum()), int(bb.sum())

    table, n_sig, n_bb = evaluate(cells)
    log(f"calibration start: signal {n_sig}, broadband {n_bb}")
    if n_sig > TARGET_SIGNAL or n_sig - n_bb < TARGET_SIGNAL - TARGET_BROADBAND - 40:
        raise RuntimeError(f"generated network starts past the target (signal {n_sig}, "
                           f"broadband {n_bb}); tune sites.NO_SIGNAL / NO_BROADBAND")

    def small_cell(v: int, operator: str, techs: list[str], attempt: int) -> pd.DataFrame:
        """A low omni mast by the village (the carriers' answer to a trắng sóng village);
        each attempt a little lower and weaker, so it lights the village and few others."""
        next_site[operator] += 1
        x, y = vxy[v] + rng.normal(0.0, 80.0, 2)
        site = pd.Series({"site_id": f"{operator[:3].upper()}-{next_site[operator]:04d}",
                          "operator": operator, "x": float(x), "y": float(y),
                          "height_m": 18 - 3 * attempt})
        cells = pd.DataFrame(sites_mod.site_cells(site, techs, True, 0.0))
        cells["eirp_dbm"] -= 10.0 + 6.0 * attempt
        return cells

    # 1. signal at the centre
    while n_sig < TARGET_SIGNAL:
        dark = [v for v in order if not table["mobile_signal"].iat[v]]
        for v in dark:
            done = False
            for attempt in range(3):
                trial = pd.concat([cells, small_cell(v, "Viettel", ["2G"], attempt)],
                                  ignore_index=True)
                t2, s2, b2 = evaluate(trial)
                if n_sig < s2 <= TARGET_SIGNAL and b2 == n_bb:
                    cells, table, n_sig, n_bb, done = trial, t2, s2, b2, True
                    break
            if done:
                break
        else:
            raise RuntimeError(f"cannot reach {TARGET_SIGNAL} villages with signal ({n_sig})")
        log(f"  signal {n_sig}, broadband {n_bb}")

    # 2. mobile broadband (3G/4G) at the centre
    while n_bb < TARGET_BROADBAND:
        gaps = [v for v in order if table["mobile_signal"].iat[v]
                and not table["mobile_broadband"].iat[v]]
        done = False
        for v in gaps:
            site = table["best_site"].iat[v]
            site_cells = cells[cells["site_id"] == site]
            options = []
            if site and not site_cells["technology"].isin(["3G", "4G"]).any():
                first = site_cells.iloc[0]
                options.append(pd.concat([cells, pd.DataFrame(sites_mod.site_cells(
                    first, ["3G", "4G"], bool(np.isnan(first.azimuth_deg)),
                    float(first.azimuth_deg) if np.isfinite(first.azimuth_deg) else 0.0))],
                    ignore_index=True))
            options += [pd.concat([cells, small_cell(v, "Viettel", ["4G"], a)],
                                  ignore_index=True) for a in range(3)]
            for trial in options:
                t2, s2, b2 = evaluate(trial)
                if s2 == n_sig and n_bb < b2 <= TARGET_BROADBAND:
                    cells, table, n_bb, done = trial, t2, b2, True
                    break
            if done:
                break
        if not done:
            raise RuntimeError(f"cannot reach {TARGET_BROADBAND} villages with 3G/4G ({n_bb})")
        log(f"  signal {n_sig}, broadband {n_bb}")
    write_cells(cells, out_dir, to_lonlat)
    assert n == len(table)
    return cells
