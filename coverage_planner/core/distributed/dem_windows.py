"""The DEM, by window: what a task reads of the elevation model, never the whole grid.

On the client, :func:`dem_source` names the metric GeoTIFF workers will read (the folder's own
DEM when it is projected, else the engine's reprojected grid written once into the cache
folder, :func:`write_metric_dem`). On a worker, :func:`window_grid` reads one task's window by
rasterio and wraps it in a :class:`WindowGrid`, which does the pixel arithmetic in the full
grid's frame: every mast's disc holds exactly the pixels (and the floats) it holds on the
whole grid, so the levels come out bit for bit the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from coverage_planner.core.common.atomicfile import replacing
from coverage_planner.core.engine import coverage
from coverage_planner.core.engine.terrain import Grid, file_digest


@dataclass(frozen=True)
class WindowGrid(Grid):
    """Rows ``row_off``… and columns ``col_off``… of a larger grid.

    ``x0`` and ``y0`` are the *full* grid's: pixel indices are worked out exactly as on the full
    grid and then shifted by whole pixels, so a mast's terrain disc read from the window holds
    the very pixels (and floats) it holds on the full grid, as long as the window holds the
    disc. (Only the engine's per-point path is meant to run on it: a raster made on a window
    would carry the window's offsets, not the full grid's.)
    """

    row_off: int = 0
    col_off: int = 0

    def rc(self, x, y) -> tuple[np.ndarray, np.ndarray]:
        row, col = Grid.rc(self, x, y)
        return row - self.row_off, col - self.col_off

    def centre_xy(self, row, col):
        return Grid.centre_xy(self, np.asarray(row) + self.row_off,
                              np.asarray(col) + self.col_off)

    @property
    def transform(self):
        from affine import Affine

        return Affine(self.res, 0.0, self.x0 + self.col_off * self.res,
                      0.0, -self.res, self.y0 - self.row_off * self.res)


@dataclass(frozen=True)
class DemSource:
    """A metric DEM that workers read by window: a raster file on the grid's pixel lattice.

    The geometry (``x0``, ``y0``, ``res``, ``crs``, ``digest``, ``shape``) is the engine's
    :class:`Grid`'s, worked out once on the client; workers only read pixel values.
    """

    path: str
    x0: float
    y0: float
    res: float
    crs: str
    digest: str
    shape: tuple[int, int]
    #: the clutter class codes on the same pixels (a uint8 GeoTIFF in the cache), if any
    clutter_path: str | None = None
    #: the DEM file the metric one was reprojected from (its posts, for the profile's
    #: ``terrain_heights: "dem-posts"``: core.engine.dem_posts), None when it is read in place
    source: str | None = None

    def read_clutter(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray | None:
        if self.clutter_path is None:
            return None
        import rasterio
        from rasterio.windows import Window

        with rasterio.open(self.clutter_path) as src:
            return src.read(1, window=Window(c0, r0, max(0, c1 - c0),
                                             max(0, r1 - r0))).astype(np.int8)

    def read(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        if r1 <= r0 or c1 <= c0:
            return np.empty((max(0, r1 - r0), max(0, c1 - c0)), np.float32)
        import rasterio
        import rasterio.errors
        from rasterio.windows import Window

        try:
            with rasterio.open(self.path) as src:
                # as terrain.load_grid reads the whole file, so the values are the same floats
                return src.read(1, window=Window(c0, r0, c1 - c0, r1 - r0),
                                masked=True).astype(np.float32).filled(np.nan)
        except rasterio.errors.RasterioIOError as exc:
            problem = str(exc)
        # a plain OSError, raised outside the handler (no rasterio error chained to it), is
        # what Dask can send back to the client as it is
        raise OSError(problem)


def window_grid(dem: DemSource | Grid, window: tuple[int, int, int, int]) -> WindowGrid:
    """The window ``(r0, r1, c0, c1)`` of a DEM source or of an in-memory (scattered) grid."""
    r0, r1, c0, c1 = window
    if isinstance(dem, Grid):
        z = np.ascontiguousarray(dem.z[r0:r1, c0:c1])
        clutter = None if dem.clutter is None else np.ascontiguousarray(dem.clutter[r0:r1, c0:c1])
    else:
        z = dem.read(r0, r1, c0, c1)
        clutter = dem.read_clutter(r0, r1, c0, c1)
    return WindowGrid(z, dem.x0, dem.y0, dem.res, dem.crs, dem.digest, clutter=clutter,
                      source=dem.source, row_off=r0, col_off=c0)


def dem_source(dem_path: str | Path, clutter_path: str | Path | None = None) -> DemSource:
    """The metric DEM workers will read for the folder's ``dem_path``.

    A projected DEM is read in place (it is what :func:`terrain.load_grid` uses as it is). A
    geographic one (SRTM, the embedded 3″ GeoTIFF) is reprojected on the client by
    :func:`terrain.load_grid` (cached) and written once as a tiled float32 GeoTIFF into the
    cache folder; on a cluster that folder must then be shared (``COVERAGE_PLANNER_CACHE``).
    """
    import rasterio

    from coverage_planner.core.engine.terrain import load_clutter, load_grid

    path = Path(dem_path).resolve()
    with rasterio.open(path) as src:
        projected = src.crs is not None and src.crs.is_projected
        if projected and clutter_path is None:
            t = src.transform
            return DemSource(str(path), t.c, t.f, abs(t.a), src.crs.to_string(),
                             file_digest(path), (src.height, src.width))
    grid = load_grid(path)
    dem_file = str(path) if projected else str(write_metric_dem(grid))
    if clutter_path is None or not Path(clutter_path).exists():
        return DemSource(dem_file, grid.x0, grid.y0, grid.res, grid.crs, grid.digest, grid.shape,
                         source=grid.source)
    # the clutter on the grid's pixels, as project_grid gives it to a single process (the
    # digest then names both, like Grid.with_clutter)
    with_clutter = grid.with_clutter(load_clutter(clutter_path, grid))
    return DemSource(dem_file, grid.x0, grid.y0, grid.res, grid.crs, with_clutter.digest,
                     grid.shape, str(write_metric_clutter(with_clutter)), source=grid.source)


def write_metric_clutter(grid: Grid) -> Path:
    """The grid's clutter codes as a tiled uint8 GeoTIFF in the cache folder (once per content)."""
    return _write_cached(f"clutter-{grid.digest}", grid, grid.clutter.astype(np.uint8))


