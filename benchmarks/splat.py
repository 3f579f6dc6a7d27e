"""SPLAT! anchor: path loss around one mast at 3″, ours vs Longley–Rice (ITM) in SPLAT!.

Terrain: a 3″ SRTM tile ``N22E103.hgt`` (1201×1201 big-endian int16, samples at whole multiples
of 3″, the first row at 23° N) resampled bilinearly from the embedded ``gis_data/laocai/dem.tif``
(3″, lon 103.50–104.66, lat 21.85–22.87); the part of the tile outside it takes the nearest edge
value. Both engines read that same tile: SPLAT! through ``srtm2sdf`` (``.sdf``), ours through
``terrain.load_grid`` (reprojected bilinearly to UTM 48N at 86 m and cached).

Site: 103.84 E 22.34 N (Sa Pa valley), 30 m mast, receiver 1.5 m, 900 MHz, 15 km. SPLAT! is
driven as ``splat -t site.qth -L 1.5 -R 15 -metric -olditm -N -d <sdf dir> -ano loss.txt
-o map.ppm``: the ``.qth`` holds the longitude in degrees *west* (0–360, so 103.84 E is 256.16)
and the height with ``meters``; the ``.lrp`` holds ε 15, σ 0.005 S/m, N_s 301, 900 MHz, climate 5
(continental temperate), vertical polarisation, 50 % of locations, 50 % of time and ERP 0 W, so
that the alphanumeric output (``-ano``) holds the *path loss* (dB) of every 3″ cell it reached:
``lat, lon west, azimuth, elevation, loss[ *]`` (``*`` = obstructed path). ``-olditm`` selects
the Longley–Rice ITM; SPLAT! 1.4's default ITWOM is run once as well, to show how far two
anchors differ.

Ours: an omni cell at EIRP 60 dBm through ``cell_raster`` (the engine's 2G model: Okumura–Hata in
open area with the per-ray effective height, one knife edge over the horizon, never below free
space); path loss = EIRP − received power. Compared on SPLAT!'s points within 14.9 km.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks.common import (
    CacheEnv,
    Row,
    anchor,
    best_of,
    iou,
    ms,
    run_cmd,
    save_png,
    secs,
    skipped_row,
    timed,
)

SECTION = "splat"
TILE = "N22E103"
TILE_LAT, TILE_LON = 22, 103  # south-west corner
PPD = 1200  # 3″ samples per degree
SITE_NAME = "sapa"
SITE_LON, SITE_LAT = 103.84, 22.34
H_TX = 30.0
H_RX = 1.5
FREQ_MHZ = 900.0
RADIUS_KM = 15.0
COMPARE_M = 14_900.0  # compare inside this distance (ours reaches 174 px × 86 m = 14.96 km)
THRESHOLD_DB = 140.0
EIRP_DBM = 60.0
EARTH_KM = 6371.0

LRP = """\
15.000  ; Earth Dielectric Constant (Relative permittivity)
0.005   ; Earth Conductivity (Siemens per meter)
301.000 ; Atmospheric Bending Constant (N-units)
{freq:.3f} ; Frequency in MHz (20 MHz to 20 GHz)
5       ; Radio Climate (5 = Continental Temperate)
1       ; Polarization (0 = Horizontal, 1 = Vertical)
0.50    ; Fraction of situations (50% of locations)
0.50    ; Fraction of time (50% of the time)
0.0     ; Effective Radiated Power in Watts (0: path loss, not field strength)
"""


def write_hgt(src: Path, path: Path) -> np.ndarray:
    """Resample a geographic DEM onto the 3″ SRTM tile's sample points; write it as .hgt."""
    import rasterio
    from rasterio.transform import from_origin
    from rasterio.warp import Resampling, reproject
    from scipy.ndimage import distance_transform_edt

    n = PPD + 1
    d = 1.0 / PPD
    z = np.full((n, n), np.nan, dtype=np.float32)
    transform = from_origin(TILE_LON - d / 2, TILE_LAT + 1 + d / 2, d, d)
    with rasterio.open(src) as s:
        reproject(rasterio.band(s, 1), z, dst_transform=transform, dst_crs="EPSG:4326",
                  resampling=Resampling.bilinear, dst_nodata=np.nan)
    missing = ~np.isfinite(z)
    if missing.all():
        raise ValueError(f"{src} does not overlap the tile {TILE}")
    if missing.any():  # nearest edge value outside the source
        idx = distance_transform_edt(missing, return_distances=False, return_indices=True)
        z = z[tuple(idx)]
    np.rint(z).astype(">i2").tofile(path)
    return z


