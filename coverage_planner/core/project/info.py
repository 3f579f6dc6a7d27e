"""What a loaded data folder holds: layers, counts, CRS, provenance (for ``info`` and the GUI)."""

from __future__ import annotations

from coverage_planner.core.common.geo import WGS84
from coverage_planner.core.common.text import Text
from coverage_planner.core.project.model import LAYERS, Project

#: our layer name -> the key it has in a folder's dataset.json
_PROVENANCE_KEY = {"cells": "sites", "fiber_cables": "fiber", "fiber_access_points": "fiber"}


def layer_origin(project: Project, layer: str) -> str:
    """'real', 'synthetic', 'mixed' or 'unknown' (user data without a dataset.json)."""
    layers = (project.provenance or {}).get("layers", {})
    entry = layers.get(_PROVENANCE_KEY.get(layer, layer), {})
    return entry.get("origin", "unknown") if isinstance(entry, dict) else "unknown"


def folder_info(project: Project) -> dict:
    """A plain dict describing the project (JSON-ready)."""
    rows = []
    for name in LAYERS:
        gdf = project.layer(name)
        if gdf is None:
            continue
        source = project.report.sources.get(name)
        rows.append({"layer": name, "count": int(len(gdf)), "origin": layer_origin(project, name),
                     "file": str(source.name if hasattr(source, "name") else source or "")})
    cells = project.cells
    totals = {
        "villages": int(len(project.villages)),
        "households": int(project.villages["households"].sum()),
        "fiber_subscribers": int(project.villages.get("fiber_subscribers", 0).sum()),
        "sites": int(cells["site_id"].nunique()),
        "cells": int(len(cells)),
        "sites_by_operator": {k: int(v) for k, v in
                              cells.drop_duplicates("site_id")["operator"].value_counts()
                              .sort_index().items()},
        "sites_5g": int(cells.loc[cells["technology"] == "5G", "site_id"].nunique()),
    }
    if project.wifi is not None:
        totals["wifi_points"] = int(len(project.wifi))
    info = {"folder": str(project.root), "crs": WGS84, "layers": rows, "totals": totals,
            "dem": _dem_info(project), "profile": project.profile.to_dict(),
            "warnings": [_text(w) for w in project.report.warnings]}
    return info


def _text(w) -> dict | str:
    return {"en": w.en, "vi": w.vi} if isinstance(w, Text) else str(w)


def _dem_info(project: Project) -> dict | None:
    if project.dem_path is None:
        return None
    import rasterio

    with rasterio.open(project.dem_path) as src:
        overview = src.read(1, out_shape=(max(1, src.height // 8), max(1, src.width // 8)),
                            masked=True)
        res = src.res
        unit = "°" if src.crs and src.crs.is_geographic else " m"
        return {"file": project.dem_path.name, "width": src.width, "height": src.height,
                "resolution": f"{res[0] * 3600:.1f}″" if unit == "°" else f"{res[0]:.0f} m",
                "crs": src.crs.to_string() if src.crs else None,
                "min": float(overview.min()), "max": float(overview.max()),
                "origin": layer_origin(project, "dem")}
