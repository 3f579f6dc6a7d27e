"""File → Import measurements…: a drive test read off the GUI thread, stored on the project and
drawn on the map (:mod:`coverage_planner.mapview.measurements`).

The controller puts its action into ``window.file_menu`` itself (before the export action), so
the window only constructs it. A file the loader refuses shows its message (file, row, fix) in
the window's language and changes nothing: the project keeps the samples it had. The layer is
sent again to every new page (a language switch, another project), unchecked like the page's
other optional layers; the layers dock lists it with the project's layers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTreeWidgetItem

from coverage_planner.core.common.errors import DataError
from coverage_planner.gui.worker import run_in_background


class MeasurementsController(QObject):
    """The import action and the map layer of the project's measurements.

    Signals
    -------
    imported(int) : the samples now on the project
    failed(str) : the message shown
    """

    imported = Signal(int)
    failed = Signal(str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = QAction(self)
        self.import_action.setObjectName("import_measurements")
        self.import_action.triggered.connect(self.choose_file)
        menu = window.file_menu
        before = next((a for a in menu.actions() if a is getattr(
            getattr(window, "exporter", None), "export_action", None)), None)
        if before is not None:
            menu.insertAction(before, self.import_action)
        else:
            menu.addAction(self.import_action)
        window.languageChanged.connect(lambda _lang: self.retranslate())
        window.map.pageReady.connect(lambda _errors: self.show_layer())
        window.model.projectChanged.connect(self.show_layer)
        self.retranslate()

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import &measurements…"))
        self.import_action.setStatusTip(self.tr(
            "Read a drive test (CSV with longitude, latitude and level in dBm, or a G-NetTrack "
            "log) and show it on the map"))
        self._dock_row()

    # ---- import -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import measurements"), "",
            self.tr("Drive tests (*.csv *.txt);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> None:
        """Read ``path`` in the background; on success the project holds its samples."""
        from coverage_planner.core.io.measurements import read_measurements

        w, path = self.window, Path(path)
        if w.model.project is None:
            self._refuse(self.tr("Open a data folder first."))
            return
        run_in_background(lambda: read_measurements(path), self, lambda df: self._loaded(
            path, df), self._failed)

    def _loaded(self, path: Path, df) -> None:
        project = self.window.model.project
        if project is None:
            return
        project.measurements = df
        project.report.sources["measurements"] = path
        project.report.warnings.extend(df.attrs.get("warnings", []))
        self.show_layer()
        self._dock_row()
        dropped = len(df.attrs.get("warnings", []))
        message = self.tr("{0}: {1} samples imported").format(path.name, len(df))
        if dropped:
            message += " " + self.tr("({0} notes in the load report)").format(dropped)
        self.window.statusBar().showMessage(message, 10_000)
        self.imported.emit(len(df))

    def _failed(self, exc: BaseException) -> None:
        lang = self.window.lang
        text = exc.message(lang) if isinstance(exc, DataError) else \
            f"{type(exc).__name__}: {exc}"
        self._refuse(text)

    def _refuse(self, text: str) -> None:
        self.window.show_message(QMessageBox.Icon.Warning,
                                 self.tr("Cannot import the measurements"), text)
        self.failed.emit(text)

    # ---- map and dock -------------------------------------------------------------------------
    def show_layer(self) -> None:
        """Send the project's samples to the page (none: the layer is removed)."""
        from coverage_planner.mapview.measurements import measurements_script

        w = self.window
        project = w.model.project
        if not w.map.ready:
            return  # sent again when the page is ready
        df = getattr(project, "measurements", None) if project is not None else None
        w.map.run_js(measurements_script(df, w.lang))

    def _dock_row(self) -> None:
        """The measurements in the layers dock (while its summary does not list them)."""
        w = self.window
        project = w.model.project
        df = getattr(project, "measurements", None) if project is not None else None
        dock = getattr(w, "layers_dock", None)
        if dock is None or df is None:
            return
        tree = dock.tree
        for i in range(tree.topLevelItemCount()):
            if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "measurements":
                tree.topLevelItem(i).setText(1, f"{len(df):,}")
                return
        item = QTreeWidgetItem([self.tr("Measurements (drive test)"), f"{len(df):,}",
                                dock.origin_text(_origin(project))])
        item.setData(0, Qt.ItemDataRole.UserRole, "measurements")
        tree.addTopLevelItem(item)


def _origin(project) -> str | None:
    from coverage_planner.mapview.provenance import origin_of

    return origin_of(project.provenance, "measurements")
