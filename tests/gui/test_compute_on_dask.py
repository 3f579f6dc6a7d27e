"""The compute engine from the desktop app on real Dask processes: the dialog's "Test
connection", and the analysis runner on a Dask scheduler with one worker — both started here as
*subprocesses* (threaded in-process workers once deadlocked beside QtWebEngine in this process)
and always stopped — or on a local cluster the run starts.

The runner's result on Dask must be the in-process engine's; progress must come from the
workers (masts done, rising to 1, naming the workers); an unreachable scheduler must give the
bilingual message, not a traceback. (Settings, addresses and the engine's choice:
test_compute_settings; the dialog itself: dialogs/test_compute_dialog.)
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
from gui_helpers import wait_signal

from coverage_planner.core.analysis import villages as analysis
from coverage_planner.core.common.errors import CancelledError, DataError
from coverage_planner.core.distributed import cluster
from coverage_planner.gui import compute
from coverage_planner.gui.analysis import AnalysisRunner
from coverage_planner.gui.dialogs import compute_dialog
from coverage_planner.gui.dialogs.compute_dialog import ComputeDialog
from coverage_planner.gui.settings import (
    LOCAL_CLUSTER,
    SCHEDULER,
    ComputeSettings,
    save_compute_settings,
)

#: nothing listens there: connections are refused
UNREACHABLE = "tcp://127.0.0.1:9"

# each test its own settings file: the compute engine set here must not reach the other GUI
# modules' windows
pytestmark = pytest.mark.usefixtures("own_settings")


# ---- a scheduler and a worker in their own processes ----------------------------------------
def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM to the process group we started (the process and anything it spawned), then
    SIGKILL if it lingers."""
    if proc.poll() is not None:
        return
    for sig, wait_s in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(wait_s)
            return
        except subprocess.TimeoutExpired:
            continue


def _scheduler_argv(scheduler_file) -> list:
    return [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
            "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file),
            "--idle-timeout", "300s"]


def _worker_argv(scheduler_file) -> list:
    return [sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file",
            str(scheduler_file), "--nthreads", "1", "--no-nanny", "--no-dashboard",
            "--memory-limit", "1GiB", "--death-timeout", "60s"]


def _cluster(root, commands, workers: int):
    """Start ``commands`` (their own process groups, logs in ``root``); yield the scheduler's
    address once it answers with ``workers`` workers; stop them all."""
    env = {**os.environ, "COVERAGE_PLANNER_CACHE": str(root / "worker-cache"),
           "MALLOC_MMAP_THRESHOLD_": str(32 * 2**20)}
    procs = []
    try:
        for i, argv in enumerate(commands):
            with open(root / f"process-{i}.log", "wb") as log:
                procs.append(subprocess.Popen(argv, env=env, cwd=root, stdout=log,
                                              stderr=subprocess.STDOUT,
                                              start_new_session=True))
        yield _wait_for(root / "scheduler.json", workers, procs, root)
    finally:
        for proc in reversed(procs):
            _stop(proc)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """The address of a ``dask scheduler`` with one ``dask worker`` (one thread, no nanny),
    both subprocesses with their own cache folder; stopped at the end of the module."""
    root = tmp_path_factory.mktemp("dask")
    sf = root / "scheduler.json"
    yield from _cluster(root, [_scheduler_argv(sf), _worker_argv(sf)], workers=1)


@pytest.fixture(scope="module")
def lonely_scheduler(tmp_path_factory):
    """The address of a ``dask scheduler`` (a subprocess) without any worker."""
    root = tmp_path_factory.mktemp("dask-lonely")
    yield from _cluster(root, [_scheduler_argv(root / "scheduler.json")], workers=0)


def _wait_for(scheduler_file, workers: int, procs, root, timeout_s: float = 60.0) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            logs = "\n".join(p.read_text(errors="replace")[-2000:]
                             for p in sorted(root.glob("process-*.log")))
            pytest.fail(f"a Dask process exited:\n{logs}")
        try:
            address = json.loads(scheduler_file.read_text())["address"]
            if len(cluster.probe_scheduler(address, "2s").workers) >= workers:
                return address
        except (OSError, ValueError, KeyError, DataError):
            pass
        time.sleep(0.2)
    pytest.fail(f"the Dask scheduler did not answer with {workers} worker(s)")


# ---- on the scheduler -----------------------------------------------------------------------
def test_dialog_tests_the_connection(qapp, scheduler, monkeypatch):
    monkeypatch.setattr(compute_dialog, "TEST_TIMEOUT", "1s")
    dialog = ComputeDialog(ComputeSettings(SCHEDULER, scheduler=scheduler), lang="en")
    ok, text = wait_signal(dialog.tested, dialog.test_button.click, timeout_ms=20_000)
    assert ok, text
    assert f"Connected to {scheduler}. Workers: 1 · threads: 1" in text
    assert text.count("•") == 1 and dialog.test_button.isEnabled()

    dialog.address_edit.setText(UNREACHABLE)
    ok, text = wait_signal(dialog.tested, dialog.test_button.click, timeout_ms=20_000)
    assert not ok
    assert f"cannot reach the Dask scheduler at {UNREACHABLE}" in text
    assert "dask worker tcp://HOST:8786" in text and "Compute engine" in text
    assert dialog.status.text() == text
    dialog.deleteLater()


