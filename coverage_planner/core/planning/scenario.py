"""What-if edits as commands with undo/redo. The baseline project is never changed.

A :class:`Scenario` holds the baseline and an :class:`UndoStack` of commands; its current
state (cells, fiber) is the baseline with the applied commands, and :meth:`Scenario.project`
gives it as a :class:`Project` for the engine. Commands are plain data (``to_dict``), so a
scenario can be saved and reopened exactly. The GUI mirrors :attr:`UndoStack.undo_text` and
:attr:`UndoStack.redo_text` into its Edit menu.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

import geopandas as gpd
import pandas as pd
import shapely

from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.coverage import OPTIONAL_CELL_FIELDS
from coverage_planner.core.planning.templates import SiteSpec, spec_cells
from coverage_planner.core.project.model import Project


@dataclass
class State:
    """The layers what-if edits change (copies: the baseline's frames are never modified)."""

    cells: gpd.GeoDataFrame
    fiber_cables: gpd.GeoDataFrame
    fiber_access_points: gpd.GeoDataFrame

    @classmethod
    def of(cls, project: Project) -> State:
        empty_lines = gpd.GeoDataFrame({"cable_id": [], "kind": []}, geometry=[], crs="EPSG:4326")
        empty_pts = gpd.GeoDataFrame({"ap_id": []}, geometry=[], crs="EPSG:4326")
        cells = project.cells.to_crs("EPSG:4326") if project.cells.crs is not None \
            else project.cells.copy()
        if "lon" not in cells or "lat" not in cells:  # cells built in code may lack them
            cells = cells.assign(lon=cells.geometry.x, lat=cells.geometry.y)
        return cls(cells,
                   (project.fiber_cables if project.fiber_cables is not None else empty_lines).copy(),
                   (project.fiber_access_points if project.fiber_access_points is not None
                    else empty_pts).copy())


def _points(df: pd.DataFrame) -> gpd.GeoSeries:
    return gpd.GeoSeries(gpd.points_from_xy(df["lon"], df["lat"]), crs="EPSG:4326",
                         index=df.index)


@dataclass
class AddSite:
    spec: SiteSpec
    templates: dict | None = None
    kind = "add_site"

    @property
    def label(self) -> Text:
        techs = "+".join(self.spec.technologies)
        return Text(f"Add {self.spec.operator} {techs} site {self.spec.site_id}",
                    f"Thêm trạm {techs} {self.spec.operator} {self.spec.site_id}")

    def apply(self, state: State) -> None:
        rows = pd.DataFrame(spec_cells(self.spec, self.templates))
        new = gpd.GeoDataFrame(rows, geometry=_points(rows), crs="EPSG:4326")
        new.index = [f"new:{c}" for c in rows["cell_id"]]
        # the baseline may carry columns a new site has no value for (e.g. "origin"): NaN there;
        # the new site's own optional fields (its radio model) are kept, NaN for the baseline
        own = [c for c in OPTIONAL_CELL_FIELDS if c in new.columns and c not in state.cells]
        state.cells = pd.concat([state.cells,
                                 new.reindex(columns=[*state.cells.columns, *own])])

    def revert(self, state: State) -> None:
        state.cells = state.cells[state.cells["site_id"] != self.spec.site_id]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "spec": self.spec.to_dict()}


@dataclass
class RemoveSite:
    site_id: str
    removed: gpd.GeoDataFrame | None = None
    kind = "remove_site"

    @property
    def label(self) -> Text:
        return Text(f"Remove site {self.site_id}", f"Xóa trạm {self.site_id}")

    def apply(self, state: State) -> None:
        mask = state.cells["site_id"].astype(str) == str(self.site_id)
        self.removed = state.cells[mask]
        state.cells = state.cells[~mask]

    def revert(self, state: State) -> None:
        state.cells = pd.concat([state.cells, self.removed])

    def to_dict(self) -> dict:
        return {"kind": self.kind, "site_id": self.site_id}


