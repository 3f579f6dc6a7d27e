"""The live preview while a mast is dragged: the villages it would gain or lose, for
``cpShowPreview``.

Compared with the scenario as it stands (before the drag), not with the baseline: a planner
moving a mast along a ridge sees what this position adds or costs against where it was. Only
the mobile flags count (a mast does not change fiber). Positions are ``[lat, lon]``; the one
text is escaped here, as every text the page inserts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from coverage_planner.core.common.text import Text
from coverage_planner.mapview.escape import esc

#: the villages' flags a mast changes, and how a count of each is said
FLAGS = {
    "mobile_signal": Text("signal", "sóng di động"),
    "mobile_broadband": Text("3G/4G", "3G/4G"),
    "has_5g": Text("5G", "5G"),
}
GAINED = Text("+{n} villages gain {what}", "+{n} thôn được phủ {what}")
LOST = Text("−{n} villages lose {what}", "−{n} thôn mất {what}")
SAME = Text("no village changes", "không thôn nào thay đổi")
DECIMALS = 6


def _flags(table: pd.DataFrame, col: str) -> np.ndarray:
    return table[col].to_numpy(bool) if col in table.columns else np.zeros(len(table), bool)


def preview_payload(before: pd.DataFrame, after: pd.DataFrame, lat: float, lon: float,
                    lang: str = "vi") -> dict:
    """``{"la", "lo", "g": [[lat, lon], ...], "l": [...], "t": label}`` for a mast previewed at
    (lat, lon): the villages gaining any of :data:`FLAGS` (``g``), those losing one (``l``; a
    village may be in both), and one line counting them per flag."""
    gained = np.zeros(len(after), bool)
    lost = np.zeros(len(after), bool)
    parts_g, parts_l = [], []
    for col, what in FLAGS.items():
        was, now = _flags(before, col), _flags(after, col)
        g, lo = ~was & now, was & ~now
        gained |= g
        lost |= lo
        if g.any():
            parts_g.append(GAINED.format(n=int(g.sum()), what=what(lang))(lang))
        if lo.any():
            parts_l.append(LOST.format(n=int(lo.sum()), what=what(lang))(lang))
    ll = np.round(after[["centre_lat", "centre_lon"]].to_numpy(float), DECIMALS)
    text = "; ".join(parts_g + parts_l) or SAME(lang)
    return {"la": round(float(lat), DECIMALS), "lo": round(float(lon), DECIMALS),
            "g": ll[gained].tolist(), "l": ll[lost].tolist(), "t": esc(text)}


__all__ = ["preview_payload"]
