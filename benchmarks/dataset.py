"""The whole embedded data set: ``analyse(load_folder("gis_data/laocai"))`` cold and warm.

Cold: an empty disk cache (``COVERAGE_PLANNER_CACHE`` pointed at a fresh folder, the in-memory
``fan_geometry`` cache cleared): the DEM is reprojected, every mast's fan is scanned, in two
worker processes. Warm: the same again with that cache — the whole run comes back from one
bundle file. ``load_folder`` is timed on its own each time.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.common import CacheEnv, Row, secs, timed

SECTION = "dataset"
WORKERS = 2
COUNTS = ("villages_total", "mobile_signal", "mobile_broadband", "fixed_broadband",
          "without_fixed_broadband")


def run(work: Path, quick: bool = False, png_dir: Path | None = None) -> list[Row]:
    from coverage_planner.core.analysis.villages import analyse
    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.core.engine import terrain
    from coverage_planner.core.io import load_folder

    data = default_data_dir()
    print(f"[dataset] {data.relative_to(data.parents[1])}, workers={WORKERS}")
    with CacheEnv(work / "cache-dataset") as cache:
        terrain.fan_geometry.cache_clear()
        t_load1, project = timed(lambda: load_folder(data))
        t_cold, cold = timed(lambda: analyse(project, use_cache=True, workers=WORKERS))
        t_load2, project = timed(lambda: load_folder(data))
        t_warm, warm = timed(lambda: analyse(project, use_cache=True, workers=WORKERS))
        size = sum(p.stat().st_size for p in cache.rglob("*") if p.is_file())
    n_cells = len(project.cells)
    n_masts = project.cells.drop_duplicates("site_id").shape[0]
    n_hh = 0 if project.households is None else len(project.households)
    counts = {k: cold.summary[k] for k in COUNTS}
    same = cold.summary == warm.summary
    print(f"  {len(project.villages)} villages, {n_hh} household clusters, {n_cells} cells on "
          f"{n_masts} sites; cache {size / 1e6:.1f} MB")
    print(f"  load_folder {secs(t_load1)} (again {secs(t_load2)}); analyse cold {secs(t_cold)}, "
          f"warm {secs(t_warm)}; warm to the summary (load + analyse) {secs(t_load2 + t_warm)}")
    print("  summary: " + ", ".join(f"{k} {v}" for k, v in counts.items())
          + f"; warm summary identical to cold: {'yes' if same else 'NO'}")
    warm_total = t_load2 + t_warm
    return [
        Row(SECTION, "load_folder (cold / warm)", f"{secs(t_load1)} / {secs(t_load2)}"),
        Row(SECTION, f"analyse cold, empty cache, {WORKERS} workers", secs(t_cold), "≤ 60 s",
            t_cold <= 60.0),
        Row(SECTION, "analyse warm (same cache)", secs(t_warm)),
        Row(SECTION, "warm to the summary (load_folder + analyse)", secs(warm_total), "≤ 3 s",
            warm_total <= 3.0),
        Row(SECTION, "villages / signal / mobile bb / fixed bb / no fixed bb",
            " / ".join(str(v) for v in counts.values())),
        Row(SECTION, "warm summary identical to cold", "yes" if same else "NO"),
    ]
