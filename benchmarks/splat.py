"""SPLAT! anchor: path loss around three masts at 3″, ours vs Longley–Rice (ITM) in SPLAT!.

Terrain: a 3″ SRTM tile ``N22E103.hgt`` (1201×1201 big-endian int16, samples at whole multiples
of 3″, the first row at 23° N) resampled bilinearly from the embedded ``gis_data/laocai/dem.tif``
(3″, lon 103.50–104.66, lat 21.85–22.87); the part of the tile outside it takes the nearest edge
value. Both engines read that same tile: SPLAT! through ``srtm2sdf`` (``.sdf``), ours through
``terrain.load_grid`` (reprojected bilinearly to UTM 48N at 86 m and cached).

Sites (:data:`benchmarks.splat_sites.SITES`): a valley (Sa Pa), a mid-slope and a ridge-top
site, each with the same inputs for both engines: 30 m mast, receiver 1.5 m, 900 MHz, 15 km,
ε 15, σ 0.005 S/m, N_s 301, climate 5 (continental temperate), vertical polarisation, 50 % of
locations and of time, an omni antenna without a pattern; loss = EIRP − received power.

SPLAT! is driven as ``splat -t site.qth -L 1.5 -R 15 -metric -olditm -N -d <sdf dir> -ano
loss.txt -o map.ppm``: the ``.qth`` holds the longitude in degrees *west* (0–360, so 103.84 E is
256.16) and the height with ``meters``; the ``.lrp`` holds the ITM settings above and ERP 0 W,
so that the alphanumeric output (``-ano``) holds the *path loss* (dB) of every 3″ cell it
reached: ``lat, lon west, azimuth, elevation, loss[ *]`` (``*`` = obstructed path: SPLAT!'s own
4/3-earth line of sight). ``-olditm`` selects the Longley–Rice ITM 1.2.2 (SPLAT! 1.4's default
ITWOM is run once as well, at the valley site, to show how far two anchors differ).

Ours: an omni cell (NaN azimuth, beamwidth and tilt: no pattern at all) at EIRP 60 dBm, with
the profile's model ``itm`` (ITM 1.2.2 point-to-point on every path) and ``p452`` (the engine's
default, for information: P.452 and ITM differ legitimately behind obstacles), compared on
SPLAT!'s points within 14.9 km where SPLAT! 1.4.2 really put its receiver (one 3″ step nearer
the mast than the point it labels, see :mod:`benchmarks.splat_sites`):

- **identical inputs (the goal's IoU)**: the engine's point path (one profile per receiver, as
  for villages and drive-test samples) at SPLAT!'s own receivers, reading the terrain as SPLAT!
  does, at the tile's posts (the profile's ``terrain_heights: "dem-posts"``);
- **the raster (the goal's time)**: ``cell_raster`` on the already-loaded 86 m UTM grid, read at
  SPLAT!'s receivers: a different grid, so a different receiver for every point (up to ~60 m
  off). On this relief a receiver one 3″ step off costs 0.15–0.2 of IoU by itself (SPLAT!
  against SPLAT! one step off, printed among the diagnostics), so this IoU measures the grids
  as much as the models.

The site loop, the diagnostics of any disagreement and the gdal_viewshed line are in
:mod:`benchmarks.splat_sites`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks.common import (
    CacheEnv,
    Row,
    anchor,
    iou,
    ms,
    run_cmd,
    save_png,
    skipped_row,
    timed,
)

SECTION = "splat"
TILE = "N22E103"
TILE_LAT, TILE_LON = 22, 103  # south-west corner
PPD = 1200  # 3″ samples per degree
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


@dataclass(frozen=True)
class Site:
    name: str  # file stem for SPLAT! (no spaces)
    kind: str  # valley / mid-slope / ridge-top
    lon: float  # degrees east
    lat: float


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
    z = np.rint(z)
    z.astype(">i2").tofile(path)
    return z


def west(lon_east: float) -> float:
    """SPLAT!'s longitude: degrees west, 0–360."""
    return (-lon_east) % 360.0


def write_site(folder: Path, site: Site) -> Path:
    qth = folder / f"{site.name}.qth"
    qth.write_text(f"{site.name}\n{site.lat:.6f}\n{west(site.lon):.6f}\n{H_TX:.1f} meters\n")
    (folder / f"{site.name}.lrp").write_text(LRP.format(freq=FREQ_MHZ))
    return qth


def splat_cmd(exe: str, sdf_dir: Path, site: Site, ano: str, itm: bool = True) -> list[str]:
    cmd = [exe, "-t", f"{site.name}.qth", "-L", f"{H_RX}", "-R", f"{RADIUS_KM:g}", "-metric",
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


def omni_cell(x: float, y: float, site_id: str = "SAPA") -> pd.Series:
    """An omni cell with NaN tilt: no horizontal and no vertical pattern (gain 0 dBi)."""
    return pd.Series({"x": x, "y": y, "height_m": H_TX, "technology": "2G",
                      "frequency_mhz": FREQ_MHZ, "eirp_dbm": EIRP_DBM, "azimuth_deg": np.nan,
                      "beamwidth_deg": np.nan, "tilt_deg": np.nan, "operator": "bench",
                      "site_id": site_id, "cell_id": f"{site_id}-OMNI"})


def bench_profile(model: str, heights: str = "interpolated"):
    from coverage_planner.core.project.profile import CoverageProfile

    return CoverageProfile(max_radius_m=RADIUS_KM * 1000.0, receiver_height_m=H_RX,
                           models={"2G": model}, terrain_heights=heights)


def site_xy(grid, site: Site) -> tuple[float, float]:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", grid.crs, always_xy=True).transform(site.lon,
                                                                                 site.lat)


