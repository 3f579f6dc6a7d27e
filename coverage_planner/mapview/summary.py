"""Counts of a project's layers, for the status bar, the layers dock and the About box."""

from __future__ import annotations

from dataclasses import dataclass

from coverage_planner.core.common.geo import metric_crs_for
from coverage_planner.core.project.model import Project
from coverage_planner.mapview.provenance import origin_of


@dataclass(frozen=True)
class LayerInfo:
    name: str  # the model's layer name
    count: int  # features (sites for "cells" are counted separately in ProjectSummary)
    origin: str | None  # "real", "synthetic" or None (unknown)


@dataclass(frozen=True)
class ProjectSummary:
    villages: int
    households: int
    sites: int
    cells: int
    fiber_km: float
    fiber_access_points: int
    wifi: int
    layers: tuple[LayerInfo, ...]


def _len(gdf) -> int:
    return 0 if gdf is None else len(gdf)


def fiber_length_km(project: Project) -> float:
    """Total cable length, measured in a metric CRS (never in degrees)."""
    cables = project.fiber_cables
    if cables is None or cables.empty:
        return 0.0
    if cables.crs is None:
        cables = cables.set_crs(4326)
    return float(cables.to_crs(metric_crs_for(cables)).length.sum()) / 1000.0


def summarize(project: Project) -> ProjectSummary:
    from coverage_planner.core.project.model import LAYERS

    villages = project.villages
    households = 0
    if villages is not None and "households" in villages.columns:
        households = int(villages["households"].fillna(0).sum())
    cells = project.cells
    sites = 0
    if cells is not None and not cells.empty:
        sites = cells["site_id"].nunique() if "site_id" in cells.columns else len(cells)
    layers = []
    for name in LAYERS:
        gdf = project.layer(name)
        if gdf is not None:
            layers.append(LayerInfo(name, len(gdf), origin_of(project.provenance, name)))
    if project.dem_path is not None:
        layers.append(LayerInfo("dem", 1, origin_of(project.provenance, "dem_path")))
    return ProjectSummary(
        villages=_len(villages),
        households=households,
        sites=int(sites),
        cells=_len(cells),
        fiber_km=fiber_length_km(project),
        fiber_access_points=_len(project.fiber_access_points),
        wifi=_len(project.wifi),
        layers=tuple(layers),
    )
