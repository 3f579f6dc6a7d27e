"""A small horizontal bar chart painted with QPainter (no QtCharts: fewer moving parts offscreen).

Each row is a category (a district, a carrier) with one value per series. ``stacked`` draws the
series end to end in one bar (e.g. with / without fiber); ``grouped`` draws one thin bar per
series under each other, all on the same scale.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass
class Bar:
    label: str
    values: list[float]
    note: str = ""  # written right of the bar
    tip: str = ""


class BarChart(QWidget):
    ROW_STACKED = 20
    ROW_GROUP_BAR = 7
    LEGEND_H = 20

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.series: list[tuple[str, QColor]] = []
        self.mode = "stacked"
        self.maximum: float | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._rows: list[tuple[QRectF, Bar]] = []
        self._widths: tuple[int, int] | None = None  # widest label and note, once per data

    def changeEvent(self, event) -> None:  # noqa: N802
        self._widths = None  # the font may have changed
        super().changeEvent(event)

    def _text_widths(self, fm: QFontMetrics) -> tuple[int, int]:
        if self._widths is None:
            self._widths = (max((fm.horizontalAdvance(b.label) for b in self.bars), default=0),
                            max((fm.horizontalAdvance(b.note) for b in self.bars), default=0))
        return self._widths

    def set_data(self, bars: list[Bar], series: list[tuple[str, QColor]], mode: str = "stacked",
                 maximum: float | None = None) -> None:
        self.bars, self.series, self.mode, self.maximum = bars, series, mode, maximum
        self._widths = None
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def row_height(self) -> int:
        if self.mode == "grouped":
            return max(self.ROW_STACKED, len(self.series) * (self.ROW_GROUP_BAR + 1) + 6)
        return self.ROW_STACKED

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(1, len(self.bars))
        return QSize(320, self.LEGEND_H + rows * self.row_height() + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.sizeHint().height())

    def _scale(self) -> float:
        if self.maximum:
            return float(self.maximum)
        if self.mode == "stacked":
            return max((sum(b.values) for b in self.bars), default=0.0) or 1.0
        return max((max(b.values, default=0.0) for b in self.bars), default=0.0) or 1.0

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        text_pen = QPen(pal.color(pal.ColorRole.WindowText))
        fm = QFontMetrics(self.font())
        w = self.width()
        # legend
        x = 4.0
        for name, colour in self.series:
            painter.fillRect(QRectF(x, 5, 11, 11), colour)
            painter.setPen(text_pen)
            painter.drawText(QRectF(x + 15, 0, fm.horizontalAdvance(name) + 4, self.LEGEND_H),
                             Qt.AlignmentFlag.AlignVCenter, name)
            x += 15 + fm.horizontalAdvance(name) + 14
        self._rows = []
        if not self.bars:
            painter.setPen(text_pen)
            painter.drawText(QRectF(4, self.LEGEND_H, w - 8, self.ROW_STACKED),
                             Qt.AlignmentFlag.AlignVCenter, self.empty_text)
            painter.end()
            return
        widest_label, widest_note = self._text_widths(fm)
        label_w = min(widest_label + 8, int(w * 0.34))
        note_w = min(widest_note + 10, int(w * 0.45))
        left, right = label_w + 4, w - note_w - 4
        span = max(10.0, right - left)
        scale = self._scale()
        row_h = self.row_height()
        y = float(self.LEGEND_H)
        # only the rows in the exposed area are drawn (hundreds of communes in a scroll area)
        top, bottom = event.rect().top(), event.rect().bottom()
        for bar in self.bars:
            row = QRectF(0, y, w, row_h)
            self._rows.append((row, bar))
            if y + row_h < top or y > bottom:
                y += row_h
                continue
            painter.setPen(text_pen)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 6)
            painter.drawText(QRectF(2, y, label_w - 4, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            if self.mode == "stacked":
                bx = float(left)
                for value, (_, colour) in zip(bar.values, self.series):
                    bw = span * max(0.0, value) / scale
                    painter.fillRect(QRectF(bx, y + 3, bw, row_h - 6), colour)
                    bx += bw
            else:
                by = y + 3
                for value, (_, colour) in zip(bar.values, self.series):
                    bw = span * max(0.0, value) / scale
                    painter.fillRect(QRectF(left, by, bw, self.ROW_GROUP_BAR), colour)
                    by += self.ROW_GROUP_BAR + 1
            painter.setPen(text_pen)
            painter.drawText(QRectF(right + 4, y, note_w, row_h), Qt.AlignmentFlag.AlignVCenter,
                             bar.note)
            y += row_h
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        for rect, bar in self._rows:
            if rect.contains(pos) and bar.tip:
                QToolTip.showText(event.globalPosition().toPoint(), bar.tip, self)
                return
        QToolTip.hideText()
