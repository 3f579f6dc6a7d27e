"""Ground heights at the DEM's own posts: the nearest sample of the source raster, in its CRS.

The engine's grid is the DEM reprojected bilinearly to UTM (:func:`terrain.load_grid`), and the
profiles interpolate it bilinearly once more (:func:`paths.sample`): smooth, and what the
engine does by default (``terrain_heights: "interpolated"`` in the coverage profile). SPLAT! and
Signal-Server build each profile from the post of the SRTM tile nearest each sample instead: no
interpolation at all, so a ridge keeps the height the DEM gives its post. ITM reads its terrain
irregularity Δh and its horizons from those posts, and on high relief the two readings move the
edge of coverage by a few hundred metres (``docs/radio_models.md``). With ``terrain_heights:
"dem-posts"`` the profiles take the posts' heights: what a planner chooses to reproduce
SPLAT!'s or Signal-Server's maps with the same DEM.

The source is the file the grid was loaded from (``Grid.source``), read in its own CRS; sample
points go there through a quadratic fit of the reprojection over the points' extent (checked against
pyproj on its control points; exact pyproj when the fit is off by more than a hundredth of a
post). A grid without a source (a projected DEM used as it is, a distributed window) is its own
source: its pixels are the posts. Where the source has no value the bilinear grid height is
used.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

#: the coverage profile's ``terrain_heights`` choices
TERRAIN_HEIGHTS = ("interpolated", "dem-posts")

_WHOLE_FILE_MAX = 16_000_000  # posts read at once; larger sources are read by windows
_CACHE: OrderedDict = OrderedDict()


@dataclass(frozen=True)
class _Source:
    z: np.ndarray  # float32, NaN where the source has no value
    row0: int  # the window's first row and column in the source
    col0: int


def _open(path: str):
    import rasterio

    with rasterio.open(path) as src:
        return src.width, src.height, src.transform, src.crs.to_string()


def _stamp(path: str) -> tuple:
    st = Path(path).stat()
    return (path, st.st_mtime_ns, st.st_size)


def _read(path: str, rows: tuple[int, int], cols: tuple[int, int]) -> _Source:
    """The source's posts over ``rows`` × ``cols`` (or all of it when small), cached."""
    import rasterio
    from rasterio.windows import Window

    width, height, _, _ = _meta(path)
    if width * height <= _WHOLE_FILE_MAX:
        r0, r1, c0, c1 = 0, height, 0, width
    else:
        r0, r1 = max(rows[0] - 2, 0), min(rows[1] + 3, height)
        c0, c1 = max(cols[0] - 2, 0), min(cols[1] + 3, width)
    key = (_stamp(path), r0, r1, c0, c1)
    hit = _CACHE.get(key)
    if hit is not None:
        _CACHE.move_to_end(key)
        return hit
    with rasterio.open(path) as src:
        z = src.read(1, window=Window(c0, r0, max(c1 - c0, 0), max(r1 - r0, 0)),
                     masked=True).astype(np.float32).filled(np.nan)
    out = _Source(z, r0, c0)
    _CACHE[key] = out
    while len(_CACHE) > 4:
        _CACHE.popitem(last=False)
    return out


_META: dict = {}


def _meta(path: str):
    key = _stamp(path)
    hit = _META.get(key)
    if hit is None:
        hit = _META[key] = _open(path)
    return hit


def _terms(u: np.ndarray, v: np.ndarray, cubic: bool) -> np.ndarray:
    cols = [np.ones_like(u), u, v, u * u, u * v, v * v]
    if cubic:
        cols += [u ** 3, u * u * v, u * v * v, v ** 3]
    return np.stack(cols, axis=1)


