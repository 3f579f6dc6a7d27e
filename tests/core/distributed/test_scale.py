"""The analysis on Dask (core.distributed.scale) gives what the single-process engine gives, bit for bit; the
national generator (datagen.national) is deterministic and loads.

Tiny worlds are built in code (engine_world); Dask runs on small in-process clusters, except
where the command line starts its own local cluster of worker processes. The whole embedded
data set is compared in one slow test.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

import numpy as np
import pandas as pd
import pytest
from engine_world import World, make_grid, ridge, small_profile, write_dem, write_geographic_dem, xy

from coverage_planner.core.analysis.points import village_points
from coverage_planner.core.analysis.villages import analyse
from coverage_planner.core.common.errors import CancelledError
from coverage_planner.core.distributed import dem_windows, gather, scale, tasks
from coverage_planner.core.engine import coverage

# Dask's in-process workers run in threads: these tests run in the Qt-free pass of
# `make test` (a QtWebEngine process and Dask's worker threads have deadlocked together).
pytestmark = pytest.mark.dask

distributed = pytest.importorskip("distributed")

N = 401  # grid side (px), 25 m pixels: 10 km


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def client():
    """Two single-threaded workers in this process (quick to start), on TCP like a real
    scheduler (the CLI takes only tcp:// and tls:// addresses)."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  protocol="tcp", dashboard_address=":0") as cluster, \
            distributed.Client(cluster) as c:
        yield c


def world() -> World:
    """Sites spread over a ridge DEM, one whose disc leaves the grid, and exact ties."""
    w = World()
    for k, az in enumerate((0.0, 120.0, 240.0)):
        w.cell("S1", 200, 200, f"S1-2G-{k}", technology="2G", frequency_mhz=900, eirp_dbm=45,
               azimuth_deg=az, beamwidth_deg=65)
        w.cell("S1", 200, 200, f"S1-4G-{k}", technology="4G", frequency_mhz=1800, eirp_dbm=45,
               azimuth_deg=az, beamwidth_deg=65)
    w.cell("S2", 100, 320, "S2-4G", technology="4G", eirp_dbm=42, operator="VNPT")
    w.cell("S3", 300, 120, "S3-5G", technology="5G", frequency_mhz=3500, eirp_dbm=50)
    w.cell("S4", 15, 390, "S4-3G", technology="3G", frequency_mhz=2100, eirp_dbm=44,
           operator="MobiFone")  # in the corner: its fan leaves the grid
    # three identical omni 4G masts on one spot: equal levels everywhere, so the lowest cell
    # number must win, within a carrier (S5, S7) and across carriers (S5, S6)
    for site, op in (("S5", "Viettel"), ("S6", "MobiFone"), ("S7", "Viettel")):
        w.cell(site, 330, 330, f"{site}-4G", technology="4G", eirp_dbm=40, operator=op)
    vid = 0
    for r in range(10, N, 48):
        for c in range(12, N, 52):
            vid += 1
            w.village(f"V{vid:02d}", r, c, households=20 + vid,
                      district="Huyện A" if c < 200 else "Huyện B")
            if vid % 3 == 0:
                w.cluster(f"V{vid:02d}", r + 3, c + 2, 10)
                w.cluster(f"V{vid:02d}", r - 2, c - 3, 7)
    w.access_point_xy("AP1", *xy(110, 60))
    w.wifi_xy("W1", *xy(200, 190))
    return w


def dem() -> np.ndarray:
    return ridge(N, col=230, height=260.0, base=100.0, width=2)


@pytest.fixture
def project(tmp_path):
    path = write_dem(tmp_path / "dem.tif", dem())
    return world().project(small_profile(), dem_path=path)


def same(a, b) -> None:
    pd.testing.assert_frame_equal(a.villages, b.villages, check_exact=True)
    assert a.summary == b.summary
    assert a.operators == b.operators and a.profile == b.profile
    assert [n.en for n in a.notes] == [n.en for n in b.notes]


# --- the distributed run equals the engine ---------------------------------------------------

def test_many_small_tasks_give_the_engine_result(project, client):
    expected = analyse(project, use_cache=False, workers=1)
    stats = scale.RunStats()
    got = scale.analyse_distributed(project, client, use_cache=False, tile_m=2000.0,
                                    masts_per_task=1, stats=stats)
    same(expected, got)
    assert stats.tasks == stats.masts == 7 and stats.masts_computed == 7
    # the ties really happen: S5 (the first of three equal masts) serves its neighbours
    assert (expected.villages["best_site"] == "S5").any()
    assert not expected.villages["best_site"].isin(["S6", "S7"]).any()


def test_clutter_reaches_the_workers(project, tmp_path, client):
    """A folder's clutter raster: the workers read it by window, as the engine reads it whole,
    and the forest to the east costs the villages there what it costs them in one process."""
    import rasterio
    from affine import Affine

    codes = np.full(dem().shape, 6, np.uint8)  # open land
    codes[:, 220:] = 5  # forest east of the ridge's foot
    path = tmp_path / "clutter.tif"
    with rasterio.open(path, "w", driver="GTiff", width=codes.shape[1], height=codes.shape[0],
                       count=1, dtype="uint8", crs="EPSG:32648",
                       transform=Affine(25.0, 0.0, 400_000.0, 0.0, -25.0, 2_490_000.0)) as dst:
        dst.write(codes, 1)
    plain = analyse(project, use_cache=False, workers=1)
    project = dataclasses.replace(project, clutter_path=path)
    expected = analyse(project, use_cache=False, workers=1)
    got = scale.analyse_distributed(project, client, use_cache=False, tile_m=2000.0,
                                    masts_per_task=1)
    same(expected, got)
    cols = [c for c in plain.villages.columns if c.startswith("level_")]
    lost = (plain.villages[cols] - expected.villages[cols]).to_numpy().ravel()
    lost = lost[np.isfinite(lost)]
    assert (lost > 5.0).any() and (lost >= -1e-3).all()  # the forest's villages, no others gain


def test_one_task_and_scattered_grid(project, client):
    grid = make_grid(dem())
    expected = analyse(project, grid=grid, use_cache=False, workers=1)
    got = scale.analyse_distributed(project, client, grid=grid, use_cache=False,
                                    tile_m=1e6, masts_per_task=100)
    same(expected, got)


def test_cache_is_shared_with_the_engine(project, client, cache):
    stats = scale.RunStats()
    first = scale.analyse_distributed(project, client, stats=stats)
    assert stats.masts_computed == 7 and stats.masts_cached == 0
    assert len(list((cache / "cells").rglob("*.npz"))) == 7
    # the engine finds the masts the workers wrote (same keys, same global point numbers)...
    engine = analyse(project, bundle=False)
    same(engine, first)
    # ...and the workers find them again
    again = scale.RunStats()
    second = scale.analyse_distributed(project, client, stats=again, masts_per_task=1)
    assert again.masts_cached == 7 and again.masts_computed == 0
    same(first, second)


def test_engine_cache_is_read_by_the_workers(project, client):
    engine = analyse(project)  # writes every mast
    stats = scale.RunStats()
    got = scale.analyse_distributed(project, client, stats=stats, tile_m=3000.0)
    assert stats.masts_cached == 7
    same(engine, got)


def test_progress_cancel_and_no_cells(project, client):
    seen = []
    scale.analyse_distributed(project, client, use_cache=False, masts_per_task=1,
                              progress=lambda f, m: seen.append((f, m)))
    assert seen[-1] == (1.0, "7/7")
    assert all(a[0] <= b[0] for a, b in zip(seen, seen[1:]))
    with pytest.raises(CancelledError):
        scale.analyse_distributed(project, client, use_cache=False, cancelled=lambda: True)
    bare = dataclasses.replace(project, cells=project.cells.iloc[:0])
    # (the engine's analyse() stops on a mast with no cells here; the what-if evaluator has
    # its own path for this case)
    got = scale.analyse_distributed(bare, client)
    assert got.summary["villages_total"] == 72 and got.summary["mobile_signal"] == 0


def test_a_worker_that_cannot_read_the_dem_says_so(project, client, monkeypatch):
    """The client reads the DEM, a worker does not find it (no shared storage): a message
    naming the file and the fix, not "cannot reach the scheduler" nor a traceback."""
    import dataclasses

    from coverage_planner.core.common.errors import DataError

    real = scale.dem_source
    monkeypatch.setattr(scale, "dem_source", lambda path: dataclasses.replace(
        real(path), path="/nowhere/shared/dem.tif"))
    with pytest.raises(DataError) as err:
        scale.analyse_distributed(project, client, use_cache=False)
    text = err.value.message("en")
    assert "could not read /nowhere/shared/dem.tif" in text and "shared storage" in text
    assert "đường dẫn" in err.value.message("vi")


def test_reduced_arrays_merge_in_any_order(project):
    """Gathering is order-free: the same arrays whichever task comes back first."""
    src = dem_windows.dem_source(project.dem_path)
    pts = village_points(project, src.crs)
    cells = coverage.metric_cells(project.cells, src.crs)
    plan = tasks.plan_tasks(cells, pts.xy, src, project.profile, tile_m=1500.0,
                            masts_per_task=1)
    results = [tasks.run_task(t, src, project.profile, len(plan.combos), use_cache=False)
               for t in plan.tasks]
    a = gather.Gathered(len(plan.combos), len(pts.xy))
    b = gather.Gathered(len(plan.combos), len(pts.xy))
    for r in results:
        a.merge(r)
    for r in reversed(results):
        b.merge(r)
    assert np.array_equal(a.best, b.best) and np.array_equal(a.cell, b.cell)
    # and they are what best_levels makes of the engine's full per-cell levels
    from coverage_planner.core.analysis.levels import best_levels

    per_cell = coverage.all_point_levels(make_grid(dem()), cells, pts.xy, project.profile,
                                         use_cache=False, workers=1)
    level, best, best_cell = best_levels(cells, per_cell, len(pts.xy))
    for k, (tech, op) in enumerate(plan.combos):
        np.testing.assert_array_equal(a.best[k], level[(tech, op)])
    reduced = best_levels(cells, a.per_cell(tasks.combos_of(cells)[1], len(cells)), len(pts.xy))
    for tech in best:
        np.testing.assert_array_equal(reduced[1][tech], best[tech])
        np.testing.assert_array_equal(reduced[2][tech], best_cell[tech])
    for key, arr in reduced[0].items():
        np.testing.assert_array_equal(arr, level[key])


def test_tasks_hold_every_point_within_reach(project):
    src = dem_windows.dem_source(project.dem_path)
    pts = village_points(project, src.crs)
    cells = coverage.metric_cells(project.cells, src.crs)
    plan = tasks.plan_tasks(cells, pts.xy, src, project.profile, tile_m=1000.0,
                            masts_per_task=1)
    seen = np.concatenate([t.cell_index for t in plan.tasks])
    assert sorted(seen.tolist()) == list(range(len(cells)))  # every cell in one task only
    r2 = (project.profile.max_radius_m + src.res) ** 2
    for t in plan.tasks:
        first = t.cells.iloc[t.groups[0][0]]
        d2 = (pts.xy[:, 0] - first.x) ** 2 + (pts.xy[:, 1] - first.y) ** 2
        assert set(np.flatnonzero(d2 <= r2)) <= set(t.pts_index.tolist())
        r0, r1, c0, c1 = t.window
        assert 0 <= r0 < r1 <= N and 0 <= c0 < c1 <= N


@pytest.mark.parametrize("site", [(200, 200), (15, 390), (390, 5)])
def test_window_gives_the_full_grid_levels(project, site):
    """A mast computed on its DEM window gets the levels it gets on the whole grid, even where
    its disc leaves the grid."""
    src = dem_windows.dem_source(project.dem_path)
    full = make_grid(dem())
    pts = village_points(project, src.crs).xy
    cells = coverage.metric_cells(project.cells, src.crs).iloc[:3].copy()
    cells["x"], cells["y"] = xy(*site)
    plan = tasks.plan_tasks(cells, pts, src, project.profile)
    (task,) = plan.tasks
    win = dem_windows.window_grid(src, task.window)
    assert win.shape != full.shape or site == (200, 200)
    a_lv, a_near = coverage.mast_point_levels(full, cells, pts, project.profile)
    b_lv, b_near = coverage.mast_point_levels(win, cells, task.pts_xy, project.profile)
    assert len(a_near) > 3
    np.testing.assert_array_equal(task.pts_index[b_near], a_near)
    np.testing.assert_array_equal(a_lv, b_lv)


def test_a_window_reads_the_same_dem_posts(tmp_path):
    """With ``terrain_heights: "dem-posts"`` a worker's window reads the posts of the
    geographic DEM file itself, as the whole grid does: the same levels."""
    from coverage_planner.core.engine import mast_levels, terrain

    rng = np.random.default_rng(5)
    path = write_geographic_dem(tmp_path / "geo.tif", rng.uniform(300, 900, (240, 240)),
                                103.8, 22.4)
    grid = terrain.load_grid(path)
    src = dem_windows.dem_source(path)
    assert src.source == str(path.resolve())
    r, c = grid.shape[0] // 2, grid.shape[1] // 2
    win = dem_windows.window_grid(src, (r - 70, r + 70, c - 70, c + 70))
    assert win.source == src.source
    sx, sy = grid.centre_xy(r, c)
    cells = pd.DataFrame([{"x": sx, "y": sy, "height_m": 30.0, "technology": "2G",
                           "frequency_mhz": 900.0, "eirp_dbm": 45.0, "azimuth_deg": np.nan,
                           "beamwidth_deg": np.nan, "tilt_deg": 0.0, "operator": "t",
                           "site_id": "S", "cell_id": "S-1"}])
    xs = sx + rng.uniform(-4000, 4000, 200)
    ys = sy + rng.uniform(-4000, 4000, 200)
    profile = small_profile(terrain_heights="dem-posts", models={"2G": "itm"})
    full = mast_levels.point_levels(grid, cells, xs, ys, profile)
    part = mast_levels.point_levels(win, cells, xs, ys, profile)
    np.testing.assert_array_equal(full, part)
    assert not np.array_equal(full, mast_levels.point_levels(grid, cells, xs, ys,
                                                             small_profile(models={"2G": "itm"})))


# --- the command line ------------------------------------------------------------------------

@pytest.fixture
def folder(tmp_path):
    return world().write_folder(tmp_path / "data", dem())


def cli(capsys, *argv):
    from coverage_planner.cli import main

    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_cli_same_json_with_and_without_dask(folder, capsys):
    plain = json.loads(cli(capsys, "summary", folder, "--json"))
    one = json.loads(cli(capsys, "summary", folder, "--json", "--workers", "1", "--no-cache"))
    two = json.loads(cli(capsys, "summary", folder, "--json", "--workers", "2"))
    assert plain == one == two
    assert plain["villages_total"] == 72 and plain["mobile_signal"] > 0
    rows = cli(capsys, "villages", folder, "--json")
    assert cli(capsys, "villages", folder, "--json", "--workers", "2", "--no-cache") == rows


def test_cli_scheduler_address(folder, capsys, client):
    plain = cli(capsys, "summary", folder, "--json", "--no-cache")
    address = client.scheduler.address
    assert cli(capsys, "summary", folder, "--json", "--scheduler", address) == plain


def test_cli_refuses_bad_options(folder, capsys, monkeypatch):
    from coverage_planner.cli import data_cmds, main

    monkeypatch.setattr(data_cmds, "CONNECT_TIMEOUT", "1s")

    for argv in (["--workers", "0"], ["--workers", "2", "--scheduler", "tcp://x:1"]):
        with pytest.raises(SystemExit):
            main(["summary", str(folder), *argv])
    capsys.readouterr()
    code = main(["summary", str(folder), "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == 2 and "Dask scheduler" in err and "Traceback" not in err
    code = main(["summary", str(folder), "--scheduler", "http://127.0.0.1:8787"])
    err = capsys.readouterr().err
    assert code == 2 and "tcp://" in err and "Traceback" not in err


def test_a_silent_scheduler_is_unreachable_not_a_hang(project, monkeypatch):
    """A peer that accepts the connection and never answers: distributed alone waits for ever
    (measured: over 5 minutes); connect() gives up after its timeout plus a grace."""
    import socket
    import time

    from coverage_planner.core.common.errors import DataError
    from coverage_planner.core.distributed import cluster

    monkeypatch.setattr(cluster, "CONNECT_GRACE_S", 1.0)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(4)
    try:
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        t0 = time.perf_counter()
        with pytest.raises(DataError) as err:
            cluster.connect(address, "1s")
        assert time.perf_counter() - t0 < 30  # ends: the bound is a hang, not a speed
        assert f"cannot reach the Dask scheduler at {address} (no answer in 1 s)" \
            in err.value.message("en")
        # analyse_distributed given the address itself goes the same way (no hang)
        monkeypatch.setattr(scale, "CONNECT_TIMEOUT", "1s")
        with pytest.raises(DataError, match="no answer in 1 s"):
            scale.analyse_distributed(project, address)
    finally:
        silent.close()


def test_cli_scheduler_without_workers_says_so(folder, capsys, monkeypatch):
    """A run on a scheduler with no worker would wait for ever: a message instead, exit 2."""
    from distributed import LocalCluster

    from coverage_planner.cli import data_cmds, main

    monkeypatch.setattr(data_cmds, "WAIT_WORKERS_S", 1.0)
    with LocalCluster(n_workers=0, processes=False, protocol="tcp",
                      dashboard_address=":0") as empty:
        code = main(["summary", str(folder), "--scheduler", empty.scheduler_address])
    err = capsys.readouterr().err
    assert code == 2 and "has no workers" in err and "dask worker" in err


# --- the national generator ------------------------------------------------------------------

def _hashes(root):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(root.iterdir())}


def test_generator_is_deterministic_and_loads(tmp_path):
    from coverage_planner.core.io import load_folder
    from coverage_planner.datagen import national

    p = national.Params(villages=400, cells=500, seed=7, max_radius_m=4000.0)
    counts = national.build(tmp_path / "a", p)
    national.build(tmp_path / "b", p)
    assert _hashes(tmp_path / "a") == _hashes(tmp_path / "b")
    assert national.main([str(tmp_path / "c"), "--villages", "400", "--cells", "500",
                          "--seed", "8"]) == 0
    assert _hashes(tmp_path / "c")["sites.csv"] != _hashes(tmp_path / "a")["sites.csv"]

    project = load_folder(tmp_path / "a")
    assert len(project.villages) == counts["villages"] == 400
    assert len(project.cells) == counts["cells"] == 500
    assert project.households is not None and project.fiber_access_points is not None
    assert project.profile.max_radius_m == 4000.0
    meta = json.loads((tmp_path / "a" / "dataset.json").read_text(encoding="utf-8"))
    assert {v["origin"] for v in meta["layers"].values()} == {"synthetic"}
    assert "SYNTHETIC" in meta["synthetic_notice"]
    import rasterio

    with rasterio.open(project.dem_path) as src:
        assert src.crs.to_epsg() == 32648 and src.block_shapes == [(256, 256)]
    assert not any("does not cover" in w.en for w in project.report.warnings)


def test_generated_folder_same_on_dask(tmp_path, client):
    from coverage_planner.core.io import load_folder
    from coverage_planner.datagen import national

    national.build(tmp_path / "n", national.Params(villages=300, cells=240, seed=3,
                                                   max_radius_m=3000.0))
    project = load_folder(tmp_path / "n")
    same(analyse(project, use_cache=False), scale.analyse_distributed(project, client,
                                                                      use_cache=False))


# --- the embedded data set -------------------------------------------------------------------

@pytest.mark.slow
def test_laocai_same_on_one_and_two_workers():
    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.core.io import load_folder

    project = load_folder(default_data_dir())
    expected = analyse(project, use_cache=False)
    for n in (1, 2):
        with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=False,
                                      dashboard_address=":0") as cluster, \
                distributed.Client(cluster) as c:
            got = scale.analyse_distributed(project, c, use_cache=False)
        for col in expected.villages.columns:
            assert expected.villages[col].equals(got.villages[col]), (n, col)
        same(expected, got)
