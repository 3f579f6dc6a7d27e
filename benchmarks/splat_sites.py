"""The SPLAT! benchmark's sites: SPLAT! ITM vs ours (``itm`` and ``p452``) around each mast, the
diagnostics of any disagreement, and our line-of-sight mask vs gdal_viewshed at one site.

Per site: SPLAT!'s wall time (best of n, process included; its fixed cost, the same command at
0.2 km, once) against ours in process (``cell_raster`` on the already-loaded grid, best of n after
one warm-up run so that numba's JIT cache is loaded); the area with loss ≤ 140 dB, the IoU, the
median (ours − SPLAT!) on SPLAT!'s line-of-sight and obstructed (``*``) paths.

Where SPLAT!'s receiver is: SPLAT! 1.4.2's ``PlotLRPath`` gives ITM ``elev[0] = y − 1`` for the
radial's sample y, so the loss it writes at sample y is ITM over samples 0..y−1 (the receiver one
3″ step, ~90 m, nearer the mast, on sample y−1's ground). The goal's IoU puts our receivers
there (:func:`splat_receivers`) and reads the tile's posts as SPLAT! does (identical inputs:
``benchmarks.splat.ours_at_points``); our raster is read there too, and at the points as SPLAT!
labels them.

Diagnostics (``itm``, a fixed random sample of SPLAT!'s points): our ITM kernel (``itm_path_loss``)
on SPLAT!'s own profiles rebuilt as ``ReadPath`` does (great circle, one sample per 3″ step, the
nearest 3″ height of the tile) to sample y−1 (the kernels alone: median |Δ| < 0.01 dB) and to y
(SPLAT!'s labelling); the same with bilinear heights of the same tile (the terrain sampling
alone); our straight paths on our 86 m UTM grid (``paths.point_batches``) and our raster, both at
SPLAT!'s receivers. On this relief a change of one sample or of the interpolation moves the
140 dB contour enough to cost ~0.15 of IoU: SPLAT! against itself one step off (the labelled
sample y) is 0.80–0.85. That is why the goal compares identical inputs, not two grids.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from benchmarks.common import (
    Row,
    anchor,
    best_of,
    best_subprocess,
    iou,
    ms,
    run_cmd,
    secs,
    skipped_row,
)
from benchmarks.splat import (
    COMPARE_M,
    FREQ_MHZ,
    H_RX,
    H_TX,
    PPD,
    RADIUS_KM,
    SECTION,
    THRESHOLD_DB,
    TILE_LAT,
    TILE_LON,
    Site,
    bench_profile,
    compare,
    omni_cell,
    ours_at_points,
    ours_loss,
    own_area,
    points_xy,
    read_ano,
    sample_ours,
    save_images,
    site_xy,
    splat_cmd,
    west,
    write_site,
)

# Chosen once from gis_data/laocai/dem.tif (3″ samples, coordinates of the sample centres) in the
# window lon 103.66–103.84 E, lat 22.15–22.72 N, where a 15 km disc stays inside both the DEM
# (west edge 103.50 E) and the tile N22E103 (east edge 104.00 E), so that neither engine reads
# edge-filled or missing terrain. TPI = height − mean height over a 43×43-sample (~4 km) box;
# slope = mean over an 11×11-sample (~1 km) box of the samples' gradient slope.
SITES = (
    # valley: the earlier benchmark's Sa Pa site, 1592 m, TPI −73 m (below its surroundings),
    # slope 11°
    Site("sapa", "valley", 103.84, 22.34),
    # mid-slope: the steepest sample (slope 31.7°) among those with |TPI| < 10 m: 1723 m, TPI +4 m
    Site("midslope", "mid-slope", 103.66208, 22.66958),
    # ridge-top: the highest sample of the window, Fansipan's summit on the Hoàng Liên Sơn ridge,
    # 3143 m, TPI +96 m
    Site("fansipan", "ridge-top", 103.77958, 22.31042),
)
N_DIAG = 6000  # points of the diagnostic sample (quick: half)
EARTH_MILES_M = 3959.0 * 1609.344  # SPLAT!'s earth radius (3959 miles)


def _gc_distance(lat0, lon0, lat, lon) -> np.ndarray:
    """Great-circle distance (m) on SPLAT!'s sphere."""
    p0, p1 = np.radians(lat0), np.radians(lat)
    dl = np.radians(lon - lon0)
    c = np.sin(p0) * np.sin(p1) + np.cos(p0) * np.cos(p1) * np.cos(dl)
    return EARTH_MILES_M * np.arccos(np.clip(c, -1.0, 1.0))


