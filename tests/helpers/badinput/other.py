"""Bad DEMs, JSON settings (profile, site templates, dataset) and legacy Vietnamese encodings."""

from __future__ import annotations

import numpy as np
import rasterio
from affine import Affine

from .corpus import SITE_HEADER, case, csv_text, geojson, site_rows, village_features
from .files import GIB, replace_villages, villages_gdf

# --- DEM ------------------------------------------------------------------------------------


def write_dem(root, values, *, nodata=None, crs="EPSG:4326", bands=1):
    """A 40 x 60 DEM over the villages (103.95-104.07 E, 22.45-22.53 N), 0.002° pixels."""
    data = np.broadcast_to(np.asarray(values, dtype="float32"), (40, 60))
    profile = dict(driver="GTiff", width=60, height=40, count=bands, dtype="float32",
                   transform=Affine(0.002, 0, 103.95, 0, -0.002, 22.53), nodata=nodata)
    if crs:
        profile["crs"] = crs
    with rasterio.open(root / "dem.tif", "w", **profile) as dst:
        for band in range(1, bands + 1):
            dst.write(data, band)


def ramp(lo: float, hi: float) -> np.ndarray:
    return np.linspace(lo, hi, 40 * 60, dtype="float32").reshape(40, 60)


def holes(rows: slice, cols: slice, fill: float = -9999.0) -> np.ndarray:
    """A plausible DEM with ``fill`` in a block (the villages: rows 20-25, columns 10-35)."""
    data = ramp(200, 900)
    data[rows, cols] = fill
    return data


@case("dem_garbage", "dem", "not a GeoTIFF", "dem.tif", expect="cannot be read")
def _(root):
    (root / "dem.tif").write_bytes(b"II*\x00" + bytes(range(256)) * 4)


@case("dem_no_crs", "dem", "a DEM without CRS", "dem.tif", expect="coordinate reference")
def _(root):
    write_dem(root, 250, crs=None)


@case("dem_three_bands", "dem", "an RGB image as DEM", "dem.tif", expect="3 bands")
def _(root):
    write_dem(root, 250, bands=3)


@case("dem_local_crs", "dem", "a DEM in an engineering (local) CRS", "dem.tif",
      expect="cannot be converted")
def _(root):
    write_dem(root, 250, crs='LOCAL_CS["site grid",LOCAL_DATUM["x",0],UNIT["metre",1],'
                             'AXIS["X",EAST],AXIS["Y",NORTH]]')


@case("dem_mostly_holes", "dem", "80% no-data over the villages", "dem.tif", expect="no data")
def _(root):
    write_dem(root, holes(slice(15, 30), slice(0, 30)), nodata=-9999)


@case("dem_some_holes", "dem", "a few no-data pixels (allowed, reported)", "dem.tif",
      outcome="warned", expect="no data")
def _(root):
    write_dem(root, holes(slice(21, 23), slice(12, 14)), nodata=-9999)


@case("dem_nan_holes_undeclared", "dem", "NaN holes over the villages, no nodata set",
      "dem.tif", expect="no data")
def _(root):
    write_dem(root, holes(slice(0, 40), slice(0, 50), np.nan))


@case("dem_undeclared_nodata", "dem", "-32768 fill values not declared as no-data", "dem.tif",
      expect="-32768")
def _(root):
    write_dem(root, holes(slice(22, 23), slice(30, 32), -32768))


@case("dem_in_feet", "dem", "heights in feet (to 12 000)", "dem.tif", expect="feet")
def _(root):
    write_dem(root, ramp(9100, 12000))


@case("dem_in_decimetres", "dem", "heights in decimetres", "dem.tif", expect="feet")
def _(root):
    write_dem(root, ramp(2000, 31000))


@case("dem_in_km", "dem", "heights in kilometres (all below 10)", "dem.tif", outcome="warned",
      expect="below 10")
def _(root):
    write_dem(root, ramp(0.2, 1.5))


@case("dem_truncated_tif", "dem", "a GeoTIFF cut after its header", "dem.tif",
      expect="cannot be read")
