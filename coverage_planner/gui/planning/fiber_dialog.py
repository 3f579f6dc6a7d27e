"""Suggested fiber extensions: :func:`coverage_planner.core.planning.fiberplan.plan_fiber` for the villages
lacking fixed broadband in the scenario on display (off the GUI thread), the lines on the map
with their lengths, the total, "Export lines…" (GeoJSON or GeoPackage) and "Add to the
scenario" (the selected extensions become fiber-cable edits).
"""

from __future__ import annotations

import logging
from pathlib import Path

import geopandas as gpd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from coverage_planner.gui.i18n import Retranslating, locale_for
from coverage_planner.gui.worker import run_in_background
from coverage_planner.mapview.edits import length_text
from coverage_planner.mapview.escape import text_of

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
#: export formats: file suffix -> OGR driver
DRIVERS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG"}


def gap_villages(result) -> list[str]:
    """Ids of the villages without fixed broadband in a CoverageResult."""
    v = result.villages
    return v.loc[~v["fixed_broadband"].fillna(True).astype(bool), "village_id"].astype(str).tolist()


def export_lines(lines: gpd.GeoDataFrame, table, path: str | Path) -> Path:
    """Write the extensions with their villages' names, households and route (EPSG:4326)."""
    path = Path(path)
    driver = DRIVERS.get(path.suffix.lower())
    if driver is None:
        raise ValueError(f"{path.name}: use .geojson or .gpkg")
    info = table.drop(columns=[c for c in ("length_m",) if c in table.columns])
    out = lines.merge(info, on="village_id", how="left")
    out = gpd.GeoDataFrame(out, geometry=lines.geometry.name, crs=lines.crs)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()  # GeoJSON cannot be overwritten in place
    out.to_file(path, driver=driver, layer="fiber_extensions" if driver == "GPKG" else None)
    return path