def write_metric_dem(grid: Grid) -> Path:
    """The grid as a tiled float32 GeoTIFF in the cache folder (written once per content)."""
    tag = coverage._digest([grid.digest, grid.crs, grid.res, grid.x0, grid.y0, grid.shape])
    return _write_cached(f"metric-{tag}", grid, grid.z.astype(np.float32), nodata=float("nan"),
                         predictor=3, BIGTIFF="IF_SAFER")


def _write_cached(stem: str, grid: Grid, values: np.ndarray, **options) -> Path:
    """``values`` on the grid's pixels as a tiled, compressed GeoTIFF ``<cache>/dem/<stem>.tif``,
    written once (atomically) and then reused; ``options`` go to the GTiff driver."""
    import rasterio
    from affine import Affine

    from coverage_planner.core.common.paths import cache_dir

    path = cache_dir() / "dem" / f"{stem}.tif"
    if path.exists():
        return path
    h, w = grid.shape
    with replacing(path, ".tif", empty=True) as tmp, rasterio.open(
            tmp, "w", driver="GTiff", dtype=values.dtype.name, count=1, width=w, height=h,
            crs=grid.crs, transform=Affine(grid.res, 0.0, grid.x0, 0.0, -grid.res, grid.y0),
            tiled=True, blockxsize=256, blockysize=256, compress="deflate", **options) as dst:
        dst.write(values, 1)
    return path