def _(root):
    write_dem(root, ramp(200, 900))
    data = (root / "dem.tif").read_bytes()
    (root / "dem.tif").write_bytes(data[: len(data) // 3])


@case("hgt_truncated", "dem", "an SRTM tile cut short", "N22E103.hgt")
def _(root):
    (root / "N22E103.hgt").write_bytes(b"\x01\x00" * 5000)


@case("hgt_badly_named", "dem", "an SRTM tile renamed", "laocai.hgt", expect="N22E103")
def _(root):
    np.full((1201, 1201), 300, dtype=">i2").tofile(root / "laocai.hgt")


@case("dem_1gb", "dem", "a 1 GB dem.tif of zeros (sparse)", "dem.tif")
def _(root):
    with open(root / "dem.tif", "wb") as f:
        f.truncate(GIB)


# --- profile.json, site_templates.json, dataset.json ------------------------------------------


def profile(text: str) -> callable:
    return lambda root: (root / "profile.json").write_text(text, encoding="utf-8")


PROFILES = [
    ("profile_not_json", "not JSON", "fiber_drop_reach_m = 500", None),
    ("profile_truncated", "cut mid-object", '{"fiber_drop_reach_m": 5', None),
    ("profile_list", "a JSON list", "[500, 80]", None),
    ("profile_text_number", "'1.5m' as a number", '{"receiver_height_m": "1.5m"}',
     "receiver_height_m"),
    ("profile_bool_number", "true as a number", '{"wifi_radius_m": true}', "wifi_radius_m"),
    ("profile_nan", "NaN as a number", '{"max_radius_m": NaN}', "max_radius_m"),
    ("profile_nested_text", "a threshold 'abc'", '{"signal_dbm": {"4G": "abc"}}',
     "signal_dbm"),
    ("profile_nested_list", "thresholds as a list", '{"signal_dbm": [-100, -115]}',
     "signal_dbm"),
    ("profile_unknown_tech", "a threshold for 6G", '{"signal_dbm": {"6G": -100}}',
     "signal_dbm"),
    ("profile_unknown_key", "a misspelt setting", '{"fiber_drop_reach": 500}',
     "fiber_drop_reach"),
    ("profile_unknown_model", "model 'okumura'", '{"models": {"4G": "okumura"}}', "models"),
    ("profile_environment", "hata_environment 7", '{"hata_environment": 7}', "hata_environment"),
    ("profile_name_object", "name an object", '{"name": {"a": 1}}', "name"),
    ("profile_share_above_one", "weak_pocket_share 5", '{"weak_pocket_share": 5}',
     "weak_pocket_share"),
    ("profile_negative_reach", "fiber_drop_reach_m -500", '{"fiber_drop_reach_m": -500}',
     "fiber_drop_reach_m"),
    ("profile_positive_dbm", "a threshold of +20 dBm", '{"broadband_dbm": {"4G": 20}}',
     "broadband_dbm"),
]
for _name, _wrong, _text, _column in PROFILES:
    case(_name, "profile", _wrong, "profile.json", column=_column)(profile(_text))


@case("profile_latin1", "profile", "profile.json not UTF-8", "profile.json")
def _(root):
    (root / "profile.json").write_bytes(b'{"name": "H\xe0 N\xf4i"}')


@case("profile_1gb", "profile", "a 1 GB profile.json (sparse)", "profile.json",
      expect="above the limit")
def _(root):
    with open(root / "profile.json", "wb") as f:
        f.truncate(GIB)


TEMPLATES = [
    ("templates_not_json", "not JSON", "{4G: eirp 59}", None),
    ("templates_list", "a JSON list", '[{"4G": {}}]', None),
    ("templates_text_value", "eirp_dbm 'abc'", '{"4G": {"eirp_dbm": "abc"}}', "eirp_dbm"),
    ("templates_not_object", "a technology given a number", '{"4G": 59}', "4G"),
    ("templates_unknown_tech", "a 6G template", '{"6G": {"eirp_dbm": 60}}', "6G"),
    ("templates_unknown_field", "field 'eirp' (not eirp_dbm)", '{"4G": {"eirp": 59}}', "eirp"),
    ("templates_absurd_eirp", "eirp_dbm -200", '{"4G": {"eirp_dbm": -200}}', "eirp_dbm"),
    ("templates_nan", "frequency NaN", '{"5G": {"frequency_mhz": NaN}}', "frequency_mhz"),
]
for _name, _wrong, _text, _column in TEMPLATES:
    case(_name, "templates", _wrong, "site_templates.json", column=_column, call="templates")(
        lambda root, text=_text: (root / "site_templates.json").write_text(text, "utf-8"))


@case("dataset_not_json", "dataset", "dataset.json not JSON", "dataset.json")
def _(root):
    (root / "dataset.json").write_text("{layers: villages}", encoding="utf-8")


@case("dataset_list", "dataset", "dataset.json a list", "dataset.json")
def _(root):
    (root / "dataset.json").write_text("[]", encoding="utf-8")


# --- legacy Vietnamese encodings ------------------------------------------------------------

#: the villages' names in TCVN3 (ABC) bytes and VNI-Windows bytes, written out by hand
TCVN3 = {"Bản Phố": b"B\xb6n Ph\xe8", "Thôn Làng Mới": b"Th\xabn L\xb5ng M\xedi",
         "Tổ dân phố 1": b"T\xe6 d\xa9n ph\xe8 1", "Cốc Lếu": b"C\xe8c L\xd5u",
         "Lào Cai": b"L\xb5o Cai", "Viettel": b"Viettel", "VNPT": b"VNPT"}
VNI = {"Bản Phố": b"Ba\xfbn Pho\xe1", "Thôn Làng Mới": b"Tho\xe2n La\xf8ng M\xf4\xf9i",
       "Tổ dân phố 1": b"To\xe5 da\xe2n pho\xe1 1", "Cốc Lếu": b"Co\xe1c Le\xe1u",
       "Lào Cai": b"La\xf8o Cai", "Viettel": b"Viettel", "VNPT": b"VNPT"}


def legacy_shapefile(root, table: dict, cpg: str | None = None) -> None:
    gdf = villages_gdf()
    for column in ("name", "commune", "district"):
        gdf[column] = gdf[column].map(lambda s: table[s].decode("latin1"))
    path = replace_villages(root, "villages.shp", gdf, encoding="latin1")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    if cpg:
        path.with_suffix(".cpg").write_text(cpg, encoding="ascii")


def legacy_sites(root, table: dict) -> None:
    rows = site_rows()
    for r in rows:
        r[2] = r[2] + " " + "Lào Cai"
    text = csv_text(SITE_HEADER, rows)
    for uni, raw in table.items():
        text = text.replace(uni, raw.decode("latin1"))
    (root / "sites.csv").write_bytes(text.encode("latin1"))


@case("villages_tcvn3_shp", "villages", "Shapefile text in TCVN3 (ABC)", "villages.shp",
      outcome="warned", expect="TCVN3")
def _(root):
    legacy_shapefile(root, TCVN3)


@case("villages_tcvn3_shp_cpg1252", "villages", "TCVN3 text, .cpg saying 1252",
      "villages.shp", outcome="warned", expect="TCVN3")
def _(root):
    legacy_shapefile(root, TCVN3, "1252")


@case("villages_vni_shp", "villages", "Shapefile text in VNI-Windows", "villages.shp",
      expect="VNI", column="name")
def _(root):
    legacy_shapefile(root, VNI)


@case("sites_tcvn3_csv", "sites", "CSV text in TCVN3", "sites.csv", outcome="warned",
      expect="TCVN3")
def _(root):
    legacy_sites(root, TCVN3)


@case("sites_vni_csv", "sites", "CSV text in VNI-Windows", "sites.csv", expect="VNI")
def _(root):
    legacy_sites(root, VNI)


@case("villages_tcvn3_in_utf8", "villages", "TCVN3 characters stored in a UTF-8 GeoJSON",
      "villages.geojson", outcome="warned", expect="TCVN3")
def _(root):
    features = village_features()
    for f in features:
        for k in ("name", "commune", "district"):
            f["properties"][k] = TCVN3[f["properties"][k]].decode("latin1")
    (root / "villages.geojson").write_text(geojson(features), encoding="utf-8")


@case("villages_tcvn3_unsure_byte", "villages", "TCVN3 text with a byte outside the ABC table",
      "villages.shp", expect="TCVN3", column="name")
def _(root):
    table = dict(TCVN3, **{"Bản Phố": b"B\xb6n Ph\xe8 \x85"})
    legacy_shapefile(root, table)


@case("villages_shp_undecodable", "villages", "bytes valid in no Vietnamese encoding",
      "villages.shp", expect="UTF-8")
def _(root):
    table = dict(TCVN3, **{"Bản Phố": b"Ban \x81\x8d\x8f\x90\x9d"})
    legacy_shapefile(root, table)


@case("villages_shp_cpg_lies", "villages", ".cpg says UTF-8, text is cp1258", "villages.shp",
      expect=".cpg")
def _(root):
    table = {k: k.encode("cp1258", "replace") for k in TCVN3}
    table["Bản Phố"] = b"B\xe0n Ph\xf4"  # 'Bàn Phô' in cp1258: not UTF-8
    legacy_shapefile(root, table, "UTF-8")


@case("sites_utf16_csv", "sites", "CSV saved as 'Unicode Text' (UTF-16, tabs)", "sites.csv",
      outcome="warned", expect="UTF-16")
def _(root):
    text = csv_text(SITE_HEADER, site_rows(), sep="\t")
    (root / "sites.csv").write_bytes(text.encode("utf-16"))


