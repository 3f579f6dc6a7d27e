"""More bad inputs: OpenCelliD exports, the other layers' geometries, malformed structure
(CSV fields, nesting, lists, nested zips)."""

from __future__ import annotations

import unicodedata
import zipfile

from .corpus import (
    SITE_HEADER,
    case,
    csv_text,
    geojson,
    point,
    polygon,
    site_rows,
    square,
    village_features,
)
from .files import shp_parts
from .geo import write_layer

# --- OpenCelliD -----------------------------------------------------------------------------

OCID = "radio,mcc,net,area,cell,unit,lon,lat,range,samples,changeable,created,updated," \
       "averageSignal\n"
OCID_ROWS = ["LTE,452,4,10101,2561,0,103.985,22.495,1000,5,1,1500000000,1600000000,0",
             "GSM,452,2,2001,123,0,104.015,22.492,1000,5,1,1500000000,1600000000,0"]


@case("ocid_bad_mcc", "sites", "OpenCelliD mcc 'abc'", "cells.csv", row=2, column="mcc")
def _(root):
    (root / "sites.csv").unlink()
    rows = [OCID_ROWS[0], OCID_ROWS[1].replace("452", "abc", 1)]
    (root / "cell_towers.csv").write_text(OCID + "\n".join(rows), encoding="utf-8")
    (root / "cell_towers.csv").rename(root / "cells.csv")


@case("ocid_missing_lat", "sites", "OpenCelliD row without lat", "cells.csv", row=1,
      column="lat")
def _(root):
    (root / "sites.csv").unlink()
    rows = [OCID_ROWS[0].replace("22.495", ""), OCID_ROWS[1]]
    (root / "cells.csv").write_text(OCID + "\n".join(rows), encoding="utf-8")


@case("ocid_only_cdma", "sites", "OpenCelliD export of CDMA cells only", "sites.csv",
      expect="no")
def _(root):
    rows = [r.replace("LTE", "CDMA").replace("GSM", "CDMA") for r in OCID_ROWS]
    (root / "sites.csv").write_text(OCID + "\n".join(rows), encoding="utf-8")


@case("ocid_headerless_truncated", "sites", "header-less OpenCelliD cut mid-row", "sites.csv")
def _(root):
    (root / "sites.csv").write_text("\n".join(OCID_ROWS)[:-40], encoding="utf-8")


# --- structure ------------------------------------------------------------------------------

@case("sites_decimal_comma_unquoted", "sites", "'1800,5' unquoted in a comma CSV", "sites.csv",
      row=2, expect="more values than the header")
def _(root):
    rows = site_rows()
    text = csv_text(SITE_HEADER, rows).replace("S1,2,Viettel,4G,1800,", "S1,2,Viettel,4G,1800,5,")
    (root / "sites.csv").write_text(text, encoding="utf-8")


@case("sites_first_row_too_long", "sites", "the first row longer than the header", "sites.csv",
      row=1, expect="more values than the header")
def _(root):
    rows = site_rows()
    rows[0].append("extra")
    (root / "sites.csv").write_text(csv_text(SITE_HEADER, rows), encoding="utf-8")


@case("sites_duplicate_header", "sites", "two columns named height_m", "sites.csv",
      column="height_m", expect="twice")
def _(root):
    header = [c if c != "eirp_dbm" else "height_m" for c in SITE_HEADER]
    (root / "sites.csv").write_text(csv_text(header, site_rows()), encoding="utf-8")


@case("sites_header_duplicate_after_trim", "sites", "columns 'lat' and ' lat'", "sites.csv",
      column="lat", expect="twice")
def _(root):
    header = [*SITE_HEADER[:-2], "lat", " lat"]
    (root / "sites.csv").write_text(csv_text(header, site_rows()), encoding="utf-8")


@case("villages_columns_nfc_nfd", "villages", "'Số hộ' twice, typed composed and decomposed",
      "villages.geojson", column="Số hộ", expect="two columns")
