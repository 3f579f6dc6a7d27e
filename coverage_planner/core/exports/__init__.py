"""Gap lists and reports for the carriers: CSV, Excel, GeoPackage, GeoJSON, KML/KMZ,
zipped Shapefile, an offline HTML map and a PDF report. Qt-free.

Typical use (the CLI's ``export`` and ``report`` commands do exactly this)::

    from coverage_planner.core import exports
    table = exports.gap_table(project, result, "fixed", operator=None, by="district", lang="vi")
    paths = exports.write(table, project, result, "xlsx", "gaps.xlsx")
    pdf = exports.write_report(project, result, "report.pdf", lang="vi")

- :func:`gap_table` — which villages a list holds, for the province or a carrier, is
  documented in :mod:`.gaps`; columns in :mod:`.columns` (stable keys; :func:`localised` gives
  the headers of a language, :data:`SHAPEFILE_FIELDS` the shapefile names).
- :func:`write` — one format of :data:`FORMATS`; returns the files written. ``html`` writes a
  folder and needs the map view's page builder, registered once by a layer allowed to import
  :mod:`coverage_planner.mapview` (see :func:`register_page_builder`; the CLI does it).
- :func:`write_report` — the PDF report.

Long work reports ``progress(fraction, message)``; bad input raises
:class:`~coverage_planner.core.common.errors.DataError` naming the file and the fix.
"""

from __future__ import annotations

from pathlib import Path

from coverage_planner.core.exports.actions import fiber_plan
from coverage_planner.core.exports.columns import (
    GAP_TITLES,
    GAPS,
    HEADERS,
    KEYS,
    SHAPEFILE_FIELDS,
    localised,
    title,
)
from coverage_planner.core.exports.gaps import ASSIGN, BY, carrier_name, carriers, gap_table
from coverage_planner.core.exports.htmlmap import register_page_builder
from coverage_planner.core.exports.registry import FORMATS, Format, Job, format_for, run


def write(table, project, result, fmt: str | None, out: str | Path, lang: str | None = None,
          progress=None, **options) -> list[Path]:
    """Write the gap ``table`` in format ``fmt`` (None: from ``out``'s ending) to ``out``.

    ``lang`` defaults to the table's. Options: ``plan`` (a ``plan_fiber`` result, for the
    GeoPackage's fiber-extension layer), ``polygons`` (GeoPackage: also the village areas,
    default True). Returns the paths written (for ``html``: ``index.html`` first).
    """
    f = format_for(out, fmt)
    lang = lang or table.attrs.get("lang", "vi")
    job = Job(project, result, "en" if lang == "en" else "vi", f.name, progress, dict(options))
    job.step(0.0, FORMATS[f.name].label)
    paths = run(table, out, job, f)
    job.step(1.0, FORMATS[f.name].label)
    return paths


def write_report(project, result, out: str | Path, lang: str = "vi", progress=None,
                 gaps: str = "fixed", plan=None, rollout=None) -> Path:
    """The PDF report (see :mod:`.report`) with the ``gaps`` list (and, given ``rollout``, the
    rollout plan's pages); returns its path."""
    from coverage_planner.core.exports.report import write_pdf

    return write_pdf(project, result, out, "en" if lang == "en" else "vi", progress, gaps, plan,
                     rollout=rollout)


__all__ = [
    "ASSIGN", "BY", "FORMATS", "Format", "GAPS", "GAP_TITLES", "HEADERS", "KEYS",
    "SHAPEFILE_FIELDS", "carrier_name", "carriers", "fiber_plan", "format_for", "gap_table",
    "localised", "register_page_builder", "title", "write", "write_report",
]
