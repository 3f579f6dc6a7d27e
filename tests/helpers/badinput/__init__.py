"""Bad-input corpus for the loaders (see :mod:`.corpus`); importing it registers every case.

``cd tests/core && python -m badinput`` lists the cases (name, layer, what is wrong, outcome).
"""

from . import files, geo, kml, more, other, values  # noqa: F401  (each registers its cases)
from .corpus import CASES, Case, write_good_folder

#: the module a case is written in -> its category
CATEGORIES = {
    "files": "files: empty, truncated, garbage, wrong format, 1 GB, zip bombs",
    "kml": "hostile KML / KMZ: entity expansion, external entities, a KMZ bomb",
    "geo": "coordinates: CRS missing or wrong, degrees vs metres, swapped axes, geometries",
    "values": "columns and values: missing, misspelt, wrong types, absurd, duplicate ids",
    "more": "OpenCelliD, other layers' geometries, malformed structure (CSV fields, nesting)",
    "other": "DEM, profile / site templates / dataset JSON, legacy Vietnamese encodings",
}


def category(case: Case) -> str:
    return case.make.__module__.rsplit(".", 1)[-1]


def listing() -> list[tuple[str, str, str, str, str]]:
    """(category, name, layer, what is wrong, outcome) of every case."""
    return [(category(c), c.name, c.layer, c.wrong, c.outcome) for c in CASES]


__all__ = ["CASES", "CATEGORIES", "Case", "category", "listing", "write_good_folder"]
