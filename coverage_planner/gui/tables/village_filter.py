"""Which villages the table shows, and the counts of any subset (no Qt: tested on its own).

A filter is plain data (:class:`VillageFilter`) kept in the application model, so that the
table, the dashboard and the status bar read the same one. Communes are keyed by
(district, commune): names repeat across districts (two "Xã Thanh Bình").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

#: status filter values, in the order the table offers them
STATUSES = ("all", "no_signal", "weak", "no_broadband", "no_fiber", "no_5g")
TECHS = ("2G", "3G", "4G", "5G")



def _strip(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def _fold_table() -> dict[int, str | None]:
    """Latin letters with diacritics -> bare letters, combining marks -> nothing (one
    ``str.translate`` per text instead of a Python loop over its characters)."""
    table: dict[int, str | None] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        bare = _strip(chr(code))
        if bare != chr(code):
            table[code] = bare
    for code in range(0x300, 0x370):  # text that arrived decomposed (NFD)
        table[code] = None
    return table


_FOLD = _fold_table()


def fold(text) -> str:
    """Lower case without Vietnamese diacritics: "Bản Phố" -> "ban pho", "Đồng" -> "dong"."""
    if text is None or (isinstance(text, float) and np.isnan(text)):
        return ""
    text = str(text)
    bare = text.translate(_FOLD)
    if not bare.isascii():  # anything the table does not know: the slow, complete way
        bare = _strip(bare)
    return " ".join(bare.casefold().split())


def fold_all(texts) -> list[str]:
    """:func:`fold` of many texts, each distinct text folded once."""
    if hasattr(texts, "to_numpy"):  # a pandas column: no per-item pandas indexing
        texts = texts.to_numpy(dtype=object)
    memo: dict = {}
    out = []
    for t in texts:
        key = t if isinstance(t, str) else repr(t)
        if key not in memo:
            memo[key] = fold(t)
        out.append(memo[key])
    return out


@dataclass(frozen=True)
class VillageFilter:
    """District and commune (a commune needs its district), status, carrier and a search text.

    With a carrier, the mobile statuses (no signal, no 3G/4G, no 5G) are that carrier's.
    """

    district: str | None = None
    commune: str | None = None
    status: str = "all"
    carrier: str | None = None
    search: str = ""

    def scope(self) -> VillageFilter:
        """The area and carrier only (what the dashboard summarises)."""
        return replace(self, status="all", search="")

    @property
    def is_everything(self) -> bool:
        return self == VillageFilter()


def bools(df: pd.DataFrame, column: str, default: bool = False) -> np.ndarray:
    """A column as booleans (missing values and a missing column: ``default``)."""
    if column not in df.columns:
        return np.full(len(df), default)
    values = df[column].to_numpy()
    if values.dtype == bool:  # a result's flags: as they are, no copy (so: read only)
        values = values.view()
        values.setflags(write=False)
        return values
    return df[column].fillna(default).astype(bool).to_numpy()


def mobile_columns(df: pd.DataFrame, carrier: str | None = None) -> dict[str, np.ndarray]:
    """signal, broadband (3G/4G), 5G and per-technology signal, overall or of one carrier."""
    if carrier is None:
        out = {
            "signal": bools(df, "mobile_signal"),
            "broadband": bools(df, "mobile_broadband"),
            "5g": bools(df, "has_5g"),
        }
        for tech in TECHS:
            out[tech] = bools(df, f"signal_{tech}")
        return out
    out = {tech: bools(df, f"signal_{tech}_{carrier}") for tech in TECHS}
    out["signal"] = out["2G"] | out["3G"] | out["4G"] | out["5G"]
    # the engine counts a carrier's 3G/4G by its signal thresholds (summary "by_operator")
    out["broadband"] = out["3G"] | out["4G"]
    out["5g"] = out["5G"]
    return out


def status_mask(df: pd.DataFrame, status: str, carrier: str | None = None) -> np.ndarray:
    if status == "all":
        return np.ones(len(df), bool)
    if status == "no_fiber":
        return ~bools(df, "fixed_broadband", True)
    if status == "weak":
        return bools(df, "weak_pocket")
    mobile = mobile_columns(df, carrier)
    if status == "no_signal":
        return ~mobile["signal"]
    if status == "no_broadband":
        return ~mobile["broadband"]
    if status == "no_5g":
        return ~mobile["5g"]
    raise ValueError(f"unknown status filter {status!r}")


def search_haystack(df: pd.DataFrame) -> list[str]:
    """Folded "name commune village_id" of each row (computed once per result)."""
    cols = [c for c in ("name", "commune", "village_id") if c in df.columns]
    folded = [fold_all(df[c]) for c in cols]
    return [" ".join(v for v in values if v) for values in zip(*folded)]


def search_mask(haystack: list[str], query: str) -> np.ndarray:
    """Rows whose text holds every word of ``query`` (diacritics and case ignored)."""
    words = fold(query).split()
    if not words:
        return np.ones(len(haystack), bool)
    phrase = " ".join(words)
    return np.fromiter(
        (phrase in text or all(w in text for w in words) for text in haystack),
        bool, count=len(haystack),
    )


def area_mask(df: pd.DataFrame, district: str | None, commune: str | None) -> np.ndarray:
    mask = np.ones(len(df), bool)
    if district is not None:
        mask &= (df["district"].astype(str) == district).to_numpy()
        if commune is not None:
            mask &= (df["commune"].astype(str) == commune).to_numpy()
    return mask


def filter_mask(df: pd.DataFrame, f: VillageFilter,
                haystack: list[str] | None = None) -> np.ndarray:
    """Rows of a result's villages table that ``f`` keeps."""
    mask = area_mask(df, f.district, f.commune)
    mask &= status_mask(df, f.status, f.carrier)
    if f.search.strip():
        mask &= search_mask(haystack if haystack is not None else search_haystack(df), f.search)
    return mask


