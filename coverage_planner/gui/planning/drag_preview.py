"""The live preview while a mast is dragged on the map: :class:`DragPreview`.

The page asks for a position (``siteDragging``) one at a time and folds the positions passed
meanwhile into the newest, so the preview follows at the engine's pace. Each ask is the active
scenario with the move applied (``Scenario.preview``: not on the undo stack), evaluated off the
GUI thread by the scenario's evaluator (a new mast position is one sweep and the points it
reaches), and compared with the scenario's result before the drag: the villages it would gain
or lose are ringed on the map, with a count. Letting go is one undoable move (``siteDragged``,
the what-if controller's); answers still on their way after that are dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from coverage_planner.core.planning.scenario import MoveSite
from coverage_planner.gui.worker import run_in_background
from coverage_planner.mapview.preview import preview_payload

log = logging.getLogger(__name__)


class DragPreview(QObject):
    """Signals
    -------
    shown(object) : a preview went to the map (its payload; None when there was nothing to show)
    """

    shown = Signal(object)

    def __init__(self, whatif, map_view, parent=None) -> None:
        super().__init__(parent)
        self.whatif = whatif
        self.evaluation = whatif.evaluation
        self.map = map_view
        self._drag = 0  # a committed drag's answers still on their way are dropped

    def request(self, site_id: str, lon: float, lat: float) -> None:
        """What moving ``site_id`` to (lon, lat) would change, on the map when computed."""
        scenario, evaluator = self.whatif.active, self.evaluation.evaluator
        before = self.whatif.result or self.evaluation.baseline_result
        if scenario is None or evaluator is None or before is None \
                or not self.whatif.has_site(site_id) or not self.whatif.in_area(lon, lat):
            self._show(None)  # the page asks again at the next move
            return
        answer = self.evaluation.answer(scenario, MoveSite(site_id, lon, lat))
        drag, lang = self._drag, self.whatif.lang

        def work():
            result, _ = answer()
            return preview_payload(before.villages, result.villages, lat, lon, lang)

        def failed(exc: BaseException) -> None:
            log.warning("preview failed: %s", exc)
            if drag == self._drag:
                self._show(None)

        run_in_background(work, self, lambda payload: drag == self._drag and self._show(payload),
                          failed)

    def end(self) -> None:
        """The mast was let go (or the scenario changed): answers still coming are stale."""
        self._drag += 1

    def _show(self, payload: dict | None) -> None:
        self.map.show_preview(payload)
        self.shown.emit(payload)