def _evaluate(c: np.ndarray, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The fitted polynomial at (u, v), in Horner form (few temporaries: millions of points)."""
    if len(c) == 6:  # c0 + u (c1 + c3 u + c4 v) + v (c2 + c5 v)
        return c[0] + u * (c[1] + c[3] * u + c[4] * v) + v * (c[2] + c[5] * v)
    return (c[0] + v * (c[2] + v * (c[5] + v * c[9]))
            + u * (c[1] + v * (c[4] + v * c[8]) + u * (c[3] + v * c[7] + u * c[6])))


def _to_source(grid_crs: str, src_crs: str, x: np.ndarray, y: np.ndarray,
               tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """(x, y) in the grid's CRS to the source's CRS: a quadratic (else cubic) fit of pyproj
    over the points' extent on 7 × 7 control points, or pyproj itself for every point when
    neither fit is within ``tolerance`` (source units). Over a 15 km disc in UTM the quadratic
    is within 3 cm; pyproj on a million points would cost more than the whole raster."""
    from pyproj import CRS, Transformer

    if CRS.from_user_input(grid_crs) == CRS.from_user_input(src_crs):
        return x, y
    tr = Transformer.from_crs(grid_crs, src_crs, always_xy=True)
    x_lo, x_hi, y_lo, y_hi = x.min(), x.max(), y.min(), y.max()
    cx, cy = 0.5 * (x_lo + x_hi), 0.5 * (y_lo + y_hi)
    sx, sy = max(0.5 * (x_hi - x_lo), 1.0), max(0.5 * (y_hi - y_lo), 1.0)
    gu, gv = np.meshgrid(np.linspace(-1, 1, 7), np.linspace(-1, 1, 7))
    gu, gv = gu.ravel(), gv.ravel()
    lx, ly = tr.transform(cx + gu * sx, cy + gv * sy)
    for cubic in (False, True):
        a = _terms(gu, gv, cubic)
        coef_x = np.linalg.lstsq(a, lx, rcond=None)[0]
        coef_y = np.linalg.lstsq(a, ly, rcond=None)[0]
        if max(np.abs(a @ coef_x - lx).max(), np.abs(a @ coef_y - ly).max()) <= tolerance:
            u, v = (x - cx) / sx, (y - cy) / sy
            return _evaluate(coef_x, u, v), _evaluate(coef_y, u, v)
    return tr.transform(x, y)


def _grid_posts(filled: np.ndarray, grid, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """The grid's own pixel holding each point (clipped to the grid)."""
    c_off, r_off = getattr(grid, "col_off", 0), getattr(grid, "row_off", 0)
    col = np.floor((x - grid.x0) / grid.res).astype(np.int64) - c_off
    row = np.floor((grid.y0 - y) / grid.res).astype(np.int64) - r_off
    col = np.clip(col, 0, filled.shape[1] - 1)
    row = np.clip(row, 0, filled.shape[0] - 1)
    return filled[row, col]


def heights(grid, x, y, filled: np.ndarray, bilinear) -> np.ndarray:
    """Heights (float32, the shape of ``x``) of the source DEM's post nearest each metric
    (x, y) of ``grid``. ``filled``: the grid's heights with no holes; ``bilinear(x, y)``: the
    interpolated heights, used where the source has no value or does not reach."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    source = getattr(grid, "source", None)
    if source is None or not Path(source).exists():
        return _grid_posts(filled, grid, x, y).astype(np.float32)
    flat_x, flat_y = x.ravel(), y.ravel()
    if flat_x.size == 0:
        return np.empty(x.shape, np.float32)
    width, height, transform, crs = _meta(str(source))
    sx, sy = _to_source(grid.crs, crs, flat_x, flat_y, 0.01 * abs(transform.a))
    inv = ~transform
    col = np.floor(inv.a * sx + inv.b * sy + inv.c).astype(np.int64)
    row = np.floor(inv.d * sx + inv.e * sy + inv.f).astype(np.int64)
    ok = (row >= 0) & (row < height) & (col >= 0) & (col < width)
    out = np.full(flat_x.shape, np.nan, np.float32)
    if ok.any():
        src = _read(str(source), (int(row[ok].min()), int(row[ok].max())),
                    (int(col[ok].min()), int(col[ok].max())))
        r, c = row[ok] - src.row0, col[ok] - src.col0
        inside = (r >= 0) & (r < src.z.shape[0]) & (c >= 0) & (c < src.z.shape[1])
        vals = np.full(r.shape, np.nan, np.float32)
        vals[inside] = src.z[r[inside], c[inside]]
        out[ok] = vals
    bad = ~np.isfinite(out)
    if bad.any():
        out[bad] = np.asarray(bilinear(flat_x[bad], flat_y[bad]), dtype=np.float32)
    return out.reshape(x.shape)
