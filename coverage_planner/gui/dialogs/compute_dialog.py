"""Coverage → Compute engine…: where the coverage analysis runs.

This computer (the built-in engine), a local Dask cluster of N worker processes, or the workers
of a Dask scheduler (``tcp://host:8786``); and from what folder size Dask is used (smaller
folders stay on this computer: starting workers costs seconds). "Test connection" asks the
scheduler for its workers off the GUI thread. The choice is saved in the settings
(``compute/…``) on OK; :mod:`coverage_planner.gui.compute` follows it for the next analysis.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from coverage_planner.core.common.errors import DataError
from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.compute import ALTERNATIVE, is_big
from coverage_planner.gui.i18n import Retranslating, locale_for
from coverage_planner.gui.settings import IN_PROCESS, LOCAL_CLUSTER, SCHEDULER, ComputeSettings
from coverage_planner.gui.worker import run_in_background

# how long "Test connection" waits for the scheduler
TEST_TIMEOUT = "5s"
# workers listed one by one in the test's answer (the rest are counted)
LISTED_WORKERS = 8


def error_text(exc: BaseException, lang: str) -> str:
    if isinstance(exc, DataError):
        return exc.message(lang)
    return f"{type(exc).__name__}: {exc}"


class ComputeDialog(Retranslating, QDialog):
    """Signals
    -------
    tested(bool, str) : a connection test ended: whether the scheduler has workers, the text shown
    """

    tested = Signal(bool, str)

    def __init__(self, config: ComputeSettings | None = None,
                 counts: tuple[int, int] | None = None, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("ComputeDialog")
        self.lang = lang
        self.counts = counts  # (cells, villages) of the open folder, or None
        self.testing = False
        self._ticket = 0
        config = config or ComputeSettings()

        self.in_process_radio = QRadioButton(self)
        self.local_radio = QRadioButton(self)
        self.scheduler_radio = QRadioButton(self)
        self.engines = QButtonGroup(self)
        for radio, kind in ((self.in_process_radio, IN_PROCESS), (self.local_radio, LOCAL_CLUSTER),
                            (self.scheduler_radio, SCHEDULER)):
            radio.setProperty("engine", kind)
            self.engines.addButton(radio)
        self.workers_spin = QSpinBox(self)
        self.workers_spin.setLocale(locale_for(lang))
        self.workers_spin.setRange(1, 1024)
        self.workers_spin.setValue(config.local_workers())
        self.address_edit = QLineEdit(config.scheduler, self)
        self.address_edit.setPlaceholderText("tcp://10.0.0.5:8786")
        self.address_edit.setMinimumWidth(260)
        self.test_button = QPushButton(self)
        self.cluster_help = QLabel(self)
        self.cluster_help.setWordWrap(True)
        self.cluster_help.setTextFormat(Qt.TextFormat.PlainText)

        self.engine_box = QGroupBox(self)
        grid = QGridLayout(self.engine_box)
        grid.addWidget(self.in_process_radio, 0, 0, 1, 3)
        grid.addWidget(self.local_radio, 1, 0)
        grid.addWidget(self.workers_spin, 1, 1)
        grid.addWidget(self.scheduler_radio, 2, 0)
        grid.addWidget(self.address_edit, 2, 1)
        grid.addWidget(self.test_button, 2, 2)
        grid.addWidget(self.cluster_help, 3, 0, 1, 3)
        grid.setColumnStretch(1, 1)

        self.cells_spin = QSpinBox(self)
        self.villages_spin = QSpinBox(self)
        for spin, value in ((self.cells_spin, config.min_cells),
                            (self.villages_spin, config.min_villages)):
            spin.setLocale(locale_for(lang))
            spin.setRange(0, 10_000_000)
            spin.setSingleStep(1000)
            spin.setGroupSeparatorShown(True)
            spin.setValue(value)
        self.size_note = QLabel(self)
        self.size_note.setWordWrap(True)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.size_box = QGroupBox(self)
        self.cells_label = QLabel(self)
        self.villages_label = QLabel(self)
        self.cells_label.setBuddy(self.cells_spin)
        self.villages_label.setBuddy(self.villages_spin)
        self.size_form = QFormLayout(self.size_box)
        self.size_form.addRow(self.cells_label, self.cells_spin)
        self.size_form.addRow(self.villages_label, self.villages_spin)
        self.size_form.addRow(self.size_note)
        self.size_form.addRow(self.folder_label)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.engine_box)
        layout.addWidget(self.size_box)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        {IN_PROCESS: self.in_process_radio, LOCAL_CLUSTER: self.local_radio,
         SCHEDULER: self.scheduler_radio}.get(config.engine, self.in_process_radio).setChecked(True)
        self.engines.buttonToggled.connect(self._update)
        for spin in (self.workers_spin, self.cells_spin, self.villages_spin):
            spin.valueChanged.connect(self._update)
        self.address_edit.textEdited.connect(self._clear_status)
        self.test_button.clicked.connect(self.test_connection)
        self.setMinimumWidth(660)
        self.retranslate()
        self._fit()

    # ---- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compute engine"))
        self.engine_box.setTitle(self.tr("Compute the coverage on"))
        self.in_process_radio.setText(self.tr("&This computer (the built-in engine)"))
        self.local_radio.setText(self.tr("A &local Dask cluster of"))
        self.workers_spin.setSuffix(self.tr(" worker processes"))
        self.workers_spin.setToolTip(self.tr("One process per CPU core is usually best"))
        self.scheduler_radio.setText(self.tr("The Dask &scheduler at"))
        self.test_button.setText(self.tr("Test &connection"))
        self.test_button.setToolTip(self.tr("Ask the scheduler for its workers"))
        self.cluster_help.setText(self.tr(
            "A cluster of several machines: start `dask scheduler` on one machine and "
            "`dask worker tcp://HOST:8786 --nthreads 1` on every machine that computes. Every "
            "machine needs this application's Python package and the data folder at the same "
            "path (see docs/cluster.md)."))
        self.size_box.setTitle(self.tr("Use Dask only for big folders"))
        self.cells_label.setText(self.tr("From this &many cells:"))
        self.villages_label.setText(self.tr("or this many &villages:"))
        self.size_note.setText(self.tr(
            "Smaller folders are computed on this computer: starting Dask workers takes "
            "seconds, more than a province's analysis gains. 0 means always Dask."))
        self._update()

    # ---- the choice -------------------------------------------------------------------------
    def engine(self) -> str:
        checked = self.engines.checkedButton()
        return checked.property("engine") if checked is not None else IN_PROCESS

    def config(self) -> ComputeSettings:
        """The settings as the dialog shows them (the address as typed)."""
        return ComputeSettings(engine=self.engine(), workers=self.workers_spin.value(),
                               scheduler=self.address_edit.text().strip(),
                               min_cells=self.cells_spin.value(),
                               min_villages=self.villages_spin.value())

    def engine_text(self, config: ComputeSettings | None = None) -> str:
        """The choice in one sentence (for the status bar)."""
        c = config or self.config()
        loc = locale_for(self.lang)
        cells, villages = loc.toString(c.min_cells), loc.toString(c.min_villages)
        if c.engine == LOCAL_CLUSTER:
            return self.tr("a local Dask cluster of {0} worker processes, for folders from {1} "
                           "cells or {2} villages").format(c.workers, cells, villages)
        if c.engine == SCHEDULER:
            return self.tr("the Dask scheduler at {0}, for folders from {1} cells or {2} "
                           "villages").format(c.scheduler, cells, villages)
        return self.tr("this computer")

    def _update(self, *args) -> None:
        engine = self.engine()
        self.workers_spin.setEnabled(engine == LOCAL_CLUSTER)
        self.address_edit.setEnabled(engine == SCHEDULER)
        self.test_button.setEnabled(engine == SCHEDULER and not self.testing)
        self.size_box.setEnabled(engine != IN_PROCESS)
        if self.counts is None:
            self.folder_label.setText("")
            return
        cells, villages = self.counts
        loc = locale_for(self.lang)
        if engine != IN_PROCESS and is_big(cells, villages, self.config()):
            text = self.tr("The open folder ({0} cells, {1} villages) will be computed on Dask.")
        else:
            text = self.tr("The open folder ({0} cells, {1} villages) will be computed on this "
                           "computer.")
        self.folder_label.setText(text.format(loc.toString(cells), loc.toString(villages)))

    def _clear_status(self, *args) -> None:
        self.status.setText("")
        self.status.setStyleSheet("")

    def _show(self, text: str, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("" if ok else "color: #b2182b;")
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the wrapped texts at the dialog's width (a dialog does not grow by
        itself when a label gets more lines)."""
        layout = self.layout()
        width = max(self.width(), self.minimumWidth())
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        self.resize(width, max(self.height(), height, self.sizeHint().height()))

    def checked_address(self) -> str | None:
        """The scheduler address in full (shown so in the field), or None with the problem
        shown."""
        from coverage_planner.core.distributed.cluster import scheduler_address

        try:
            address = scheduler_address(self.address_edit.text())
        except DataError as exc:
            self._show(exc.message(self.lang), ok=False)
            self.address_edit.setFocus()
            return None
        self.address_edit.setText(address)
        return address

    def accept(self) -> None:
        """Save the choice; a malformed scheduler address keeps the dialog open and says why."""
        if self.engine() == SCHEDULER and self.checked_address() is None:
            return
        app_settings.save_compute_settings(self.config())
        super().accept()

    # ---- "Test connection" ------------------------------------------------------------------
    def test_connection(self) -> None:
        """Ask the scheduler for its workers (off the GUI thread); :attr:`tested` tells."""
        address = self.checked_address()
        if address is None:
            self.tested.emit(False, self.status.text())
            return
        from coverage_planner.core.distributed.cluster import probe_scheduler

        self._ticket += 1
        ticket = self._ticket
        self.testing = True
        self._update()
        self._show(self.tr("Connecting to {0}…").format(address), ok=True)
        run_in_background(lambda: probe_scheduler(address, TEST_TIMEOUT, ALTERNATIVE), self,
                          lambda info: self._tested(ticket, info, None),
                          lambda exc: self._tested(ticket, None, exc))

    def _tested(self, ticket: int, info, exc) -> None:
        if ticket != self._ticket:
            return
        self.testing = False
        self._update()
        if exc is not None:
            text, ok = error_text(exc, self.lang), False
        elif not info.workers:
            text, ok = self.tr(
                "The scheduler at {0} answers but has no workers: start them with "
                "`dask worker {0}` (see docs/cluster.md).").format(info.address), False
        else:
            text, ok = self.workers_text(info), True
        self._show(text, ok)
        self.tested.emit(ok, text)

    def workers_text(self, info) -> str:
        """"Connected to …. Workers: 2 · threads: 2 · memory: 4 GB", then one line per worker."""
        loc = locale_for(self.lang)

        def memory(n: int) -> str:
            return loc.formattedDataSize(n) if n else self.tr("no limit")

        lines = [self.tr("Connected to {0}. Workers: {1} · threads: {2} · memory: {3}").format(
            info.address, len(info.workers), info.threads, memory(info.memory))]
        for w in info.workers[:LISTED_WORKERS]:
            lines.append(self.tr("• {0}: threads: {1} · memory: {2}").format(
                w.address, w.threads, memory(w.memory)))
        if len(info.workers) > LISTED_WORKERS:
            lines.append(self.tr("… and {0} more").format(len(info.workers) - LISTED_WORKERS))
        return "\n".join(lines)
