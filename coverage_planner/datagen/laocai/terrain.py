"""A synthetic terrain for Lào Cai, anchored to real landmarks. NOT measured elevation.

The surface is the sum of
1. a smooth regional field through control points: the real landmarks (peaks, towns, river
   points; ``gis_data/sources/landmarks``) and the synthetic structural points below (the
   Hoàng Liên Sơn range, the Con Voi range, the north-eastern plateaus);
2. river valleys carved along the Red River and the Chảy River, their beds falling from the
   landmark river points;
3. fractal (spectral) noise whose amplitude grows with altitude, so mountains are rough and
   valleys smooth;
4. local corrections that bring each landmark pixel to its listed elevation.

The grid is geographic (EPSG:4326) at 3 arc-seconds, like an SRTM 3″ tile, stored as int16.
"""

from __future__ import annotations

import numpy as np
from scipy.interpolate import RBFInterpolator
from scipy.ndimage import gaussian_filter

from coverage_planner.datagen.laocai.sources import load_landmarks

RES_DEG = 1.0 / 1200.0  # 3 arc-seconds
WEST, EAST, SOUTH, NORTH = 103.50, 104.66, 21.85, 22.87
M_PER_DEG_LAT = 110_700.0
M_PER_DEG_LON = 111_320.0 * np.cos(np.radians(22.35))

#: synthetic structural control points (lat, lon, elevation m) — shape only, not measurements
STRUCTURE = [
    # Hoàng Liên Sơn: the crest from Lảo Thẩn south-east to Văn Bàn
    (22.56, 103.67, 2500), (22.47, 103.73, 2300), (22.35, 103.76, 2700),
    (22.24, 103.82, 2600), (22.15, 103.90, 2300), (22.05, 103.99, 2000), (21.95, 104.06, 1700),
    # west of the crest, towards Lai Châu
    (22.40, 103.62, 1700), (22.20, 103.70, 1800), (22.05, 103.80, 1500),
    # Bát Xát uplands between the crest and the Red River
    (22.66, 103.72, 1300), (22.58, 103.80, 900),
    # Văn Bàn: the Nậm Chăn valley and the southern hills
    (22.05, 104.15, 400), (21.93, 104.25, 1100), (21.90, 104.45, 900), (22.00, 104.35, 500),
    # Con Voi range between the rivers, Bảo Thắng–Bảo Yên hills
    (22.40, 104.10, 600), (22.30, 104.30, 900), (22.20, 104.40, 800), (22.42, 104.02, 350),
    # north-eastern plateaus: Mường Khương, Si Ma Cai, Bắc Hà
    (22.70, 104.05, 700), (22.62, 104.14, 1000), (22.80, 104.22, 1300), (22.62, 104.35, 1300),
    (22.45, 104.40, 900), (22.35, 104.50, 700), (22.52, 104.20, 900),
    # Bảo Yên: hills on both sides of the Chảy River
    (22.12, 104.60, 450), (21.95, 104.60, 600), (22.20, 104.52, 450), (22.30, 104.58, 650),
    (22.10, 104.40, 500), (22.20, 104.30, 600),
    # beyond the border north of Bát Xát and Lào Cai city (China): uplands
    (22.68, 103.95, 900), (22.75, 103.85, 1000),
    # frame beyond the province, to keep the interpolation tame at the edges
    (22.87, 103.50, 1500), (22.87, 104.66, 1200), (21.85, 103.50, 1500), (21.85, 104.66, 500),
    (22.87, 104.00, 700), (21.85, 104.10, 1200), (22.30, 103.50, 1600), (22.40, 104.66, 700),
]

#: river courses (lat, lon); bed elevations are interpolated from the landmark river points
RED_RIVER = [
    (22.760, 103.570), (22.700, 103.680), (22.640, 103.770), (22.560, 103.870),
    (22.506, 103.958), (22.470, 103.985), (22.400, 104.060), (22.318, 104.187),
    (22.250, 104.260), (22.175, 104.344), (22.120, 104.430), (22.080, 104.490), (22.000, 104.600),
]
RED_RIVER_BED = [120, 110, 100, 90, 76, 75, 80, 85, 78, 70, 65, 60, 55]
CHAY_RIVER = [
    (22.800, 104.330), (22.700, 104.300), (22.600, 104.260), (22.470, 104.220),
    (22.380, 104.300), (22.300, 104.400), (22.235, 104.472), (22.150, 104.560), (22.080, 104.640),
]
CHAY_RIVER_BED = [700, 550, 420, 300, 230, 170, 110, 90, 75]
#: smaller valleys: Nậm Chăn (Văn Bàn), Mường Hoa (Sa Pa), Nậm Thi (Lào Cai city)
SMALL_RIVERS = [
    ([(22.200, 103.980), (22.120, 104.100), (22.088, 104.254), (22.120, 104.380)], [600, 300, 140, 90]),
    ([(22.320, 103.860), (22.270, 103.900), (22.220, 103.980), (22.150, 104.050)], [1300, 900, 600, 400]),
    ([(22.600, 104.000), (22.540, 103.980), (22.490, 103.972)], [300, 150, 80]),
]


def grid_shape() -> tuple[int, int]:
    return round((NORTH - SOUTH) / RES_DEG), round((EAST - WEST) / RES_DEG)


def _lonlat_grid():
    rows, cols = grid_shape()
    lon = WEST + (np.arange(cols) + 0.5) * RES_DEG
    lat = NORTH - (np.arange(rows) + 0.5) * RES_DEG
    return np.meshgrid(lon, lat)


def _to_m(lon, lat):
    return (np.asarray(lon) - WEST) * M_PER_DEG_LON, (np.asarray(lat) - SOUTH) * M_PER_DEG_LAT