def _(root):
    features = village_features()
    for f in features:
        n = f["properties"].pop("households")
        f["properties"]["Số hộ"] = n
        f["properties"][unicodedata.normalize("NFD", "Số hộ")] = n
    (root / "villages.geojson").write_text(geojson(features), encoding="utf-8")


@case("villages_list_property", "villages", "village_id given as a JSON array",
      "villages.geojson", row=2, column="village_id", expect="list")
def _(root):
    features = village_features()
    features[1]["properties"]["village_id"] = ["V2", "V2b"]
    (root / "villages.geojson").write_text(geojson(features), encoding="utf-8")


@case("villages_deep_nesting", "villages", "100 000 nested JSON arrays", "villages.geojson")
def _(root):
    (root / "villages.geojson").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")


@case("profile_deep_nesting", "profile", "100 000 nested JSON objects", "profile.json")
def _(root):
    (root / "profile.json").write_text('{"a":' * 100_000 + "1" + "}" * 100_000)


@case("villages_utf16_geojson", "villages", "GeoJSON saved as UTF-16", "villages.geojson")
def _(root):
    path = root / "villages.geojson"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))


@case("villages_zip_in_zip", "villages", "a zip holding only another zip", "villages.zip")
def _(root):
    (root / "villages.geojson").unlink()
    inner = root / "_inner.zip"
    with zipfile.ZipFile(inner, "w") as archive:
        for member, data in shp_parts(root).items():
            archive.writestr(member, data)
    with zipfile.ZipFile(root / "villages.zip", "w") as archive:
        archive.write(inner, "villages_shp.zip")
    inner.unlink()


@case("villages_kml_empty", "villages", "a KML without placemarks", "villages.kml",
      expect="no features")
def _(root):
    (root / "villages.geojson").unlink()
    (root / "villages.kml").write_text('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/'
                                       'kml/2.2"><Document></Document></kml>', encoding="utf-8")


# --- the other layers' geometries ---------------------------------------------------------

@case("fiber_polygon", "fiber", "a polygon in the fiber file", "fiber.geojson", row=2,
      expect="Polygon")
def _(root):
    write_layer(root, "fiber.geojson", [
        {"type": "Feature", "properties": {"kind": "trunk"},
         "geometry": {"type": "LineString", "coordinates": [[103.97, 22.48], [104.0, 22.48]]}},
        {"type": "Feature", "properties": {}, "geometry": polygon(1)}])


@case("wifi_polygon", "wifi", "a Wi-Fi point drawn as a polygon", "wifi.geojson", row=1,
      expect="Polygon")
def _(root):
    write_layer(root, "wifi.geojson", [{"type": "Feature", "properties": {"name": "Chợ"},
                                        "geometry": polygon(0)}])


@case("households_lines", "households", "household points given as lines",
      "households.geojson", row=1, expect="LineString")
def _(root):
    write_layer(root, "households.geojson", [{"type": "Feature", "properties": {},
                "geometry": {"type": "LineString", "coordinates": square(0)[:2]}}])


@case("roads_points", "roads", "roads given as points", "roads.geojson", row=1, expect="Point")
def _(root):
    write_layer(root, "roads.geojson", [{"type": "Feature", "properties": {"name": "QL4D"},
                                         "geometry": point(103.98, 22.485)}])


@case("communes_lines", "communes", "commune boundaries as lines", "communes.geojson", row=1,
      expect="LineString")
def _(root):
    write_layer(root, "communes.geojson", [{"type": "Feature", "properties": {"name": "Cốc Lếu"},
                "geometry": {"type": "LineString", "coordinates": square(0)}}])


@case("districts_far_degrees", "districts", "district coordinates beyond ±180°",
      "districts.geojson", row=2, expect="outside")
def _(root):
    write_layer(root, "districts.geojson", [
        {"type": "Feature", "properties": {"name": "Lào Cai"}, "geometry": polygon(0)},
        {"type": "Feature", "properties": {"name": "?"}, "geometry": {"type": "Polygon",
         "coordinates": [[[200, 22], [201, 22], [201, 23], [200, 22]]]}}])

