"""Country scale on Dask: throughput with 1 and 2 workers, scaling, memory, a 32-core projection.

On a folder from ``coverage_planner.datagen.national`` (25,000 villages / 30,000 cells on a
90 m DEM by default, about a minute on one core; 2,000 / 2,400 with ``--quick``; the generator
keeps the national village density, so a cell costs what it would in a national run):

- the single-process engine, ``analyse(project)``, with 1 process and with its own pool of 2;
- ``scale.analyse_distributed`` on a ``LocalCluster`` of 1 and of 2 worker processes (one
  thread each): cluster start-up, compute, throughput (villages/s, cells/s), the scaling
  efficiency T1 / (2 T2), each worker's peak RSS, what the client gathered (reduced arrays)
  against what per-cell levels would have weighed; every result checked identical to the
  engine's;
- the same on 2 workers for a small folder on a 30 m DEM (the per-cell cost at 30 m);
- the client's side of a national run, measured on a generated 100,000-village / 120,000-cell
  folder (generation, ``load_folder``, points, partitioning, classification), and a projection
  of the national run on 32 cores, at 90 m and at 30 m, from the measured per-core throughput
  (cells per CPU-second of the workers, which other load on the machine does not distort) and
  the measured CPU cost of splitting the work.

Caches are off for every timed run (``use_cache=False``): each run computes every mast.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.common import Row, secs, timed

SECTION = "scale"
NATIONAL = (100_000, 120_000)
FULL = (25_000, 30_000)
QUICK = (2_000, 2_400)
#: a small folder on a 30 m DEM (SRTM 1″ / Copernicus GLO-30 class): 9× the pixels per disc
FINE = (1_000, 1_200, 30.0)
CORES = 32


def _mb(n: float) -> str:
    return f"{n / 2**20:,.0f} MB"


def _generate(out: Path, villages: int, cells: int, dem_res: float = 90.0):
    from coverage_planner.datagen import national

    return timed(lambda: national.build(out, national.Params(villages=villages, cells=cells,
                                                             seed=2024, dem_res=dem_res)))


def _engine(project, workers: int):
    """Wall time, CPU time (this process and its pool's processes) and the result."""
    import resource

    from coverage_planner.core.analysis.villages import analyse

    def children() -> float:
        r = resource.getrusage(resource.RUSAGE_CHILDREN)
        return r.ru_utime + r.ru_stime

    c0, k0 = time.process_time(), children()
    wall, result = timed(lambda: analyse(project, use_cache=False, workers=workers))
    return wall, time.process_time() - c0 + children() - k0, result


def _dask(project, n: int):
    from distributed import Client

    from coverage_planner.core.distributed import scale, tasks

    t0 = time.perf_counter()
    with scale.local_cluster(n) as cluster, Client(cluster) as client:
        client.wait_for_workers(n)
        t_start = time.perf_counter() - t0
        idle = client.run(tasks.peak_rss)
        stats = scale.RunStats()
        t_run, result = timed(lambda: scale.analyse_distributed(project, client,
                                                                use_cache=False, stats=stats))
    return t_start, t_run, result, stats, idle


def _same(a, b) -> bool:
    if a.villages.equals(b.villages) and a.summary == b.summary:
        return True
    for col in a.villages.columns:  # say where, so that a difference can be chased
        x, y = a.villages[col], b.villages[col]
        if not x.equals(y):
            bad = ~((x == y) | (x.isna() & y.isna()))
            print(f"  ! {col}: {int(bad.sum())} villages differ, e.g. "
                  f"{list(zip(x[bad].head(3), y[bad].head(3)))}")
    return False


def _client_side(root: Path) -> dict:
    """The client's work in a national run, everything but the workers' compute."""
    import numpy as np

    from coverage_planner.core.analysis.points import village_points
    from coverage_planner.core.analysis.villages import classify
    from coverage_planner.core.distributed import dem_windows, gather, tasks
    from coverage_planner.core.engine import coverage
    from coverage_planner.core.io import load_folder

    out = {}
    out["load"], project = timed(lambda: load_folder(root))
    t0 = time.perf_counter()
    src = dem_windows.dem_source(project.dem_path)  # hashes the DEM file
    pts = village_points(project, src.crs)
    cells = coverage.metric_cells(project.cells, src.crs)
    groups = coverage.group_masts(cells)
    prefix = coverage.run_prefix(src, coverage.points_digest(pts.xy), project.profile)
    ckeys = coverage.cell_keys(cells)
    keys = [coverage.mast_key(prefix, ckeys, idx) for idx in groups]
    out["prepare"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    plan = tasks.plan_tasks(cells, pts.xy, src, project.profile, keys=keys,
                            masts_per_task=tasks.MAX_MASTS_PER_TASK)
    out["plan"] = time.perf_counter() - t0
    combos, combo = tasks.combos_of(cells)
    gathered = gather.Gathered(len(combos), len(pts.xy))
    # a plausible gathered state: every point served by some cell of every pair
    rng = np.random.default_rng(0)
    for k in range(len(combos)):
        members = np.flatnonzero(combo == k)
        gathered.cell[k] = rng.choice(members, len(pts.xy))
        gathered.best[k] = rng.uniform(-130, -60, len(pts.xy)).astype(np.float16)
    t0 = time.perf_counter()
    classify(project, cells, gathered.per_cell(combo, len(cells)), pts, src.crs)
    out["classify"] = time.perf_counter() - t0
    out["tasks"], out["masts"], out["points"] = len(plan.tasks), plan.n_masts, len(pts.xy)
    out["gathered_bytes"] = gathered.best.nbytes + gathered.cell.nbytes + gathered.nan.nbytes
    out["cells"], out["villages"] = len(cells), len(project.villages)
    return out


def run(work: Path, quick: bool = False, png_dir: Path | None = None) -> list[Row]:
    from coverage_planner.core.io import load_folder

    n_v, n_c = QUICK if quick else FULL
    root = work / f"national-{n_v}"
    t_gen, counts = _generate(root, n_v, n_c)
    print(f"[scale] generated {n_v:,} villages / {n_c:,} cells ({counts['sites']:,} sites, "
          f"{counts['household_clusters']:,} household clusters, {counts['area_km2']:,} km², "
          f"DEM {counts['dem_pixels']:,} px) in {secs(t_gen)}", flush=True)
    t_load, project = timed(lambda: load_folder(root))
    print(f"  load_folder {secs(t_load)}", flush=True)

    t_e1, cpu_e1, base = _engine(project, 1)
    print(f"  engine, 1 process: {secs(t_e1)} (CPU {secs(cpu_e1)})", flush=True)
    t_e2, cpu_e2, base2 = _engine(project, 2)
    print(f"  engine, its pool of 2 processes: {secs(t_e2)} (CPU {secs(cpu_e2)})", flush=True)

    runs = {}
    for n in (1, 2):
        t_start, t_run, result, stats, idle = _dask(project, n)
        runs[n] = (t_start, t_run, result, stats, idle)
        peaks = sorted(stats.peak_rss.values())
        print(f"  Dask, {n} worker(s): cluster start {secs(t_start)}, run {secs(t_run)} "
              f"(compute {secs(stats.seconds_compute)}, classify {secs(stats.seconds_classify)}; "
              f"workers' CPU {secs(stats.task_cpu_seconds)}); {stats.tasks} tasks, "
              f"{stats.masts} masts; identical to the engine: "
              f"{'yes' if _same(base, result) else 'NO'}; peak RSS per worker "
              f"{', '.join(_mb(p) for p in peaks)} (idle {', '.join(_mb(v) for v in idle.values())}); "
              f"gathered {_mb(stats.gathered_bytes)} instead of {_mb(stats.per_cell_bytes)} of "
              f"per-cell levels", flush=True)

    (_, t1, _, st1, _), (s2, t2, _, st2, _) = runs[1], runs[2]
    eff = t1 / (2 * t2)  # wall clock: what the user sees, on a quiet machine
    split = st1.task_cpu_seconds / st2.task_cpu_seconds  # extra CPU work of the 2-way split
    per_core_wall = n_c / t1
    per_core_cpu = n_c / st1.task_cpu_seconds  # cells per CPU-second: robust to other load
    identical = all(_same(base, r[2]) for r in runs.values()) and _same(base, base2)

    fine = None
    if not quick:  # the per-cell cost on a 30 m DEM
        f_v, f_c, f_res = FINE
        _generate(work / "national-30m", f_v, f_c, f_res)
        fine_project = load_folder(work / "national-30m")
        f_start, f_run, _, f_stats, _ = _dask(fine_project, 2)
        fine = f_c / f_stats.task_cpu_seconds
        print(f"  {f_res:g} m DEM, {f_v:,} villages / {f_c:,} cells, Dask 2 workers: run "
              f"{secs(f_run)}, workers' CPU {secs(f_stats.task_cpu_seconds)}: {fine:.0f} cells "
              f"per CPU-second; peak RSS per worker "
              f"{', '.join(_mb(p) for p in sorted(f_stats.peak_rss.values()))}", flush=True)

    # the client's side of a national run, measured on a national-size folder
    nat = None
    if not quick:
        nat_root = work / "national-100k"
        t_gen_nat, _ = _generate(nat_root, *NATIONAL)
        nat = _client_side(nat_root)
        nat["generate"] = t_gen_nat
        print(f"  national folder ({NATIONAL[0]:,} villages / {NATIONAL[1]:,} cells): generated "
              f"in {secs(t_gen_nat)}; client side: load {secs(nat['load'])}, points + cells + "
              f"keys {secs(nat['prepare'])}, plan {secs(nat['plan'])} ({nat['tasks']} tasks, "
              f"{nat['masts']:,} masts, {nat['points']:,} points), classify "
              f"{secs(nat['classify'])}, gathered arrays {_mb(nat['gathered_bytes'])}", flush=True)
    nat_cells = nat["cells"] if nat else NATIONAL[1]
    client_s = (nat["load"] + nat["prepare"] + nat["plan"] + nat["classify"]) if nat else 0.0
    # per-core CPU throughput × 32 × the split's CPU efficiency; the start-up and the client's
    # work are added as measured
    compute_32 = nat_cells / (per_core_cpu * CORES * min(1.0, split))
    compute_32_wall = nat_cells / (per_core_wall * CORES * min(1.0, eff))
    one_core = nat_cells / per_core_cpu
    total_32 = compute_32 + client_s + s2
    print(f"  projection: {nat_cells:,} cells on {CORES} cores at {per_core_cpu:.0f} cells per "
          f"CPU-second × split efficiency {split:.2f}: compute {secs(compute_32)} + start "
          f"{secs(s2)} + client {secs(client_s)} = {secs(total_32)} (from wall clock with this "
          f"machine's load: {secs(compute_32_wall)}); one core: {one_core / 60:.0f} min",
          flush=True)

    rows = [
        Row(SECTION, "folder", f"{n_v:,} villages, {n_c:,} cells, {counts['sites']:,} sites, "
            f"{counts['household_clusters']:,} clusters"),
        Row(SECTION, "generate / load_folder", f"{secs(t_gen)} / {secs(t_load)}"),
        Row(SECTION, "engine, 1 process: wall / CPU", f"{secs(t_e1)} / {secs(cpu_e1)}"),
        Row(SECTION, "engine, pool of 2: wall / CPU", f"{secs(t_e2)} / {secs(cpu_e2)}"),
    ]
    for n, (t_start, t_run, _, stats, idle) in runs.items():
        rows += [
            Row(SECTION, f"Dask {n} worker(s): start / run / workers' CPU",
                f"{secs(t_start)} / {secs(t_run)} / {secs(stats.task_cpu_seconds)}"),
            Row(SECTION, f"Dask {n} worker(s): villages/s, cells/s (wall)",
                f"{n_v / t_run:,.0f} / {n_c / t_run:,.0f}"),
            # below n, other work on the machine took the rest: the wall clock cannot scale
            Row(SECTION, f"Dask {n} worker(s): cores obtained (CPU / compute wall)",
                f"{stats.task_cpu_seconds / stats.seconds_compute:.2f} of {n}"),
            Row(SECTION, f"Dask {n} worker(s): peak RSS per worker (idle)",
                ", ".join(_mb(p) for p in sorted(stats.peak_rss.values()))
                + f" ({', '.join(_mb(v) for v in idle.values())})"),
        ]
    rows += [
        Row(SECTION, "Dask 1 worker vs engine 1 process (wall; CPU)",
            f"{t_e1 / t1:.2f}×; {cpu_e1 / st1.task_cpu_seconds:.2f}×"),
        Row(SECTION, "Dask 2 workers vs engine pool of 2 (wall)", f"{t_e2 / t2:.2f}×"),
        Row(SECTION, "scaling efficiency T1 / (2 T2), wall", f"{eff:.2f}", "≥ 0.8", eff >= 0.8),
        Row(SECTION, "split efficiency CPU1 / CPU2", f"{split:.2f}"),
        Row(SECTION, "gathered (reduced) vs per-cell levels, 2 workers",
            f"{_mb(st2.gathered_bytes)} vs {_mb(st2.per_cell_bytes)}"),
        Row(SECTION, "results identical to the engine (1 and 2 workers)",
            "yes" if identical else "NO", "yes", identical),
    ]
    if nat:
        rows += [
            Row(SECTION, "national folder: generate", secs(nat["generate"]), "≤ 180 s",
                nat["generate"] <= 180),
            Row(SECTION, "national client: load / prepare / plan / classify",
                f"{secs(nat['load'])} / {secs(nat['prepare'])} / {secs(nat['plan'])} / "
                f"{secs(nat['classify'])}"),
            Row(SECTION, "national client: tasks, points, gathered arrays",
                f"{nat['tasks']}, {nat['points']:,}, {_mb(nat['gathered_bytes'])}"),
        ]
    rows += [
        Row(SECTION, "measured per core (90 m): cells per CPU-s / per wall-s",
            f"{per_core_cpu:,.0f} / {per_core_wall:,.0f}"),
        Row(SECTION, f"projection: {nat_cells:,} cells, 90 m, {CORES} cores",
            f"{secs(total_32)} ({secs(compute_32)} compute)"),
        Row(SECTION, "projection: the same on one core", f"{one_core / 60:.0f} min"),
    ]
    if fine:
        fine_32 = nat_cells / (fine * CORES * min(1.0, split))
        print(f"  projection at {FINE[2]:g} m: {nat_cells:,} cells at {fine:.0f} cells per "
              f"CPU-second: {secs(fine_32)} compute on {CORES} cores, "
              f"{nat_cells / fine / 3600:.1f} h on one core", flush=True)
        rows += [
            Row(SECTION, f"measured per core ({FINE[2]:g} m): cells per CPU-s", f"{fine:,.0f}"),
            Row(SECTION, f"projection: {nat_cells:,} cells, {FINE[2]:g} m, {CORES} cores",
                f"{secs(fine_32 + client_s + s2)} ({secs(fine_32)} compute)"),
            Row(SECTION, "projection: the same on one core",
                f"{nat_cells / fine / 3600:.1f} h"),
        ]
    return rows
