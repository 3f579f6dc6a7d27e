"""Per-cell rasters as GeoTIFF (stack sites in QGIS)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.text import Text
from coverage_planner.core.engine.coverage import cell_raster, metric_cells
from coverage_planner.core.project.grid import project_grid
from coverage_planner.core.project.model import Project


def find_cell(project: Project, site_id: str, cell_id: str | None):
    cells = project.cells
    rows = cells[cells["site_id"].astype(str) == str(site_id)]
    source = project.report.sources.get("cells")
    if rows.empty:
        raise DataError(source, Text(f"no site with site_id '{site_id}'",
                                     f"không có trạm có site_id '{site_id}'"),
                        Text("use a site_id from the sites file (coverage-planner info lists "
                             "the file)", "dùng một site_id có trong tệp trạm"), column="site_id")
    if cell_id is not None:
        rows = rows[rows["cell_id"].astype(str) == str(cell_id)]
        if rows.empty:
            raise DataError(source, Text(f"site '{site_id}' has no cell '{cell_id}'",
                                         f"trạm '{site_id}' không có cell '{cell_id}'"),
                            Text("leave --cell-id out for the site's first cell",
                                 "bỏ --cell-id để lấy cell đầu tiên của trạm"), column="cell_id")
    return rows.index[0]


def write_cell_raster(project: Project, site_id: str, cell_id: str | None, out: Path,
                      los_only: bool = False) -> Path:
    """Write one cell's received power (dBm, float32, NaN = not computed) or its line-of-sight
    mask (uint8: 1 visible, 0 not) on the DEM's metric grid."""
    import rasterio

    if project.dem_path is None:
        raise DataError(project.root, Text("the folder has no elevation model",
                                           "thư mục không có mô hình độ cao"),
                        Text("add dem.tif or SRTM .hgt tiles", "thêm dem.tif hoặc tệp SRTM .hgt"))
    grid = project_grid(project)
    pos = find_cell(project, site_id, cell_id)
    cells = metric_cells(project.cells, grid.crs)
    cell = cells.iloc[project.cells.index.get_loc(pos)]
    data, transform = cell_raster(grid, cell, project.profile, los_only=los_only)
    out.parent.mkdir(parents=True, exist_ok=True)
    profile = {"driver": "GTiff", "width": data.shape[1], "height": data.shape[0], "count": 1,
               "crs": grid.crs, "transform": transform, "compress": "deflate",
               "dtype": "uint8" if los_only else "float32",
               "nodata": None if los_only else np.nan}
    with rasterio.open(out, "w", **profile) as dst:
        dst.write(data, 1)
        dst.update_tags(site_id=str(cell.site_id), cell_id=str(cell.cell_id),
                        operator=str(cell.operator), technology=str(cell.technology),
                        quantity="line of sight (1 visible)" if los_only else "received power dBm",
                        receiver_height_m=str(project.profile.receiver_height_m))
    return out