class FiberPlanDialog(Retranslating, QDialog):
    """Signals
    -------
    planned : a plan is ready (or cleared): the map follows
    """

    planned = Signal()

    def __init__(self, whatif, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("FiberPlanDialog")
        self.whatif = whatif
        self.lines = None
        self.table = None
        self.total_m = 0.0
        self.gaps = 0
        self.running = False
        self._ticket = 0
        self.added: set[str] = set()

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(6)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton(self)
        self.add_button = QPushButton(self)
        self.rerun_button = QPushButton(self)
        for b in (self.export_button, self.add_button):
            b.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for b in (self.rerun_button, self.add_button, self.export_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        self.export_button.clicked.connect(self.choose_export)
        self.add_button.clicked.connect(self.add_selected)
        self.rerun_button.clicked.connect(self.run)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Suggested fiber extensions"))
        self.export_button.setText(self.tr("&Export lines…"))
        self.add_button.setText(self.tr("&Add selected to the scenario"))
        self.add_button.setToolTip(self.tr("Each selected extension becomes a new fiber cable "
                                           "(an edit you can undo)"))
        self.rerun_button.setText(self.tr("&Plan again"))
        self.rerun_button.setToolTip(self.tr("For the scenario now on display"))
        self.tree.setHeaderLabels([self.tr("Village"), self.tr("Commune"), self.tr("District"),
                                   self.tr("Households"), self.tr("Length"), self.tr("Route")])
        self._show()

    def route_text(self, route: str) -> str:
        return {"along roads": self.tr("along roads"), "straight": self.tr("straight"),
                "within reach of an extension": self.tr("within reach of another extension")
                }.get(route, route)

    # ---- running ------------------------------------------------------------------------------
    def run(self) -> bool:
        """Plan for the villages without fixed broadband in the scenario on display."""
        from coverage_planner.core.planning.fiberplan import plan_fiber

        result = self.whatif.result or self.whatif.baseline_result
        if result is None or self.whatif.active is None:
            self.summary.setText(self.tr("The coverage analysis has to finish first."))
            return False
        gaps = gap_villages(result)
        self._ticket += 1
        ticket = self._ticket
        self.gaps = len(gaps)
        if not gaps:
            self.lines, self.table, self.total_m = None, None, 0.0
            self.summary.setText(self.tr("Every village has fixed broadband: nothing to plan."))
            self._show_tree()
            self.planned.emit()
            return True
        project = self.whatif.active.project()

        self.running = True
        self.progress.setVisible(True)
        self.rerun_button.setEnabled(False)
        self.summary.setText(self.tr("Routing fiber to {0} villages along the roads…").format(
            locale_for(self.whatif.lang).toString(len(gaps))))
        run_in_background(lambda: plan_fiber(project, gaps), self,
                          lambda out: self._done(ticket, out), lambda exc: self._failed(ticket, exc))
        return True

    def _done(self, ticket: int, out) -> None:
        if ticket != self._ticket:
            return
        self._stop()
        self.lines, self.table, self.total_m = out
        self.added = set()
        self._show()
        self.planned.emit()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._ticket:
            return
        self._stop()
        log.error("fiber plan failed", exc_info=(type(exc), exc, exc.__traceback__))
        self.summary.setText(self.tr("The fiber plan failed: {0}").format(exc))

    def _stop(self) -> None:
        self.running = False
        self.progress.setVisible(False)
        self.rerun_button.setEnabled(True)

    # ---- showing ------------------------------------------------------------------------------
    def summary_text(self) -> str:
        if self.table is None:
            return ""
        loc = locale_for(self.whatif.lang)
        return self.tr("{0} villages without fixed broadband: {1} of new cable in total, {2} "
                       "extensions (routes follow the roads where they exist; cross-country "
                       "counts double).").format(
                           loc.toString(self.gaps), length_text(self.total_m, self.whatif.lang),
                           loc.toString(0 if self.lines is None else len(self.lines)))

    def _show(self) -> None:
        if self.table is not None:
            self.summary.setText(self.summary_text())
        elif not self.running:
            self.summary.setText("")
        self._show_tree()

    def _show_tree(self) -> None:
        self.tree.clear()
        has = self.lines is not None and len(self.lines) > 0
        self.export_button.setEnabled(has)
        self.add_button.setEnabled(False)
        if self.table is None:
            return
        loc = locale_for(self.whatif.lang)
        with_line = set(self.lines["village_id"].astype(str)) if has else set()
        for row in self.table.itertuples(index=False):
            vid = text_of(row.village_id)
            item = QTreeWidgetItem([text_of(row.name), text_of(row.commune),
                                    text_of(row.district), loc.toString(int(row.households)),
                                    length_text(float(row.length_m), self.whatif.lang),
                                    self.route_text(text_of(row.route))
                                    + (" \u2713" if vid in self.added else "")])
            item.setData(0, ID_ROLE, vid)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if vid not in with_line:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(item)

    def _on_selection(self) -> None:
        ids = self.selected_ids()
        self.add_button.setEnabled(bool(ids) and not ids <= self.added)
        if len(ids) == 1:
            self.whatif.app_model.select_village(next(iter(ids)), "fiber")

    def selected_ids(self) -> set[str]:
        return {item.data(0, ID_ROLE) for item in self.tree.selectedItems()}

    # ---- acting -------------------------------------------------------------------------------
    def add_to_scenario(self, village_ids) -> int:
        """The extensions of ``village_ids`` become fiber-cable edits; returns how many."""
        if self.lines is None:
            return 0
        n = 0
        for vid, geom in zip(self.lines["village_id"].astype(str), self.lines.geometry):
            if vid not in village_ids or vid in self.added or geom is None or geom.is_empty:
                continue
            parts = [geom] if geom.geom_type == "LineString" else list(geom.geoms)
            for part in parts:
                if self.whatif.add_cable(list(part.coords)) is not None:
                    n += 1
            self.added.add(vid)
        self._show_tree()
        return n

    def add_selected(self) -> int:
        return self.add_to_scenario(self.selected_ids())

    def export(self, path: str | Path) -> Path:
        return export_lines(self.lines, self.table, path)

    def choose_export(self) -> None:
        if self.lines is None or not len(self.lines):
            return
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the fiber extensions"), "fiber_extensions.gpkg",
            self.tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson)"))
        if not path:
            return
        if Path(path).suffix.lower() not in DRIVERS:
            path += ".geojson" if "geojson" in chosen.lower() else ".gpkg"
        try:
            self.export(path)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            log.warning("export failed", exc_info=True)
            QMessageBox.warning(self, self.tr("Export the fiber extensions"),
                                self.tr("The lines could not be written: {0}").format(exc))
            return
        self.summary.setText(self.summary_text() + "\n" + self.tr("Written: {0}").format(path))