def splat_steps(site: Site, pts: pd.DataFrame) -> np.ndarray:
    """Index y of each reported point on its SPLAT! radial: ``ReadPath`` takes one sample per 3″
    step in latitude and longitude combined (``samples_per_radian``·Δ, hypot of both)."""
    lat, lon = pts["lat"].to_numpy(), pts["lon"].to_numpy()
    return np.maximum(np.rint(np.hypot(PPD * (lat - site.lat), PPD * (lon - site.lon))), 2.0)


def splat_receivers(site: Site, pts: pd.DataFrame) -> pd.DataFrame:
    """Where SPLAT! 1.4.2 actually put the receiver of each reported point: ``PlotLRPath`` sets
    ``elev[0] = y - 1`` (number of points − 1), so the loss it writes for sample y is ITM over
    samples 0..y−1, the receiver one step (~90 m) nearer the mast, on sample y−1's ground."""
    frac = (splat_steps(site, pts) - 1.0) / splat_steps(site, pts)
    return pts.assign(lat=site.lat + (pts["lat"].to_numpy() - site.lat) * frac,
                      lon=site.lon + (pts["lon"].to_numpy() - site.lon) * frac)


def _bilinear(z: np.ndarray, rr: np.ndarray, cc: np.ndarray) -> np.ndarray:
    r = np.clip(np.floor(rr).astype(np.int64), 0, z.shape[0] - 2)
    c = np.clip(np.floor(cc).astype(np.int64), 0, z.shape[1] - 2)
    fr, fc = rr - r, cc - c
    return (z[r, c] * (1 - fr) * (1 - fc) + z[r + 1, c] * fr * (1 - fc)
            + z[r, c + 1] * (1 - fr) * fc + z[r + 1, c + 1] * fr * fc)


def splat_profiles_loss(z: np.ndarray, site: Site, pts: pd.DataFrame, shift: int,
                        bilinear: bool = False) -> np.ndarray:
    """Our ITM kernel on the profiles SPLAT! builds (``ReadPath``: great circle, y steps to the
    reported point, the nearest height of the 3″ tile, or a bilinear one): samples
    0..y−``shift``, as long."""
    from coverage_planner.core.engine.propagation.itm import itm_path_loss

    lat, lon = pts["lat"].to_numpy(), pts["lon"].to_numpy()
    y = splat_steps(site, pts).astype(np.int64)
    d = np.maximum(_gc_distance(site.lat, site.lon, lat, lon), 1.0)
    n = y + 1 - shift
    out = np.full(len(pts), np.nan)
    for k in np.unique(n):
        sel = np.flatnonzero(n == k)
        t = np.arange(k)[None, :] / y[sel, None]
        rr = (TILE_LAT + 1 - (site.lat + (lat[sel, None] - site.lat) * t)) * PPD
        cc = (site.lon + (lon[sel, None] - site.lon) * t - TILE_LON) * PPD
        if bilinear:
            h = _bilinear(z, rr, cc)
        else:
            h = z[np.clip(np.rint(rr).astype(np.int64), 0, PPD),
                  np.clip(np.rint(cc).astype(np.int64), 0, PPD)]
        out[sel] = itm_path_loss(h.astype(np.float64), d[sel] * (k - 1) / y[sel], H_TX, H_RX,
                                 FREQ_MHZ).loss_db
    return out


def point_paths_loss(grid, x: float, y: float, pts: pd.DataFrame) -> np.ndarray:
    """Our ITM on straight paths from the mast to each point over our grid (``point_batches``)."""
    from coverage_planner.core.engine import pathloss, paths

    px, py = points_xy(grid, pts)
    out = np.full(len(pts), np.nan)
    for b in paths.point_batches(grid, x, y, px, py):
        out[b.index] = pathloss.path_loss("itm", b.heights, b.d_total, H_TX, H_RX, FREQ_MHZ)[0]
    return out


