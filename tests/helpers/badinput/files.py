"""Bad files: empty, truncated, garbage, wrong formats, size limits, zip bombs, hostile KML."""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

import geopandas as gpd
from shapely.geometry import Polygon

from .corpus import VILLAGE_PROPS, case, square

GIB = 1 << 30


def villages_gdf(crs: str = "EPSG:4326") -> gpd.GeoDataFrame:
    geoms = [Polygon(square(i)) for i in range(len(VILLAGE_PROPS))]
    return gpd.GeoDataFrame([dict(p) for p in VILLAGE_PROPS], geometry=geoms, crs=crs)


def replace_villages(root: Path, name: str, gdf: gpd.GeoDataFrame | None = None, **kw) -> Path:
    """Swap villages.geojson for ``name`` written by GDAL (format from the extension)."""
    (root / "villages.geojson").unlink()
    path = root / name
    (gdf if gdf is not None else villages_gdf()).to_file(path, **kw)
    return path


def shp_parts(root: Path) -> dict[str, bytes]:
    """The files of a villages Shapefile, as bytes (written in a scratch folder)."""
    scratch = root / "_shp"
    scratch.mkdir()
    villages_gdf().to_file(scratch / "villages.shp", encoding="utf-8")
    parts = {p.name: p.read_bytes() for p in scratch.iterdir()}
    for p in scratch.iterdir():
        p.unlink()
    scratch.rmdir()
    return parts


def zip_villages(root: Path, name: str = "villages.zip", extra: dict | None = None) -> Path:
    (root / "villages.geojson").unlink()
    path = root / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in {**shp_parts(root), **(extra or {})}.items():
            archive.writestr(member, data)
    return path