def test_runner_on_the_scheduler_gives_the_engines_result(qapp, scheduler,
                                                          coverage_project_factory):
    save_compute_settings(ComputeSettings(SCHEDULER, scheduler=scheduler, min_cells=0,
                                          min_villages=0))
    runner = AnalysisRunner()
    seen: list = []
    runner.progress.connect(lambda fraction, message: seen.append((fraction, message)))
    (result,) = wait_signal(runner.finished, lambda: runner.start(coverage_project_factory()),
                            timeout_ms=60_000)
    qapp.processEvents()

    expected = analysis.analyse(coverage_project_factory())
    pd.testing.assert_frame_equal(result.villages, expected.villages)
    assert result.summary == expected.summary
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(0.0 < f < 1.0 for f in fractions)  # 3 masts, one task each: 1/3, 2/3
    where = f"Dask: 1 worker at {scheduler}"
    assert seen[0][1] == f"Connecting to the Dask scheduler at {scheduler}…"
    assert f"Computing coverage: 1/3 masts ({where})" in [m for _, m in seen]
    assert seen[-1][1] == f"Coverage computed ({where})"


def test_cancel_stops_a_run_on_the_scheduler(qapp, scheduler, coverage_project_factory):
    save_compute_settings(ComputeSettings(SCHEDULER, scheduler=scheduler, min_cells=0,
                                          min_villages=0))
    runner = AnalysisRunner()
    project = coverage_project_factory()

    def start_and_cancel():
        runner.start(project)
        runner.cancel()

    wait_signal(runner.cancelled, start_and_cancel, timeout_ms=30_000)
    assert not runner.running

    # cancelled in the middle: at the workers' first progress, with tasks on the workers
    flag = []

    def progress(fraction, message):
        if "0/3 masts" in message:
            flag.append(True)

    engine = compute.Engine(SCHEDULER, address=scheduler)
    with pytest.raises(CancelledError):
        compute.analyse_on_dask(project, engine, progress, lambda: bool(flag))
    # the cluster is free again for the next run
    assert compute.analyse_on_dask(project, engine).summary == analysis.analyse(project).summary


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_unreachable_scheduler_is_a_message_not_a_traceback(qapp, monkeypatch, lang,
                                                            coverage_project_factory):
    monkeypatch.setattr(compute, "CONNECT_TIMEOUT", "1s")
    save_compute_settings(ComputeSettings(SCHEDULER, scheduler=UNREACHABLE, min_cells=0,
                                          min_villages=0))
    runner = AnalysisRunner()
    runner.lang = lang
    (message,) = wait_signal(runner.failed, lambda: runner.start(coverage_project_factory()),
                             timeout_ms=30_000)
    assert "Traceback" not in message and "OSError" not in message
    assert "dask scheduler" in message and "dask worker tcp://HOST:8786" in message
    if lang == "vi":
        assert f"không kết nối được bộ lập lịch Dask {UNREACHABLE}" in message
        assert "Phủ sóng → Nơi tính toán" in message
    else:
        assert f"cannot reach the Dask scheduler at {UNREACHABLE}" in message
        assert "Coverage → Compute engine" in message


def test_cancel_while_connecting_does_not_wait_for_the_timeout(coverage_project_factory):
    """A "scheduler" that accepts the connection and never answers: the client would wait for
    the whole connect timeout; Cancel ends the run at once and the late client is closed."""
    import socket

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(4)
    try:
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        engine = compute.Engine(SCHEDULER, address=address)
        t0 = time.perf_counter()
        with pytest.raises(CancelledError):
            compute.analyse_on_dask(coverage_project_factory(), engine, None,
                                    lambda: time.perf_counter() - t0 > 0.3)
        # not the 10 s connect timeout (a behaviour, not a speed: the bound is the timeout)
        assert time.perf_counter() - t0 < 5.0
    finally:
        silent.close()


def test_malformed_address_in_the_settings_is_a_message(qapp, coverage_project_factory):
    save_compute_settings(ComputeSettings(SCHEDULER, scheduler="http://10.0.0.5:8786",
                                          min_cells=0, min_villages=0))
    runner = AnalysisRunner()
    (message,) = wait_signal(runner.failed, lambda: runner.start(coverage_project_factory()))
    assert "not a Dask scheduler address" in message and "tcp://10.0.0.5:8786" in message


def test_runner_on_a_local_cluster(qapp, coverage_project_factory):
    """Worker *processes* (never threads here), started and closed by the run."""
    save_compute_settings(ComputeSettings(LOCAL_CLUSTER, workers=1, min_cells=0,
                                          min_villages=0))
    runner = AnalysisRunner()
    seen: list = []
    runner.progress.connect(lambda fraction, message: seen.append(message))
    (result,) = wait_signal(runner.finished, lambda: runner.start(coverage_project_factory()),
                            timeout_ms=60_000)
    qapp.processEvents()
    assert result.summary == analysis.analyse(coverage_project_factory()).summary
    assert seen[0] == "Starting a local Dask cluster (worker processes: 1)…"
    assert seen[-1] == "Coverage computed (local Dask cluster: 1 worker)"


def test_scheduler_without_workers(qapp, lonely_scheduler, monkeypatch, coverage_project_factory):
    dialog = ComputeDialog(ComputeSettings(SCHEDULER, scheduler=lonely_scheduler), lang="en")
    ok, text = wait_signal(dialog.tested, dialog.test_button.click, timeout_ms=20_000)
    assert not ok and "answers but has no workers" in text
    assert f"dask worker {lonely_scheduler}" in text
    dialog.deleteLater()

    monkeypatch.setattr(compute, "WAIT_WORKERS_S", 0.5)
    save_compute_settings(ComputeSettings(SCHEDULER, scheduler=lonely_scheduler, min_cells=0,
                                          min_villages=0))
    runner = AnalysisRunner()
    runner.lang = "vi"
    (message,) = wait_signal(runner.failed, lambda: runner.start(coverage_project_factory()),
                             timeout_ms=30_000)
    assert f"bộ lập lịch Dask {lonely_scheduler} chưa có worker nào" in message
    assert f"dask worker {lonely_scheduler}" in message
