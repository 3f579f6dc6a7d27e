"""Geometry checks and repairs, CRS handling, swapped axes, the study area."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
import shapely
from shapely.geometry import Point, Polygon

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.io import load_folder, read_layer
from coverage_planner.core.project.model import LoadReport

LON0, LAT0 = 103.97, 22.48  # the first village corner, as in conftest.py


def refusal(path, layer) -> DataError:
    with pytest.raises(DataError) as err:
        read_layer(path, layer)
    return err.value


def test_projected_layer_is_reprojected_and_noted(build):
    path = build.write(build.villages().to_crs("EPSG:32648"), "villages.gpkg")
    report = LoadReport()
    gdf = read_layer(path, "villages", report=report)
    assert gdf.crs.to_epsg() == 4326
    assert gdf.total_bounds[0] == pytest.approx(LON0, abs=1e-6)
    assert any("reprojected from EPSG:32648" in w.en for w in report.warnings)


def test_projected_coordinates_without_crs_are_refused(build):
    path = build.write(build.villages().to_crs("EPSG:32648"), "villages.shp")
    path.with_suffix(".prj").unlink()
    e = refusal(path, "villages")
    message = str(e)
    assert "villages.shp" in message and "no coordinate reference system" in message
    assert "EPSG:32648" in message and ".prj" in message  # the fix


def test_geographic_coordinates_without_crs_are_taken_as_wgs84(build):
    path = build.write(build.villages(), "villages.shp")
    path.with_suffix(".prj").unlink()
    report = LoadReport()
    assert read_layer(path, "villages", report=report).crs.to_epsg() == 4326
    assert any("WGS 84) assumed" in w.en for w in report.warnings)


def test_swapped_columns_in_csv(build):
    path = build.write(build.cells(), "sites.csv")
    pd.read_csv(path).rename(columns={"lon": "lat", "lat": "lon"}).to_csv(path, index=False)
    e = refusal(path, "cells")
    assert "look swapped" in str(e) and "column 'lon' holds latitudes" in str(e)
    assert "swap the names of the columns 'lon' and 'lat'" in str(e)


def test_swapped_axes_in_geojson(build):
    villages = build.villages()
    villages.geometry = villages.geometry.map(lambda g: shapely.transform(g, lambda c: c[:, ::-1]))
    e = refusal(build.write(villages, "villages.geojson"), "villages")
    assert "villages.geojson" in str(e) and "x holds latitudes" in str(e)
    assert "Swap X and Y" in str(e)


def test_one_swapped_row_is_named(build):
    wifi = build.wifi()
    wifi.loc[1] = ["W2", "Bưu điện", Point(LAT0, LON0)]
    e = refusal(build.write(wifi, "wifi.gpkg"), "wifi")
    assert e.row == 2 and "swapped" in str(e)


def test_swap_detected_against_the_study_area(build):
    """Where longitudes are below 90 a swap stays in range: the study area tells."""
    villages = build.villages()
    villages.geometry = villages.geometry.translate(-30, 0)  # lon ≈ 74, lat ≈ 22.5
    cells = build.cells()
    cells.geometry = cells.geometry.map(lambda p: Point(p.y, p.x - 30))
    root = build.folder({"villages.gpkg": villages, "sites.csv": cells, "fiber.geojson": None,
                         "wifi.geojson": None, "households.gpkg": None})
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert err.value.row == 1 and "column 'lon' holds latitudes" in str(err.value)


def test_bow_tie_is_repaired_and_counted(build):
    villages = build.villages()
    x, y = LON0 + 0.1, LAT0
    villages.loc[1, "geometry"] = Polygon([(x, y), (x + 0.01, y + 0.01), (x + 0.01, y),
                                           (x, y + 0.01), (x, y)])
    report = LoadReport()
    gdf = read_layer(build.write(villages, "villages.gpkg"), "villages", report=report)
    assert report.repaired_geometries == {"villages": 1}
    assert gdf.is_valid.all()
    assert gdf.geometry.iloc[1].geom_type == "MultiPolygon"
    assert gdf.geometry.iloc[1].area == pytest.approx(0.00005)


def test_polygon_with_no_area_is_refused(build):
    villages = build.villages()
    villages.loc[2, "geometry"] = Polygon([(LON0, LAT0), (LON0 + 0.01, LAT0), (LON0, LAT0)])
    e = refusal(build.write(villages, "villages.geojson"), "villages")
    assert e.row == 3 and "redraw" in str(e)


def test_points_in_villages_are_refused(build):
    villages = build.villages()
    villages.loc[1, "geometry"] = Point(LON0, LAT0)
    e = refusal(build.write(villages, "villages.geojson"), "villages")
    assert e.row == 2 and "is a Point" in str(e) and "polygons" in str(e)


def test_polygon_in_wifi_is_refused(build):
    wifi = gpd.GeoDataFrame({"wifi_id": ["W1"]}, geometry=[shapely.box(LON0, LAT0, LON0 + .01,
                                                                       LAT0 + .01)], crs=4326)
    e = refusal(build.write(wifi, "wifi.gpkg"), "wifi")
    assert e.row == 1 and "is a Polygon" in str(e)


def test_nan_coordinates_in_csv(build):
    path = build.write(build.cells(), "sites.csv")
    frame = pd.read_csv(path)
    frame.loc[2, "lat"] = None
    frame.to_csv(path, index=False)
    e = refusal(path, "cells")
    assert (e.row, e.column) == (3, "lat") and "missing" in str(e)


def test_nan_coordinates_in_geopackage(build):
    cells = build.cells()
    cells.loc[1, "geometry"] = Point(float("nan"), float("nan"))
    e = refusal(build.write(cells, "sites.gpkg"), "cells")
    assert e.row == 2 and ("NaN" in str(e) or "no geometry" in str(e))


def test_infinite_coordinate_in_csv(build):
    path = build.write(build.wifi(), "wifi.csv")
    frame = pd.read_csv(path)
    frame.loc[0, "lon"] = float("inf")
    frame.to_csv(path, index=False)
    e = refusal(path, "wifi")
    assert e.row == 1 and "infinite" in str(e)


def test_null_geometry_is_refused(build):
    villages = build.villages()
    villages.loc[2, "geometry"] = None
    e = refusal(build.write(villages, "villages.gpkg"), "villages")
    assert e.row == 3 and "no geometry" in str(e)


def test_cell_outside_the_study_area(build):
    cells = build.cells()
    cells.loc[3, "geometry"] = Point(105.9, 21.0)  # Hà Nội, ~200 km away
    root = build.folder({"sites.gpkg": cells, "sites.csv": None})
    with pytest.raises(DataError) as err:
        load_folder(root)
    e = err.value
    assert e.row == 4 and e.path.name == "sites.gpkg"
    assert "this cell at (105.9000, 21.0000)" in str(e)
    assert "outside the study area" in str(e) and "remove it" in str(e)


def test_access_point_outside_the_study_area(build):
    fiber = build.fiber()
    fiber.loc[2, "geometry"] = Point(LON0 + 1.0, LAT0)  # ~100 km east
    root = build.folder({"fiber.geojson": fiber})
    with pytest.raises(DataError) as err:
        load_folder(root)
    assert err.value.row == 3 and "fiber access point" in str(err.value)


def test_within_50_km_is_accepted(build):
    wifi = build.wifi()
    wifi.loc[0, "geometry"] = Point(LON0 + 0.4, LAT0)  # ~40 km east of the last village
    project = load_folder(build.folder({"wifi.geojson": wifi}))
    assert len(project.wifi) == 1


def test_representative_point_when_no_centre(build):
    report = LoadReport()
    villages = build.villages(centre=False)
    gdf = read_layer(build.write(villages, "villages.gpkg"), "villages", report=report)
    assert gdf["centre_estimated"].all()
    points = gpd.points_from_xy(gdf["centre_lon"], gdf["centre_lat"])
    assert shapely.contains(gdf.geometry.array, points).all()
    assert any("3 village(s) without a centre" in w.en for w in report.warnings)


def test_partial_centres(build):
    villages = build.villages()
    villages.loc[1, "centre_lon"] = None
    gdf = read_layer(build.write(villages, "villages.gpkg"), "villages")
    assert gdf["centre_estimated"].tolist() == [False, True, False]
    assert gdf.loc[0, "centre_lon"] == pytest.approx(LON0 + 0.005)
