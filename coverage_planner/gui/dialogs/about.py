"""Help > About: version, libraries and their licences, where the data come from, what is synthetic."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout

from coverage_planner import __version__
from coverage_planner.core.project.model import Project
from coverage_planner.mapview.provenance import layer_entries

LIBRARIES = (
    ("Leaflet 1.9.4", "BSD-2-Clause"),
    ("Leaflet.markercluster 1.5.3", "MIT"),
    ("folium", "MIT"),
    ("Qt 6 / PySide6, Qt WebEngine", "LGPL-3.0"),
    ("GeoPandas, Shapely, pyproj, rasterio", "BSD / MIT"),
)


def _esc(value) -> str:
    return html.escape(str(value), quote=True)


def data_readme(project: Project | None) -> str | None:
    """The data folder's README.md (the embedded data set documents its sources there)."""
    if project is None or project.root is None:
        return None
    path = Path(project.root) / "README.md"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


class AboutDialog(QDialog):
    def __init__(self, project: Project | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Coverage Planner"))
        self.resize(640, 520)
        tabs = QTabWidget(self)
        self.about = QTextBrowser(self)
        self.about.setOpenExternalLinks(False)
        self.about.setHtml(self.about_html(project))
        tabs.addTab(self.about, self.tr("About"))
        readme = data_readme(project)
        if readme:
            self.readme = QTextBrowser(self)
            self.readme.setOpenExternalLinks(False)
            self.readme.setMarkdown(readme)
            tabs.addTab(self.readme, self.tr("Data set"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    def about_html(self, project: Project | None) -> str:
        parts = [
            f"<h2>Coverage Planner {_esc(__version__)}</h2>",
            "<p>" + _esc(self.tr(
                "Village-level planning of mobile, 5G, fiber and public Wi-Fi coverage, "
                "on an offline map.")) + "</p>",
            "<h3>" + _esc(self.tr("Data")) + "</h3>",
        ]
        provenance = project.provenance if project is not None else {}
        entries = layer_entries(provenance)
        if isinstance(provenance, dict) and isinstance(provenance.get("name"), str):
            parts.append(f"<p><b>{_esc(provenance['name'])}</b></p>")
        if project is not None and project.root is not None:
            folder = self.tr("Folder")
            parts.append(f"<p>{_esc(folder)}: {_esc(project.root)}</p>")
        notice = provenance.get("synthetic_notice") if isinstance(provenance, dict) else None
        if isinstance(notice, str) and notice:
            parts.append(f"<p style='background:#fff3cd; padding:4px'>{_esc(notice)}</p>")
        if entries:
            synthetic = [name for name, e in entries.items()
                         if str(e.get("origin", "")).lower() == "synthetic"]
            if synthetic:
                parts.append(
                    "<p style='background:#fff3cd; padding:4px'><b>"
                    + _esc(self.tr("Synthetic (generated, not real) layers"))
                    + ":</b> " + _esc(", ".join(synthetic)) + "</p>"
                )
            licences = {name: e.get("licence") or e.get("license") or ""
                        for name, e in entries.items()}
            with_licence = any(licences.values())
            rows = "".join(
                f"<tr><td>{_esc(name)}</td><td>{_esc(e.get('origin', ''))}</td>"
                f"<td>{_esc(e.get('source') or e.get('note') or '')}</td>"
                + (f"<td>{_esc(licences[name])}</td>" if with_licence else "")
                + "</tr>"
                for name, e in entries.items()
            )
            headers = [self.tr("Layer"), self.tr("Origin"), self.tr("Source")]
            if with_licence:
                headers.append(self.tr("Licence"))
            head = "".join(f"<th align='left'>{_esc(h)}</th>" for h in headers)
            parts.append(f"<table cellpadding='3'><tr>{head}</tr>{rows}</table>")
        else:
            parts.append("<p>" + _esc(self.tr(
                "The open data folder does not say where its layers come from.")) + "</p>")
        libs = "".join(f"<li>{_esc(name)} ({_esc(lic)})</li>" for name, lic in LIBRARIES)
        software = self.tr("Software")
        parts.append(f"<h3>{_esc(software)}</h3><ul>{libs}</ul>")
        parts.append("<p>" + _esc(self.tr(
            "The map works offline: its web libraries ship with the program "
            "(resources/web/VENDORED.md).")) + "</p>")
        return "".join(parts)
