"""Hostile KML / KMZ: entity expansion (billion laughs), external entities, a KMZ bomb."""

from __future__ import annotations

import zipfile

from .corpus import case
from .files import GIB, forge_sizes


@case("villages_kmz_bomb", "villages", "KMZ whose doc.kml declares 2 GB", "villages.kmz",
      expect="above the limit")
def _(root):
    (root / "villages.geojson").unlink()
    path = root / "villages.kmz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", "<kml>" + " " * 200_000 + "</kml>")
    forge_sizes(path, "doc.kml", 2 * GIB)


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE kml [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>&f;</name>
<Polygon><outerBoundaryIs><LinearRing><coordinates>103.97,22.48 103.98,22.48 103.98,22.49
103.97,22.48</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>
"""
XXE = LAUGHS.split("<!DOCTYPE")[0] + (
    '<!DOCTYPE kml [ <!ENTITY f SYSTEM "file:///etc/passwd"> ]>\n'
    + LAUGHS.split("]>\n", 1)[1])


@case("villages_kml_billion_laughs", "villages", "KML with nested XML entities",
      "villages.kml", expect="DOCTYPE")
def _(root):
    (root / "villages.geojson").unlink()
    (root / "villages.kml").write_text(LAUGHS, encoding="utf-8")


@case("villages_kml_external_entity", "villages", "KML with an external entity (XXE)",
      "villages.kml", expect="DOCTYPE")
def _(root):
    (root / "villages.geojson").unlink()
    (root / "villages.kml").write_text(XXE, encoding="utf-8")


@case("villages_kmz_entities", "villages", "KMZ whose doc.kml declares entities",
      "villages.kmz", expect="DOCTYPE")
def _(root):
    (root / "villages.geojson").unlink()
    with zipfile.ZipFile(root / "villages.kmz", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", LAUGHS)


@case("villages_kml_utf16_entities", "villages", "UTF-16 KML with entities", "villages.kml",
      expect="DOCTYPE")
def _(root):
    (root / "villages.geojson").unlink()
    (root / "villages.kml").write_bytes(LAUGHS.replace('"1.0"?>', '"1.0" encoding="UTF-16"?>')
                                        .encode("utf-16"))
