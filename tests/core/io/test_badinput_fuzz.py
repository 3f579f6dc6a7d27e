"""Random files for every loader: read_layer / load_folder / the settings readers either return
or raise a DataError (one the loaders meant, not the safety net's), never anything else.

Examples are few and the deadline off so that the whole file runs in a few seconds; raise
``FUZZ_EXAMPLES`` (environment) to hunt longer.
"""

from __future__ import annotations

import json
import os
import string
import tempfile
import warnings
import zipfile
from pathlib import Path

import pytest
from badinput.corpus import (
    SITE_HEADER,
    csv_text,
    geojson,
    site_rows,
    village_features,
    write_good_folder,
)
from badinput.files import villages_gdf
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import load_folder, read_layer
from coverage_planner.core.io.settings import load_profile, read_templates
from coverage_planner.core.planning.templates import TEMPLATES

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
KINDS = ["villages", "cells", "households", "wifi", "fiber_cables", "roads", None]


@pytest.fixture(scope="module")
def scratch(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def samples(scratch) -> dict[str, bytes]:
    """Valid files of each format, to cut and corrupt."""
    out = {}
    folder = scratch / "samples"
    folder.mkdir()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for ext, kw in ((".gpkg", {}), (".kml", {"driver": "KML"}), (".shp", {})):
            villages_gdf().to_file(folder / f"v{ext}", **kw)
            out[ext] = (folder / f"v{ext}").read_bytes()
    with zipfile.ZipFile(folder / "v.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for part in ("v.shp", "v.shx", "v.dbf", "v.prj"):
            archive.write(folder / part, part)
    out[".zip"] = (folder / "v.zip").read_bytes()
    out[".geojson"] = geojson(village_features()).encode()
    out[".csv"] = csv_text(SITE_HEADER, site_rows()).encode()
    return out


def outcome(call, *args, **kwargs):
    """Call; a DataError is fine when meant and bilingual, anything else fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return call(*args, **kwargs)
        except DataError as err:
            assert not getattr(err, "unexpected", False), f"safety net: {err}"
            assert "\nFix: " in err.message("en") and "\nCách sửa: " in err.message("vi")
            return err


def fresh(scratch: Path) -> Path:
    return Path(tempfile.mkdtemp(dir=scratch))


# --- strategies -----------------------------------------------------------------------------

NAMES = ["village_id", "name", "households", "site_id", "cell_id", "operator", "technology",
         "frequency_mhz", "height_m", "eirp_dbm", "azimuth_deg", "tilt_deg", "lon", "lat",
         "wkt", "so_ho", "ma_thon", "kinh_do", "vi_do", "radio", "mcc", "net", "area", "cell",
         "kind", "wifi_id", "geometry", "x", "y", "id"]
column_names = st.one_of(st.sampled_from(NAMES), st.text(min_size=0, max_size=12))
cell_values = st.one_of(
    st.sampled_from(["", " ", "nan", "inf", "-inf", "1e308", "-0", "30m", "abc", "4G", "LTE",
                     "Viettel", "POINT (103.98 22.49)", "POLYGON EMPTY", "POINT (1", "103.98",
                     "22.49", "B¶n Phè", "Baûn Phoá", "\x00", '"', "1,5", "TRUE"]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-10**20, max_value=10**20).map(str),
    st.text(max_size=15),
)
coords = st.one_of(st.floats(-200, 200), st.floats(allow_nan=True, allow_infinity=True),
                   st.sampled_from([103.98, 22.49, 1e300]))
positions = st.lists(coords, min_size=0, max_size=3)
geometries = st.one_of(
    st.none(),
    st.builds(lambda c: {"type": "Point", "coordinates": c}, positions),
    st.builds(lambda c: {"type": "LineString", "coordinates": c}, st.lists(positions, max_size=4)),
    st.builds(lambda c: {"type": "Polygon", "coordinates": c},
              st.lists(st.lists(positions, max_size=5), max_size=2)),
    st.builds(lambda t, c: {"type": t, "coordinates": c},
              st.sampled_from(["MultiPolygon", "GeometryCollection", "Blob", ""]),
              st.lists(positions, max_size=3)),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                  max_size=3),
    max_leaves=8)


# --- tests ----------------------------------------------------------------------------------

@FUZZ
@given(ext=st.sampled_from([".geojson", ".json", ".csv", ".kml", ".kmz", ".gpkg", ".zip"]),
       data=st.binary(max_size=3000), kind=st.sampled_from(KINDS))
def test_random_bytes(scratch, ext, data, kind):
    path = fresh(scratch) / f"villages{ext}"
    path.write_bytes(data)
    outcome(read_layer, path, kind)


@FUZZ
@given(ext=st.sampled_from([".geojson", ".csv", ".kml", ".gpkg", ".zip", ".shp"]),
       cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)),
                                           max_size=4), kind=st.sampled_from(KINDS))
def test_truncated_and_corrupted(scratch, samples, ext, cut, flips, kind):
    data = bytearray(samples[ext])
    for where, byte in flips:
        data[min(int(where * len(data)), len(data) - 1)] = byte
    folder = fresh(scratch)
    if ext == ".shp":  # the .shp cut, its .shx / .dbf intact
        parts = {e: (folder.parent / "samples" / f"v{e}").read_bytes() for e in (".shx", ".dbf")}
        for e, b in parts.items():
            (folder / f"villages{e}").write_bytes(b)
    path = folder / f"villages{ext}"
    path.write_bytes(bytes(data[: int(cut * len(data))]))
    outcome(read_layer, path, kind)


@FUZZ
@given(header=st.lists(column_names, min_size=1, max_size=8),
       rows=st.lists(st.lists(cell_values, max_size=9), max_size=6),
       sep=st.sampled_from([",", ";", "\t"]), kind=st.sampled_from(KINDS))
def test_random_csv(scratch, header, rows, sep, kind):
    path = fresh(scratch) / "layer.csv"
    path.write_text(csv_text(header, rows, sep=sep), encoding="utf-8")
    outcome(read_layer, path, kind)


@FUZZ
@given(features=st.lists(st.tuples(st.dictionaries(column_names, json_values, max_size=5),
                                   geometries), min_size=1, max_size=4),
       kind=st.sampled_from(KINDS))
def test_random_geojson(scratch, features, kind):
    path = fresh(scratch) / "layer.geojson"
    path.write_text(geojson([{"type": "Feature", "properties": p, "geometry": g}
                             for p, g in features]), encoding="utf-8")
    outcome(read_layer, path, kind)


@FUZZ
@given(data=json_values, text=st.text(max_size=40))
def test_random_settings(scratch, data, text):
    folder = fresh(scratch)
    for content in (json.dumps(data), text):
        (folder / "profile.json").write_text(content, encoding="utf-8")
        outcome(load_profile, folder / "profile.json")
        (folder / "site_templates.json").write_text(content, encoding="utf-8")
        outcome(read_templates, folder / "site_templates.json", TEMPLATES)


@FUZZ
@given(target=st.sampled_from(["sites.csv", "villages.geojson", "wifi.geojson",
                               "households.csv", "fiber.geojson", "profile.json"]),
       column=st.sampled_from(SITE_HEADER), row=st.integers(0, 3), value=cell_values,
       props=st.dictionaries(column_names, json_values, max_size=4), geometry=geometries)
def test_one_bad_file_in_a_folder(scratch, target, column, row, value, props, geometry):
    """A valid folder with one file spoiled: load_folder returns a Project or a DataError."""
    root = write_good_folder(fresh(scratch) / "data")
    if target == "sites.csv":
        rows = site_rows()
        rows[row][SITE_HEADER.index(column)] = value
        (root / target).write_text(csv_text(SITE_HEADER, rows), encoding="utf-8")
    elif target.endswith(".csv"):
        (root / target).write_text(csv_text(["village_id", "households", "lon", "lat"],
                                            [["V1", value, "103.975", "22.485"]]))
    elif target == "profile.json":
        (root / target).write_text(json.dumps(props), encoding="utf-8")
    else:
        features = village_features() if target == "villages.geojson" else []
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
        (root / target).write_text(geojson(features), encoding="utf-8")
    outcome(load_folder, root)


@settings(FUZZ, max_examples=max(EXAMPLES // 2, 10))
@given(names=st.lists(st.binary(max_size=14).map(lambda b: b.replace(b"\x00", b" ")),
                      min_size=3, max_size=3),
       cpg=st.sampled_from([None, "UTF-8", "1252", "1258", "65001", "garbage", ""]))
def test_random_shapefile_text(scratch, names, cpg):
    """Any bytes as the names of a Shapefile, with any .cpg: converted, read, or refused."""
    gdf = villages_gdf()
    gdf["name"] = [n.decode("latin1") for n in names]
    path = fresh(scratch) / "villages.shp"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        gdf.to_file(path, encoding="latin1")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    if cpg is not None:
        path.with_suffix(".cpg").write_text(cpg, encoding="ascii")
    outcome(read_layer, path, "villages")


def test_printable_garbage_is_not_a_layer(scratch):
    """A file of text that is no format at all (a hand-typed note saved as .geojson)."""
    path = fresh(scratch) / "villages.geojson"
    path.write_text(string.printable * 3, encoding="utf-8")
    assert isinstance(outcome(read_layer, path, "villages"), DataError)
