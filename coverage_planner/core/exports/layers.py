"""The gap list and the network as GeoDataFrames (EPSG:4326) for the GIS formats."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from coverage_planner.core.exports.nearby import sites_table


def points(table: pd.DataFrame) -> gpd.GeoDataFrame:
    """One point per gap village at its centre; the table's columns as attributes."""
    geometry = gpd.points_from_xy(table["lon"], table["lat"])
    return gpd.GeoDataFrame(table.copy(), geometry=geometry, crs="EPSG:4326")


def polygons(table: pd.DataFrame, project) -> gpd.GeoDataFrame | None:
    """The gap villages' areas (from the villages layer), with the table's columns."""
    v = project.villages
    if v is None or v.empty or not v.geom_type.isin(["Polygon", "MultiPolygon"]).any():
        return None
    geoms = v.set_index(v["village_id"].astype(str)).geometry
    geoms = geoms[~geoms.index.duplicated()]
    shapes = geoms.reindex(table["village_id"].astype(str)).to_numpy()
    return gpd.GeoDataFrame(table.copy(), geometry=list(shapes), crs=v.crs).to_crs("EPSG:4326")


def sites(project) -> gpd.GeoDataFrame:
    return sites_table(project.cells)


def fiber_cables(project) -> gpd.GeoDataFrame | None:
    fc = project.fiber_cables
    if fc is None or fc.empty:
        return None
    keep = [c for c in ("cable_id", "kind", "operator") if c in fc.columns]
    return fc[keep + [fc.geometry.name]].to_crs("EPSG:4326")


def access_points(project) -> gpd.GeoDataFrame | None:
    ap = project.fiber_access_points
    if ap is None or ap.empty:
        return None
    keep = [c for c in ("ap_id", "operator") if c in ap.columns]
    return ap[keep + [ap.geometry.name]].to_crs("EPSG:4326")


def extensions(table: pd.DataFrame, project, job) -> gpd.GeoDataFrame | None:
    """The suggested fiber extensions of a fixed-broadband list (``plan_fiber``'s lines)."""
    if table.attrs.get("gaps") != "fixed" or not len(table):
        return None
    from coverage_planner.core.exports.actions import fiber_plan

    plan = job.options.get("plan")
    if not isinstance(plan, tuple):
        plan = fiber_plan(project, job.result, table["village_id"])
    if plan is None or plan[0].empty:
        return None
    lines = plan[0]
    ids = set(table["village_id"].astype(str))
    lines = lines[lines["village_id"].astype(str).isin(ids)].copy()
    lines["length_km"] = (lines["length_m"] / 1000.0).round(2)
    return lines[["village_id", "length_km", lines.geometry.name]]
