"""Where the embedded data, the vendored resources and the user's cache live."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
GIS_DATA = REPO_ROOT / "gis_data"
RESOURCES = REPO_ROOT / "resources"


def default_data_dir() -> Path:
    """The embedded Lào Cai data folder (``gis_data/laocai``)."""
    return GIS_DATA / "laocai"


def cache_dir() -> Path:
    """The user's cache folder for computed coverage ($COVERAGE_PLANNER_CACHE overrides)."""
    override = os.environ.get("COVERAGE_PLANNER_CACHE")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_cache_dir

        path = Path(user_cache_dir("coverage-planner"))
    path.mkdir(parents=True, exist_ok=True)
    return path
