"""Bad columns and values: missing or misspelled, wrong types, absurd numbers, duplicate ids."""

from __future__ import annotations

from .corpus import (
    SITE_HEADER,
    case,
    csv_text,
    geojson,
    point,
    set_sites,
    set_village,
    site_rows,
    village_features,
)


def rename_village_key(root, old: str, new: str | None) -> None:
    features = village_features()
    for f in features:
        value = f["properties"].pop(old)
        if new:
            f["properties"][new] = value
    (root / "villages.geojson").write_text(geojson(features), encoding="utf-8")


def sites_without(root, column: str, rename: str | None = None) -> None:
    i = SITE_HEADER.index(column)
    header = list(SITE_HEADER)
    rows = site_rows()
    if rename:
        header[i] = rename
    else:
        header.pop(i)
        for r in rows:
            r.pop(i)
    (root / "sites.csv").write_text(csv_text(header, rows), encoding="utf-8")


# --- columns --------------------------------------------------------------------------------

@case("villages_missing_id", "villages", "no village_id column", "villages.geojson",
      column="village_id", expect="missing")
def _(root):
    rename_village_key(root, "village_id", None)


@case("villages_misspelled_id", "villages", "village_id spelled 'vilage_id'",
      "villages.geojson", column="village_id", expect="misspelling")
def _(root):
    rename_village_key(root, "village_id", "vilage_id")


@case("villages_missing_households", "villages", "no households column", "villages.geojson",
      column="households")
def _(root):
    rename_village_key(root, "households", None)


@case("sites_missing_height", "sites", "no height column", "sites.csv", column="height_m")
def _(root):
    sites_without(root, "height_m")


@case("sites_misspelled_height", "sites", "height_m spelled 'hieght_m'", "sites.csv",
      column="height_m", expect="misspelling")
def _(root):
    sites_without(root, "height_m", "hieght_m")


@case("sites_missing_eirp", "sites", "no EIRP and no transmitter power", "sites.csv",
      column="eirp_dbm")
def _(root):
    sites_without(root, "eirp_dbm")


@case("sites_missing_lonlat", "sites", "a CSV without coordinates", "sites.csv", column="lon")
def _(root):
    header = SITE_HEADER[:-2]
    rows = [r[:-2] for r in site_rows()]
    (root / "sites.csv").write_text(csv_text(header, rows), encoding="utf-8")


@case("sites_random_columns", "sites", "columns a, b, lon, lat", "sites.csv", column="site_id")
def _(root):
    (root / "sites.csv").write_text("a,b,lon,lat\n1,2,103.98,22.49\n", encoding="utf-8")


@case("households_csv_no_coordinates", "households", "a households CSV without lon/lat",
      "households.csv", column="lon")
def _(root):
    (root / "households.csv").write_text("village_id,households\nV1,3\n", encoding="utf-8")


# --- types ----------------------------------------------------------------------------------

@case("sites_height_with_unit", "sites", "height '30m'", "sites.csv", row=2, column="height_m",
      expect="'30m' is not a number")
def _(root):
    set_sites(root, "height_m", 2, "30m")


@case("sites_decimal_comma", "sites", "decimal commas in a ';' CSV", "sites.csv", row=1,
      column="frequency_mhz", expect="not a number")
def _(root):
    rows = site_rows()
    rows[0][SITE_HEADER.index("frequency_mhz")] = "1800,5"
    (root / "sites.csv").write_text(csv_text(SITE_HEADER, rows, sep=";"), encoding="utf-8")


@case("villages_households_text", "villages", "households 'abc'", "villages.geojson", row=2,
      column="households", expect="'abc' is not a number")
def _(root):
    set_village(root, "households", 2, "abc")


@case("villages_households_empty", "villages", "households missing in one row",
      "villages.geojson", row=3, column="households", expect="empty")
def _(root):
    set_village(root, "households", 3, None)


@case("villages_households_bool", "villages", "households given as true/false",
      "villages.geojson", row=1, column="households", expect="not a number")
def _(root):
    features = village_features()
    for f, flag in zip(features, (True, False, True)):
        f["properties"]["households"] = flag
    (root / "villages.geojson").write_text(geojson(features), encoding="utf-8")


@case("villages_centre_text", "villages", "centre_lon 'abc'", "villages.geojson", row=1,
      column="centre_lon")
def _(root):
    features = village_features()
    for f in features:
        f["properties"].update(centre_lon=104.0, centre_lat=22.485)
    features[0]["properties"]["centre_lon"] = "abc"
    (root / "villages.geojson").write_text(geojson(features), encoding="utf-8")


@case("villages_centre_out_of_range", "villages", "centre_lat 95", "villages.geojson", row=2,
      column="centre_lat")
def _(root):
    features = village_features()
    for f in features:
        f["properties"].update(centre_lon=104.0, centre_lat=22.485)
    features[1]["properties"]["centre_lat"] = 95
    (root / "villages.geojson").write_text(geojson(features), encoding="utf-8")


@case("sites_technology_unknown", "sites", "technology '6G'", "sites.csv", row=4,
      column="technology", expect="6G")
def _(root):
    set_sites(root, "technology", 4, "6G")


