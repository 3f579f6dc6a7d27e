"""The engine's prediction at each measured sample: what a calibration compares with.

For each sample (a row of a drive test: ``lon, lat, value_dbm, kind, operator, technology,
cell_id, time``, as :func:`coverage_planner.core.io.measurements.read_measurements` gives it):

- the server: the cell named by ``cell_id`` when the sample names one that the project has (same
  operator and technology) and that reaches the point, else the best server among the project's
  cells of the sample's operator and technology (the highest level, as the analysis' best
  server, :mod:`coverage_planner.core.analysis.levels`);
- ``predicted_dbm``: that cell's level at the point, from the same engine and the same metric
  grid as the village analysis (points projected to the DEM's grid CRS,
  :func:`coverage_planner.core.engine.coverage.all_point_levels`), in the quantity the
  technology's threshold measures (RxLev, RSCP, RSRP, SS-RSRP: the link budget's RS offset);
- ``distance_m``: the distance from that cell's site to the point, on the grid;
- ``clutter``: the land-cover class at the point, as the engine's grid holds it
  (:func:`coverage_planner.core.project.grid.project_grid`: ``Project.clutter_path`` on the DEM's
  pixels, when the folder has a clutter raster), else "".

The prediction is *raw*: computed with the profile stripped of any calibration (no terms, no
clutter ``extra_db``), so that a new calibration is fitted from the model itself, never on top
of an older one. Samples with no cell of their group within the profile's reach get NaN
(``attrs["no_server"]`` counts them).
"""

from __future__ import annotations

import copy
from dataclasses import replace

import numpy as np
import pandas as pd

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.clutter import CLUTTER_CODES
from coverage_planner.core.engine.coverage import all_point_levels, metric_cells
from coverage_planner.core.engine.terrain import Grid
from coverage_planner.core.project.grid import project_grid

SAMPLE_COLUMNS = ("lon", "lat", "value_dbm", "kind", "operator", "technology", "cell_id")


def raw_profile(profile):
    """``profile`` without calibration: no terms, every clutter class's ``extra_db`` at 0."""
    clutter = copy.deepcopy(profile.clutter or {})
    for row in clutter.values():
        if isinstance(row, dict):
            row["extra_db"] = 0.0
    return replace(profile, calibration={}, clutter=clutter)


def check_samples(samples, path=None) -> pd.DataFrame:
    """The samples as a frame with the columns a calibration needs; DataError if not."""
    if samples is None or len(samples) == 0:
        raise DataError(path, Text("there are no measurements to calibrate against",
                                   "không có số liệu đo để hiệu chỉnh"),
                        Text("put a measurements.csv (drive test: lon, lat, value_dbm, "
                             "operator, technology) in the data folder, or give --measurements",
                             "đặt tệp measurements.csv (đo kiểm: kinh độ, vĩ độ, mức thu, nhà "
                             "mạng, công nghệ) vào thư mục dữ liệu, hoặc dùng --measurements"))
    missing = [c for c in SAMPLE_COLUMNS if c not in samples.columns and c != "cell_id"]
    if missing:
        raise DataError(path, Text(f"the measurements lack the column(s) {', '.join(missing)}",
                                   f"số liệu đo thiếu cột {', '.join(missing)}"),
                        Text(f"give every sample {', '.join(SAMPLE_COLUMNS)}",
                             f"mỗi mẫu đo cần có {', '.join(SAMPLE_COLUMNS)}"),
                        column=missing[0])
    out = pd.DataFrame(samples).reset_index(drop=True).copy()
    if "cell_id" not in out:
        out["cell_id"] = ""
    out["cell_id"] = out["cell_id"].fillna("").astype(str)
    return out


def predict_at_samples(project, profile=None, samples=None, *, grid: Grid | None = None,
                       use_cache: bool = True, progress=None, cancelled=None) -> pd.DataFrame:
    """The samples with ``predicted_dbm``, ``distance_m``, ``server_cell`` and ``clutter``
    (see the module docstring). ``profile`` defaults to the project's, ``samples`` to
    ``project.measurements``."""
    profile = profile if profile is not None else project.profile
    if samples is None:
        samples = getattr(project, "measurements", None)
    out = check_samples(samples)
    if grid is None:
        if project.dem_path is None:
            raise DataError(project.root, Text("calibration needs an elevation model",
                                               "hiệu chỉnh cần mô hình độ cao"),
                            Text("put dem.tif or *.hgt in the data folder",
                                 "đặt dem.tif hoặc *.hgt vào thư mục dữ liệu"))
        grid = project_grid(project)
    xy = _metric_points(out, grid.crs)
    prof = raw_profile(profile)
    cells = _cells_in_reach(metric_cells(project.cells, grid.crs), out, xy,
                            prof.max_radius_m + grid.res)
    per_cell = all_point_levels(grid, cells, xy, prof, use_cache=use_cache,
                                progress=progress, cancelled=cancelled) if len(cells) else []
    server, level = _servers(cells, per_cell, out)
    ok = server >= 0
    dist = np.full(len(out), np.nan)
    cell_id = np.full(len(out), "", dtype=object)
    if ok.any():
        pos = server[ok]
        cx, cy = cells["x"].to_numpy(float)[pos], cells["y"].to_numpy(float)[pos]
        dist[ok] = np.hypot(xy[ok, 0] - cx, xy[ok, 1] - cy)
        cell_id[ok] = cells["cell_id"].astype(str).to_numpy()[pos]
    out["predicted_dbm"] = level
    out["distance_m"] = dist
    out["server_cell"] = cell_id
    out["clutter"] = _clutter(grid, xy)
    out.attrs["no_server"] = int(np.isnan(level).sum())
    return out