def metric_mask(df: pd.DataFrame, metric: str, carrier: str | None = None) -> np.ndarray:
    """Villages having ``metric`` (a key of :func:`counts`: mobile_signal, mobile_broadband,
    villages_5g or fixed_broadband), overall or of one carrier."""
    if metric == "fixed_broadband":
        return bools(df, "fixed_broadband", True)
    mobile = mobile_columns(df, carrier)
    return mobile[{"mobile_signal": "signal", "mobile_broadband": "broadband",
                   "villages_5g": "5g"}[metric]]


def counts(df: pd.DataFrame, carrier: str | None = None) -> dict[str, int]:
    """The 2023 table's counts for the villages of ``df`` (keys of ``CoverageResult.summary``).

    With a carrier, signal / 3G-4G / 5G are that carrier's.
    """
    mobile = mobile_columns(df, carrier)
    fixed = bools(df, "fixed_broadband", True)
    households = pd.to_numeric(df.get("households", pd.Series(dtype=float)), errors="coerce")
    fiber_hh = pd.to_numeric(df.get("fiber_subscribers", pd.Series(dtype=float)),
                             errors="coerce")
    return {
        "villages_total": int(len(df)),
        "mobile_signal": int(mobile["signal"].sum()),
        "no_signal": int((~mobile["signal"]).sum()),
        "weak_signal_pockets": int(bools(df, "weak_pocket").sum()),
        "mobile_broadband": int(mobile["broadband"].sum()),
        "villages_5g": int(mobile["5g"].sum()),
        "fixed_broadband": int(fixed.sum()),
        "without_fixed_broadband": int((~fixed).sum()),
        "households_total": int(households.fillna(0).sum()),
        "households_fiber": int(fiber_hh.fillna(0).sum()),
    }


def areas(df: pd.DataFrame) -> dict[str, list[str]]:
    """district -> its communes, both sorted the Vietnamese way (diacritics ignored first)."""
    out: dict[str, list[str]] = {}
    if df is None or "district" not in df.columns:
        return out
    pairs = df[["district", "commune"]].astype(str).drop_duplicates()
    for district, group in pairs.groupby("district", sort=False):
        out[district] = sorted(group["commune"], key=lambda c: (fold(c), c))
    return dict(sorted(out.items(), key=lambda kv: (fold(kv[0]), kv[0])))
