"""What the app remembers (QSettings): language, recent folders, window geometry and docks.

``$COVERAGE_PLANNER_SETTINGS`` names an INI file to use instead of the user's settings (tests,
screenshots), so runs never depend on each other or on the user's choices.
"""

from __future__ import annotations

import os
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
