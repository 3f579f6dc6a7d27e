"""A coverage result as the page receives it: every village's status key, popup and tooltip,
the styles and the legend, in a ``.js`` file next to the page (``cpLoadResult``).

After a what-if edit only the villages whose row changed are sent (``"partial": true``): the
page keeps the others.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coverage_planner.mapview.escape import esc, js_json, text_of
from coverage_planner.mapview.status import (
    HIDDEN_WITH_RESULT,
    legend_block,
    operators_of,
    patterns,
    popup_html,
    short_status,
    styles,
    village_status,
)


def changed_rows(villages: pd.DataFrame, previous: pd.DataFrame | None) -> np.ndarray | None:
    """Positions of the villages whose row differs from ``previous``, the table the page shows;
    None when the two do not line up (other villages, order or columns: send everything)."""
    if previous is None or len(previous) != len(villages) \
            or list(previous.columns) != list(villages.columns):
        return None
    try:
        ids = [t["village_id"].to_numpy(dtype=object).astype(str) for t in (villages, previous)]
        if not np.array_equal(*ids):
            return None
        changed = np.zeros(len(villages), bool)
        for col in villages.columns:  # column by column in numpy (15,000 rows: milliseconds)
            x, y = villages[col].to_numpy(), previous[col].to_numpy()
            if x.dtype.kind in "biuf" and y.dtype.kind in "biuf":
                differ = x != y
            else:
                x, y = x.astype(object, copy=False), y.astype(object, copy=False)
                differ = np.asarray(x != y, dtype=bool)
            if differ.any():  # NaN on both sides is no change
                at = np.flatnonzero(differ)
                differ[at] = ~(pd.isna(x[at]) & pd.isna(y[at]))
                changed |= differ
        return np.flatnonzero(changed)
    except (TypeError, ValueError, KeyError):  # cells that do not compare: send everything
        return None


def result_payload(villages: pd.DataFrame, lang: str,
                   previous: pd.DataFrame | None = None) -> dict:
    """Everything the page needs to show a result: styles, patterns, the legend block, and per
    village id ``[style key, popup HTML, tooltip HTML]``.

    With ``previous`` (the result's table the page shows, e.g. before a what-if edit), only the
    villages whose row changed are sent (``"partial": true``; the page keeps the others): an
    edit changes a few hundred villages, not 15,000.
    """
    status = village_status(villages)
    operators = operators_of(villages)
    rows = changed_rows(villages, previous)
    positions = np.arange(len(villages)) if rows is None else rows
    records = villages.iloc[positions].to_dict("records")
    per_village = {}
    for pos, row in zip(positions, records):
        fiber, mobile, key = bool(status.fiber[pos]), str(status.mobile[pos]), status.keys[pos]
        tip = text_of(row.get("name"))
        gaps = short_status(fiber, mobile, lang)
        if gaps:
            tip = f"{tip} \u2014 {gaps}"
        per_village[status.ids[pos]] = [str(key), popup_html(row, fiber, mobile, operators, lang),
                                        esc(tip)]
    return {
        "styles": styles(),
        "patterns": patterns(),
        "legend": legend_block(status, lang),
        "counts": status.counts(),
        "hide": list(HIDDEN_WITH_RESULT),
        "partial": rows is not None,
        "v": per_village,
    }


def result_script(payload: dict, seq: int) -> str:
    """The ``.js`` file the page loads to show a result (never inlined into the page)."""
    return f"window.cpResultData={js_json(payload)};window.cpResultData.seq={int(seq)};\n"