@dataclass
class MoveSite:
    site_id: str
    lon: float
    lat: float
    old: tuple | None = None
    kind = "move_site"

    @property
    def label(self) -> Text:
        return Text(f"Move site {self.site_id}", f"Di chuyển trạm {self.site_id}")

    def _set(self, state: State, lon: float, lat: float) -> None:
        mask = state.cells["site_id"].astype(str) == str(self.site_id)
        cells = state.cells.copy()
        cells.loc[mask, "lon"] = lon
        cells.loc[mask, "lat"] = lat
        cells.loc[mask, cells.geometry.name] = shapely.Point(lon, lat)
        state.cells = cells

    def apply(self, state: State) -> None:
        rows = state.cells[state.cells["site_id"].astype(str) == str(self.site_id)]
        if rows.empty:
            raise KeyError(self.site_id)
        self.old = (float(rows["lon"].iloc[0]), float(rows["lat"].iloc[0]))
        self._set(state, self.lon, self.lat)

    def revert(self, state: State) -> None:
        self._set(state, *self.old)

    def to_dict(self) -> dict:
        return {"kind": self.kind, "site_id": self.site_id, "lon": self.lon, "lat": self.lat}


@dataclass
class EditSite:
    """Change cell fields of every cell of a site (height, EIRP, tilt, azimuth…)."""

    site_id: str
    changes: dict
    old: pd.DataFrame | None = None
    kind = "edit_site"

    @property
    def label(self) -> Text:
        what = ", ".join(f"{k}={v}" for k, v in self.changes.items())
        return Text(f"Edit site {self.site_id} ({what})", f"Sửa trạm {self.site_id} ({what})")

    def apply(self, state: State) -> None:
        mask = state.cells["site_id"].astype(str) == str(self.site_id)
        cells = state.cells.copy()
        self.old = cells.loc[mask, list(self.changes)].copy()
        for col, value in self.changes.items():
            cells.loc[mask, col] = value
        state.cells = cells

    def revert(self, state: State) -> None:
        cells = state.cells.copy()
        cells.loc[self.old.index, list(self.changes)] = self.old
        state.cells = cells

    def to_dict(self) -> dict:
        return {"kind": self.kind, "site_id": self.site_id, "changes": dict(self.changes)}


@dataclass
class AddFiber:
    """A fiber access point (a point) or a distribution-cable extension (a line), lon/lat."""

    coords: list  # [(lon, lat)] for an access point, [(lon, lat), ...] for a cable
    ident: str = ""
    kind = "add_fiber"

    @property
    def is_cable(self) -> bool:
        return len(self.coords) > 1

    @property
    def label(self) -> Text:
        if self.is_cable:
            return Text(f"Add fiber cable {self.ident}", f"Thêm tuyến cáp quang {self.ident}")
        return Text(f"Add fiber access point {self.ident}", f"Thêm điểm truy nhập cáp quang {self.ident}")

    def apply(self, state: State) -> None:
        if self.is_cable:
            row = gpd.GeoDataFrame({"cable_id": [self.ident], "kind": ["distribution"]},
                                   geometry=[shapely.LineString(self.coords)], crs="EPSG:4326",
                                   index=[f"new:{self.ident}"])
            state.fiber_cables = pd.concat([state.fiber_cables, row])
        else:
            row = gpd.GeoDataFrame({"ap_id": [self.ident]}, geometry=[shapely.Point(self.coords[0])],
                                   crs="EPSG:4326", index=[f"new:{self.ident}"])
            state.fiber_access_points = pd.concat([state.fiber_access_points, row])

    def revert(self, state: State) -> None:
        layer = "fiber_cables" if self.is_cable else "fiber_access_points"
        frame = getattr(state, layer)
        setattr(state, layer, frame.drop(index=f"new:{self.ident}"))

    def to_dict(self) -> dict:
        return {"kind": self.kind, "coords": [list(c) for c in self.coords], "ident": self.ident}


COMMANDS = {c.kind: c for c in (AddSite, RemoveSite, MoveSite, EditSite, AddFiber)}