def west(lon_east: float) -> float:
    """SPLAT!'s longitude: degrees west, 0–360."""
    return (-lon_east) % 360.0


def write_site(folder: Path) -> Path:
    qth = folder / f"{SITE_NAME}.qth"
    qth.write_text(f"{SITE_NAME}\n{SITE_LAT:.6f}\n{west(SITE_LON):.6f}\n{H_TX:.1f} meters\n")
    (folder / f"{SITE_NAME}.lrp").write_text(LRP.format(freq=FREQ_MHZ))
    return qth


def splat_cmd(exe: str, sdf_dir: Path, ano: str, itm: bool = True) -> list[str]:
    cmd = [exe, "-t", f"{SITE_NAME}.qth", "-L", f"{H_RX}", "-R", f"{RADIUS_KM:g}", "-metric",
           "-N", "-d", str(sdf_dir), "-ano", ano, "-o", f"{Path(ano).stem}.ppm"]
    return cmd + (["-olditm"] if itm else [])


def read_ano(path: Path) -> pd.DataFrame:
    """SPLAT!'s alphanumeric output: lat, lon (east), loss (dB), obstructed."""
    lat, lon, loss, blocked = [], [], [], []
    with open(path, encoding="ascii", errors="replace") as fh:
        for line in fh:
            text = line.split(";", 1)[0]
            parts = text.split(",")
            if len(parts) < 5:  # the two header lines (bounds)
                continue
            lat.append(float(parts[0]))
            lon.append(-float(parts[1]))
            last = parts[4]
            blocked.append("*" in last)
            loss.append(float(last.replace("*", "")))
    lon_e = (np.asarray(lon) + 180.0) % 360.0 - 180.0
    return pd.DataFrame({"lat": lat, "lon": lon_e, "loss": loss, "blocked": blocked})


def cell_area_km2(lat: np.ndarray) -> np.ndarray:
    """Area of one 3″ × 3″ cell at ``lat`` (sphere)."""
    side = EARTH_KM * np.radians(1.0 / PPD)
    return side * side * np.cos(np.radians(lat))


def omni_cell(x: float, y: float) -> pd.Series:
    return pd.Series({"x": x, "y": y, "height_m": H_TX, "technology": "2G",
                      "frequency_mhz": FREQ_MHZ, "eirp_dbm": EIRP_DBM, "azimuth_deg": np.nan,
                      "beamwidth_deg": np.nan, "tilt_deg": np.nan, "operator": "bench",
                      "site_id": "SAPA", "cell_id": "SAPA-OMNI"})


def ours_loss(hgt: Path, grid=None):
    """(loss window, transform, grid, site x, y) from the .hgt (or its grid) through the engine."""
    from pyproj import Transformer

    from coverage_planner.core.engine.coverage import cell_raster
    from coverage_planner.core.engine.terrain import load_grid
    from coverage_planner.core.project.profile import CoverageProfile

    grid = load_grid(hgt) if grid is None else grid
    x, y = Transformer.from_crs("EPSG:4326", grid.crs, always_xy=True).transform(SITE_LON,
                                                                                 SITE_LAT)
    profile = CoverageProfile(max_radius_m=RADIUS_KM * 1000.0, receiver_height_m=H_RX)
    power, transform = cell_raster(grid, omni_cell(x, y), profile)
    return EIRP_DBM - power, transform, grid, x, y


