"""Benchmarks of the coverage engine against anchors measured in the same run.

- :mod:`benchmarks.viewshed` — line of sight on a synthetic 2000×2000 30 m DEM vs ``gdal_viewshed``;
- :mod:`benchmarks.splat` — path loss at 3″ around Sa Pa vs SPLAT! (Longley–Rice ITM);
- :mod:`benchmarks.dataset` — the whole embedded Lào Cai data set, cold and warm cache.

Run ``python -m benchmarks [viewshed|splat|dataset ...] [--quick]`` (``make bench``). The
benchmarks print figures and ratios with their goals; they never fail on a time. An anchor that is
not installed is skipped with the command that installs it; nothing is installed here.
"""
