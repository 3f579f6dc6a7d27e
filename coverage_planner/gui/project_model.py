"""The application model: the open project, its map page, the coverage result, the village
filter and the selected village. Widgets subscribe to its signals and write back through it,
never to each other; only the GUI thread changes it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from coverage_planner.core.project.model import Project
from coverage_planner.gui.tables.village_filter import VillageFilter
from coverage_planner.mapview import build_map_page
from coverage_planner.mapview.summary import ProjectSummary, summarize


@dataclass
class MapPage:
    """A map page on disk, in one language, possibly already showing a coverage result."""

    index: Path  # index.html
    folder: tempfile.TemporaryDirectory
    lang: str
    result: object | None = None  # the CoverageResult drawn into the page when it was built
    online: bool = False  # its CSP allows OpenStreetMap's tiles

    def discard(self) -> None:
        self.folder.cleanup()


@dataclass
class OpenedProject:
    """A project ready to show: built off the GUI thread, then handed to the model."""

    project: Project
    summary: ProjectSummary
    page: MapPage
    source: str | None = None  # the folder it was opened from

    def discard(self) -> None:
        self.page.discard()


def build_page(project: Project, lang: str, result=None, online: bool = False) -> MapPage:
    """Write the map page of ``project`` into a new temporary folder (no Qt: worker thread)."""
    folder = tempfile.TemporaryDirectory(prefix="coverage-planner-map-")
    try:
        index = build_map_page(project, folder.name, lang=lang, result=result, online=online)
    except BaseException:
        folder.cleanup()
        raise
    return MapPage(index, folder, lang, result, online)


def prepare(project: Project, lang: str, source: str | None = None,
            online: bool = False) -> OpenedProject:
    """Build the map page and the counts of ``project`` (no Qt: runs in a worker thread)."""
    page = build_page(project, lang, online=online)
    try:
        summary = summarize(project)
    except BaseException:
        page.discard()
        raise
    return OpenedProject(project, summary, page, source)


def open_folder(path: str, lang: str, online: bool = False, profile=None) -> OpenedProject:
    """Load a data folder and prepare it (worker thread), with ``profile`` in place of the
    folder's own when given (a project file's). Raises DataError on bad input."""
    from coverage_planner.core.io import load_folder

    project = load_folder(path)
    if profile is not None:
        project.profile = profile
    return prepare(project, lang, source=str(path), online=online)


class ProjectModel(QObject):
    """Signals
    -------
    projectChanged : another project is open (result, filter and selection are reset)
    pageChanged : the same project has a new map page (e.g. in another language)
    resultChanged : the coverage result was set or cleared
    filterChanged : the village filter changed
    villageSelected(str, str) : a village id (or "" for none) and who selected it
        ("map", "table", or "" for code)
    """

    projectChanged = Signal()
    pageChanged = Signal()
    resultChanged = Signal()
    filterChanged = Signal()
    villageSelected = Signal(str, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.current: OpenedProject | None = None
        self.result = None  # CoverageResult of the current project
        self.filter = VillageFilter()
        self.selected: str | None = None
        self._previous: list[MapPage] = []  # pages kept until the next one is shown

    @property
    def project(self) -> Project | None:
        return self.current.project if self.current else None

    @property
    def page(self) -> MapPage | None:
        return self.current.page if self.current else None

    def set_current(self, opened: OpenedProject) -> None:
        # the previous page stays on disk until the new one is shown (see release_previous)
        self.release_previous()
        if self.current is not None:
            self._previous.append(self.current.page)
        self.current = opened
        self.result = None
        self.filter = VillageFilter()
        self.selected = None
        self.projectChanged.emit()
        self.resultChanged.emit()
        self.filterChanged.emit()

    def set_page(self, page: MapPage) -> None:
        """Replace the current project's page (the old one is removed once the new one shows)."""
        if self.current is None:
            page.discard()
            return
        self.release_previous()
        self._previous.append(self.current.page)
        self.current.page = page
        self.pageChanged.emit()

    def set_result(self, result) -> None:
        self.result = result
        self.resultChanged.emit()

    def set_filter(self, new: VillageFilter) -> None:
        if new != self.filter:
            self.filter = new
            self.filterChanged.emit()

    def select_village(self, village_id: str | None, origin: str = "") -> None:
        self.selected = village_id or None
        self.villageSelected.emit(village_id or "", origin)

    def release_previous(self) -> None:
        for page in self._previous:
            page.discard()
        self._previous.clear()

    def close(self) -> None:
        self.release_previous()
        if self.current is not None:
            self.current.discard()
            self.current = None
        self.result = None