def ours_loss(grid, x: float, y: float, model: str, site_id: str = "SAPA",
              heights: str = "interpolated"):
    """(loss window, transform) of the omni cell at (x, y) with the profile's ``model``."""
    from coverage_planner.core.engine.coverage import cell_raster

    power, transform = cell_raster(grid, omni_cell(x, y, site_id), bench_profile(model, heights))
    return EIRP_DBM - power, transform


def ours_at_points(grid, x: float, y: float, pts: pd.DataFrame, model: str,
                   heights: str = "dem-posts") -> np.ndarray:
    """Our loss at each of ``pts`` (lon, lat) through the engine's point path (one profile per
    point, as for villages and drive-test samples); NaN beyond the comparison radius."""
    from coverage_planner.core.engine.mast_levels import point_levels

    px, py = points_xy(grid, pts)
    near = np.hypot(px - x, py - y) <= COMPARE_M
    out = np.full(len(pts), np.nan)
    levels = point_levels(grid, pd.DataFrame([omni_cell(x, y)]), px[near], py[near],
                          bench_profile(model, heights))
    out[near] = EIRP_DBM - levels[0]
    return out


def points_xy(grid, pts: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", grid.crs, always_xy=True).transform(
        pts["lon"].to_numpy(), pts["lat"].to_numpy())


def sample_ours(loss: np.ndarray, transform, grid, x: float, y: float, pts: pd.DataFrame):
    """Our loss at SPLAT!'s points and their distance (m) from the site."""
    px, py = points_xy(grid, pts)
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


def save_images(png_dir: Path, stem: str, pts: pd.DataFrame, ours: np.ndarray,
                mask: np.ndarray) -> None:
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
    save_png(png_dir / f"{stem}_loss_splat_itm.png", _loss_rgb(grid_theirs))
    save_png(png_dir / f"{stem}_loss_ours.png", _loss_rgb(grid_ours))
    rgb = agreement_rgb(np.nan_to_num(grid_ours, nan=999) <= THRESHOLD_DB,
                        np.nan_to_num(grid_theirs, nan=999) <= THRESHOLD_DB, outside)
    save_png(png_dir / f"{stem}_ours_vs_itm_140dB.png", np.repeat(np.repeat(rgb, 2, 0), 2, 1))


def run(work: Path, quick: bool = False, png_dir: Path | None = None) -> list[Row]:
    from benchmarks import splat_sites
    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.core.engine import terrain

    rows: list[Row] = []
    folder = work / "splat"
    folder.mkdir(parents=True, exist_ok=True)
    hgt = folder / f"{TILE}.hgt"
    src = default_data_dir() / "dem.tif"
    z = write_hgt(src, hgt)
    print(f"[splat] {hgt.name} from {src.relative_to(src.parents[2])} (3″, {z.min():.0f}–"
          f"{z.max():.0f} m); {H_TX:.0f} m mast, receiver {H_RX} m, {FREQ_MHZ:.0f} MHz, "
          f"{RADIUS_KM:g} km, loss ≤ {THRESHOLD_DB:.0f} dB counts as covered")

    # ours: the terrain reprojected once (cold), then every raster on the loaded grid
    with CacheEnv(work / "cache-splat"):
        terrain.fan_geometry.cache_clear()
        t_load, grid = timed(lambda: terrain.load_grid(hgt))
    print(f"  ours: load_grid {ms(t_load)} (reprojection to {grid.crs} at {grid.res:.0f} m); "
          f"rasters below on the loaded grid, best of n after one warm-up run")

    splat_exe, srtm2sdf = anchor("splat"), anchor("srtm2sdf")
    if splat_exe is None or srtm2sdf is None:
        rows.append(skipped_row(SECTION, "time / agreement vs SPLAT!", "splat"))
        return rows + splat_sites.viewshed_rows(work, grid, splat_sites.SITES[0], quick)
    t_sdf, _ = timed(lambda: run_cmd([srtm2sdf, "-d", "/dev/null", hgt.name], cwd=folder))
    sdf = sorted(folder.glob("*.sdf"))
    print(f"  SPLAT!: srtm2sdf -d /dev/null {hgt.name} -> {', '.join(p.name for p in sdf)} "
          f"({ms(t_sdf)})")
    rows.append(Row(SECTION, "load_grid (ours, cold) / srtm2sdf", f"{ms(t_load)} / {ms(t_sdf)}"))
    for k, site in enumerate(splat_sites.SITES):
        rows += splat_sites.bench_site(folder, grid, z, splat_exe, site, quick=quick,
                                       png_dir=png_dir, first=(k == 0))
    return rows + splat_sites.viewshed_rows(work, grid, splat_sites.SITES[0], quick)