def _agree(ours: np.ndarray, theirs: np.ndarray) -> tuple[float, float, float]:
    """(IoU at the threshold, median |Δ|, 95th percentile |Δ|)."""
    dd = np.abs(ours - theirs)
    return (iou(ours <= THRESHOLD_DB, theirs <= THRESHOLD_DB), float(np.median(dd)),
            float(np.percentile(dd, 95)))


def diagnose(grid, z, site: Site, x: float, y: float, pts: pd.DataFrame, rx: pd.DataFrame,
             dist: np.ndarray, raster_rx: np.ndarray, quick: bool) -> dict:
    """Where ours (itm) and SPLAT! part: the kernels, SPLAT!'s receiver position, the terrain,
    the raster's sampling, the line of sight."""
    from coverage_planner.core.engine.coverage import cell_raster

    near = np.flatnonzero((dist <= COMPARE_M) & np.isfinite(raster_rx))
    rng = np.random.default_rng(20240602)
    pick = np.sort(rng.choice(near, min(len(near), N_DIAG // (2 if quick else 1)), replace=False))
    sub = pts.iloc[pick].reset_index(drop=True)
    theirs = sub["loss"].to_numpy()
    out = {"n": len(pick)}
    out["kernel"] = _agree(splat_profiles_loss(z, site, sub, shift=1), theirs)
    out["kernel_label"] = _agree(splat_profiles_loss(z, site, sub, shift=0), theirs)
    out["bilinear"] = _agree(splat_profiles_loss(z, site, sub, shift=1, bilinear=True), theirs)
    out["paths"] = _agree(point_paths_loss(grid, x, y, rx.iloc[pick]), theirs)
    out["raster"] = _agree(raster_rx[pick], theirs)
    mask, tf = cell_raster(grid, omni_cell(x, y), bench_profile("itm"), los_only=True)
    vis, _ = sample_ours(mask.astype(float), tf, grid, x, y, pts)
    m = (dist <= COMPARE_M) & np.isfinite(vis)
    ours_los, splat_los = vis[m] > 0.5, ~pts["blocked"].to_numpy()[m]
    out["los"] = (float(ours_los.mean()), float(splat_los.mean()),
                  float((ours_los == splat_los).mean()))
    bands = [0, 2000, 5000, 10000, COMPARE_M]
    diff = raster_rx - pts["loss"].to_numpy()
    out["bands"] = [(lo, hi, float(np.nanmedian(diff[(dist > lo) & (dist <= hi)])))
                    for lo, hi in zip(bands[:-1], bands[1:])]
    return out


def _fmt(a: tuple[float, float, float]) -> str:
    return f"IoU {a[0]:.3f}, |Δ| median {a[1]:.2f} dB (95th pct {a[2]:.1f} dB)"


def bench_site(folder: Path, grid, z: np.ndarray, exe: str, site: Site, *, quick: bool,
               png_dir: Path | None, first: bool) -> list[Row]:
    """One site: SPLAT! ITM vs ours (itm, p452), printed and as rows."""
    from coverage_planner.core.engine import paths

    n_splat, n_ours = (1, 2) if quick else (3, 5)
    sdir = folder / site.name
    sdir.mkdir(exist_ok=True)
    write_site(sdir, site)
    cmd = splat_cmd(exe, folder, site, "loss_itm.txt")
    x, y = site_xy(grid, site)
    print(f"[splat] {site.kind} site {site.name}: {site.lon} E {site.lat} N = "
          f"{west(site.lon):.5f} W, ground {float(paths.sample(grid, x, y)):.0f} m on our grid; "
          f"{' '.join(Path(c).name if c == exe else c for c in cmd)}")
    t_splat, _ = best_of(lambda: run_cmd(cmd, cwd=sdir), n_splat, warmup=0)
    pts = read_ano(sdir / "loss_itm.txt")
    rx = splat_receivers(site, pts)
    res = {}
    for model in ("itm", "p452"):
        t, (loss, tf) = best_of(lambda m=model: ours_loss(grid, x, y, m, site.name.upper()),
                                n_ours)
        at, dist = sample_ours(loss, tf, grid, x, y, pts)
        at_rx, _ = sample_ours(loss, tf, grid, x, y, rx)
        res[model] = {"t": t, "at": at, "raw": compare(at, pts, dist),
                      "c": compare(at_rx, pts, dist), "at_rx": at_rx,
                      "own": own_area(loss, tf, x, y)}
    ci, cp = res["itm"]["c"], res["p452"]["c"]
    # identical inputs: SPLAT!'s receivers, the tile's posts; and our raster with the posts
    t_same, at_same = best_of(lambda: ours_at_points(grid, x, y, rx, "itm"), 1)
    same = compare(at_same, pts, dist)
    t_rp, (loss_p, tf_p) = best_of(
        lambda: ours_loss(grid, x, y, "itm", site.name.upper(), "dem-posts"), n_ours)
    posts_raster = compare(sample_ours(loss_p, tf_p, grid, x, y, rx)[0], pts, dist)
    speed = t_splat / res["itm"]["t"]
    print(f"  SPLAT! ITM {secs(t_splat)} (best of {n_splat}); ours itm {ms(res['itm']['t'])}, "
          f"p452 {ms(res['p452']['t'])} (best of {n_ours}, warm): SPLAT!/ours itm {speed:.1f}×; "
          f"{len(pts)} SPLAT! points, {ci['n']} within {COMPARE_M / 1000:.1f} km, "
          f"{100 * ci['share_blocked']:.0f} % obstructed (*)")
    print(f"  identical inputs (itm at SPLAT!'s {same['n']} receivers, the tile's posts, the "
          f"engine's point path, {secs(t_same)}): loss ≤ {THRESHOLD_DB:.0f} dB ours "
          f"{same['area_ours']:.1f} km², SPLAT! ITM {same['area_theirs']:.1f} km², IoU "
          f"{same['iou']:.3f}, median |Δ| where both cover {same['mad_both']:.2f} dB, median "
          f"(ours − ITM) LOS {same['median_diff_los']:+.2f} dB, obstructed "
          f"{same['median_diff_blocked']:+.2f} dB")
    print(f"  our itm raster with the posts (terrain_heights dem-posts, {ms(t_rp)}): IoU at "
          f"SPLAT!'s receivers {posts_raster['iou']:.3f}")
    for model in ("itm", "p452"):
        c, raw = res[model]["c"], res[model]["raw"]
        print(f"  {model}: loss ≤ {THRESHOLD_DB:.0f} dB ours {c['area_ours']:.1f} km² (own grid "
              f"{res[model]['own']:.1f}), SPLAT! ITM {c['area_theirs']:.1f} km²; IoU at SPLAT!'s "
              f"receivers {c['iou']:.3f} (at its labelled points {raw['iou']:.3f}); median "
              f"(ours − ITM) LOS {c['median_diff_los']:+.1f} dB, obstructed "
              f"{c['median_diff_blocked']:+.1f} dB (labelled points {raw['median_diff_los']:+.1f}"
              f" / {raw['median_diff_blocked']:+.1f} dB)")
    dg = diagnose(grid, z, site, x, y, pts, rx, dist, res["itm"]["at_rx"], quick)
    print(f"  itm vs SPLAT! on {dg['n']} random points — our ITM kernel on SPLAT!'s profiles as "
          f"it computes them (to sample y−1): {_fmt(dg['kernel'])}; to the labelled sample y: "
          f"{_fmt(dg['kernel_label'])}; to y−1 with bilinear heights of the same tile: "
          f"{_fmt(dg['bilinear'])}; our straight paths on our grid to SPLAT!'s receiver: "
          f"{_fmt(dg['paths'])}; our raster there: {_fmt(dg['raster'])}")
    los = dg["los"]
    print(f"  line of sight: ours (ring sweep) {100 * los[0]:.1f} %, SPLAT! (no *) "
          f"{100 * los[1]:.1f} %, same verdict on {100 * los[2]:.1f} % of the points; median "
          f"(itm − ITM) by distance: " + ", ".join(f"{lo / 1000:g}–{hi / 1000:g} km {v:+.1f} dB"
                                                   for lo, hi, v in dg["bands"]))
    raw_i = res["itm"]["raw"]
    rows = [
        Row(SECTION, f"{site.name} ({site.kind}): SPLAT! ITM / ours itm (p452)",
            f"{secs(t_splat)} / {ms(res['itm']['t'])} ({ms(res['p452']['t'])})"),
        Row(SECTION, f"{site.name}: speed-up SPLAT!/ours itm", f"{speed:.1f}×", "≥ 20×",
            speed >= 20.0),
        Row(SECTION, f"{site.name}: area ≤ {THRESHOLD_DB:.0f} dB ours itm / SPLAT! ITM "
            "(identical inputs)", f"{same['area_ours']:.1f} / {same['area_theirs']:.1f} km²"),
        Row(SECTION, f"{site.name}: IoU itm vs SPLAT! ITM, identical inputs (its receivers, "
            "the tile's posts)", f"{same['iou']:.3f}", "≥ 0.85", same["iou"] >= 0.85),
        Row(SECTION, f"{site.name}: median (itm − ITM) LOS / obstructed, identical inputs",
            f"{same['median_diff_los']:+.2f} / {same['median_diff_blocked']:+.2f} dB"),
        Row(SECTION, f"{site.name}: IoU itm raster (86 m UTM) vs SPLAT! ITM at its receivers, "
            "interpolated / posts", f"{ci['iou']:.3f} / {posts_raster['iou']:.3f}"),
        Row(SECTION, f"{site.name}: IoU itm raster vs SPLAT! ITM at its labelled points",
            f"{raw_i['iou']:.3f}"),
        Row(SECTION, f"{site.name}: median (itm raster − ITM) LOS / obstructed",
            f"{ci['median_diff_los']:+.1f} / {ci['median_diff_blocked']:+.1f} dB"),
        Row(SECTION, f"{site.name}: p452 area / IoU vs SPLAT! ITM",
            f"{cp['area_ours']:.1f} km² / {cp['iou']:.3f}"),
        Row(SECTION, f"{site.name}: median (p452 − ITM) LOS / obstructed",
            f"{cp['median_diff_los']:+.1f} / {cp['median_diff_blocked']:+.1f} dB"),
        Row(SECTION, f"{site.name}: IoU kernel on SPLAT!'s profiles / to y / bilinear",
            f"{dg['kernel'][0]:.3f} / {dg['kernel_label'][0]:.3f} / {dg['bilinear'][0]:.3f}"),
        Row(SECTION, f"{site.name}: IoU our paths / raster at SPLAT!'s receivers",
            f"{dg['paths'][0]:.3f} / {dg['raster'][0]:.3f}"),
    ]
    if first:
        rows += _splat_fixed_row(folder, sdir, exe, site, n_splat)
        if not quick:
            rows += _itwom_rows(folder, sdir, exe, site, pts, dist, res["itm"]["at_rx"])
    if png_dir is not None:
        save_images(png_dir, f"splat_{site.name}", pts, res["itm"]["at_rx"], ci["mask"])
    return rows


def _splat_fixed_row(folder: Path, sdir: Path, exe: str, site: Site, n: int) -> list[Row]:
    """SPLAT!'s cost without the area: the same command at 0.2 km (start, .sdf read, map)."""
    cmd = splat_cmd(exe, folder, site, "loss_small.txt")
    cmd[cmd.index("-R") + 1] = "0.2"
    t, _ = best_of(lambda: run_cmd(cmd, cwd=sdir), n, warmup=0)
    print(f"  SPLAT! fixed cost (the same command with -R 0.2: start, .sdf read, map written) "
          f"{secs(t)}")
    return [Row(SECTION, f"{site.name}: SPLAT! fixed cost (-R 0.2)", secs(t))]


def _itwom_rows(folder: Path, sdir: Path, exe: str, site: Site, itm: pd.DataFrame,
                dist: np.ndarray, ours_at: np.ndarray) -> list[Row]:
    """SPLAT!'s default ITWOM once: how far two SPLAT! anchors differ."""
    run_cmd(splat_cmd(exe, folder, site, "loss_itwom.txt", itm=False), cwd=sdir)
    itwom = read_ano(sdir / "loss_itwom.txt")
    merged = itm.assign(dist=dist, ours=ours_at).merge(itwom[["lat", "lon", "loss"]],
                                                       on=["lat", "lon"], suffixes=("", "_w"))
    near = (merged["dist"].to_numpy() <= COMPARE_M) & np.isfinite(merged["ours"].to_numpy())
    w = merged["loss_w"].to_numpy()[near] <= THRESHOLD_DB
    spread = iou(merged["loss"].to_numpy()[near] <= THRESHOLD_DB, w)
    ours_w = iou(merged["ours"].to_numpy()[near] <= THRESHOLD_DB, w)
    print(f"  SPLAT! ITWOM (its default): ITWOM vs ITM IoU {spread:.3f}; ours itm vs ITWOM IoU "
          f"{ours_w:.3f}")
    return [Row(SECTION, f"{site.name}: IoU ITWOM vs ITM (anchor spread) / ours itm vs ITWOM",
                f"{spread:.3f} / {ours_w:.3f}")]


def _write_grid(path: Path, grid) -> None:
    import rasterio

    z = np.asarray(grid.z, dtype=np.float32)
    profile = {"driver": "GTiff", "width": z.shape[1], "height": z.shape[0], "count": 1,
               "dtype": "float32", "crs": grid.crs, "transform": grid.transform,
               "nodata": float("nan")}
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(z, 1)


def viewshed_rows(work: Path, grid, site: Site, quick: bool) -> list[Row]:
    """Our line-of-sight mask (``cell_raster(los_only=True)``) vs gdal_viewshed on our grid."""
    from benchmarks import viewshed
    from coverage_planner.core.engine.coverage import cell_raster
    from coverage_planner.core.engine.terrain import K_FACTOR

    n_rep = 2 if quick else 5
    x, y = site_xy(grid, site)
    t_ours, (mask, tf) = best_of(
        lambda: cell_raster(grid, omni_cell(x, y), bench_profile("itm"), los_only=True), n_rep)
    name = f"{site.name}: LOS mask ours (cell_raster los_only) vs gdal_viewshed"
    exe = anchor("gdal_viewshed")
    if exe is None:
        return [skipped_row(SECTION, name, "gdal_viewshed")]
    # viewshed.gdal_cmd takes the mast, receiver and radius from its module: the same as ours
    assert (viewshed.H_TX, viewshed.H_RX, viewshed.RADIUS_M) == (H_TX, H_RX, RADIUS_KM * 1000)
    dem, out = work / "splat_viewshed_dem.tif", work / "splat_viewshed_gdal.tif"
    _write_grid(dem, grid)
    cmd = viewshed.gdal_cmd(exe, dem, out, x, y, 1.0 / K_FACTOR)
    t_gdal = best_subprocess(cmd, n_rep)
    size = mask.shape[0]
    theirs = viewshed.gdal_window(out, tf.c, tf.f, size)
    r = size // 2
    dr, dc = np.mgrid[-r:r + 1, -r:r + 1]
    disc = np.hypot(dr, dc) * grid.res <= RADIUS_KM * 1000
    ours = (mask == 1) & disc
    score = iou(ours, theirs & disc)
    ratio = t_ours / t_gdal
    print(f"[splat] line of sight at {site.name} on our {grid.res:.0f} m grid: visible ours "
          f"{100 * ours.sum() / disc.sum():.1f} %, gdal {100 * (theirs & disc).sum() / disc.sum():.1f}"
          f" %, IoU {score:.4f}; ours {ms(t_ours)}, gdal_viewshed {ms(t_gdal)} (best of {n_rep})")
    dem.unlink(missing_ok=True)
    out.unlink(missing_ok=True)
    return [Row(SECTION, f"{name}: IoU", f"{score:.4f}"),
            Row(SECTION, f"{site.name}: LOS mask time ours / gdal_viewshed (ratio)",
                f"{ms(t_ours)} / {ms(t_gdal)} ({ratio:.2f})")]