def forge_sizes(path: Path, member: str, size: int) -> None:
    """Overwrite the uncompressed size a zip declares for ``member`` (local + central headers)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, size)
    pos = data.find(b"PK\x01\x02")
    while data[pos + 46:pos + 46 + struct.unpack_from("<H", data, pos + 28)[0]] != member.encode():
        pos = data.find(b"PK\x01\x02", pos + 4)
    struct.pack_into("<I", data, pos + 24, size)
    path.write_bytes(bytes(data))


def garbage(n: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(n)


def truncate(path: Path, keep: float = 0.5) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


@case("villages_empty_geojson", "villages", "0-byte file", "villages.geojson", expect="empty")
def _(root):
    (root / "villages.geojson").write_bytes(b"")


@case("sites_empty_csv", "sites", "0-byte file", "sites.csv", expect="empty")
def _(root):
    (root / "sites.csv").write_bytes(b"")


@case("sites_blank_csv", "sites", "only blank lines", "sites.csv", expect="empty")
def _(root):
    (root / "sites.csv").write_text("\n  \n\t\n", encoding="utf-8")


@case("sites_header_only", "sites", "header, no rows", "sites.csv", expect="no features")
def _(root):
    (root / "sites.csv").write_text("site_id,cell_id,lon,lat\n", encoding="utf-8")


@case("villages_truncated_geojson", "villages", "cut in the middle", "villages.geojson",
      expect="truncated")
def _(root):
    truncate(root / "villages.geojson")


@case("villages_truncated_gpkg", "villages", "GeoPackage cut in half", "villages.gpkg")
def _(root):
    truncate(replace_villages(root, "villages.gpkg"))


@case("villages_truncated_shp", "villages", ".shp cut after the header", "villages.shp")
def _(root):
    path = replace_villages(root, "villages.shp")
    path.write_bytes(path.read_bytes()[:140])


@case("villages_truncated_dbf", "villages", ".dbf cut in half", "villages.shp")
def _(root):
    truncate(replace_villages(root, "villages.shp").with_suffix(".dbf"), 0.6)


@case("villages_truncated_zip", "villages", "zip cut in half", "villages.zip")
def _(root):
    truncate(zip_villages(root))


@case("villages_truncated_kml", "villages", "KML cut in half", "villages.kml")
def _(root):
    truncate(replace_villages(root, "villages.kml", driver="KML"))


@case("sites_truncated_csv", "sites", "last row cut short", "sites.csv", row=4, column="lat")
def _(root):
    path = root / "sites.csv"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n")[:-7], encoding="utf-8")


@case("villages_garbage_geojson", "villages", "random bytes", "villages.geojson")
def _(root):
    (root / "villages.geojson").write_bytes(garbage(4000, 1))


@case("villages_garbage_gpkg", "villages", "random bytes", "villages.gpkg")
def _(root):
    (root / "villages.geojson").unlink()
    (root / "villages.gpkg").write_bytes(b"SQLite format 3\x00" + garbage(4000, 2))


@case("villages_garbage_kml", "villages", "random bytes", "villages.kml")
def _(root):
    (root / "villages.geojson").unlink()
    (root / "villages.kml").write_bytes(garbage(3000, 3))


@case("villages_garbage_zip", "villages", "zip signature, then junk", "villages.zip")
def _(root):
    (root / "villages.geojson").unlink()
    (root / "villages.zip").write_bytes(b"PK\x03\x04" + garbage(3000, 4))


@case("sites_binary_csv", "sites", "binary junk named .csv", "sites.csv")
def _(root):
    (root / "sites.csv").write_bytes(b"\x00\x01\x02\xff\xfe" + garbage(3000, 5))


@case("villages_json_not_geojson", "villages", "JSON that is not GeoJSON", "villages.geojson")
def _(root):
    (root / "villages.geojson").write_text('{"hello": 1}', encoding="utf-8")


@case("villages_json_array", "villages", "a JSON array", "villages.geojson")
def _(root):
    (root / "villages.geojson").write_text("[1, 2, 3]", encoding="utf-8")


@case("villages_features_null", "villages", '"features": null', "villages.geojson")
def _(root):
    (root / "villages.geojson").write_text('{"type": "FeatureCollection", "features": null}',
                                           encoding="utf-8")


@case("villages_html_page", "villages", "an HTML error page saved as .geojson",
      "villages.geojson")
def _(root):
    (root / "villages.geojson").write_text("<html><body>404 Not Found</body></html>")


@case("villages_no_features", "villages", "a FeatureCollection without features",
      "villages.geojson", expect="no features")
def _(root):
    (root / "villages.geojson").write_text('{"type": "FeatureCollection", "features": []}')


@case("villages_xlsx", "villages", "an Excel file", "villages.xlsx", expect="not supported")
def _(root):
    (root / "villages.geojson").unlink()
    (root / "villages.xlsx").write_bytes(b"PK\x03\x04" + garbage(500, 6))


@case("villages_shp_without_shx", "villages", "Shapefile without .shx", "villages.shp",
      expect=".shx")
def _(root):
    replace_villages(root, "villages.shp").with_suffix(".shx").unlink()


@case("villages_zip_without_data", "villages", "zip of a readme only", "villages.zip")
def _(root):
    (root / "villages.geojson").unlink()
    with zipfile.ZipFile(root / "villages.zip", "w") as archive:
        archive.writestr("readme.txt", "nothing here")


@case("villages_zip_encrypted", "villages", "password-protected zip member", "villages.zip",
      expect="password")
def _(root):
    path = zip_villages(root)
    data = bytearray(path.read_bytes())
    pos = data.find(b"PK\x03\x04")
    while pos != -1:  # set the "encrypted" flag on every member
        data[pos + 6] |= 1
        pos = data.find(b"PK\x03\x04", pos + 4)
    pos = data.find(b"PK\x01\x02")
    while pos != -1:
        data[pos + 8] |= 1
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))


@case("villages_1gb_geojson", "villages", "a 1 GB file (sparse)", "villages.geojson",
      expect="above the limit")
def _(root):
    with open(root / "villages.geojson", "wb") as f:
        f.truncate(GIB)


@case("sites_1gb_csv", "sites", "a 1 GB file (sparse)", "sites.csv", expect="above the limit")
def _(root):
    with open(root / "sites.csv", "r+b") as f:
        f.truncate(GIB)


@case("villages_zip_bomb_declared", "villages", "zip member declaring 3 GB", "villages.zip",
      expect="above the limit")
def _(root):
    path = zip_villages(root, extra={"villages.qix": b"\x00" * 100_000})
    forge_sizes(path, "villages.qix", 3 * GIB)


@case("villages_zip_bomb_forged", "villages", "zip member inflating past its declared size",
      "villages.zip", expect="zip bomb")
def _(root):
    path = zip_villages(root, extra={"villages.qix": b"\x00" * 3_000_000})
    forge_sizes(path, "villages.qix", 1000)


@case("villages_zip_ratio", "villages", "zip member inflating 1000 times (12 MB of zeros)",
      "villages.zip", expect="inflates")
def _(root):
    zip_villages(root, extra={"villages.qix": bytes(12 * 2**20)})