@case("sites_operator_empty", "sites", "empty operator", "sites.csv", row=3, column="operator")
def _(root):
    set_sites(root, "operator", 3, "")


@case("sites_site_id_empty", "sites", "empty site_id", "sites.csv", row=2, column="site_id")
def _(root):
    set_sites(root, "site_id", 2, " ")


# --- absurd values --------------------------------------------------------------------------

@case("sites_mast_5km", "sites", "a 5 km mast", "sites.csv", row=1, column="height_m",
      expect="not plausible")
def _(root):
    set_sites(root, "height_m", 1, "5000")


@case("sites_mast_negative", "sites", "a mast of -30 m", "sites.csv", row=3, column="height_m")
def _(root):
    set_sites(root, "height_m", 3, "-30")


@case("sites_eirp_minus_200", "sites", "EIRP -200 dBm", "sites.csv", row=2, column="eirp_dbm",
      expect="not plausible")
def _(root):
    set_sites(root, "eirp_dbm", 2, "-200")


@case("sites_eirp_watts", "sites", "EIRP 2000 (watts, not dBm)", "sites.csv", row=1,
      column="eirp_dbm")
def _(root):
    set_sites(root, "eirp_dbm", 1, "2000")


@case("sites_frequency_zero", "sites", "frequency 0", "sites.csv", row=4,
      column="frequency_mhz")
def _(root):
    set_sites(root, "frequency_mhz", 4, "0")


@case("sites_frequency_ghz", "sites", "frequency 1.8 (GHz, not MHz)", "sites.csv", row=1,
      column="frequency_mhz")
def _(root):
    set_sites(root, "frequency_mhz", 1, "1.8")


@case("sites_azimuth_400", "sites", "azimuth 400°", "sites.csv", row=2, column="azimuth_deg")
def _(root):
    set_sites(root, "azimuth_deg", 2, "400")


@case("sites_tilt_120", "sites", "tilt 120°", "sites.csv", row=1, column="tilt_deg")
def _(root):
    set_sites(root, "tilt_deg", 1, "120")


@case("sites_beamwidth_zero", "sites", "beamwidth 0°", "sites.csv", row=3,
      column="beamwidth_deg")
def _(root):
    set_sites(root, "beamwidth_deg", 3, "0")


@case("sites_height_infinite", "sites", "height 'inf'", "sites.csv", row=1, column="height_m")
def _(root):
    set_sites(root, "height_m", 1, "inf")


@case("sites_negative_watts", "sites", "transmitter power -20 W, no EIRP", "sites.csv", row=1)
def _(root):
    header = [c for c in SITE_HEADER if c != "eirp_dbm"] + ["tx_power_w", "antenna_gain_dbi"]
    rows = [[v for c, v in zip(SITE_HEADER, r) if c != "eirp_dbm"] + ["20", "17"]
            for r in site_rows()]
    rows[0][-2] = "-20"
    (root / "sites.csv").write_text(csv_text(header, rows), encoding="utf-8")


@case("villages_households_negative", "villages", "households -5", "villages.geojson", row=1,
      column="households", expect="not plausible")
def _(root):
    set_village(root, "households", 1, -5)


@case("villages_households_fraction", "villages", "households 12.5", "villages.geojson",
      row=2, column="households", expect="whole number")
def _(root):
    set_village(root, "households", 2, 12.5)


@case("villages_households_huge", "villages", "households 1e300", "villages.geojson", row=3,
      column="households")
def _(root):
    set_village(root, "households", 3, 1e300)


@case("villages_fiber_negative", "villages", "fiber_subscribers -1", "villages.geojson",
      row=2, column="fiber_subscribers")
def _(root):
    set_village(root, "fiber_subscribers", 2, -1)


@case("households_zero", "households", "a household point counting 0 households",
      "households.geojson", row=2, column="households")
def _(root):
    features = [{"type": "Feature", "properties": {"households": n, "village_id": "V1"},
                 "geometry": point(103.975, 22.485)} for n in (2, 0)]
    (root / "households.geojson").write_text(geojson(features), encoding="utf-8")


@case("households_text", "households", "households 'many'", "households.csv", row=1,
      column="households")
def _(root):
    (root / "households.csv").write_text("village_id,households,lon,lat\n"
                                         "V1,many,103.975,22.485\n", encoding="utf-8")


# --- duplicate ids --------------------------------------------------------------------------

@case("villages_duplicate_id", "villages", "village_id V1 twice", "villages.geojson", row=3,
      column="village_id", expect="appears twice")
def _(root):
    set_village(root, "village_id", 3, "V1")


@case("villages_empty_id", "villages", "an empty village_id", "villages.geojson", row=2,
      column="village_id")
def _(root):
    set_village(root, "village_id", 2, "")


@case("villages_duplicate_padded_id", "villages", "ids 'V1' and ' V1 '", "villages.geojson",
      row=2, column="village_id", expect="appears twice")
def _(root):
    set_village(root, "village_id", 2, " V1 ")


@case("sites_duplicate_cell", "sites", "cell S1/1 twice", "sites.csv", row=2,
      column="site_id/cell_id", expect="appears twice")
def _(root):
    set_sites(root, "cell_id", 2, "1")
