"""Opening a data folder: every layer read, checked and reprojected, or nothing at all."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.io import dem, settings
from coverage_planner.core.io.checks import first, row_of
from coverage_planner.core.io.clutter import validate_clutter
from coverage_planner.core.io.crs import study_area, to_wgs84
from coverage_planner.core.io.geometry import check_present, prepare_geometry, repair
from coverage_planner.core.io.layers import Context, normalise
from coverage_planner.core.io.measurements import read_measurements
from coverage_planner.core.io.raw import RawLayer
from coverage_planner.core.io.readers import (
    EXTENSIONS,
    extension,
    layer_files,
    read_raw,
    unsupported_error,
)
from coverage_planner.core.io.safety import guarded
from coverage_planner.core.project.model import LAYERS, LoadReport, Project
from coverage_planner.core.project.profile import CoverageProfile

#: our layer -> file stems accepted for it, preferred first
STEMS = {"villages": ("villages",), "cells": ("sites", "cells"), "households": ("households",),
         "wifi": ("wifi",), "communes": ("communes",), "districts": ("districts",),
         "roads": ("roads",)}
REQUIRED = ("villages", "cells")


def load_folder(path: str | Path, profile_path: str | Path | None = None) -> Project:
    """Open a data folder as a new :class:`Project`.

    Parameters
    ----------
    path : the folder holding ``villages.*``, ``sites.*`` and the optional layers
    profile_path : a coverage profile JSON; default the folder's ``profile.json`` if present

    Raises
    ------
    DataError
        naming the file, the row or column and the fix, for the first problem found. Nothing is
        half-loaded: a Project is returned only when every layer passed. Never another
        exception: one no check anticipated becomes a DataError naming the file (:mod:`.safety`).
    """
    root = Path(path)
    if not root.is_dir():
        raise DataError(root, Text("this is not a folder", "đây không phải là thư mục"),
                        Text("open the folder that holds villages.* and sites.*",
                             "mở thư mục chứa villages.* và sites.*"))
    with guarded(root):
        return _load_folder(root, profile_path)


def _load_folder(root: Path, profile_path) -> Project:
    ctx = Context(LoadReport())
    villages = _load(root, "villages", ctx)
    with guarded(ctx.report.sources.get("villages", root)):
        ctx.villages, ctx.area = villages, study_area(villages)
    layers = {"villages": villages, "cells": _load(root, "cells", ctx)}
    for name in ("households", "wifi", "communes", "districts", "roads"):
        layers[name] = _load(root, name, ctx)
    layers["fiber_cables"], layers["fiber_access_points"] = _load_fiber(root, ctx)
    dem_files = dem.find_dem_files(root)
    with guarded(dem_files[0] if dem_files else root):
        dem_path = dem.load_dem(root, ctx.report, bounds=villages.total_bounds,
                                villages=villages)
    measurements = _load_measurements(root, ctx.report)
    clutter_path = _find_clutter(root)
    if profile_path is None and (root / "profile.json").is_file():
        profile_path = root / "profile.json"
    with guarded(profile_path):
        profile = settings.load_profile(profile_path) if profile_path else CoverageProfile()
    return Project(root=root, dem_path=dem_path, profile=profile,
                   provenance=_provenance(root), report=ctx.report,
                   measurements=measurements, clutter_path=clutter_path, **layers)


#: drive-test files, preferred first (``measurements.csv`` or G-NetTrack's ``.txt``)
MEASUREMENT_EXTENSIONS = (".csv", ".txt")
CLUTTER_NAMES = ("clutter.tif", "clutter.tiff")


def _load_measurements(root: Path, report: LoadReport):
    """``measurements.csv``/``.txt`` read by :func:`.measurements.read_measurements` (a few bad
    rows dropped with a warning, see there), or None when the folder has none."""
    files = [p for p in layer_files(root, "measurements")
             if extension(p) in MEASUREMENT_EXTENSIONS]
    if not files:
        return None
    files.sort(key=lambda p: MEASUREMENT_EXTENSIONS.index(extension(p)))
    if len(files) > 1:
        others = ", ".join(p.name for p in files[1:])
        report.warnings.append(Text(f"{files[0].name} used; {others} ignored",
                                    f"dùng {files[0].name}; bỏ qua {others}"))
    return read_measurements(files[0], report=report)


def _find_clutter(root: Path) -> Path | None:
    """``clutter.tif`` checked (CRS, class codes 0–7), or None."""
    for p in sorted(root.iterdir()):
        if p.is_file() and p.name.lower() in CLUTTER_NAMES:
            with guarded(p):
                return validate_clutter(p)
    return None


def locate(root: Path, layer: str, stems: tuple, report: LoadReport) -> Path | None:
    """The file for ``layer``; refuse a required layer that is missing or unsupported."""
    for stem in stems:
        files = layer_files(root, stem)
        supported = [p for p in files if extension(p) in EXTENSIONS]
        if supported:
            if len(supported) > 1:
                others = ", ".join(p.name for p in supported[1:])
                report.warnings.append(Text(f"{supported[0].name} used; {others} ignored",
                                            f"dùng {supported[0].name}; bỏ qua {others}"))
            return supported[0]
        if files:
            raise unsupported_error(files[0])
    if layer in REQUIRED:
        names = " / ".join(f"{s}.*" for s in stems)
        raise DataError(
            root,
            Text(f"the folder has no {layer} file ({names})",
                 f"thư mục không có tệp {layer} ({names})"),
            Text(f"add the {layer} layer as {stems[0]}.gpkg, .geojson, .shp, .zip, .kml or .csv",
                 f"thêm lớp {layer} dưới dạng {stems[0]}.gpkg, .geojson, .shp, .zip, .kml "
                 "hoặc .csv"),
        )
    return None


def _load(root: Path, layer: str, ctx: Context) -> gpd.GeoDataFrame | None:
    path = locate(root, layer, STEMS[layer], ctx.report)
    if path is None:
        return None
    with guarded(path):
        raw = read_raw(path, kind=layer)
        if not _has_features(raw, layer, ctx.report):
            return None
        return normalise(raw, layer, ctx)


def _has_features(raw: RawLayer, layer: str, report: LoadReport, required: bool = False) -> bool:
    """Refuse an empty required layer; an empty optional one is skipped with a warning."""
    if not raw.gdf.empty:
        return True
    if required or layer in REQUIRED:
        raise DataError(raw.path, Text(f"the {layer} layer has no features",
                                       f"lớp {layer} không có đối tượng nào"),
                        Text("export the layer again with its features",
                             "xuất lại lớp cùng các đối tượng"))
    report.warnings.append(Text(f"{raw.path.name}: no features, the layer is left out",
                                f"{raw.path.name}: không có đối tượng, bỏ qua lớp này"))
    return False


def _load_fiber(root: Path, ctx: Context):
    """Cables and access points: ``fiber_cables.*`` + ``fiber_access_points.*``, or ``fiber.*``."""
    split = {name: locate(root, name, (name,), ctx.report)
             for name in ("fiber_cables", "fiber_access_points")}
    combined = locate(root, "fiber", ("fiber",), ctx.report)
    if any(split.values()):
        if combined is not None:
            ctx.report.warnings.append(Text(f"{combined.name} ignored: the separate fiber files "
                                            "are used", f"bỏ qua {combined.name}: dùng các tệp "
                                            "cáp quang riêng"))
        out = []
        for name, path in split.items():
            with guarded(path):
                raw = read_raw(path, kind=name) if path is not None else None
                ok = raw is not None and _has_features(raw, name, ctx.report)
                out.append(normalise(raw, name, ctx) if ok else None)
        return tuple(out)
    if combined is None:
        return None, None
    with guarded(combined):
        raw = read_raw(combined, kind="fiber", all_layers=True)
        if not _has_features(raw, "fiber", ctx.report):
            return None, None
        cables, points = split_fiber(raw)
        return (normalise(cables, "fiber_cables", ctx) if cables is not None else None,
                normalise(points, "fiber_access_points", ctx) if points is not None else None)


def split_fiber(raw: RawLayer) -> tuple[RawLayer | None, RawLayer | None]:
    """Lines (cables) and points (access points) of one fiber file; refuse anything else."""
    gdf = raw.gdf
    check_present(gdf, raw.path)
    types = shapely.get_type_id(gdf.geometry.array)
    lines, points = np.isin(types, [1, 2, 5]), np.isin(types, [0, 4])
    bad = first(pd.Series(~(lines | points), index=gdf.index))
    if bad is not None:
        kind = gdf.geometry[bad].geom_type
        raise DataError(raw.path,
                        Text(f"this feature is a {kind}; a fiber file holds lines (cables) and "
                             "points (access points)", f"đối tượng này là {kind}; tệp cáp quang "
                             "chỉ chứa đường (tuyến cáp) và điểm (điểm truy nhập)"),
                        Text("remove it or move it to another file",
                             "xóa hoặc chuyển nó sang tệp khác"), row=row_of(bad))
    # in a combined file each kind leaves the other's columns empty: drop those
    parts = [gdf[mask].dropna(axis=1, how="all") if mask.any() else None
             for mask in (lines, points)]
    return (replace(raw, gdf=parts[0]) if parts[0] is not None else None,
            replace(raw, gdf=parts[1], notes=[]) if parts[1] is not None else None)


def _provenance(root: Path) -> dict:
    path = root / "dataset.json"
    if not path.is_file():
        return {}
    return settings.read_json(path, Text("data set description", "mô tả bộ dữ liệu"),
                              '{"layers": {"villages": {"origin": "synthetic"}}}')


#: our layer names, plus "sites" for "cells", accepted as the ``layer`` of :func:`read_layer`
KINDS = {*LAYERS, "sites"} - {"measurements"}


def read_layer(path: str | Path, layer: str | None = None, *,
               report: LoadReport | None = None) -> gpd.GeoDataFrame:
    """Read one file as an EPSG:4326 GeoDataFrame.

    Parameters
    ----------
    path : the file (any supported format)
    layer : one of our layer names ("villages", "cells"/"sites", "households", "fiber_cables",
        "fiber_access_points", "wifi", "communes", "districts", "roads") to map and check the
        columns as :func:`load_folder` does (without the study-area check); or the name of a
        layer inside the file (a GeoPackage table, a KML folder) to read it as it is; or None
        for the file's only (or first) layer, read as it is.
    report : filled with what was mapped, repaired and reprojected, if given

    Raises
    ------
    DataError
        never another exception (see :func:`load_folder`)
    """
    with guarded(path):
        return _read_layer(path, layer, report)


def _read_layer(path, layer, report) -> gpd.GeoDataFrame:
    report = report if report is not None else LoadReport()
    if layer in KINDS:
        kind = "cells" if layer == "sites" else layer
        fiber = kind in ("fiber_cables", "fiber_access_points")
        raw = read_raw(path, kind=kind, all_layers=fiber)
        _has_features(raw, kind, report, required=True)
        if fiber:
            cables, points = split_fiber(raw)
            raw = cables if kind == "fiber_cables" else points
            if raw is None:
                return gpd.GeoDataFrame(geometry=[], crs="EPSG:4326")
        return normalise(raw, kind, Context(report))
    raw = read_raw(path, layer)
    _has_features(raw, raw.path.stem, report, required=True)
    report.warnings.extend(raw.notes)
    gdf = prepare_geometry(raw.gdf, raw.path, None, raw.path.name)
    gdf = to_wgs84(gdf, raw.path, report.warnings, assume_wgs84=raw.assume_wgs84,
                   xy_columns=raw.xy_columns)
    gdf, repaired = repair(gdf, raw.path, "any")
    if repaired:
        report.repaired_geometries[raw.path.name] = repaired
    return gdf.reset_index(drop=True)
