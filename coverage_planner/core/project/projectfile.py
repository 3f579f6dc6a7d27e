"""The project file: a GeoPackage holding the scenarios (named sets of what-if edits).

Layout (schema version :data:`SCHEMA_VERSION`):

- table ``cp_project`` (no geometry), rows ``key, value``: ``schema_version``, ``app``,
  ``data_folder`` (the baseline data folder, relative to the project file when possible),
  ``scenarios`` (JSON: ``[{"name": ..., "edits": [...]}, ...]``, the source of truth),
  ``active`` (name of the active scenario), ``saved_at`` (ISO time), ``profile`` (JSON: the
  coverage profile the project uses, when the planner chose one in the window that is not the
  data folder's own ``profile.json``; empty or absent: the folder's);
- layers ``scenario_sites`` (points: the sites each scenario adds), ``scenario_fiber_points``
  and ``scenario_fiber_cables``: the same edits as map layers, for QGIS.

Saves are atomic: the file is written beside the target under a temporary name, flushed and
renamed over it, so a crash never leaves a half-written project. A file of a newer schema is
refused with a message; older ones are migrated on reading.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.project.profile import CoverageProfile

SCHEMA_VERSION = 1
APP = "coverage-planner"


@dataclass
class ProjectFile:
    data_folder: Path
    scenarios: list = field(default_factory=list)  # [{"name": str, "edits": [dict]}]
    active: str = ""
    profile: dict | None = None  # the coverage profile, where it is not the data folder's own


def folder_profile(data_folder: str | Path) -> CoverageProfile:
    """The coverage profile a data folder gives: its ``profile.json``, else the defaults."""
    path = Path(data_folder) / "profile.json"
    return CoverageProfile.load(path) if path.is_file() else CoverageProfile()


def profile_override(profile: CoverageProfile, data_folder: str | Path) -> dict | None:
    """What a project file keeps of ``profile``: all of it when it is not the data folder's own
    (a model, a calibration or a threshold chosen in the window), else None. A folder whose
    ``profile.json`` no longer reads counts as different."""
    try:
        if folder_profile(data_folder) == profile:
            return None
    except DataError:
        pass
    return json.loads(json.dumps(profile.to_dict(), default=str))


def _rows(pf: ProjectFile, path: Path) -> pd.DataFrame:
    try:
        folder = os.path.relpath(pf.data_folder, path.parent)
    except ValueError:  # another drive on Windows
        folder = str(pf.data_folder)
    values = {
        "schema_version": str(SCHEMA_VERSION), "app": APP, "data_folder": folder,
        "scenarios": json.dumps(pf.scenarios, ensure_ascii=False),
        "active": pf.active, "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "profile": json.dumps(pf.profile, ensure_ascii=False) if pf.profile else "",
    }
    return pd.DataFrame({"key": list(values), "value": list(values.values())})


def _layers(pf: ProjectFile) -> dict:
    sites, points, cables = [], [], []
    for sc in pf.scenarios:
        for i, e in enumerate(sc["edits"]):
            if e["kind"] == "add_site":
                s = e["spec"]
                sites.append({"scenario": sc["name"], "edit": i, "site_id": s["site_id"],
                              "operator": s["operator"], "technologies": "+".join(s["technologies"]),
                              "height_m": s["height_m"],
                              "geometry": shapely.Point(s["lon"], s["lat"])})
            elif e["kind"] == "add_fiber":
                row = {"scenario": sc["name"], "edit": i, "ident": e.get("ident", "")}
                if len(e["coords"]) > 1:
                    cables.append({**row, "geometry": shapely.LineString(e["coords"])})
                else:
                    points.append({**row, "geometry": shapely.Point(e["coords"][0])})
    out = {}
    for name, rows in (("scenario_sites", sites), ("scenario_fiber_points", points),
                       ("scenario_fiber_cables", cables)):
        if rows:
            out[name] = gpd.GeoDataFrame(rows, crs="EPSG:4326")
    return out


def save(pf: ProjectFile, path: str | Path) -> Path:
    """Write the project atomically (temporary file, flush, rename)."""
    import pyogrio

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".gpkg", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        pyogrio.write_dataframe(_rows(pf, path), tmp, layer="cp_project", driver="GPKG")
        for name, gdf in _layers(pf).items():
            pyogrio.write_dataframe(gdf, tmp, layer=name, driver="GPKG", append=False)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


def load(path: str | Path) -> ProjectFile:
    """Read a project file; refuse what is not one, or one from a newer version."""
    import pyogrio

    path = Path(path)
    fix = Text("open a project saved by Coverage Planner (File → Save project)",
               "mở một dự án do Coverage Planner lưu (Tệp → Lưu dự án)")
    try:
        table = pyogrio.read_dataframe(path, layer="cp_project")
        values = dict(zip(table["key"], table["value"]))
    except Exception:  # noqa: BLE001 - any reading failure means "not a project file"
        raise DataError(path, Text("not a Coverage Planner project file",
                                   "không phải tệp dự án Coverage Planner"), fix) from None
    try:
        version = int(values.get("schema_version", "0"))
    except ValueError:
        version = -1
    if version > SCHEMA_VERSION or version < 1:
        raise DataError(path, Text(
            f"project schema version {values.get('schema_version')} is not supported by this "
            f"version of the app (it reads up to {SCHEMA_VERSION})",
            f"phiên bản lược đồ dự án {values.get('schema_version')} không được hỗ trợ "
            f"(ứng dụng đọc đến {SCHEMA_VERSION})"),
            Text("update Coverage Planner to open it", "cập nhật Coverage Planner để mở tệp này"),
            column="schema_version")
    try:
        scenarios = json.loads(values.get("scenarios", "[]"))
    except json.JSONDecodeError as exc:
        raise DataError(path, Text(f"the scenarios are damaged: {exc}",
                                   f"dữ liệu kịch bản bị hỏng: {exc}"), fix,
                        column="scenarios") from None
    try:
        profile = json.loads(values.get("profile") or "null")
    except json.JSONDecodeError as exc:
        profile = exc
    if not (profile is None or isinstance(profile, dict)):
        raise DataError(path, Text(f"the coverage profile is damaged: {profile}",
                                   f"hồ sơ vùng phủ bị hỏng: {profile}"),
                        Text("save the project again from the window (File → Save project), or "
                             "delete its 'profile' row to use the data folder's profile.json",
                             "lưu lại dự án từ cửa sổ (Tệp → Lưu dự án), hoặc xóa dòng 'profile' "
                             "để dùng profile.json của thư mục dữ liệu"),
                        column="profile")
    folder = Path(values.get("data_folder", ""))
    if not folder.is_absolute():
        folder = (path.parent / folder).resolve()
    return ProjectFile(folder, scenarios, values.get("active", ""), profile)
