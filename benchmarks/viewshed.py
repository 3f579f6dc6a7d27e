"""Viewshed anchor: our line-of-sight mask vs ``gdal_viewshed`` on a synthetic rough DEM.

One 30 m mast at the centre of a 2000×2000 DEM at 30 m (spectral fractal noise, fixed seed,
scaled to 0–1500 m, GeoTIFF in EPSG:32648), 15 km radius, receiver 1.5 m, earth curvature with
k = 4/3 on both sides: the engine's ``K_FACTOR`` and gdal's curvature coefficient
``-cc 1/k = 0.75``. gdal's ``-cc`` is the *curvature* coefficient, 1 − refraction coefficient,
and gdal lowers the DEM by cc·d²/D (D the earth's diameter); the engine lowers it by d²/(2ka),
so cc = 1/k (gdal's own table gives 0.75 for radio waves; 1 − 1/k = 0.25 is the refraction
coefficient, not what ``-cc`` takes).

Figures: IoU of the visible areas in the 15 km disc; our times (LOS mask, the same through
``cell_raster(los_only=True)``, the full received-power raster), gdal_viewshed's wall time and a
no-op process for scale. As a diagnostic, both masks are also scored against a brute-force line of
sight (every half pixel along the straight line, on a bilinear and on a nearest-pixel reading of
the DEM) on a random sample of the disc, and the IoU is shown for smoother and rougher terrain.

The same figures for the ring sweep (:mod:`coverage_planner.core.engine.sweep`: the line-of-sight
height carried ring by ring, gdal's own propagation): its LOS mask (cold: with the ring tables
built), its IoU against gdal, its received-power raster (sweep, obstacle distances, geometry and
link budget on every cell) and how far that raster is from the fan's; and one sweep at the
engine's production size, 20 km on an 86 m grid (233 px), for the whole data set's estimate.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks.common import (
    Row,
    agreement_rgb,
    anchor,
    best_of,
    best_subprocess,
    iou,
    ms,
    noop_subprocess_time,
    run_cmd,
    save_png,
    skipped_row,
    timed,
)

SECTION = "viewshed"
N_PX = 2000
RES_M = 30.0
SEED = 20240601
BETA = 3.0  # spectral exponent: P(k) ~ k^-beta (fractal dimension 2.5, a Brownian surface)
RELIEF_M = 1500.0
X0, Y0 = 350_000.0, 2_500_000.0  # top-left corner, EPSG:32648 (UTM 48N, about Lào Cai)
CRS = "EPSG:32648"
H_TX = 30.0
H_RX = 1.5
RADIUS_M = 15_000.0
SWEEP_BETAS = (2.6, 3.4, 3.8)


def fractal_phases(n: int = N_PX, seed: int = SEED) -> np.ndarray:
    """Random complex spectrum (deterministic): white noise to shape with a power law."""
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, n)) + 1j * rng.standard_normal((n, n))


def fractal_dem(phases: np.ndarray, beta: float = BETA, relief: float = RELIEF_M) -> np.ndarray:
    """Spectral fractal terrain: amplitude k^(-beta/2), scaled to 0..relief metres (float32)."""
    n = phases.shape[0]
    f = np.fft.fftfreq(n)
    k = np.hypot(f[None, :], f[:, None])
    k[0, 0] = 1.0
    amp = k ** (-beta / 2.0)
    amp[0, 0] = 0.0
    z = np.real(np.fft.ifft2(phases * amp))
    z = (z - z.min()) / (z.max() - z.min()) * relief
    return z.astype(np.float32)


def write_dem(path: Path, z: np.ndarray) -> None:
    import rasterio
    from rasterio.transform import from_origin

    profile = {"driver": "GTiff", "width": z.shape[1], "height": z.shape[0], "count": 1,
               "dtype": "float32", "crs": CRS, "transform": from_origin(X0, Y0, RES_M, RES_M)}
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(z, 1)


def site_xy(n: int = N_PX) -> tuple[float, float, int, int]:
    """The mast at the centre of the centre pixel: (x, y, row, col)."""
    row = col = n // 2
    return X0 + (col + 0.5) * RES_M, Y0 - (row + 0.5) * RES_M, row, col


def bench_cell(x: float, y: float) -> pd.Series:
    """An omni 900 MHz cell (the full-raster timing needs a radio; the mask does not)."""
    return pd.Series({"x": x, "y": y, "height_m": H_TX, "technology": "2G",
                      "frequency_mhz": 900.0, "eirp_dbm": 60.0, "azimuth_deg": np.nan,
                      "beamwidth_deg": np.nan, "tilt_deg": np.nan, "operator": "bench",
                      "site_id": "BENCH", "cell_id": "BENCH-1"})


def our_los(grid, x: float, y: float):
    """The engine's LOS mask: fan of rays, horizon scan, spread to the window (bool)."""
    from coverage_planner.core.engine import terrain

    fan = terrain.make_fan(grid, x, y, H_TX, RADIUS_M)
    mask = terrain.to_window(fan, terrain.line_of_sight(fan, H_RX), fill=False, dtype=bool)
    return fan, mask