def _distance_to_river(xm, ym, course, beds, step_m=200.0):
    """Distance (m) from every pixel to the river and the bed elevation of the nearest point."""
    from scipy.spatial import cKDTree

    pts, elev = [], []
    for (la0, lo0), (la1, lo1), z0, z1 in zip(course[:-1], course[1:], beds[:-1], beds[1:]):
        x0, y0 = _to_m(lo0, la0)
        x1, y1 = _to_m(lo1, la1)
        n = max(2, int(np.hypot(x1 - x0, y1 - y0) / step_m))
        t = np.linspace(0.0, 1.0, n, endpoint=False)
        pts.append(np.column_stack([x0 + t * (x1 - x0), y0 + t * (y1 - y0)]))
        elev.append(z0 + t * (z1 - z0))
    pts, elev = np.vstack(pts), np.concatenate(elev)
    dist, idx = cKDTree(pts).query(np.column_stack([xm.ravel(), ym.ravel()]))
    return dist.reshape(xm.shape), elev[idx].reshape(xm.shape)


def _fractal_noise(shape, rng, beta=3.3):
    """Zero-mean, unit-std noise with a power spectrum ~ k^-beta (natural-looking relief)."""
    rows, cols = shape
    ky = np.fft.fftfreq(rows)[:, None]
    kx = np.fft.rfftfreq(cols)[None, :]
    k = np.hypot(kx, ky)
    k[0, 0] = 1.0
    amplitude = k ** (-beta / 2.0)
    amplitude[0, 0] = 0.0
    phase = rng.uniform(0.0, 2.0 * np.pi, size=amplitude.shape)
    spectrum = amplitude * np.exp(1j * phase)
    noise = np.fft.irfft2(spectrum, s=shape)
    return (noise - noise.mean()) / noise.std()


def build_dem(seed: int = 20230401) -> tuple[np.ndarray, tuple[float, float, float]]:
    """The synthetic DEM (int16 metres) and its (west, north, resolution) in EPSG:4326."""
    rng = np.random.default_rng(seed)
    lon, lat = _lonlat_grid()
    xm, ym = _to_m(lon, lat)

    marks = load_landmarks()
    ctrl = [(r.lat, r.lon, r.elevation_m) for r in marks.itertuples()] + STRUCTURE
    c_lat, c_lon, c_z = (np.array(v, dtype=float) for v in zip(*ctrl))
    cx, cy = _to_m(c_lon, c_lat)
    # interpolate on a coarse grid (every 8th pixel) and smooth up: the regional field is smooth
    coarse = (slice(None, None, 8), slice(None, None, 8))
    rbf = RBFInterpolator(np.column_stack([cx, cy]) / 1000.0, c_z, kernel="thin_plate_spline",
                          smoothing=2.0)
    zc = rbf(np.column_stack([xm[coarse].ravel(), ym[coarse].ravel()]) / 1000.0)
    zc = zc.reshape(xm[coarse].shape)
    base = np.kron(zc, np.ones((8, 8)))[: xm.shape[0], : xm.shape[1]]
    base = gaussian_filter(np.clip(base, 60.0, 3000.0), sigma=4)

    # relief: rough in the mountains, calm in the valleys
    rough = _fractal_noise(xm.shape, rng, beta=4.0)
    ridges = 1.0 - np.abs(_fractal_noise(xm.shape, rng, beta=3.6))
    fine = _fractal_noise(xm.shape, rng, beta=3.0)
    mix = 0.8 * rough + 1.2 * (ridges - ridges.mean()) + 0.15 * fine
    # hills stand above the regional surface (softplus), so lowlands are not flattened by the clip
    relief = np.logaddexp(0.0, 1.5 * mix) / 1.5 * (140.0 + 0.25 * base)
    z = base - 60.0 + relief

    # valleys: a bed that falls along the river and sides rising about 120 m per km
    for course, beds, width in (
        (RED_RIVER, RED_RIVER_BED, 1800.0),
        (CHAY_RIVER, CHAY_RIVER_BED, 1200.0),
        *((c, b, 900.0) for c, b in SMALL_RIVERS),
    ):
        dist, bed = _distance_to_river(xm, ym, course, beds)
        # valley sides keep the hills' texture, fading to a flat floor at the river
        floor = np.clip(dist / width, 0.0, 1.0)
        side = bed + 0.15 * np.maximum(dist - 0.2 * width, 0.0) + 0.6 * relief * floor
        blend = np.clip(dist / (4.0 * width), 0.0, 1.0) ** 2
        carved = side * (1.0 - blend) + z * blend
        # lower the ground only, smoothing the cut so no crease shows where the sides meet the hills
        z = z + gaussian_filter(np.minimum(carved - z, 0.0), sigma=2.0)

    # bring each landmark's pixel to its listed elevation with a local bump
    m_x, m_y = _to_m(marks["lon"].to_numpy(), marks["lat"].to_numpy())
    rows, cols = xm.shape
    ri = np.clip(((NORTH - marks["lat"].to_numpy()) / RES_DEG).astype(int), 0, rows - 1)
    ci = np.clip(((marks["lon"].to_numpy() - WEST) / RES_DEG).astype(int), 0, cols - 1)
    for _ in range(4):
        resid = marks["elevation_m"].to_numpy() - z[ri, ci]
        for dx, dy, r in zip(m_x, m_y, resid):
            z += r * np.exp(-((xm - dx) ** 2 + (ym - dy) ** 2) / (2.0 * 1500.0**2))
    z = np.clip(z, 40.0, 3143.0)
    return np.round(z).astype(np.int16), (WEST, NORTH, RES_DEG)
