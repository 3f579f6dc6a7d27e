"""Bad coordinates and geometries: CRS missing or wrong, swapped axes, invalid shapes."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
from shapely.geometry import Polygon

from .corpus import (
    SITE_HEADER,
    case,
    csv_text,
    geojson,
    point,
    polygon,
    set_sites,
    site_rows,
    square,
    village_features,
)
from .files import replace_villages, villages_gdf

UTM48 = "EPSG:32648"


def villages_with(root: Path, row: int, geometry) -> None:
    features = village_features()
    features[row - 1]["geometry"] = geometry
    (root / "villages.geojson").write_text(geojson(features, None), encoding="utf-8")


def villages_in_metres() -> gpd.GeoDataFrame:
    return villages_gdf().to_crs(UTM48)


def write_layer(root: Path, name: str, features: list) -> None:
    (root / name).write_text(geojson(features), encoding="utf-8")


# --- CRS ------------------------------------------------------------------------------------

@case("villages_utm_prj_on_degrees", "villages", "Shapefile .prj says UTM 48N, values are "
      "lon/lat degrees", "villages.shp", expect="look like longitude/latitude degrees")
def _(root):
    replace_villages(root, "villages.shp", villages_gdf().set_crs(UTM48, allow_override=True))


@case("villages_gpkg_utm_on_degrees", "villages", "GeoPackage declares UTM 48N on degree values",
      "villages.gpkg", expect="look like longitude/latitude degrees")
def _(root):
    replace_villages(root, "villages.gpkg", villages_gdf().set_crs(UTM48, allow_override=True))


@case("villages_metres_in_geojson", "villages", "UTM metres in a GeoJSON (no CRS: WGS 84)",
      "villages.geojson", expect="not degrees")
def _(root):
    gdf = villages_in_metres()
    (root / "villages.geojson").write_text(
        geojson([{"type": "Feature", "properties": {}, "geometry": g.__geo_interface__}
                 for g in gdf.geometry]), encoding="utf-8")


@case("villages_metres_declared_degrees", "villages", "Shapefile .prj says WGS 84, values are "
      "UTM metres", "villages.shp", expect="not degrees")
def _(root):
    replace_villages(root, "villages.shp",
                     villages_in_metres().set_crs("EPSG:4326", allow_override=True))


@case("villages_metres_without_prj", "villages", "UTM metres, the .prj missing", "villages.shp",
      expect="no coordinate reference system")
def _(root):
    replace_villages(root, "villages.shp", villages_in_metres()).with_suffix(".prj").unlink()


@case("villages_prj_garbage", "villages", "a .prj of nonsense over UTM values", "villages.shp")
def _(root):
    path = replace_villages(root, "villages.shp", villages_in_metres())
    path.with_suffix(".prj").write_text("PROJCS[nonsense", encoding="ascii")


@case("villages_local_crs", "villages", "a .prj of a local engineering grid", "villages.shp",
      expect="cannot be converted")
def _(root):
    path = replace_villages(root, "villages.shp", villages_in_metres())
    path.with_suffix(".prj").write_text('LOCAL_CS["site grid",LOCAL_DATUM["x",0],UNIT["metre",1],'
                                        'AXIS["X",EAST],AXIS["Y",NORTH]]', encoding="ascii")


@case("villages_wrong_utm_zone", "sites", "villages declared in UTM 49N, made in 48N: the "
      "sites fall outside the study area", "sites.csv", row=1, expect="outside the study area")
def _(root):
    gdf = villages_in_metres().set_crs("EPSG:32649", allow_override=True)
    replace_villages(root, "villages.gpkg", gdf)


@case("sites_csv_in_metres", "sites", "lon/lat columns hold UTM metres", "sites.csv",
      expect="not longitude/latitude degrees")
def _(root):
    rows = site_rows()
    for r in rows:
        r[-2], r[-1] = "395000.5", "2486000.25"
    (root / "sites.csv").write_text(csv_text(SITE_HEADER, rows), encoding="utf-8")


@case("villages_swapped_axes", "villages", "every coordinate written lat, lon",
      "villages.geojson", expect="swapped")
def _(root):
    features = village_features()
    for f in features:
        f["geometry"]["coordinates"] = [[[y, x] for x, y in ring]
                                        for ring in f["geometry"]["coordinates"]]
    (root / "villages.geojson").write_text(geojson(features), encoding="utf-8")


@case("sites_swapped_columns", "sites", "the lon column holds latitudes and lat longitudes",
      "sites.csv", column="lon/lat", expect="swapped")
def _(root):
    header = [*SITE_HEADER[:-2], "lat", "lon"]
    (root / "sites.csv").write_text(csv_text(header, site_rows()), encoding="utf-8")


@case("sites_one_row_swapped", "sites", "row 2 written lat, lon", "sites.csv", row=2,
      expect="swapped")
def _(root):
    rows = site_rows()
    rows[1][-2], rows[1][-1] = "22.495", "103.985"
    (root / "sites.csv").write_text(csv_text(SITE_HEADER, rows), encoding="utf-8")


@case("sites_far_away", "sites", "a cell in the Mekong delta", "sites.csv", row=3,
      expect="outside the study area")
def _(root):
    rows = site_rows()
    rows[2][-2], rows[2][-1] = "105.7", "10.0"
    (root / "sites.csv").write_text(csv_text(SITE_HEADER, rows), encoding="utf-8")


@case("villages_huge_coordinates", "villages", "coordinates of 1e300", "villages.geojson",
      row=2, expect="outside")
def _(root):
    villages_with(root, 2, {"type": "Polygon", "coordinates": [
        [[1e300, 1.0], [1e300, 2.0], [2e300, 2.0], [1e300, 1.0]]]})


# --- geometry -------------------------------------------------------------------------------

@case("villages_null_geometry", "villages", "a feature without geometry", "villages.geojson",
      row=2, expect="no geometry")
def _(root):
    villages_with(root, 2, None)


@case("villages_empty_polygon", "villages", "an empty polygon", "villages.geojson", row=3,
      expect="no geometry")
def _(root):
    villages_with(root, 3, {"type": "Polygon", "coordinates": []})


@case("villages_point_among_polygons", "villages", "points and polygons mixed",
      "villages.geojson", row=3, expect="Point")
def _(root):
    villages_with(root, 3, point(104.02, 22.485))


@case("villages_geometry_collection", "villages", "a GeometryCollection", "villages.geojson",
      row=2, expect="GeometryCollection")
def _(root):
    villages_with(root, 2, {"type": "GeometryCollection",
                            "geometries": [polygon(1), point(104.0, 22.48)]})


@case("villages_linestring", "villages", "a village drawn as a line", "villages.geojson",
      row=1, expect="LineString")
def _(root):
    villages_with(root, 1, {"type": "LineString", "coordinates": square(0)})


@case("villages_unclosed_ring", "villages", "a polygon ring that is not closed",
      "villages.geojson", row=2, expect="closed")
def _(root):
    villages_with(root, 2, {"type": "Polygon", "coordinates": [square(1)[:4]]})


@case("villages_two_point_ring", "villages", "a ring of two points", "villages.geojson", row=1,
      expect="closed")
def _(root):
    villages_with(root, 1, {"type": "Polygon", "coordinates": [square(0)[:2]]})


@case("villages_collapsed_polygon", "villages", "a polygon with all points on one line",
      "villages.geojson", row=2, expect="no area left")
def _(root):
    x = 104.0
    villages_with(root, 2, {"type": "Polygon", "coordinates": [
        [[x, 22.48], [x + 0.01, 22.48], [x + 0.005, 22.48], [x, 22.48]]]})


@case("villages_bowtie", "villages", "a self-intersecting (bow-tie) polygon", "villages.geojson",
      outcome="warned", expect="repaired villages: 1")
def _(root):
    x, y = 104.01, 22.48
    villages_with(root, 2, {"type": "Polygon", "coordinates": [
        [[x, y], [x + 0.01, y + 0.01], [x + 0.01, y], [x, y + 0.01], [x, y]]]})


@case("villages_infinite_coordinate", "villages", "an infinite coordinate", "villages.geojson",
      row=1, expect="infinite")
def _(root):
    villages_with(root, 1, {"type": "Polygon", "coordinates": [
        [[float("inf"), 22.48], [103.98, 22.48], [103.98, 22.49], [float("inf"), 22.48]]]})


@case("villages_nan_coordinate", "villages", "a NaN coordinate", "villages.geojson")
def _(root):
    villages_with(root, 3, {"type": "Polygon", "coordinates": [
        [[float("nan"), 22.48], [104.02, 22.48], [104.02, 22.49], [float("nan"), 22.48]]]})


@case("villages_point_without_y", "villages", "a coordinate with one number",
      "villages.geojson", row=2, expect="no geometry")
def _(root):
    villages_with(root, 2, {"type": "Point", "coordinates": [104.0]})


@case("sites_inf_lon", "sites", "lon 'inf'", "sites.csv", row=2)
def _(root):
    set_sites(root, "lon", 2, "inf")


@case("sites_nan_lat", "sites", "lat 'nan'", "sites.csv", row=3, column="lat")
def _(root):
    set_sites(root, "lat", 3, "nan")


@case("villages_csv_bad_wkt", "villages", "a WKT cut short", "villages.csv", row=2,
      column="wkt", expect="WKT")
def _(root):
    (root / "villages.geojson").unlink()
    rows = [["V1", "A", "X", "H", "10", Polygon(square(0)).wkt],
            ["V2", "B", "X", "H", "10", "POLYGON ((104 22.48, 104.01"]]
    (root / "villages.csv").write_text(csv_text(
        ["village_id", "name", "commune", "district", "households", "wkt"], rows))


@case("villages_csv_empty_wkt", "villages", "POLYGON EMPTY in a WKT column", "villages.csv",
      row=1, expect="no geometry")
def _(root):
    (root / "villages.geojson").unlink()
    (root / "villages.csv").write_text(csv_text(
        ["village_id", "name", "commune", "district", "households", "wkt"],
        [["V1", "A", "X", "H", "10", "POLYGON EMPTY"]]))


@case("sites_wkt_lines", "sites", "cells given as lines in WKT", "sites.csv", row=1,
      expect="LineString")
def _(root):
    rows = [r[:-2] + ["LINESTRING (103.98 22.49, 103.99 22.49)"] for r in site_rows()]
    (root / "sites.csv").write_text(csv_text(SITE_HEADER[:-2] + ["wkt"], rows))
