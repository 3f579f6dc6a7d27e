"""Loader of the reference-path fixture ``tests/fixtures/reference_paths.json`` (written by
``python -m benchmarks.reference_paths``) and the error statistics the model tests print.

Each path is a dict as stored (see the fixture's ``meta``) with ``heights`` as a float64 array and
``distances_m`` added: ``i * d_total_m / (n - 1)``, the equal steps the references were run with.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "reference_paths.json"


def load_fixture(path: Path = FIXTURE) -> dict:
    """The whole fixture: ``{"meta": {...}, "paths": [...]}`` (heights as numpy arrays)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for p in data["paths"]:
        p["heights"] = np.asarray(p["heights"], dtype=float)
        p["distances_m"] = np.linspace(0.0, p["d_total_m"], p["heights"].size)
    return data


def load_reference_paths(path: Path = FIXTURE) -> list[dict]:
    """The fixture's paths, heights as float64 arrays (one dict per path)."""
    return load_fixture(path)["paths"]


def stats(errors) -> tuple[float, float, float]:
    """(mean, RMS, max |error|) of a sequence of errors, dB; NaN for an empty one."""
    e = np.asarray(errors, dtype=float)
    if e.size == 0:
        return float("nan"), float("nan"), float("nan")
    return float(e.mean()), float(np.sqrt(np.mean(e * e))), float(np.abs(e).max())
