"""Work is never lost: the open scenarios are saved to a recovery file after every what-if edit
(and every few minutes), in the project file format, atomically.

The recovery file lives in the user's data folder (``platformdirs.user_data_dir``), or where
``$COVERAGE_PLANNER_RECOVERY`` says (tests). A clean quit removes it; at the next start, a file
that is still there means the app did not quit cleanly, and the GUI offers to recover it.

:func:`save_recovery` goes through :func:`coverage_planner.core.project.projectfile.save`: written under a
temporary name beside the target, flushed and renamed over it. A process killed while saving
leaves the previous complete file (plus, at worst, a stray temporary that
:func:`remove_stale_temporaries` clears), never a half-written one.
"""

from __future__ import annotations

import os
from pathlib import Path

from coverage_planner.core.project import projectfile
from coverage_planner.core.project.projectfile import ProjectFile

ENV = "COVERAGE_PLANNER_RECOVERY"
FILE_NAME = "recovery.gpkg"
APP_DIR = "coverage-planner"


def recovery_path() -> Path:
    """``$COVERAGE_PLANNER_RECOVERY``, else ``<user data dir>/coverage-planner/recovery.gpkg``."""
    override = os.environ.get(ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR, appauthor=False)) / FILE_NAME


def snapshot(data_folder: str | Path, scenarios, active: str = "",
             profile=None) -> ProjectFile:
    """The project file content of ``scenarios`` (:class:`~coverage_planner.core.planning.scenario.Scenario`
    objects) on the baseline in ``data_folder``, with the project's coverage ``profile`` where
    it is not the folder's own (:func:`~coverage_planner.core.project.projectfile.profile_override`)."""
    kept = projectfile.profile_override(profile, data_folder) if profile is not None else None
    return ProjectFile(Path(data_folder), [sc.to_dict() for sc in scenarios], active, kept)


def save_recovery(pf: ProjectFile, path: str | Path | None = None) -> Path:
    """Write ``pf`` to the recovery file (atomic: the old file stays until the new one is whole)."""
    return projectfile.save(pf, Path(path) if path else recovery_path())


def load_recovery(path: str | Path | None = None) -> ProjectFile | None:
    """The recovery file's content, or None when there is none.

    Raises DataError when the file is not a readable project file.
    """
    path = Path(path) if path else recovery_path()
    if not path.is_file():
        return None
    return projectfile.load(path)


def has_edits(pf: ProjectFile | None) -> bool:
    """True when ``pf`` holds at least one edit (else there is nothing to recover)."""
    return pf is not None and any(sc.get("edits") for sc in pf.scenarios)


def stale_temporaries(path: str | Path | None = None) -> list[Path]:
    """Temporary files a save interrupted by a crash left beside the recovery file."""
    path = Path(path) if path else recovery_path()
    if not path.parent.is_dir():
        return []
    return sorted(path.parent.glob(f".{path.stem}.*"))


def remove_stale_temporaries(path: str | Path | None = None) -> None:
    """Remove what :func:`stale_temporaries` lists (call only when no save is running)."""
    for tmp in stale_temporaries(path):
        try:
            tmp.unlink()
        except OSError:
            pass


def remove_recovery(path: str | Path | None = None) -> None:
    """After a clean quit: the recovery file and any stray temporaries are removed."""
    path = Path(path) if path else recovery_path()
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    remove_stale_temporaries(path)


def keep_copy(path: str | Path | None = None, tag: str = "recovered") -> Path | None:
    """A copy ``<name>-<tag>.gpkg`` beside the recovery file (one, replaced each time): the
    recovered work survives even if its data folder then fails to open."""
    import shutil

    path = Path(path) if path else recovery_path()
    if not path.is_file():
        return None
    copy = path.with_name(f"{path.stem}-{tag}{path.suffix}")
    shutil.copyfile(path, copy)
    return copy


def set_aside(path: str | Path | None = None) -> Path | None:
    """The user declined to recover: keep the file as ``<name>-declined.gpkg`` (one copy) rather
    than delete it, then clear the recovery slot. Returns the kept copy."""
    path = Path(path) if path else recovery_path()
    if not path.is_file():
        return None
    kept = path.with_name(f"{path.stem}-declined{path.suffix}")
    os.replace(path, kept)
    remove_stale_temporaries(path)
    return kept


__all__ = ["ENV", "recovery_path", "snapshot", "save_recovery", "load_recovery", "has_edits",
           "stale_temporaries", "remove_stale_temporaries", "remove_recovery", "keep_copy",
           "set_aside"]