def sample_ours(loss: np.ndarray, transform, grid, x: float, y: float, pts: pd.DataFrame):
    """Our loss at SPLAT!'s points and their distance (m) from the site."""
    from pyproj import Transformer

    px, py = Transformer.from_crs("EPSG:4326", grid.crs, always_xy=True).transform(
        pts["lon"].to_numpy(), pts["lat"].to_numpy())
    col = np.floor((px - transform.c) / transform.a).astype(np.int64)
    row = np.floor((py - transform.f) / transform.e).astype(np.int64)
    ok = (row >= 0) & (row < loss.shape[0]) & (col >= 0) & (col < loss.shape[1])
    out = np.full(len(pts), np.nan)
    out[ok] = loss[row[ok], col[ok]]
    return out, np.hypot(px - x, py - y)


def compare(ours: np.ndarray, theirs: pd.DataFrame, dist: np.ndarray) -> dict:
    m = (dist <= COMPARE_M) & np.isfinite(ours) & np.isfinite(theirs["loss"].to_numpy())
    o, s = ours[m], theirs["loss"].to_numpy()[m]
    area = cell_area_km2(theirs["lat"].to_numpy()[m])
    a, b = o <= THRESHOLD_DB, s <= THRESHOLD_DB
    both = a & b
    blocked = theirs["blocked"].to_numpy()[m]
    diff = o - s
    return {
        "n": int(m.sum()), "iou": iou(a, b),
        "area_ours": float(area[a].sum()), "area_theirs": float(area[b].sum()),
        "mad_both": float(np.median(np.abs(diff[both]))) if both.any() else float("nan"),
        "median_diff": float(np.median(diff)),
        "median_diff_los": float(np.median(diff[~blocked])) if (~blocked).any() else np.nan,
        "median_diff_blocked": float(np.median(diff[blocked])) if blocked.any() else np.nan,
        "share_blocked": float(blocked.mean()), "mask": m,
    }


def own_area(loss: np.ndarray, transform, x: float, y: float) -> float:
    """Area (km²) with loss ≤ threshold on our own grid, within the comparison radius."""
    rows, cols = np.mgrid[0:loss.shape[0], 0:loss.shape[1]]
    cx = transform.c + (cols + 0.5) * transform.a
    cy = transform.f + (rows + 0.5) * transform.e
    inside = np.hypot(cx - x, cy - y) <= COMPARE_M
    return float(np.count_nonzero(inside & (loss <= THRESHOLD_DB)) * transform.a ** 2 / 1e6)


def _loss_rgb(values: np.ndarray) -> np.ndarray:
    values = np.repeat(np.repeat(values, 2, axis=0), 2, axis=1)  # 2× for viewing
    g = np.clip((values - 70.0) / 130.0, 0.0, 1.0)
    rgb = np.stack([255 * (1 - g), 255 * (1 - g), 255 * g], axis=-1)
    rgb[~np.isfinite(values)] = 255
    return rgb.astype(np.uint8)


def _save_images(png_dir: Path, pts: pd.DataFrame, ours: np.ndarray, mask: np.ndarray) -> None:
    """Both loss maps and the agreement at the threshold, on SPLAT!'s 3″ grid."""
    from benchmarks.common import agreement_rgb

    lat, lon = pts["lat"].to_numpy()[mask], pts["lon"].to_numpy()[mask]
    i = np.rint((lat.max() - lat) * PPD).astype(int)
    j = np.rint((lon - lon.min()) * PPD).astype(int)
    shape = (i.max() + 1, j.max() + 1)
    grid_ours, grid_theirs = np.full(shape, np.nan), np.full(shape, np.nan)
    grid_ours[i, j] = ours[mask]
    grid_theirs[i, j] = pts["loss"].to_numpy()[mask]
    outside = ~np.isfinite(grid_theirs)
    save_png(png_dir / "splat_loss_itm.png", _loss_rgb(grid_theirs))
    save_png(png_dir / "splat_loss_ours.png", _loss_rgb(grid_ours))
    rgb = agreement_rgb(np.nan_to_num(grid_ours, nan=999) <= THRESHOLD_DB,
                        np.nan_to_num(grid_theirs, nan=999) <= THRESHOLD_DB, outside)
    save_png(png_dir / "splat_ours_vs_itm_140dB.png", np.repeat(np.repeat(rgb, 2, 0), 2, 1))


