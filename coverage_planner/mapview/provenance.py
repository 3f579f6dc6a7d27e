"""Which layers are real and which are synthetic, from ``project.provenance`` (dataset.json).

Accepted shapes: ``{"layers": {name: {"origin": "real"|"synthetic", ...}}}`` or the inner dict
alone. Layer names may be the model's ("cells", "fiber_cables") or the files' ("sites", "fiber").
"""

from __future__ import annotations

import re

from coverage_planner.core.common.text import Text

#: model layer -> other names the provenance may use for it
ALIASES = {
    "cells": ("sites", "cells", "sites.csv"),
    "fiber_cables": ("fiber", "fiber_cables", "fiber.geojson"),
    "fiber_access_points": ("fiber", "fiber_access_points", "access_points"),
    "wifi": ("wifi", "wifi_points"),
    "dem_path": ("dem", "terrain", "dem.tif"),
}

NAMES = {
    "villages": Text("villages", "thôn, bản"),
    "households": Text("households", "hộ gia đình"),
    "cells": Text("cell sites", "trạm BTS"),
    "sites": Text("cell sites", "trạm BTS"),
    "fiber_cables": Text("fiber cables", "cáp quang"),
    "fiber": Text("fiber network", "mạng cáp quang"),
    "fiber_access_points": Text("fiber access points", "điểm truy nhập cáp quang"),
    "wifi": Text("public Wi-Fi", "Wi-Fi công cộng"),
    "communes": Text("communes", "xã, phường"),
    "districts": Text("districts", "huyện"),
    "roads": Text("roads", "đường"),
    "dem": Text("terrain (DEM)", "địa hình (DEM)"),
    "clutter": Text("land cover (clutter)", "lớp phủ mặt đất (clutter)"),
    "measurements": Text("drive test", "số liệu đo kiểm"),
    "profile": Text("coverage profile", "hồ sơ phủ sóng"),
}


def layer_entries(provenance: dict | None) -> dict[str, dict]:
    """The per-layer provenance dict (``{}`` when there is none)."""
    if not isinstance(provenance, dict):
        return {}
    layers = provenance.get("layers", provenance)
    if not isinstance(layers, dict):
        return {}
    return {str(k): v for k, v in layers.items() if isinstance(v, dict)}


def origin_of(provenance: dict | None, layer: str) -> str | None:
    """"real", "synthetic" or None (unknown) for a model layer name."""
    entries = layer_entries(provenance)
    for name in (layer, *ALIASES.get(layer, ())):
        entry = entries.get(name)
        if entry is not None:
            origin = str(entry.get("origin", "")).strip().lower()
            return origin or None
    return None


def layer_display_name(name: str, lang: str) -> str:
    text = NAMES.get(name)
    return text(lang) if text is not None else name


_LICENCE = re.compile(
    r"[(,]\s*(MIT|BSD[\w.\-]*|CC[\w .\-]*?\d\.\d|ODbL[\w .\-]*|Apache[\w .\-]*|"
    r"[LA]?GPL[\w .\-]*|public domain)\s*\)?"
)
_STOP = {"of", "from", "the", "by", "with", "and", "in", "on", "at", "to", ":", ";", ",", "("}


def _credit_in_note(note: str) -> str:
    """"censusVN2009 (MIT)" out of "... the 164 polygons of censusVN2009 (MIT) with ..."."""
    match = _LICENCE.search(note)
    if not match:
        return ""
    tokens = re.findall(r"[\w.\-]+|[:;,(]", note[: match.start()])
    words: list[str] = []
    for token in reversed(tokens):
        if token.lower() in _STOP or len(words) == 4:
            break
        words.insert(0, token)
    return f"{' '.join(words)} ({match.group(1).strip()})" if words else ""


def _source_of(entry: dict) -> str:
    """A short credit for a layer: its "source" (or licence), else one found in its note."""
    for key in ("source", "sources", "licence", "license"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    note = entry.get("note")
    return _credit_in_note(note) if isinstance(note, str) else ""


def grouped(provenance: dict | None, lang: str) -> dict[str, list[tuple[str, str]]]:
    """origin -> [(layer display name, source text)], in provenance order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for name, entry in layer_entries(provenance).items():
        origin = str(entry.get("origin", "")).strip().lower() or "unknown"
        out.setdefault(origin, []).append((layer_display_name(name, lang), _source_of(entry)))
    return out


def synthetic_layers(provenance: dict | None, lang: str) -> list[str]:
    return [name for name, _ in grouped(provenance, lang).get("synthetic", [])]
