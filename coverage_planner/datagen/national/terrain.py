"""Synthetic terrain: fractal value noise, and the tiled GeoTIFF it is written to strip by strip."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from coverage_planner.datagen.national.country import CRS

#: (wavelength m, amplitude m): a fractal sum, long hills to small valleys
OCTAVES = ((160_000, 900.0), (80_000, 600.0), (40_000, 420.0), (20_000, 260.0),
           (10_000, 140.0), (5_000, 70.0), (2_500, 35.0))


class Terrain:
    """Value-noise terrain over a (height, width) pixel grid, computed strip by strip.

    Each octave is a random lattice (one value per ``wavelength``), drawn once from the seed and
    interpolated with a smoothstep: any strip of rows comes out the same whether the DEM is made
    in one piece or in many.
    """

    def __init__(self, shape: tuple[int, int], res: float, seed: int):
        self.shape, self.res = shape, res
        self.lattices = []
        for k, (wave, amp) in enumerate(OCTAVES):
            cell = wave / res  # lattice spacing in pixels
            ny = int(shape[0] / cell) + 3
            nx = int(shape[1] / cell) + 3
            rng = np.random.default_rng([seed, 7, k])
            self.lattices.append((cell, amp, rng.uniform(-1.0, 1.0, (ny, nx)).astype(np.float32)))
        # a slow "mountain mask" so that there are plains and ranges, not uniform hills
        rng = np.random.default_rng([seed, 7, 99])
        cell = 250_000 / res
        self.mask = (cell, rng.uniform(0.0, 1.0, (int(shape[0] / cell) + 3,
                                                 int(shape[1] / cell) + 3)).astype(np.float32))

    @staticmethod
    def _interp(lattice: np.ndarray, cell: float, rows: np.ndarray, cols: np.ndarray):
        fy, fx = rows / cell, cols / cell
        iy, ix = fy.astype(np.int64), fx.astype(np.int64)
        ty, tx = fy - iy, fx - ix
        ty, tx = ty * ty * (3 - 2 * ty), tx * tx * (3 - 2 * tx)  # smoothstep: no creases
        a = lattice[iy] * (1 - ty)[:, None] + lattice[iy + 1] * ty[:, None]
        return (a[:, ix] * (1 - tx)[None, :] + a[:, ix + 1] * tx[None, :]).astype(np.float32)

    def strip(self, r0: int, r1: int) -> np.ndarray:
        """Elevation (m, float32) of rows r0..r1-1."""
        rows = np.arange(r0, r1, dtype=np.float64) + 0.5
        cols = np.arange(self.shape[1], dtype=np.float64) + 0.5
        h = np.zeros((r1 - r0, self.shape[1]), np.float32)
        for cell, amp, lattice in self.lattices:
            h += amp * self._interp(lattice, cell, rows, cols)
        cell, lattice = self.mask
        mountains = np.clip(self._interp(lattice, cell, rows, cols) * 2.2 - 0.8, 0.0, 1.0)
        # plains: gentle, low; ranges: the full relief, lifted
        z = 20.0 + 0.15 * np.abs(h) + mountains * (np.maximum(h, -300.0) + 900.0)
        return np.clip(z, 0.0, 3100.0)


def write_dem(path: Path, terrain: Terrain, x0: float, y0: float, strip_rows: int = 1024,
              coarse: int = 8) -> np.ndarray:
    """Write the terrain as a tiled int16 GeoTIFF, strip by strip; return a coarse copy
    (every ``coarse``-th pixel) for placing villages."""
    import rasterio
    from affine import Affine
    from rasterio.windows import Window

    h, w = terrain.shape
    profile = {"driver": "GTiff", "dtype": "int16", "count": 1, "crs": CRS, "width": w,
               "height": h, "transform": Affine(terrain.res, 0.0, x0, 0.0, -terrain.res, y0),
               "nodata": -32768, "compress": "deflate", "predictor": 2, "tiled": True,
               "blockxsize": 256, "blockysize": 256, "BIGTIFF": "IF_SAFER"}
    small = []
    with rasterio.open(path, "w", **profile) as dst:
        for r0 in range(0, h, strip_rows):
            r1 = min(h, r0 + strip_rows)
            z = np.rint(terrain.strip(r0, r1)).astype(np.int16)
            dst.write(z, 1, window=Window(0, r0, w, r1 - r0))
            first = (-r0) % coarse
            small.append(z[first::coarse, ::coarse])
        dst.update_tags(DESCRIPTION="synthetic fractal terrain (value noise), not measured",
                        ORIGIN="synthetic", UNITS="metre")
        dst.set_band_description(1, "elevation (synthetic)")
    return np.vstack(small)