def _metric_points(samples: pd.DataFrame, crs: str) -> np.ndarray:
    import geopandas as gpd

    pts = gpd.GeoSeries(gpd.points_from_xy(samples["lon"].astype(float),
                                           samples["lat"].astype(float)),
                        crs="EPSG:4326").to_crs(crs)
    return np.column_stack([pts.x.to_numpy(), pts.y.to_numpy()])


def _cells_in_reach(cells: pd.DataFrame, samples: pd.DataFrame, xy: np.ndarray,
                    reach: float) -> pd.DataFrame:
    """The cells of the samples' (operator, technology) groups whose site is within ``reach``
    of some sample of their group (the others cannot serve any sample)."""
    keep = np.zeros(len(cells), bool)
    for (op, tech), idx in samples.groupby(["operator", "technology"]).indices.items():
        mine = np.flatnonzero((cells["operator"] == op).to_numpy()
                              & (cells["technology"] == tech).to_numpy())
        if not len(mine):
            continue
        pts = xy[idx]
        lo, hi = pts.min(axis=0) - reach, pts.max(axis=0) + reach
        cx, cy = cells["x"].to_numpy()[mine], cells["y"].to_numpy()[mine]
        inside = (cx >= lo[0]) & (cx <= hi[0]) & (cy >= lo[1]) & (cy <= hi[1])
        keep[mine[inside]] = True
    return cells[keep].reset_index(drop=True)


def _servers(cells: pd.DataFrame, per_cell: list,
             samples: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Per sample the position of its server in ``cells`` (-1: none within reach) and the
    server's level there (dBm, NaN: none)."""
    n = len(samples)
    server = np.full(n, -1, np.int64)
    best = np.full(n, np.nan)
    if not len(cells):
        return server, best
    # integer codes (string comparisons over millions of entries are slow)
    nc = len(cells)
    group, _ = pd.factorize(pd.concat([cells["operator"].astype(str) + "|"
                                       + cells["technology"].astype(str),
                                       samples["operator"].astype(str) + "|"
                                       + samples["technology"].astype(str)],
                                      ignore_index=True))
    ids, _ = pd.factorize(pd.concat([cells["cell_id"].astype(str), samples["cell_id"]],
                                    ignore_index=True))
    names_a_cell = samples["cell_id"].to_numpy() != ""
    sample_group = group[nc:]
    # per cell, the points of the cell's own operator and technology where it has a level
    parts = []
    for c, (near, lv) in enumerate(per_cell):
        near = np.asarray(near, dtype=np.int64)
        keep = (sample_group[near] == group[c]) & np.isfinite(lv)
        if keep.any():
            parts.append((np.full(int(keep.sum()), c, np.int64), near[keep],
                          np.asarray(lv, dtype=np.float64)[keep]))
    if not parts:
        return server, best
    cell, point, level = (np.concatenate(p) for p in zip(*parts))
    # the named cell first: a sample naming a cell that reaches it is served by that cell
    is_named = names_a_cell[point] & (ids[:nc][cell] == ids[nc:][point])
    # order: by point, the named cell first, then the highest level, then the lowest position
    order = np.lexsort((cell, -level, ~is_named, point))
    first = np.ones(len(order), bool)
    first[1:] = point[order][1:] != point[order][:-1]
    chosen = order[first]
    server[point[chosen]] = cell[chosen]
    best[point[chosen]] = level[chosen]
    return server, best


def _clutter(grid: Grid, xy: np.ndarray) -> np.ndarray:
    """The clutter class name at each point, as the engine sees it (the grid's clutter codes,
    from ``Project.clutter_path``): "" without a clutter raster, outside it, or code 0."""
    names = np.array(["", *CLUTTER_CODES.values()], dtype=object)
    codes = np.asarray(grid.clutter_at(xy[:, 0], xy[:, 1]), dtype=np.int64)
    return names[np.where((codes >= 0) & (codes < len(names)), codes, 0)]
