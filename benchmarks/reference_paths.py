"""Reference terrain paths with anchor losses: pycraf (ITU-R P.452-16) and itmlogic (ITM 1.2.2).

``.venv/bin/python -m benchmarks.reference_paths [--out tests/fixtures/reference_paths.json]``

Writes a small JSON fixture ``{"meta": {...}, "paths": [{...}, ...]}`` of fixed terrain profiles
over the embedded DEM ``gis_data/laocai/dem.tif`` (EPSG:4326, 3″, real relief), each with the
losses of two reference implementations, so that the engine's terrain models can be checked
without pycraf or itmlogic installed (they are only in the ``bench`` extra).

Paths. Transmitters sit at site positions of ``gis_data/laocai/sites.csv``; receivers 1–15 km
away at a random bearing. Each profile is sampled at equal steps of about 75 m along the
geodesic (WGS84, ``pyproj.Geod``) with a bilinear interpolation of the DEM between pixel
centres; heights are rounded to 0.1 m and the rounded heights are what both anchors receive,
with the distances ``d_i = i d_total / (n - 1)`` (``d_total_m`` rounded to 0.1 m first): the
fixture alone reproduces every input. A candidate is classed with the earth's curvature
(k = 4/3): line of sight (LOS) if no intermediate point rises above the Tx–Rx chord, otherwise
obstructed with ``n_ridges`` = the number of separate runs of points above the chord. The
writer keeps 32 LOS paths, 20 with one ridge and 20 with two or more (a fixed seed: the file is
the same on every run with the same DEM and library versions).

Anchors (settings also written into ``meta``):

- pycraf ``pathprof.PathProp`` (P.452-16) with the custom profile (``hprof_dists``,
  ``hprof_heights``, ``hprof_bearing``, ``hprof_backbearing``), 50 % time, vertical
  polarisation, zones UNKNOWN (no clutter), 293.15 K, 1013 hPa, ω = 0, and ΔN = 39.25 N/km,
  N0 = 301: pycraf takes a_e = 6371 · 157 / (157 − ΔN) km, so this ΔN gives exactly k50 = 4/3
  (a_e = 8494.7 km), the factor our model uses. ``p452_ld_db`` = L_d50 (delta-Bullington),
  ``p452_lbd_db`` = L_bd50 = L_bfsg + L_d50 (pycraf's L_bfsg = 92.5 + 20 log f + 20 log d + A_g),
  ``p452_lbfsg_db`` = L_bfsg, ``p452_los`` = pycraf's path type (True: line of sight).
- itmlogic (ITM 1.2.2, point-to-point), driven like ITM's ``point_to_point`` in SPLAT!:
  ε 15, σ 0.005 S/m, N_s 301 reduced by the system elevation (ens = N_s exp(−z_sys/9460),
  z_sys the mean of the profile's central samples, as ITM computes it), climate 5 (continental
  temperate), vertical polarisation, mdvar 12, 50 % time / location / confidence.
  ``itm_db`` = 32.45 + 20 log f + 20 log d_km + A_ref (median), ``itm_mode`` = ITM's mode string
  ("Line-Of-Sight Mode", "Single Horizon, Diffraction Dominant", ...), ``itm_kwx`` its error code.
"""

from __future__ import annotations

import argparse
import json
import math
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEM = ROOT / "gis_data" / "laocai" / "dem.tif"
SITES = ROOT / "gis_data" / "laocai" / "sites.csv"
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "reference_paths.json"

SEED = 452_1812
STEP_M = 75.0
H_RX_M = 1.5
FREQS_MHZ = (900.0, 1800.0, 2100.0)
K50 = 4.0 / 3.0
EARTH_KM = 6371.0
DELTA_N = 157.0 * (1.0 - 1.0 / K50)  # 39.25 N/km: pycraf's a_e = 6371 * 157 / (157 - ΔN) = k a
N0 = 301.0
TARGETS = {"los": 32, "one_ridge": 20, "multi_ridge": 20}
ITM = {"eps": 15.0, "sgm": 0.005, "ens0": 301.0, "klim": 5, "ipol": 1, "mdvar": 12}


