"""Colours of the map, and how villages are coloured by a status column.

The coverage engine plugs in by passing a :class:`VillageStyle` for its own status column
(e.g. ``mobile_status`` with "covered" / "weak_pocket" / "no_signal").
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

import pandas as pd

from coverage_planner.core.common.text import Text

#: carrier key -> (display name, colour)
OPERATORS = {
    "viettel": ("Viettel", "#d7191c"),
    "vnpt": ("VNPT (VinaPhone)", "#2166ac"),
    "mobifone": ("MobiFone", "#f28e2b"),
    "other": ("", "#7f7f7f"),
}
COLOURS = {
    "district": "#303030",
    "commune": "#8c8c8c",
    "road": "#a6761d",
    "local_road": "#c9b48a",
    "trunk": "#6a3d9a",
    "distribution": "#b294d1",
    "access_point": "#6a3d9a",
    "wifi": "#17becf",
    "5g": "#e7298a",
    "village_line": "#5a5a5a",
}


def operator_key(name) -> str:
    """The carrier key ("viettel", "vnpt", "mobifone" or "other") of an operator name."""
    text = str(name or "").strip().lower().replace(" ", "")
    if "viettel" in text:
        return "viettel"
    if "vnpt" in text or "vinaphone" in text:
        return "vnpt"
    if "mobifone" in text or "mobi" == text:
        return "mobifone"
    return "other"


@dataclass(frozen=True)
class VillageStyle:
    """Fill colour and label of each village from one column.

    Parameters
    ----------
    column : the villages' column holding the status (None: every village gets ``default``)
    classes : status value -> (colour, label), in legend order
    default : (colour, label) for values not in ``classes`` and missing values
    bucket : optional function turning a cell value into a status value (e.g. a threshold)
    title : heading of this block in the legend
    """

    column: str | None
    classes: dict[Hashable, tuple[str, Text]] = field(default_factory=dict)
    default: tuple[str, Text] = ("#c7c7c7", Text("Village", "Thôn"))
    bucket: Callable[[object], Hashable] | None = None
    title: Text = Text("Villages", "Thôn, bản")

    def classify(self, villages: pd.DataFrame) -> list[tuple[str, Text]]:
        """(colour, label) for each row of ``villages``."""
        if self.column is None or self.column not in villages.columns:
            return [self.default] * len(villages)
        out = []
        for value in villages[self.column]:
            if self.bucket is not None:
                value = self.bucket(value)
            elif pd.isna(value):
                value = None
            out.append(self.classes.get(value, self.default))
        return out

    def legend_entries(self, villages: pd.DataFrame | None = None) -> list[tuple[str, Text]]:
        """The classes present (all of them when ``villages`` is None), then the default if used."""
        if self.column is None:
            return [self.default]
        if villages is None or self.column not in villages.columns:
            return list(self.classes.values())
        used = self.classify(villages)
        entries = [entry for entry in self.classes.values() if entry in used]
        if self.default in used:
            entries.append(self.default)
        return entries


def _has_fiber(value) -> str:
    try:
        return "yes" if float(value) > 0 else "no"
    except (TypeError, ValueError):
        return "unknown"


def fiber_subscriber_style() -> VillageStyle:
    """Villages with at least one fiber subscriber vs none (until coverage results exist)."""
    return VillageStyle(
        column="fiber_subscribers",
        classes={
            "yes": ("#66bd63", Text("Has fiber subscribers", "Đã có hộ dùng cáp quang")),
            "no": ("#fdae61", Text("No fiber subscriber", "Chưa có hộ dùng cáp quang")),
        },
        default=("#c7c7c7", Text("No data", "Không có số liệu")),
        bucket=_has_fiber,
        title=Text("Villages: fixed broadband", "Thôn: băng rộng cố định"),
    )


def neutral_style() -> VillageStyle:
    return VillageStyle(column=None)


def default_village_style(villages: pd.DataFrame | None) -> VillageStyle:
    """Fiber-subscriber colouring when the column exists, else one neutral colour."""
    if villages is not None and "fiber_subscribers" in villages.columns:
        return fiber_subscriber_style()
    return neutral_style()
