"""GeoJSON (RFC 7946): one point per gap village, the table's keys as properties."""

from __future__ import annotations

from pathlib import Path

import pyogrio

from coverage_planner.core.exports.columns import title
from coverage_planner.core.exports.layers import points
from coverage_planner.core.exports.sources import description


def write(table, out: Path, job) -> list[Path]:
    gdf = points(table)
    text = description(job.project, job.lang, title(table, job.lang))
    pyogrio.write_dataframe(gdf, out, driver="GeoJSON", layer="gap_villages",
                            geometry_type="Point", RFC7946="YES", DESCRIPTION=text,
                            WRITE_NAME="YES")
    return [out]
