"""The offline HTML map: a folder with ``index.html``, its vendored assets and the gap list.

The page is the map view's (:func:`coverage_planner.mapview.page.build_map_page`) with the
villages coloured by one column: the villages of the list in a strong colour, the others pale.
The core must not import the map view (the layers contract), so the page builder is
registered by a layer above it — the CLI's ``export`` command, or the GUI — with
:func:`register_page_builder`. The folder also receives the list as ``gaps.csv``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.exports.columns import localised, title

COLUMN = "gap_list"
GAP_COLOURS = {"fixed": "#e31a1c", "signal": "#111111", "broadband": "#ff7f00",
               "5g": "#e7298a"}


@dataclass(frozen=True)
class Highlight:
    """How to colour the villages: the fields of the map view's ``VillageStyle``."""

    column: str
    classes: dict = field(default_factory=dict)  # value -> (colour, Text)
    default: tuple = ("#d9d9d9", Text("Other villages", "Thôn khác"))
    title: Text = Text("Villages", "Thôn, bản")


#: builder(project, out_dir, lang, highlight) -> Path of index.html
_BUILDER: list[Callable] = []


def register_page_builder(builder: Callable) -> None:
    """Register ``builder(project, out_dir, lang, highlight: Highlight) -> Path`` (index.html)."""
    _BUILDER[:] = [builder]


def highlight(table) -> Highlight:
    gaps = table.attrs.get("gaps", "fixed")
    lang_title = Text(title(table, "en"), title(table, "vi"))
    label = Text(f"In the list ({len(table)})", f"Trong danh sách ({len(table)})")
    return Highlight(COLUMN, {"yes": (GAP_COLOURS.get(gaps, "#e31a1c"), label)},
                     title=lang_title)


def write(table, out: Path, job) -> list[Path]:
    if not _BUILDER:
        raise DataError(None, Text("the HTML map needs the map view, which is not loaded",
                                   "bản đồ HTML cần mô-đun bản đồ, mô-đun này chưa được nạp"),
                        Text("call coverage_planner.core.exports.register_page_builder first "
                             "(the command line and the window do it)",
                             "gọi coverage_planner.core.exports.register_page_builder trước "
                             "(dòng lệnh và cửa sổ ứng dụng tự làm)"))
    villages = job.project.villages.copy()
    ids = set(table["village_id"].astype(str))
    villages[COLUMN] = ["yes" if str(v) in ids else "no" for v in villages["village_id"]]
    project = replace(job.project, villages=villages)
    job.step(0.2, Text("HTML map", "Bản đồ HTML"))
    index = Path(_BUILDER[0](project, out, job.lang, highlight(table)))
    csv = out / "gaps.csv"
    localised(table, job.lang).to_csv(csv, index=False, encoding="utf-8-sig")
    return [index, csv]
