"""What the app remembers (QSettings): language, recent folders, window geometry and docks,
the compute engine (``compute/…``: this computer or Dask, and from what folder size).

``$COVERAGE_PLANNER_SETTINGS`` names an INI file to use instead of the user's settings (tests,
screenshots), so runs never depend on each other or on the user's choices.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "coverage-planner"
APPLICATION = "Coverage Planner"
MAX_RECENT = 8

LANGUAGE = "language"
RECENT = "recentFolders"
GEOMETRY = "window/geometry"
STATE = "window/state"
ONLINE_MAPS = "map/onlineBaseMap"
COMPUTE_ENGINE = "compute/engine"
COMPUTE_WORKERS = "compute/workers"
COMPUTE_SCHEDULER = "compute/scheduler"
COMPUTE_MIN_CELLS = "compute/minCells"
COMPUTE_MIN_VILLAGES = "compute/minVillages"

#: compute engines: the built-in engine in this process, a LocalCluster, a scheduler's workers
IN_PROCESS, LOCAL_CLUSTER, SCHEDULER = "in_process", "local_cluster", "scheduler"
ENGINES = (IN_PROCESS, LOCAL_CLUSTER, SCHEDULER)
#: Dask only from this size on (either count): below it, starting workers (1–2 s) and shipping
#: the work cost about what they save. 20,000 cells are about 30 CPU-seconds on a 90 m DEM
#: (docs/cluster.md §3). A province stays in process (the embedded Lào Cai folder: 1,562
#: villages, 8,834 cells); a region of several provinces passes either mark.
MIN_CELLS = 20_000
MIN_VILLAGES = 10_000


def app_settings() -> QSettings:
    path = os.environ.get("COVERAGE_PLANNER_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION,
                     APPLICATION)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value if v]


def recent_folders(settings: QSettings | None = None) -> list[str]:
    """Most recent first; folders that no longer exist are left out."""
    settings = settings or app_settings()
    return [p for p in _as_list(settings.value(RECENT)) if Path(p).is_dir()]


def add_recent_folder(path: str | Path, settings: QSettings | None = None) -> list[str]:
    settings = settings or app_settings()
    path = str(Path(path).resolve())
    folders = [p for p in _as_list(settings.value(RECENT)) if p != path]
    folders = [path, *folders][:MAX_RECENT]
    settings.setValue(RECENT, folders)
    settings.sync()
    return folders


def clear_recent_folders(settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.remove(RECENT)
    settings.sync()


def saved_language(settings: QSettings | None = None) -> str | None:
    from coverage_planner.gui.i18n import normalise

    settings = settings or app_settings()
    return normalise(settings.value(LANGUAGE))


def save_language(lang: str, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(LANGUAGE, lang)
    settings.sync()


def online_maps(settings: QSettings | None = None) -> bool:
    """The user enabled the online base map (OpenStreetMap); off unless they did."""
    settings = settings or app_settings()
    value = settings.value(ONLINE_MAPS, False)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def save_online_maps(on: bool, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(ONLINE_MAPS, bool(on))
    settings.sync()


@dataclass(frozen=True)
class ComputeSettings:
    """Where the coverage analysis runs. Dask (``local_cluster`` or ``scheduler``) is used only
    for folders of at least ``min_cells`` cells or ``min_villages`` villages (0: always)."""

    engine: str = IN_PROCESS
    workers: int = 0  # local cluster size; 0: one per CPU
    scheduler: str = ""  # "tcp://host:8786"
    min_cells: int = MIN_CELLS
    min_villages: int = MIN_VILLAGES

    def local_workers(self) -> int:
        return self.workers or os.cpu_count() or 1


def _int(value, default: int, low: int = 0) -> int:
    try:
        return max(low, int(value))
    except (TypeError, ValueError):
        return default


def compute_settings(settings: QSettings | None = None) -> ComputeSettings:
    """The saved compute engine (defaults where nothing or nonsense is saved)."""
    settings = settings or app_settings()
    engine = str(settings.value(COMPUTE_ENGINE, IN_PROCESS) or IN_PROCESS)
    return ComputeSettings(
        engine=engine if engine in ENGINES else IN_PROCESS,
        workers=_int(settings.value(COMPUTE_WORKERS, 0), 0),
        scheduler=str(settings.value(COMPUTE_SCHEDULER, "") or "").strip(),
        min_cells=_int(settings.value(COMPUTE_MIN_CELLS, MIN_CELLS), MIN_CELLS),
        min_villages=_int(settings.value(COMPUTE_MIN_VILLAGES, MIN_VILLAGES), MIN_VILLAGES),
    )


def save_compute_settings(config: ComputeSettings, settings: QSettings | None = None) -> None:
    settings = settings or app_settings()
    settings.setValue(COMPUTE_ENGINE, config.engine)
    settings.setValue(COMPUTE_WORKERS, int(config.workers))
    settings.setValue(COMPUTE_SCHEDULER, config.scheduler)
    settings.setValue(COMPUTE_MIN_CELLS, int(config.min_cells))
    settings.setValue(COMPUTE_MIN_VILLAGES, int(config.min_villages))
    settings.sync()
