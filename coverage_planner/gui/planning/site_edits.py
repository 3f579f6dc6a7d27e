"""The site and fiber edits of the what-if model, and what it answers about the active
scenario's sites: :class:`SiteEdits`, a part of :class:`~.whatif_model.WhatIfModel`.

Each edit checks its input (a known site, a point within the data's area) and becomes a core
command pushed through the model (:meth:`WhatIfModel.push`: undoable, the baseline untouched);
a refused one emits the model's ``failed`` with a message and changes nothing.
"""

from __future__ import annotations

import logging

import numpy as np

from coverage_planner.core.planning.scenario import AddFiber, EditSite, MoveSite, RemoveSite
from coverage_planner.core.planning.site_index import site_ids, site_positions, site_rows
from coverage_planner.core.planning.templates import SiteSpec
from coverage_planner.mapview.edits import edits_payload, site_state

log = logging.getLogger(__name__)

#: how far outside the villages' bounding box (degrees) a site may be placed
AREA_MARGIN_DEG = 0.25


class SiteEdits:
    """Mixed into :class:`~.whatif_model.WhatIfModel` (a QObject): uses its ``active``,
    ``baseline``, ``selected_site``, ``lang``, ``push``, ``_after_edit`` and its signals."""

    # ---- edits ----------------------------------------------------------------------------
    def add_site(self, spec: SiteSpec):
        """Add a site (an id is given when ``spec`` has none); returns the AddSite command."""
        if self.active is None:
            return None
        if not self.in_area(spec.lon, spec.lat):
            self.failed.emit(self.area_message())
            return None
        try:
            command = self.active.add_site(spec)
        except Exception as exc:  # noqa: BLE001
            log.warning("site refused", exc_info=True)
            self.failed.emit(self.tr("The site could not be added: {0}").format(exc))
            return None
        self._after_edit()
        self.select_site(command.spec.site_id)
        return command

    def move_site(self, site_id: str, lon: float, lat: float) -> bool:
        if not self.has_site(site_id):
            self.failed.emit(self.tr("There is no site {0} in this scenario.").format(site_id))
            return False
        if not self.in_area(lon, lat):
            self.failed.emit(self.area_message())
            return False
        return self.push(MoveSite(site_id, float(lon), float(lat)))

    def edit_site(self, site_id: str, changes: dict) -> bool:
        if not changes:
            return False
        if not self.has_site(site_id):
            self.failed.emit(self.tr("There is no site {0} in this scenario.").format(site_id))
            return False
        return self.push(EditSite(site_id, dict(changes)))

    def remove_site(self, site_id: str) -> bool:
        if not self.has_site(site_id):
            self.failed.emit(self.tr("There is no site {0} in this scenario.").format(site_id))
            return False
        ok = self.push(RemoveSite(site_id))
        if ok and self.selected_site == site_id:
            self.select_site(None)
        return ok

    def add_access_point(self, lon: float, lat: float) -> AddFiber | None:
        if not self.in_area(lon, lat):
            self.failed.emit(self.area_message())
            return None
        command = AddFiber([(float(lon), float(lat))], self._new_fiber_id("AP-NEW"))
        return command if self.push(command) else None

    def add_cable(self, points) -> AddFiber | None:
        points = [(float(x), float(y)) for x, y in points]
        if len(points) < 2:
            return None
        if not all(self.in_area(x, y) for x, y in points):
            self.failed.emit(self.area_message())
            return None
        command = AddFiber(points, self._new_fiber_id("FO-NEW"))
        return command if self.push(command) else None

    def _new_fiber_id(self, prefix: str) -> str:
        state = self.active.stack.state
        used = {str(i) for i in state.fiber_access_points.index} | \
            {str(i) for i in state.fiber_cables.index}
        for command in self.active.stack.commands:  # undone ones too: redo must not clash
            if isinstance(command, AddFiber):
                used.add(f"new:{command.ident}")
        n = 1
        while f"new:{prefix}-{n:03d}" in used:
            n += 1
        return f"{prefix}-{n:03d}"

    # ---- sites ----------------------------------------------------------------------------
    def cells(self):
        return self.active.stack.state.cells if self.active else None

    def has_site(self, site_id: str | None) -> bool:
        """The active scenario has cells of ``site_id``."""
        cells = self.cells()
        return cells is not None and bool(site_id) and len(site_positions(cells, site_id)) > 0

    def site_rows(self, site_id: str | None):
        """The active scenario's cells of ``site_id`` (None when it has none)."""
        cells = self.cells()
        if cells is None or not site_id:
            return None
        rows = site_rows(cells, site_id)
        return rows if len(rows) else None

    def site_state(self, site_id: str | None) -> str | None:
        """"new", "moved", "edited", "removed", "base" or None (unknown)."""
        if self.active is None or not site_id:
            return None
        return site_state(self.baseline.cells, self.cells(), str(site_id))

    def select_site(self, site_id: str | None) -> bool:
        """Select a site of the active scenario (None: no site); False for an unknown id."""
        if site_id and not self.has_site(site_id):
            return False
        self.selected_site = site_id or None
        self.siteSelected.emit(self.selected_site or "")
        return True

    def touched_sites(self) -> list[str]:
        """Sites the active scenario's edits add, move, edit or remove (in edit order)."""
        ids = []
        for command in self.active.edits if self.active else []:
            spec = getattr(command, "spec", None)
            ids.append(spec.site_id if spec is not None else getattr(command, "site_id", None))
        return [str(i) for i in dict.fromkeys(ids) if i]

    def site_ids(self) -> list[str]:
        cells = self.cells()
        return site_ids(cells) if cells is not None else []

    def operators(self) -> list[str]:
        out = ["Viettel", "VNPT", "MobiFone"]
        if self.baseline is not None and "operator" in self.baseline.cells.columns:
            for op in sorted(self.baseline.cells["operator"].dropna().astype(str).unique()):
                if op not in out:
                    out.append(op)
        return out

    def edits_payload(self) -> dict | None:
        """The active scenario's edits for the map (``mapview.edits.edits_payload``)."""
        if self.active is None:
            return None
        state = self.active.stack.state
        return edits_payload(self.baseline.cells, state.cells, self.touched_sites(),
                             self.selected_site, state.fiber_access_points, state.fiber_cables,
                             self.lang)

    def in_area(self, lon: float, lat: float) -> bool:
        """Within the data's area (the villages' bounding box and a margin)."""
        if self.baseline is None or not (np.isfinite(lon) and np.isfinite(lat)):
            return False
        villages = self.baseline.villages
        if getattr(self, "_bounds", (None,))[0] is not villages:  # once per project: a drag asks
            self._bounds = (villages, villages.total_bounds)   # at every position
        minx, miny, maxx, maxy = self._bounds[1]
        m = AREA_MARGIN_DEG
        return minx - m <= lon <= maxx + m and miny - m <= lat <= maxy + m

    def area_message(self) -> str:
        return self.tr("That point is outside the data's area: place sites and fiber near the "
                       "villages.")