def load_dem():
    """The DEM as float64 (nodata -> NaN) and its (lon0, lat0, res) of the top-left corner."""
    import rasterio

    with rasterio.open(DEM) as src:
        z = src.read(1).astype(float)
        if src.nodata is not None:
            z[z == src.nodata] = np.nan
        t = src.transform
    return z, (t.c, t.f, t.a)


def bilinear(z: np.ndarray, grid, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Bilinear interpolation between pixel centres (NaN outside the raster)."""
    from scipy.ndimage import map_coordinates

    lon0, lat0, res = grid
    col = (lon - lon0) / res - 0.5
    row = (lat0 - lat) / res - 0.5
    return map_coordinates(z, [row, col], order=1, mode="constant", cval=np.nan)


def n_ridges(h: np.ndarray, d: np.ndarray, h_tx: float, h_rx: float) -> int:
    """Separate runs of intermediate points above the Tx–Rx chord (curvature k = 4/3); 0 = LOS."""
    total = d[-1]
    g = h + d * (total - d) / (2.0 * K50 * EARTH_KM * 1000.0)
    chord = (h[0] + h_tx) + ((h[-1] + h_rx) - (h[0] + h_tx)) * d / total
    above = (g > chord)[1:-1].astype(np.int8)
    return int(np.count_nonzero(np.diff(np.concatenate([[0], above])) == 1))


def candidates(rng: np.random.Generator, z, grid, sites: np.ndarray):
    """Endless stream of candidate paths (dict) with a sampled, rounded profile."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    while True:
        lon_t, lat_t = sites[rng.integers(len(sites))]
        bearing = float(rng.uniform(0.0, 360.0))
        d_total = round(float(rng.uniform(1000.0, 15000.0)), 1)
        n = max(int(round(d_total / STEP_M)), 8) + 1
        d = np.linspace(0.0, d_total, n)
        lons, lats, _ = geod.fwd(np.full(n, lon_t), np.full(n, lat_t), np.full(n, bearing), d)
        h = np.round(bilinear(z, grid, lons, lats), 1)
        if not np.all(np.isfinite(h)):
            continue
        back = geod.inv(lons[-1], lats[-1], lon_t, lat_t)[0] % 360.0
        yield {
            "tx_lon": round(float(lon_t), 6), "tx_lat": round(float(lat_t), 6),
            "rx_lon": round(float(lons[-1]), 6), "rx_lat": round(float(lats[-1]), 6),
            "bearing_deg": round(bearing, 3), "back_bearing_deg": round(float(back), 3),
            "f_mhz": float(FREQS_MHZ[rng.integers(len(FREQS_MHZ))]),
            "h_tx_m": float(rng.integers(15, 51)), "h_rx_m": H_RX_M,
            "d_total_m": d_total, "step_m": d_total / (n - 1), "heights": h,
        }


def pycraf_losses(p: dict) -> dict:
    """P.452-16 diffraction losses of one path by pycraf, with our profile."""
    import astropy.units as u
    from pycraf import conversions as cnv
    from pycraf import pathprof

    h = np.asarray(p["heights"], float)
    d_km = np.linspace(0.0, p["d_total_m"], h.size) / 1000.0
    pp = pathprof.PathProp(
        p["f_mhz"] / 1000.0 * u.GHz, 293.15 * u.K, 1013.0 * u.hPa,
        p["tx_lon"] * u.deg, p["tx_lat"] * u.deg, p["rx_lon"] * u.deg, p["rx_lat"] * u.deg,
        p["h_tx_m"] * u.m, p["h_rx_m"] * u.m, p["step_m"] * u.m, 50.0 * u.percent,
        zone_t=pathprof.CLUTTER.UNKNOWN, zone_r=pathprof.CLUTTER.UNKNOWN,
        polarization=1, version=16,
        delta_N=DELTA_N * cnv.dimless / u.km, N0=N0 * cnv.dimless,
        hprof_dists=d_km * u.km, hprof_heights=h * u.m,
        hprof_bearing=p["bearing_deg"] * u.deg, hprof_backbearing=p["back_bearing_deg"] * u.deg,
    )
    l_d50, _, l_bd50, _, _ = pathprof.loss_diffraction(pp)
    l_bfsg = pathprof.loss_freespace(pp)[0] if hasattr(pathprof, "loss_freespace") else None
    return {
        "p452_lbd_db": round(float(l_bd50.value), 3),
        "p452_ld_db": round(float(l_d50.value), 3),
        "p452_lbfsg_db": None if l_bfsg is None else round(float(l_bfsg.value), 3),
        "p452_los": bool(int(pp.path_type) == 0),
        "p452_a_e_km": round(float(pp.a_e_50.value), 3),
    }


def itm_loss(p: dict) -> dict:
    """ITM point-to-point median basic transmission loss by itmlogic (SPLAT!'s settings)."""
    from itmlogic.misc.qerfi import qerfi
    from itmlogic.preparatory_subroutines.qlrpfl import qlrpfl
    from itmlogic.preparatory_subroutines.qlrps import qlrps
    from itmlogic.statistics.avar import avar

    h = [float(x) for x in p["heights"]]
    n_int = len(h) - 1
    pfl = [n_int, p["d_total_m"] / n_int, *h]
    # ITM point_to_point: z_sys = mean of elev[ja-1 .. jb-1] of the elev[] array (np, xi, z...)
    ja = int(3.0 + 0.1 * n_int)
    jb = n_int - ja + 6
    zsys = sum(pfl[i] for i in range(ja - 1, jb)) / (jb - ja + 1)
    wn, gme, ens, zgnd = qlrps(p["f_mhz"], zsys, ITM["ens0"], ITM["ipol"], ITM["eps"], ITM["sgm"])
    prop = {
        "pfl": pfl, "hg": [p["h_tx_m"], p["h_rx_m"]], "fmhz": p["f_mhz"], "wn": wn, "gme": gme,
        "ens": ens, "zgnd": zgnd, "klim": ITM["klim"], "klimx": 0, "mdvarx": ITM["mdvar"],
        "lvar": 5, "kwx": 0, "mdp": -1, "eps": ITM["eps"], "sgm": ITM["sgm"], "ipol": ITM["ipol"],
    }
    prop = qlrpfl(prop)
    fs = 32.45 + 20.0 * math.log10(p["f_mhz"]) + 20.0 * math.log10(prop["dist"] / 1000.0)
    q = prop["dist"] - prop["dla"]
    if int(q) < 0:
        mode = "Line-Of-Sight Mode"
    else:
        mode = "Single Horizon" if int(q) == 0 else "Double Horizon"
        if prop["dist"] <= prop["dlsa"] or prop["dist"] <= prop["dx"]:
            mode += ", Diffraction Dominant"
        else:
            mode += ", Troposcatter Dominant"
    z50 = qerfi([0.5])[0]
    a, prop = avar(z50, 0.0, z50, prop)
    return {"itm_db": round(fs + float(a), 3), "itm_mode": mode, "itm_kwx": int(prop["kwx"]),
            "itm_zsys_m": round(zsys, 1)}


def free_space_db(d_m: float, f_mhz: float) -> float:
    return 20.0 * math.log10(4.0 * math.pi * d_m * f_mhz * 1e6 / 299_792_458.0)


def build(seed: int = SEED, max_tries: int = 20_000) -> dict:
    """Draw the paths and compute their reference losses."""
    from importlib.metadata import version

    import pandas as pd

    z, grid = load_dem()
    sites = pd.read_csv(SITES)[["lon", "lat"]].drop_duplicates().to_numpy(float)
    rng = np.random.default_rng(seed)
    counts = dict.fromkeys(TARGETS, 0)
    paths = []
    stream = candidates(rng, z, grid, sites)
    for _ in range(max_tries):
        if all(counts[k] >= TARGETS[k] for k in TARGETS):
            break
        p = next(stream)
        d = np.linspace(0.0, p["d_total_m"], p["heights"].size)
        ridges = n_ridges(p["heights"], d, p["h_tx_m"], p["h_rx_m"])
        kind = "los" if ridges == 0 else "one_ridge" if ridges == 1 else "multi_ridge"
        if counts[kind] >= TARGETS[kind]:
            continue
        counts[kind] += 1
        p["n_ridges"] = ridges
        paths.append(p)
    rows = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, p in enumerate(paths):
            row = {"id": f"P{i:03d}", **{k: v for k, v in p.items() if k != "heights"}}
            row["step_m"] = round(p["step_m"], 4)
            row["fspl_db"] = round(free_space_db(p["d_total_m"], p["f_mhz"]), 3)
            row.update(pycraf_losses(p))
            row.update(itm_loss(p))
            row["heights"] = [round(float(x), 1) for x in p["heights"]]
            rows.append(row)
    meta = {
        "description": "terrain profiles over gis_data/laocai/dem.tif with reference losses "
                       "(pycraf P.452-16 and itmlogic ITM); written by benchmarks/reference_paths.py",
        "seed": seed, "dem": "gis_data/laocai/dem.tif (EPSG:4326, 3 arc-second)",
        "sites": "gis_data/laocai/sites.csv (lon, lat)",
        "sampling": f"equal steps of about {STEP_M:g} m along the WGS84 geodesic, bilinear "
                    "between pixel centres; heights rounded to 0.1 m; distances "
                    "d_i = i * d_total_m / (len(heights) - 1)",
        "los_definition": "no intermediate point above the Tx-Rx chord, heights raised by "
                          "d_i (d - d_i) / (2 k a), k = 4/3, a = 6371 km; n_ridges = runs above it",
        "counts": counts,
        "pycraf": {"version": version("pycraf"), "recommendation": "ITU-R P.452-16 (version=16)",
                   "time_percent": 50.0, "polarization": "vertical", "zone_t": "UNKNOWN",
                   "zone_r": "UNKNOWN", "temperature_K": 293.15, "pressure_hPa": 1013.0,
                   "omega_percent": 0.0, "delta_N_per_km": DELTA_N, "N0": N0,
                   "k50": K50, "a_e_km": EARTH_KM * K50,
                   "columns": {"p452_lbd_db": "L_bd50 = L_bfsg + L_d50",
                               "p452_ld_db": "L_d50 (delta-Bullington)",
                               "p452_lbfsg_db": "L_bfsg = 92.5 + 20 log f_GHz + 20 log d_km + A_g",
                               "p452_los": "pycraf path_type == 0 (line of sight)"}},
        "itmlogic": {"version": version("itmlogic"), "model": "ITM 1.2.2 point-to-point",
                     "eps": ITM["eps"], "sigma_S_per_m": ITM["sgm"], "N_s": ITM["ens0"],
                     "N_s_reduced": "ens = N_s exp(-z_sys / 9460), z_sys as ITM point_to_point",
                     "known_slip": ("itmlogic 1.2's qlrpfl takes the receiver's ground from the "
                                    "next-to-last sample on line-of-sight paths (pfl[np+1]; "
                                    "NTIA's itm.cpp uses pfl[np+2]): itm_db carries that slip on "
                                    "line-of-sight paths (up to 12.7 dB on one path), obstructed "
                                    "paths are unaffected; tests/core/engine/propagation/"
                                    "test_itm.py also compares with the slip corrected"),
                     "climate": "5 continental temperate", "polarization": "vertical",
                     "mdvar": ITM["mdvar"], "time": 0.5, "location": 0.5, "confidence": 0.5,
                     "columns": {"itm_db": "32.45 + 20 log f_MHz + 20 log d_km + A (median)",
                                 "itm_mode": "ITM point_to_point mode string",
                                 "itm_kwx": "ITM error code (0 ok .. 4 out of range)"}},
        "fspl_db": "20 log10(4 pi d f / c), d = d_total_m",
    }
    return {"meta": meta, "paths": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.reference_paths",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="fixture to write")
    args = parser.parse_args(argv)
    data = build()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    text = "{\n" + f'"meta": {json.dumps(data["meta"], ensure_ascii=False)},\n"paths": [\n'
    text += ",\n".join(json.dumps(p, ensure_ascii=False) for p in data["paths"]) + "\n]}\n"
    args.out.write_text(text, encoding="utf-8")
    c = data["meta"]["counts"]
    print(f"wrote {args.out} ({len(data['paths'])} paths: {c}; {len(text) / 1000:.0f} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