def ring_los(grid, x: float, y: float):
    """The ring sweep's LOS mask (bool, the same window as the fan's)."""
    from coverage_planner.core.engine import sweep, viewshed

    sw = sweep.sweep(grid, x, y, H_TX, RADIUS_M)
    return sw, viewshed.visible(sw, H_RX)


def production_sweep_times(z: np.ndarray, n_rep: int) -> tuple[float, float, float, int]:
    """Ring sweep at 20 km on an 86 m grid (the DEM's corner read as 86 m pixels): the LOS
    sweep, the sweep plus the obstacle distances, and a full power raster (s); radius (px)."""
    from coverage_planner.core.engine import mast_levels, sweep
    from coverage_planner.core.engine.terrain import Grid
    from coverage_planner.core.project.profile import CoverageProfile

    res, radius = 86.0, 20_000.0
    n = 700
    grid = Grid(np.ascontiguousarray(z[:n, :n]), X0, Y0, res, CRS, "bench-86m")
    x, y = X0 + (n // 2 + 0.5) * res, Y0 - (n // 2 + 0.5) * res
    profile = CoverageProfile(max_radius_m=radius, receiver_height_m=H_RX)
    t_los, sw = best_of(lambda: sweep.sweep(grid, x, y, H_TX, radius), n_rep)
    t_d1, _ = best_of(lambda: sweep.sweep(grid, x, y, H_TX, radius).d1_in, n_rep)
    t_power, _ = best_of(lambda: mast_levels.power_raster(grid, bench_cell(x, y), profile), n_rep)
    return t_los, t_d1, t_power, sw.radius_px


def gdal_cmd(exe: str, dem: Path, out: Path, x: float, y: float, cc: float) -> list[str]:
    return [exe, "-q", "-ox", f"{x:.3f}", "-oy", f"{y:.3f}", "-oz", f"{H_TX}", "-tz", f"{H_RX}",
            "-md", f"{RADIUS_M:.0f}", "-cc", f"{cc}", "-om", "NORMAL", "-vv", "255", "-iv", "0",
            str(dem), str(out)]


def gdal_window(out: Path, x_left: float, y_top: float, size: int) -> np.ndarray:
    """gdal's visibility (bool) on our window (top-left corner, size px), 0 outside its raster."""
    import rasterio

    with rasterio.open(out) as src:
        data = src.read(1)
        t = src.transform
    c_off = int(round((x_left - t.c) / t.a))
    r_off = int(round((t.f - y_top) / -t.e))
    win = np.zeros((size, size), dtype=bool)
    r0, c0 = max(0, -r_off), max(0, -c_off)
    r1 = min(size, data.shape[0] - r_off)
    c1 = min(size, data.shape[1] - c_off)
    win[r0:r1, c0:c1] = data[r0 + r_off:r1 + r_off, c0 + c_off:c1 + c_off] == 255
    return win


def _bilinear(z: np.ndarray, rr: np.ndarray, cc: np.ndarray) -> np.ndarray:
    r = np.floor(rr).astype(np.int64)
    c = np.floor(cc).astype(np.int64)
    fr, fc = rr - r, cc - c
    return (z[r, c] * (1 - fr) * (1 - fc) + z[r + 1, c] * fr * (1 - fc)
            + z[r, c + 1] * (1 - fr) * fc + z[r + 1, c + 1] * fr * fc)


def reference_los(z: np.ndarray, row0: int, col0: int, dr: np.ndarray, dc: np.ndarray,
                  mode: str = "bilinear", step: float = 0.5) -> np.ndarray:
    """Brute-force line of sight from (row0, col0) to the pixels at offsets (dr, dc).

    Every ``step`` pixels along the straight line between the two pixel centres the terrain
    (bilinear between pixel centres, or the nearest pixel) with the earth's curvature at
    k = 4/3 must stay below the ray. The end pixels themselves are not obstacles.
    """
    from coverage_planner.core.engine.terrain import EARTH_RADIUS_M, K_FACTOR

    z = z.astype(np.float64)
    tx = z[row0, col0] + H_TX
    dist = np.hypot(dr, dc)
    drop = 1.0 / (2.0 * K_FACTOR * EARTH_RADIUS_M)
    target = z[row0 + dr, col0 + dc] + H_RX - (dist * RES_M) ** 2 * drop
    visible = np.ones(len(dr), dtype=bool)
    for j in range(1, int(dist.max() / step) + 1):
        d = j * step
        act = np.flatnonzero((d > 0.5) & (d < dist - 0.5) & visible)
        if len(act) == 0:
            continue
        t = d / dist[act]
        rr, cc = row0 + dr[act] * t, col0 + dc[act] * t
        if mode == "bilinear":
            h = _bilinear(z, rr, cc)
        else:
            h = z[np.rint(rr).astype(np.int64), np.rint(cc).astype(np.int64)]
        h = h - (d * RES_M) ** 2 * drop
        ray = tx + (target[act] - tx) * t
        visible[act] = h <= ray
    return visible


def run(work: Path, quick: bool = False, png_dir: Path | None = None) -> list[Row]:
    from coverage_planner.core.engine import terrain
    from coverage_planner.core.engine.coverage import cell_raster
    from coverage_planner.core.project.profile import CoverageProfile

    n_rep = 2 if quick else 5
    rows: list[Row] = []
    print(f"[viewshed] synthetic DEM {N_PX}×{N_PX} at {RES_M:.0f} m, spectral exponent β = "
          f"{BETA} (seed {SEED}), 0–{RELIEF_M:.0f} m, {CRS}")
    phases = fractal_phases()
    z = fractal_dem(phases)
    dem = work / "viewshed_dem.tif"
    write_dem(dem, z)
    slope = np.degrees(np.arctan(np.abs(np.diff(z, axis=1)).mean() / RES_M))
    x, y, row0, col0 = site_xy()
    print(f"  mast at the centre: x={x:.0f} y={y:.0f} ground {z[row0, col0]:.0f} m "
          f"(DEM mean {z.mean():.0f} m, mean E–W slope {slope:.1f}°), {H_TX:.0f} m mast, "
          f"receiver {H_RX} m, radius {RADIUS_M / 1000:.0f} km, k = 4/3")

    grid = terrain.load_grid(dem)  # projected: read as is, no reprojection
    profile = CoverageProfile(max_radius_m=RADIUS_M, receiver_height_m=H_RX)
    cell = bench_cell(x, y)

    # ours: cold (fan_geometry not yet cached), then best of n after a warm-up
    terrain.fan_geometry.cache_clear()
    t_cold, (fan, ours) = timed(lambda: our_los(grid, x, y))
    t_los, _ = best_of(lambda: our_los(grid, x, y), n_rep)
    t_los_cr, (mask_cr, _) = best_of(lambda: cell_raster(grid, cell, profile, los_only=True),
                                     n_rep)
    t_power, (power, _) = best_of(lambda: cell_raster(grid, cell, profile), n_rep)
    r = fan.radius_px
    size = 2 * r + 1
    dr, dc = np.mgrid[-r:r + 1, -r:r + 1]
    disc = np.hypot(dr, dc) * RES_M <= RADIUS_M
    same = int(np.count_nonzero((mask_cr == 1) != ours))
    print(f"  ours: LOS mask {ms(t_los)} (cold, with fan_geometry: {ms(t_cold)}); "
          f"cell_raster(los_only) {ms(t_los_cr)}; received-power raster {ms(t_power)} "
          f"({fan.z.shape[0]} rays × {fan.z.shape[1]} samples; "
          f"cell_raster(los_only) and the bare mask differ on {same} px)")
    finite = np.isfinite(power) & disc
    print(f"  received power in the disc: {np.nanmin(power[finite]):.0f} .. "
          f"{np.nanmax(power[finite]):.0f} dBm at 60 dBm EIRP, 900 MHz")
    rows += [
        Row(SECTION, "radial fan (the engine's earlier method): LOS mask",
            f"{ms(t_los)} (cold {ms(t_cold)})"),
        Row(SECTION, "engine: cell_raster(los_only=True) (ring sweep)", ms(t_los_cr)),
        Row(SECTION, "engine: full received-power raster (cell_raster)", ms(t_power)),
    ]

    # the ring sweep: cold (ring tables not yet built), then best of n
    from coverage_planner.core.engine import mast_levels, rings, sweep

    rings.ring_plan.cache_clear()
    rings.grid_offsets.cache_clear()
    rings.curvature_drop.cache_clear()
    t_ring_cold, _ = timed(lambda: ring_los(grid, x, y))
    t_ring, (sw, ring) = best_of(lambda: ring_los(grid, x, y), n_rep)
    t_ring_sweep, _ = best_of(lambda: sweep.sweep(grid, x, y, H_TX, RADIUS_M), n_rep)
    t_ring_power, (ring_power, ring_tf) = best_of(
        lambda: mast_levels.power_raster(grid, cell, profile), n_rep)
    assert ring.shape == ours.shape and (sw.row0, sw.col0) == (fan.row, fan.col)
    both = np.isfinite(ring_power) & np.isfinite(power) & disc
    dp = ring_power[both] - power[both]
    print(f"  ring sweep: LOS mask {ms(t_ring)} (of which the sweep {ms(t_ring_sweep)}; cold, "
          f"with the ring tables: {ms(t_ring_cold)}); received-power raster {ms(t_ring_power)} "
          f"({sw.plan.n} cells in {sw.radius_px} rings); ring − fan power in the disc: median "
          f"{np.median(dp):+.2f} dB, |Δ| median {np.median(np.abs(dp)):.2f} dB, 95th pct "
          f"{np.percentile(np.abs(dp), 95):.1f} dB")
    t86_los, t86_d1, t86_power, r86 = production_sweep_times(z, n_rep)
    print(f"  ring sweep at 20 km on an 86 m grid ({r86} px): sweep {ms(t86_los)}, with the "
          f"obstacle distances {ms(t86_d1)}, power raster {ms(t86_power)}")
    rows += [
        Row(SECTION, "ring sweep: LOS mask (sweep+visible)",
            f"{ms(t_ring)} (cold {ms(t_ring_cold)})"),
        Row(SECTION, "ring sweep: received-power raster (mast_levels.power_raster)",
            ms(t_ring_power)),
        Row(SECTION, "ring − fan received power in the disc, |Δ| median / 95th pct",
            f"{np.median(np.abs(dp)):.2f} / {np.percentile(np.abs(dp), 95):.1f} dB"),
        Row(SECTION, f"ring sweep at 20 km / 86 m ({r86} px): LOS / +d1 / power raster",
            f"{ms(t86_los)} / {ms(t86_d1)} / {ms(t86_power)}"),
    ]

    exe = anchor("gdal_viewshed")
    if exe is None:
        rows.append(skipped_row(SECTION, "IoU / time vs gdal_viewshed", "gdal_viewshed"))
        return rows

    cc = 1.0 / terrain.K_FACTOR
    out = work / "viewshed_gdal.tif"
    cmd = gdal_cmd(exe, dem, out, x, y, cc)
    print(f"  gdal: {' '.join(Path(c).name if c == exe else c for c in cmd)}")
    t_gdal = best_subprocess(cmd, n_rep)
    t_noop = noop_subprocess_time(n_rep)
    gdalinfo = anchor("gdalinfo")
    t_gdal_start = best_subprocess([gdalinfo, "--version"], n_rep) if gdalinfo else float("nan")
    x_left = grid.x0 + (fan.col - r) * grid.res
    y_top = grid.y0 - (fan.row - r) * grid.res
    theirs = gdal_window(out, x_left, y_top, size)

    a, b = ours & disc, theirs & disc
    score = iou(a, b)
    n_disc = np.count_nonzero(disc)
    print(f"  visible share of the disc: ours {100 * a.sum() / n_disc:.2f} %, gdal "
          f"{100 * b.sum() / n_disc:.2f} %; both {np.count_nonzero(a & b)} px, "
          f"only ours {np.count_nonzero(a & ~b)} px, only gdal {np.count_nonzero(~a & b)} px; "
          f"IoU {score:.3f}")
    ra = ring & disc
    ring_score = iou(ra, b)
    print(f"  ring sweep: visible {100 * ra.sum() / n_disc:.2f} %; only ring "
          f"{np.count_nonzero(ra & ~b)} px, only gdal {np.count_nonzero(~ra & b)} px; "
          f"IoU {ring_score:.5f}")
    print(f"  gdal_viewshed {ms(t_gdal)} wall (best of {n_rep}; a no-op process {ms(t_noop)}, "
          f"`gdalinfo --version` {ms(t_gdal_start)})")

    # diagnostic: who is closer to a brute-force line of sight?
    rng = np.random.default_rng(7)
    inside = np.flatnonzero((disc & (np.hypot(dr, dc) > 0)).ravel())
    pick = rng.choice(inside, 4000 if quick else 20000, replace=False)
    pr, pc = np.unravel_index(pick, disc.shape)
    ref_scores = {}
    for mode in ("bilinear", "nearest"):
        ref = reference_los(z, row0, col0, pr - r, pc - r, mode=mode)
        ref_scores[mode] = (iou(ours[pr, pc], ref), iou(theirs[pr, pc], ref), ref.mean(),
                            iou(ring[pr, pc], ref))
        print(f"  brute-force LOS ({mode} DEM, {len(pick)} random px, visible "
              f"{100 * ref.mean():.2f} %): IoU ours {ref_scores[mode][0]:.3f}, "
              f"ring {ref_scores[mode][3]:.3f}, gdal {ref_scores[mode][1]:.3f}, ours vs gdal "
              f"on the sample {iou(ours[pr, pc], theirs[pr, pc]):.3f}")

    iou_by_beta = {BETA: score}
    ring_iou_by_beta = {BETA: ring_score}
    if not quick:
        for beta in SWEEP_BETAS:
            zb = fractal_dem(phases, beta)
            dem_b = work / f"viewshed_dem_{beta}.tif"
            write_dem(dem_b, zb)
            out_b = work / f"viewshed_gdal_{beta}.tif"
            run_cmd(gdal_cmd(exe, dem_b, out_b, x, y, cc))
            gb = terrain.load_grid(dem_b)
            _, ob = our_los(gb, x, y)
            tb = gdal_window(out_b, x_left, y_top, size)
            iou_by_beta[beta] = iou(ob & disc, tb & disc)
            _, rb = ring_los(gb, x, y)
            ring_iou_by_beta[beta] = iou(rb & disc, tb & disc)
            sb = np.degrees(np.arctan(np.abs(np.diff(zb, axis=1)).mean() / RES_M))
            print(f"  roughness β = {beta} (mean slope {sb:.1f}°): visible ours "
                  f"{100 * np.count_nonzero(ob & disc) / n_disc:.2f} %, gdal "
                  f"{100 * np.count_nonzero(tb & disc) / n_disc:.2f} %, IoU {iou_by_beta[beta]:.3f}, "
                  f"ring sweep IoU {ring_iou_by_beta[beta]:.4f}")
            dem_b.unlink()
            out_b.unlink()

    if png_dir is not None:
        save_png(png_dir / "viewshed_ours_vs_gdal.png", agreement_rgb(ours, theirs, ~disc))
        save_png(png_dir / "viewshed_ring_vs_gdal.png", agreement_rgb(ring, theirs, ~disc))

    ratio = t_los / t_gdal
    rows += [
        Row(SECTION, "IoU visible area in 15 km disc, radial fan vs gdal", f"{score:.3f}"),
        Row(SECTION, "visible share of the disc, radial fan / gdal",
            f"{100 * a.sum() / n_disc:.2f} % / {100 * b.sum() / n_disc:.2f} %"),
        Row(SECTION, "IoU vs brute-force LOS, bilinear DEM: radial fan / gdal",
            f"{ref_scores['bilinear'][0]:.3f} / {ref_scores['bilinear'][1]:.3f}"),
        Row(SECTION, "IoU vs brute-force LOS, nearest-px DEM: radial fan / gdal",
            f"{ref_scores['nearest'][0]:.3f} / {ref_scores['nearest'][1]:.3f}"),
    ]
    if len(iou_by_beta) > 1:
        rows.append(Row(SECTION, "IoU radial fan vs gdal by roughness β (lower = rougher)",
                        ", ".join(f"β{b}: {s:.2f}" for b, s in sorted(iou_by_beta.items()))))
    ring_ratio = t_ring / t_gdal
    rows += [
        Row(SECTION, "IoU visible area in 15 km disc, engine (ring sweep) vs gdal", f"{ring_score:.4f}",
            "≥ 0.95", ring_score >= 0.95),
        Row(SECTION, "IoU vs brute-force LOS, bilinear / nearest-px DEM: ring sweep",
            f"{ref_scores['bilinear'][3]:.3f} / {ref_scores['nearest'][3]:.3f}"),
    ]
    if len(ring_iou_by_beta) > 1:
        rows.append(Row(SECTION, "IoU ring sweep vs gdal by roughness β",
                        ", ".join(f"β{b}: {s:.4f}" for b, s in sorted(ring_iou_by_beta.items()))))
    rows += [
        Row(SECTION, "gdal_viewshed wall time (subprocess)", ms(t_gdal)),
        Row(SECTION, "no-op subprocess / `gdalinfo --version`",
            f"{ms(t_noop)} / {ms(t_gdal_start)}"),
        Row(SECTION, "ratio radial fan/gdal, LOS mask", f"{ratio:.2f}"),
        Row(SECTION, "ratio engine/gdal, LOS mask (ring sweep)", f"{ring_ratio:.2f}", "≤ 1.0",
            ring_ratio <= 1.0),
        Row(SECTION, "ratio engine/gdal, full received-power raster vs gdal's mask",
            f"{t_power / t_gdal:.2f}", "≤ 1.0", t_power / t_gdal <= 1.0),
    ]
    out.unlink(missing_ok=True)
    dem.unlink(missing_ok=True)
    return rows
