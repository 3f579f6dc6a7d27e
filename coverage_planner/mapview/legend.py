"""The legend and the attribution line, as escaped HTML fragments."""

from __future__ import annotations

from coverage_planner.core.project.model import Project
from coverage_planner.mapview import provenance
from coverage_planner.mapview.escape import esc
from coverage_planner.mapview.i18n import tr
from coverage_planner.mapview.layers import AP_MIN_ZOOM, Payload
from coverage_planner.mapview.style import COLOURS, OPERATORS, VillageStyle


def _swatch(kind: str, colour: str, extra: str = "") -> str:
    # colours come from our own palette or a VillageStyle; escape them all the same
    return f'<i class="cp-sw cp-sw-{kind}" style="--c:{esc(colour)};{extra}"></i>'


def _row(swatch: str, label: str) -> str:
    return f'<div class="cp-lg-row">{swatch}<span>{esc(label)}</span></div>'


def legend_html(project: Project, payloads: list[Payload], style: VillageStyle,
                lang: str) -> str:
    keys = {p.key for p in payloads}
    parts = [f'<div class="cp-lg-title">{esc(tr("legend", lang))}</div>']
    if "villages" in keys:
        # a block of its own: the page replaces it when a coverage result arrives
        village = next(p for p in payloads if p.key == "villages")
        block = village.legend
        if block is None:
            block = f'<div class="cp-lg-head">{esc(style.title(lang))}</div>' + "".join(
                _row(_swatch("fill", colour), label(lang))
                for colour, label in style.legend_entries(project.villages))
        parts.append(f'<div class="cp-lg-villages">{block}</div>')
    sites = [k for k in OPERATORS if f"sites_{k}" in keys]
    if sites or "sites_5g" in keys:
        parts.append(f'<div class="cp-lg-head">{esc(tr("operator", lang))}</div>')
        for key in sites:
            display, colour = OPERATORS[key]
            parts.append(_row(_swatch("dot", colour), display or tr("other_operator", lang)))
        if "sites_5g" in keys:
            parts.append(_row(_swatch("ring", COLOURS["5g"]), tr("sites_5g", lang)))
    rows = []
    if "wifi" in keys:
        rows.append(_row(_swatch("dot", COLOURS["wifi"]), tr("wifi", lang)))
    if "fiber_cables" in keys:
        rows.append(_row(_swatch("line", COLOURS["trunk"], "--w:4px"), tr("trunk", lang)))
        rows.append(_row(_swatch("line", COLOURS["distribution"], "--w:2px"),
                         tr("distribution", lang)))
    if "fiber_access_points" in keys:
        hint = tr("from_zoom", lang, z=AP_MIN_ZOOM)
        rows.append(_row(_swatch("ring", COLOURS["access_point"]),
                         f"{tr('fiber_access_points', lang)} ({hint})"))
    if "roads" in keys:
        rows.append(_row(_swatch("line", COLOURS["road"], "--w:3px"), tr("roads", lang)))
    if "districts" in keys:
        rows.append(_row(_swatch("line", COLOURS["district"], "--w:3px"), tr("districts", lang)))
    if "communes" in keys:
        rows.append(_row(_swatch("line", COLOURS["commune"], "--w:1px"), tr("communes", lang)))
    if rows:
        parts.append('<div class="cp-lg-head"></div>')
        parts.extend(rows)
    if "measurements" in keys:
        from coverage_planner.mapview.measurements import legend_block

        parts.append(legend_block(lang))
    synthetic = provenance.synthetic_layers(project.provenance, lang)
    if synthetic:
        parts.append(
            f'<div class="cp-lg-synthetic">{esc(tr("synthetic_data", lang))}: '
            f'{esc(", ".join(synthetic))}</div>'
        )
    return "".join(parts)


def _credited(entries: list[tuple[str, str]]) -> str:
    """"communes, districts (censusVN2009 (MIT))": names, then the distinct credits."""
    names = ", ".join(name for name, _ in entries)
    credits = list(dict.fromkeys(src for _, src in entries if src))
    return names + (f" ({'; '.join(credits)})" if credits else "")


def attribution_html(project: Project, lang: str) -> str:
    """Which layers are real (and from where), partly synthetic, and synthetic."""
    groups = provenance.grouped(project.provenance, lang)
    parts = []
    if groups.get("real"):
        parts.append(f"{esc(tr('real_data', lang))}: {esc(_credited(groups['real']))}")
    if groups.get("mixed"):
        parts.append(f"{esc(tr('partly_synthetic', lang))}: {esc(_credited(groups['mixed']))}")
    if groups.get("synthetic"):
        names = ", ".join(name for name, _ in groups["synthetic"])
        parts.append(
            f'<b class="cp-synthetic">{esc(tr("synthetic_data", lang))}</b>: {esc(names)}'
        )
    return " · ".join(parts)
