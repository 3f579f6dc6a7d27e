"""File → "Export gap list…" and "Report…": the dialogs, and the work they start (Qt-free, run
off the GUI thread by :class:`~coverage_planner.gui.controllers.exporter.Exporter`;
:mod:`coverage_planner.core.exports` does it).

The dialogs are drivable without a file dialog: set ``path_edit`` and call ``accept()``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from coverage_planner.core import exports
from coverage_planner.core.common.errors import DataError
from coverage_planner.gui.tables.village_filter import filter_mask
from coverage_planner.gui.worker import run_in_background

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GapOptions:
    gaps: str = "fixed"
    by: str = "district"
    operator: str | None = None
    assign: str = "uncovered"
    fmt: str = "csv"
    lang: str = "vi"
    filtered: bool = False  # only the villages the table shows
    out: str = ""


def filtered_ids(model) -> set[str] | None:
    """Village ids the table's filter keeps (None: no filter, every village)."""
    if model.result is None or model.filter.is_everything:
        return None
    df = model.result.villages
    return set(df.loc[filter_mask(df, model.filter), "village_id"].astype(str))


def make_table(project, result, opts: GapOptions, ids: set[str] | None):
    """The gap table of ``opts`` (restricted to ``ids`` when given). No Qt: worker thread."""
    table = exports.gap_table(project, result, opts.gaps, operator=opts.operator, by=opts.by,
                              lang=opts.lang, assign=opts.assign)
    if ids is not None:
        attrs = dict(table.attrs)
        table = table[table["village_id"].astype(str).isin(ids)].reset_index(drop=True)
        table.attrs.update(attrs)
    return table


def write_gaps(project, result, opts: GapOptions, ids: set[str] | None, progress=None):
    """Compute and write the gap list; returns the paths written. No Qt: worker thread."""
    fmt = exports.format_for(opts.out, opts.fmt)
    exports.registry.prepare(opts.out, fmt)  # refuse a bad path before the work
    table = make_table(project, result, opts, ids)
    if fmt.name == "html":
        from coverage_planner.cli.export_cmds import enable_html_export

        enable_html_export()
    return exports.write(table, project, result, fmt.name, opts.out, opts.lang,
                         progress=progress)


def error_text(exc: BaseException, lang: str) -> str:
    if isinstance(exc, DataError):
        return exc.message(lang)
    log.error("export failed", exc_info=(type(exc), exc, exc.__traceback__))
    return f"{type(exc).__name__}: {exc}"


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    for text, data in items:
        box.addItem(text, data)
    return box


def _select(box: QComboBox, data) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


class _PathRow(QWidget):
    def __init__(self, browse, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.button = QPushButton()
        self.button.clicked.connect(browse)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)