def run(work: Path, quick: bool = False, png_dir: Path | None = None) -> list[Row]:
    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.core.engine import terrain

    n_rep = 1 if quick else 3
    rows: list[Row] = []
    folder = work / "splat"
    folder.mkdir(parents=True, exist_ok=True)
    hgt = folder / f"{TILE}.hgt"
    src = default_data_dir() / "dem.tif"
    z = write_hgt(src, hgt)
    print(f"[splat] {hgt.name} from {src.relative_to(src.parents[2])} (3″, {z.min():.0f}–"
          f"{z.max():.0f} m); site {SITE_LON} E {SITE_LAT} N = {west(SITE_LON):.2f} W, "
          f"{H_TX:.0f} m mast, receiver {H_RX} m, {FREQ_MHZ:.0f} MHz, {RADIUS_KM:g} km")

    # ours: cold (terrain reprojected, fan geometry built), then warm (both cached)
    with CacheEnv(work / "cache-splat"):
        terrain.fan_geometry.cache_clear()
        t_load_cold, grid = timed(lambda: terrain.load_grid(hgt))
        t_raster_cold, (loss, transform, grid, x, y) = timed(lambda: ours_loss(hgt, grid))
        t_cold = t_load_cold + t_raster_cold
        t_warm, _ = best_of(lambda: ours_loss(hgt), 2 if quick else 5)
        t_raster, _ = best_of(lambda: ours_loss(hgt, grid), 2 if quick else 5)
    print(f"  ours: {ms(t_warm)} from the cached terrain (load_grid + cell_raster; the raster "
          f"alone {ms(t_raster)}); first time {ms(t_cold)} (reprojection {ms(t_load_cold)} to "
          f"{grid.crs} at {grid.res:.0f} m, fan geometry)")
    rows.append(Row(SECTION, "ours: load_grid + cell_raster (cached terrain)",
                    f"{ms(t_warm)} (cold {ms(t_cold)})"))

    splat_exe, srtm2sdf = anchor("splat"), anchor("srtm2sdf")
    if splat_exe is None or srtm2sdf is None:
        rows.append(skipped_row(SECTION, "time / agreement vs SPLAT!", "splat"))
        return rows

    sdf_dir = folder
    t_sdf, _ = timed(lambda: run_cmd([srtm2sdf, "-d", "/dev/null", hgt.name], cwd=folder))
    sdf = sorted(folder.glob("*.sdf"))
    write_site(folder)
    cmd = splat_cmd(splat_exe, sdf_dir, "loss_itm.txt")
    print(f"  SPLAT!: srtm2sdf -d /dev/null {hgt.name} -> {', '.join(p.name for p in sdf)} "
          f"({ms(t_sdf)}); {' '.join(Path(c).name if c == splat_exe else c for c in cmd)}")
    t_splat, _ = best_of(lambda: run_cmd(cmd, cwd=folder), n_rep, warmup=0)
    itm = read_ano(folder / "loss_itm.txt")
    ours_at, dist = sample_ours(loss, transform, grid, x, y, itm)
    c = compare(ours_at, itm, dist)
    area_own = own_area(loss, transform, x, y)
    print(f"  SPLAT! ITM {secs(t_splat)} (best of {n_rep}); {len(itm)} points, {c['n']} within "
          f"{COMPARE_M / 1000:.1f} km, {100 * c['share_blocked']:.0f} % obstructed")
    print(f"  loss ≤ {THRESHOLD_DB:.0f} dB: ours {c['area_ours']:.1f} km² (on our own grid "
          f"{area_own:.1f} km²), SPLAT! ITM {c['area_theirs']:.1f} km², IoU {c['iou']:.3f}; "
          f"median |Δ| where both ≤ {THRESHOLD_DB:.0f} dB {c['mad_both']:.1f} dB")
    print(f"  median (ours − ITM) over the disc {c['median_diff']:+.1f} dB: on SPLAT!'s "
          f"line-of-sight paths {c['median_diff_los']:+.1f} dB, obstructed "
          f"{c['median_diff_blocked']:+.1f} dB")
    bands = [0, 2000, 5000, 10000, COMPARE_M]
    m = c["mask"]
    parts = []
    for lo, hi in zip(bands[:-1], bands[1:]):
        sel = m & (dist > lo) & (dist <= hi)
        dd = ours_at[sel] - itm["loss"].to_numpy()[sel]
        parts.append(f"{lo / 1000:g}–{hi / 1000:g} km {np.median(dd):+.1f} dB")
    print(f"  median (ours − ITM) by distance: {', '.join(parts)}")

    spread = cw = None
    if not quick:
        t_itwom, _ = timed(lambda: run_cmd(splat_cmd(splat_exe, sdf_dir, "loss_itwom.txt",
                                                      itm=False), cwd=folder))
        itwom = read_ano(folder / "loss_itwom.txt")
        ours_w, dist_w = sample_ours(loss, transform, grid, x, y, itwom)
        cw = compare(ours_w, itwom, dist_w)
        merged = itm.assign(dist=dist).merge(itwom[["lat", "lon", "loss"]], on=["lat", "lon"],
                                             suffixes=("", "_w"))
        near = merged["dist"].to_numpy() <= COMPARE_M
        spread = iou(merged["loss"].to_numpy()[near] <= THRESHOLD_DB,
                     merged["loss_w"].to_numpy()[near] <= THRESHOLD_DB)
        print(f"  SPLAT! ITWOM (its default) {secs(t_itwom)}: ITWOM vs ITM IoU {spread:.3f}; "
              f"ours vs ITWOM IoU {cw['iou']:.3f}, ITWOM area {cw['area_theirs']:.1f} km²")

    if png_dir is not None:
        _save_images(png_dir, itm, ours_at, c["mask"])

    speed = t_splat / t_warm
    speed_cold = (t_sdf + t_splat) / t_cold
    rows += [
        Row(SECTION, "SPLAT! ITM wall time (subprocess)", f"{secs(t_splat)} (srtm2sdf "
            f"{ms(t_sdf)})"),
        Row(SECTION, "speed-up SPLAT!/ours (prepared terrain)", f"{speed:.1f}×", "≥ 10×",
            speed >= 10.0),
        Row(SECTION, "speed-up (srtm2sdf+SPLAT!)/(ours cold)", f"{speed_cold:.1f}×"),
        Row(SECTION, f"IoU loss ≤ {THRESHOLD_DB:.0f} dB, ours vs ITM", f"{c['iou']:.3f}"),
        Row(SECTION, f"area loss ≤ {THRESHOLD_DB:.0f} dB, ours / ITM",
            f"{c['area_ours']:.1f} / {c['area_theirs']:.1f} km²"),
        Row(SECTION, f"median |Δloss| where both ≤ {THRESHOLD_DB:.0f} dB", f"{c['mad_both']:.1f} dB"),
        Row(SECTION, "median (ours − ITM) LOS / obstructed paths",
            f"{c['median_diff_los']:+.1f} / {c['median_diff_blocked']:+.1f} dB"),
    ]
    if spread is not None:
        rows += [
            Row(SECTION, f"IoU loss ≤ {THRESHOLD_DB:.0f} dB, ITWOM vs ITM (anchor spread)",
                f"{spread:.3f}"),
            Row(SECTION, f"IoU loss ≤ {THRESHOLD_DB:.0f} dB, ours vs ITWOM; ITWOM area",
                f"{cw['iou']:.3f}; {cw['area_theirs']:.1f} km²"),
        ]
    return rows