def command_from_dict(d: dict):
    kind = d["kind"]
    if kind == "add_site":
        return AddSite(SiteSpec.from_dict(d["spec"]))
    if kind == "remove_site":
        return RemoveSite(d["site_id"])
    if kind == "move_site":
        return MoveSite(d["site_id"], float(d["lon"]), float(d["lat"]))
    if kind == "edit_site":
        return EditSite(d["site_id"], dict(d["changes"]))
    if kind == "add_fiber":
        return AddFiber([tuple(c) for c in d["coords"]], d.get("ident", ""))
    raise ValueError(f"unknown edit kind {kind!r}")


@dataclass
class UndoStack:
    """Commands applied to a state; ``index`` commands are done, the rest can be redone.

    ``log`` lists every operation as plain data (``("push", command dict)``, ``("undo",)``,
    ``("redo",)``): replayed on another copy of the baseline, it gives the same state row for
    row (an undone removal puts the site's rows back at the end), which is how the what-if
    process keeps its copy of a scenario (``planning.remote``).
    """

    state: State
    commands: list = field(default_factory=list)
    index: int = 0
    log: list = field(default_factory=list)

    def push(self, command) -> None:
        del self.commands[self.index:]
        command.apply(self.state)
        self.commands.append(command)
        self.index += 1
        self.log.append(("push", command.to_dict()))

    def undo(self) -> None:
        if self.can_undo:
            self.index -= 1
            self.commands[self.index].revert(self.state)
            self.log.append(("undo",))

    def redo(self) -> None:
        if self.can_redo:
            self.commands[self.index].apply(self.state)
            self.index += 1
            self.log.append(("redo",))

    @property
    def can_undo(self) -> bool:
        return self.index > 0

    @property
    def can_redo(self) -> bool:
        return self.index < len(self.commands)

    @property
    def undo_text(self) -> Text | None:
        return self.commands[self.index - 1].label if self.can_undo else None

    @property
    def redo_text(self) -> Text | None:
        return self.commands[self.index].label if self.can_redo else None


class Scenario:
    """A named set of edits on a baseline project."""

    def __init__(self, baseline: Project, name: str = "scenario", templates: dict | None = None):
        self.baseline = baseline
        self.name = name
        self.templates = templates
        self.stack = UndoStack(State.of(baseline))
        self._counter = 0
        self.uid = uuid.uuid4().hex  # this scenario, wherever a copy of it is kept

    def new_id(self, prefix: str) -> str:
        existing = set(self.stack.state.cells["site_id"].astype(str))
        while True:
            self._counter += 1
            ident = f"{prefix}-{self._counter:03d}"
            if ident not in existing:
                return ident

    def add_site(self, spec: SiteSpec) -> AddSite:
        if not spec.site_id:
            spec = replace(spec, site_id=self.new_id(f"NEW-{spec.operator[:3].upper()}"))
        cmd = AddSite(spec, self.templates)
        self.stack.push(cmd)
        return cmd

    def push(self, command) -> None:
        if isinstance(command, AddSite) and command.templates is None:
            command.templates = self.templates
        self.stack.push(command)

    @property
    def edits(self) -> list:
        return self.stack.commands[: self.stack.index]

    def project(self) -> Project:
        s = self.stack.state
        return replace(self.baseline, cells=s.cells, fiber_cables=s.fiber_cables,
                       fiber_access_points=s.fiber_access_points)

    def preview(self, command) -> Project:
        """The project as if ``command`` were applied, the undo stack untouched (a mast being
        dragged: what it would gain or lose, before the planner lets go)."""
        s = self.stack.state
        state = State(s.cells, s.fiber_cables, s.fiber_access_points)
        command.apply(state)  # commands replace the state's frames, never change them
        return replace(self.baseline, cells=state.cells, fiber_cables=state.fiber_cables,
                       fiber_access_points=state.fiber_access_points)

    def to_dict(self) -> dict:
        return {"name": self.name, "edits": [c.to_dict() for c in self.edits]}

    @classmethod
    def from_dict(cls, baseline: Project, data: dict, templates: dict | None = None) -> Scenario:
        sc = cls(baseline, data.get("name", "scenario"), templates)
        for d in data.get("edits", []):
            sc.push(command_from_dict(d))
        return sc


__all__ = ["Scenario", "UndoStack", "State", "AddSite", "RemoveSite", "MoveSite", "EditSite",
           "AddFiber", "command_from_dict"]