class _SavesToPath(QDialog):
    """A dialog writing a gap list's file: which gap list (``kind_box``), the language
    (``lang_box``), where to save (``path_edit``, with a Browse… button calling ``browse()``),
    OK and Cancel. OK needs a path."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.kind_box = _combo([(exports.GAP_TITLES[g](lang), g) for g in exports.GAPS])
        self.lang_box = _combo([("Tiếng Việt", "vi"), ("English", "en")])
        _select(self.lang_box, lang)
        self.path_row = _PathRow(self.browse)
        self.path_edit = self.path_row.edit
        self.path_row.button.setText(self.tr("Browse…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, rows: list[tuple[str, QWidget]], notes: tuple[QWidget, ...] = ()) -> None:
        """The form: the gap list, ``rows`` (label, widget), where to save, ``notes``, the
        buttons."""
        form = QFormLayout(self)
        form.addRow(self.tr("Gap list:"), self.kind_box)
        for label, widget in rows:
            form.addRow(label, widget)
        form.addRow(self.tr("Save to:"), self.path_row)
        for widget in notes:
            form.addRow(widget)
        form.addRow(self.buttons)

    def browse(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        if not self.path_edit.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose where to save."))
            return
        super().accept()


class ExportDialog(_SavesToPath):
    """The options of a gap list; ``options()`` once accepted."""

    def __init__(self, model, lang: str, parent=None) -> None:
        super().__init__(lang, parent)
        self.setObjectName("ExportDialog")
        self.model = model
        self._ticket = 0
        self.count: int | None = None  # the preview's villages
        project = model.project
        self.by_box = _combo([(self.tr("District"), "district"), (self.tr("Commune"), "commune")])
        self.carrier_box = _combo([(self.tr("All carriers (the province)"), None)]
                                  + [(c, c) for c in exports.carriers(project)])
        self.assign_box = _combo([(self.tr("Villages the carrier does not serve"), "uncovered"),
                                  (self.tr("Gaps nearest to the carrier's sites"), "nearest")])
        self.format_box = _combo([(f.label(lang), name) for name, f in exports.FORMATS.items()])
        self.scope_box = _combo([(self.tr("Villages the table shows (current filter)"), True),
                                 (self.tr("All villages"), False)])
        if model.filter.is_everything:
            self.scope_box.setCurrentIndex(1)
        self.preview = QLabel()
        self._lay_out([(self.tr("Grouped by:"), self.by_box),
                       (self.tr("Carrier:"), self.carrier_box),
                       (self.tr("Carrier's list:"), self.assign_box),
                       (self.tr("Format:"), self.format_box),
                       (self.tr("Language:"), self.lang_box),
                       (self.tr("Villages:"), self.scope_box)], (self.preview,))
        self.setWindowTitle(self.tr("Export gap list"))

        for box in (self.kind_box, self.carrier_box, self.assign_box, self.lang_box,
                    self.scope_box):
            box.currentIndexChanged.connect(self.update_preview)
        self.carrier_box.currentIndexChanged.connect(self._update_assign)
        self._update_assign()
        self.update_preview()

    def _update_assign(self) -> None:
        self.assign_box.setEnabled(self.carrier_box.currentData() is not None)

    def options(self) -> GapOptions:
        return GapOptions(
            gaps=self.kind_box.currentData(), by=self.by_box.currentData(),
            operator=self.carrier_box.currentData(), assign=self.assign_box.currentData(),
            fmt=self.format_box.currentData(), lang=self.lang_box.currentData(),
            filtered=bool(self.scope_box.currentData()), out=self.path_edit.text().strip())

    def ids(self) -> set[str] | None:
        return filtered_ids(self.model) if self.options().filtered else None

    def update_preview(self) -> None:
        """Count the list's villages off the GUI thread (the newest request wins)."""
        self._ticket += 1
        ticket = self._ticket
        self.count = None
        self.preview.setText(self.tr("Counting the villages…"))
        project, result = self.model.project, self.model.result
        opts, ids = self.options(), self.ids()

        def done(n) -> None:
            if ticket == self._ticket:
                self.count = int(n)
                self.preview.setText(self.tr("{0} villages").format(int(n)))

        def failed(exc) -> None:
            if ticket == self._ticket:
                self.preview.setText(error_text(exc, self.lang))

        run_in_background(lambda: len(make_table(project, result, opts, ids)), self, done,
                          failed)

    def browse(self) -> None:
        fmt = exports.FORMATS[self.format_box.currentData()]
        if fmt.folder:
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to a folder"))
        else:
            pattern = " ".join(f"*{s}" for s in fmt.suffixes)
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export gap list"),
                                                  f"gaps{fmt.suffixes[0]}",
                                                  f"{fmt.label(self.lang)} ({pattern})")
        if path:
            self.path_edit.setText(path)


class ReportDialog(_SavesToPath):
    """The PDF report: where, which language and which gap list."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(lang, parent)
        self.setObjectName("ReportDialog")
        self._lay_out([(self.tr("Language:"), self.lang_box)])
        self.setWindowTitle(self.tr("PDF report"))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDF report"), "report.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.path_edit.setText(path)
