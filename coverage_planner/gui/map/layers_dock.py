"""A dock listing the loaded layers with their feature counts and origin (real / synthetic)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDockWidget, QHeaderView, QTreeWidget, QTreeWidgetItem

from coverage_planner.gui.i18n import Retranslating
from coverage_planner.mapview.summary import ProjectSummary


class LayersDock(Retranslating, QDockWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("LayersDock")
        self._summary: ProjectSummary | None = None
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setWidget(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Layers"))
        self.tree.setHeaderLabels([self.tr("Layer"), self.tr("Features"), self.tr("Origin")])
        self.show_summary(self._summary)

    def layer_name(self, name: str) -> str:
        names = {
            "villages": self.tr("Villages"),
            "households": self.tr("Households"),
            "cells": self.tr("Cells"),
            "fiber_cables": self.tr("Fiber cables"),
            "fiber_access_points": self.tr("Fiber access points"),
            "wifi": self.tr("Public Wi-Fi"),
            "communes": self.tr("Communes"),
            "districts": self.tr("Districts"),
            "roads": self.tr("Roads"),
            "dem": self.tr("Terrain (DEM)"),
            "measurements": self.tr("Measurements (drive test)"),
        }
        return names.get(name, name)

    def origin_text(self, origin: str | None) -> str:
        if origin == "real":
            return self.tr("real")
        if origin == "synthetic":
            return self.tr("synthetic")
        return origin or self.tr("unknown")

    def show_summary(self, summary: ProjectSummary | None) -> None:
        self._summary = summary
        self.tree.clear()
        if summary is None:
            return
        for info in summary.layers:
            count = f"{info.count:,}" if info.name != "dem" else ""
            item = QTreeWidgetItem([self.layer_name(info.name), count,
                                    self.origin_text(info.origin)])
            item.setData(0, Qt.ItemDataRole.UserRole, info.name)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if info.origin == "synthetic":
                item.setForeground(2, QBrush(QColor("#a15c00")))
                item.setToolTip(2, self.tr("Generated data, not real: do not use for decisions"))
            self.tree.addTopLevelItem(item)

    def rows(self) -> list[tuple[str, str, str]]:
        """(layer key, count text, origin text) of each row, for tests."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            out.append((item.data(0, Qt.ItemDataRole.UserRole), item.text(1), item.text(2)))
        return out
