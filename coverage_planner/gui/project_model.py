"""The application model: the open project and its map page. Widgets subscribe to its signal."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from coverage_planner.core.model import Project
from coverage_planner.mapview import build_map_page
from coverage_planner.mapview.summary import ProjectSummary, summarize


@dataclass
class OpenedProject:
    """A project ready to show: built off the GUI thread, then handed to the model."""

    project: Project
    summary: ProjectSummary
    page: Path  # index.html of the map page
    page_dir: tempfile.TemporaryDirectory
    source: str | None = None  # the folder it was opened from

    def discard(self) -> None:
        self.page_dir.cleanup()


def prepare(project: Project, lang: str, source: str | None = None) -> OpenedProject:
    """Build the map page and the counts of ``project`` (no Qt: runs in a worker thread)."""
    page_dir = tempfile.TemporaryDirectory(prefix="coverage-planner-map-")
    try:
        page = build_map_page(project, page_dir.name, lang=lang)
        summary = summarize(project)
    except BaseException:
        page_dir.cleanup()
        raise
    return OpenedProject(project, summary, page, page_dir, source)


def open_folder(path: str, lang: str) -> OpenedProject:
    """Load a data folder and prepare it (worker thread). Raises DataError on bad input."""
    from coverage_planner.core.io import load_folder

    return prepare(load_folder(path), lang, source=str(path))


class ProjectModel(QObject):
    """Holds the current :class:`OpenedProject`; only the GUI thread changes it."""

    projectChanged = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.current: OpenedProject | None = None
        self._previous: OpenedProject | None = None

    @property
    def project(self) -> Project | None:
        return self.current.project if self.current else None

    def set_current(self, opened: OpenedProject) -> None:
        # the previous page stays on disk until the new one is shown (see release_previous)
        if self._previous is not None:
            self._previous.discard()
        self._previous = self.current
        self.current = opened
        self.projectChanged.emit()

    def release_previous(self) -> None:
        if self._previous is not None:
            self._previous.discard()
            self._previous = None

    def close(self) -> None:
        self.release_previous()
        if self.current is not None:
            self.current.discard()
            self.current = None
