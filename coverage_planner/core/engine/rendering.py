"""Images for the map, made in the core: the hillshade base map and coverage layers.

Both are PNG overlays in Web Mercator (EPSG:3857, what Leaflet draws), with their bounds in
longitude/latitude, so the page shows them with ``L.imageOverlay`` and no network. The DEM of
the embedded data is 3″ (≈ 90 m): one image covers the province sharply enough at every zoom a
planner uses, so no tile pyramid is needed.

Coverage layers are the best received level per technology and carrier over every cell
(dBm), computed on a coarser grid (``step`` × the DEM's pixel) with the same engine as the
villages, and cached like the per-mast results.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.engine.terrain import Grid

WEB_MERCATOR = "EPSG:3857"
#: dBm colour ramp (value, RGB): weak red → strong green-blue
RAMP = [(-125.0, (215, 48, 39)), (-110.0, (252, 141, 89)), (-100.0, (254, 224, 139)),
        (-90.0, (217, 239, 139)), (-80.0, (145, 207, 96)), (-65.0, (26, 152, 80))]


def hillshade(z: np.ndarray, res: float, azimuth: float = 315.0, altitude: float = 45.0,
              exaggeration: float = 1.5) -> np.ndarray:
    """Lambertian hillshade (0–1) of a metric grid (NaN stays NaN)."""
    dzdy, dzdx = np.gradient(np.where(np.isfinite(z), z, np.nanmean(z)) * exaggeration, res)
    slope = np.arctan(np.hypot(dzdx, dzdy))
    aspect = np.arctan2(-dzdx, dzdy)
    az, alt = np.radians(azimuth), np.radians(altitude)
    shade = np.sin(alt) * np.cos(slope) + np.cos(alt) * np.sin(slope) * np.cos(az - aspect)
    return np.where(np.isfinite(z), np.clip(shade, 0.0, 1.0), np.nan)


def _warp_to_mercator(values: np.ndarray, grid_transform, crs: str):
    from rasterio.warp import Resampling, calculate_default_transform, reproject

    h, w = values.shape
    left, top = grid_transform.c, grid_transform.f
    right, bottom = left + w * grid_transform.a, top + h * grid_transform.e
    transform, width, height = calculate_default_transform(crs, WEB_MERCATOR, w, h, left,
                                                           bottom, right, top)
    out = np.full((height, width), np.nan, dtype=np.float32)
    reproject(values.astype(np.float32), out, src_transform=grid_transform, src_crs=crs,
              dst_transform=transform, dst_crs=WEB_MERCATOR, resampling=Resampling.bilinear,
              src_nodata=np.nan, dst_nodata=np.nan)
    west, north = transform.c, transform.f
    east, south = west + width * transform.a, north + height * transform.e
    from pyproj import Transformer

    to_ll = Transformer.from_crs(WEB_MERCATOR, "EPSG:4326", always_xy=True)
    (w_lon, e_lon), (s_lat, n_lat) = to_ll.transform([west, east], [south, north])
    return out, (float(s_lat), float(w_lon), float(n_lat), float(e_lon))


def _save_png(rgba: np.ndarray, path: Path) -> Path:
    from PIL import Image

    with replacing(path, ".png") as tmp:
        Image.fromarray(rgba, "RGBA").save(tmp, format="PNG")
    return path


def hillshade_png(grid: Grid, out: Path) -> tuple[Path, tuple]:
    """The hillshade of ``grid`` as a grey PNG in Web Mercator; returns (path, bounds S,W,N,E)."""
    shade = hillshade(grid.z, grid.res)
    merc, bounds = _warp_to_mercator(shade, grid.transform, grid.crs)
    grey = np.nan_to_num(merc * 200.0 + 40.0, nan=0.0).astype(np.uint8)
    alpha = np.where(np.isfinite(merc), 255, 0).astype(np.uint8)
    rgba = np.dstack([grey, grey, grey, alpha])
    return _save_png(rgba, out), bounds


def ramp_colours(dbm: np.ndarray, alpha: int = 170, floor: float = -125.0) -> np.ndarray:
    """RGBA for levels in dBm along :data:`RAMP`; below ``floor`` or NaN transparent."""
    vals = np.array([v for v, _ in RAMP])
    cols = np.array([c for _, c in RAMP], dtype=float)
    x = np.clip(np.nan_to_num(dbm, nan=-999.0), vals[0], vals[-1])
    rgb = np.stack([np.interp(x, vals, cols[:, i]) for i in range(3)], axis=-1)
    a = np.where(np.isfinite(dbm) & (dbm >= floor), alpha, 0)
    return np.dstack([rgb.astype(np.uint8), a.astype(np.uint8)])


def coverage_png(level: np.ndarray, grid: Grid, out: Path, floor: float) -> tuple[Path, tuple]:
    merc, bounds = _warp_to_mercator(level, grid.transform, grid.crs)
    return _save_png(ramp_colours(merc, floor=floor), out), bounds


def coarse_grid(grid: Grid, step: int) -> Grid:
    """Every ``step``-th block averaged: a coarser grid for province-wide coverage images."""
    if step <= 1:
        return grid
    h, w = (s // step * step for s in grid.shape)
    z = grid.z[:h, :w].reshape(h // step, step, w // step, step)
    import warnings

    with warnings.catch_warnings():  # all-NaN blocks stay NaN
        warnings.simplefilter("ignore", RuntimeWarning)
        z = np.nanmean(np.nanmean(z, axis=3), axis=1).astype(np.float32)
    digest = hashlib.sha256(f"{grid.digest}|{step}".encode()).hexdigest()[:20]
    clutter = None
    if grid.clutter is not None:  # each block's middle pixel's class
        clutter = np.ascontiguousarray(grid.clutter[step // 2:h:step, step // 2:w:step])
    # the DEM file stays the source of the posts (the profile's terrain_heights "dem-posts")
    return Grid(z, grid.x0, grid.y0, grid.res * step, grid.crs, digest, clutter,
                source=grid.source)
