"""Where the coverage analysis runs — this computer or Dask — and running it there.

The choice comes from the settings (:class:`~coverage_planner.gui.settings.ComputeSettings`, set
in Coverage → Compute engine…) and the folder's size: Dask only for big folders, since starting
workers costs seconds. On Dask the run is :func:`coverage_planner.core.distributed.scale.analyse_distributed`,
which gives the very result the in-process engine gives; its progress (masts done, as the workers
finish their tasks) and the Cancel pass through, and the messages say where the work runs.

Runs in the analysis' worker thread (:class:`~coverage_planner.gui.analysis.AnalysisRunner`):
messages are translated with ``QCoreApplication.translate``, which is thread-safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from coverage_planner.core.common.errors import CancelledError, DataError
from coverage_planner.core.common.text import Text
from coverage_planner.gui.settings import (
    IN_PROCESS,
    LOCAL_CLUSTER,
    SCHEDULER,
    ComputeSettings,
    compute_settings,
)

# how long to wait for the scheduler to answer, and then for a first worker
CONNECT_TIMEOUT = "10s"
WAIT_WORKERS_S = 10.0
# what the user can do instead when the scheduler fails (added to the core's fix)
ALTERNATIVE = Text("or choose another engine under Coverage → Compute engine…",
                   "hoặc chọn nơi tính khác trong Phủ sóng → Nơi tính toán…")
# the engines' bare "done/total" progress messages
_COUNT = re.compile(r"^(\d+)/(\d+)$")


def is_count(message: str) -> bool:
    """True for the engines' bare "done/total" message (the window adds "masts")."""
    return bool(_COUNT.match(message or ""))


@dataclass(frozen=True)
class Engine:
    """The engine one run uses: ``kind`` is one of the settings' engines."""

    kind: str = IN_PROCESS
    workers: int = 0  # a local cluster's size
    address: str = ""  # a scheduler's address, as set (checked when the run starts)


def is_big(cells: int, villages: int, config: ComputeSettings) -> bool:
    """A folder of so many cells and villages reaches the size from which Dask is used (either
    count)."""
    return cells >= config.min_cells or villages >= config.min_villages


def choose_engine(project, config: ComputeSettings) -> Engine:
    """Dask as set for a big folder; this computer otherwise."""
    if config.engine == IN_PROCESS or not is_big(len(project.cells), len(project.villages),
                                                 config):
        return Engine(IN_PROCESS)
    if config.engine == LOCAL_CLUSTER:
        return Engine(LOCAL_CLUSTER, workers=config.local_workers())
    return Engine(SCHEDULER, address=config.scheduler)


def where_text(kind: str, workers: int, address: str = "") -> str:
    """"Dask: 2 workers at tcp://…" or "local Dask cluster: 2 workers"."""
    if kind == SCHEDULER:
        if workers == 1:
            return QCoreApplication.translate("Compute", "Dask: 1 worker at {0}").format(address)
        return QCoreApplication.translate("Compute", "Dask: {0} workers at {1}").format(
            workers, address)
    if workers == 1:
        return QCoreApplication.translate("Compute", "local Dask cluster: 1 worker")
    return QCoreApplication.translate("Compute", "local Dask cluster: {0} workers").format(workers)


def analyse(project, progress=None, cancelled=None, config: ComputeSettings | None = None):
    """The project's :class:`CoverageResult` on the engine the settings and its size choose."""
    engine = choose_engine(project, config if config is not None else compute_settings())
    if engine.kind == IN_PROCESS:
        from coverage_planner.core.analysis import villages as analysis

        # looked up at call time so that tests can replace the engine
        return analysis.analyse(project, progress=progress, cancelled=cancelled)
    return analyse_on_dask(project, engine, progress, cancelled)


def _open(engine: Engine, progress):
    """(client, local cluster or None, address) for a Dask engine."""
    from coverage_planner.core.distributed import cluster, scale

    if engine.kind == SCHEDULER:
        address = cluster.scheduler_address(engine.address)
        progress(0.0, QCoreApplication.translate(
            "Compute", "Connecting to the Dask scheduler at {0}…").format(address))
        client = cluster.connect(address, CONNECT_TIMEOUT, ALTERNATIVE,
                                 wait_workers=WAIT_WORKERS_S)
        return client, None, address
    from distributed import Client

    progress(0.0, QCoreApplication.translate(
        "Compute", "Starting a local Dask cluster (worker processes: {0})…").format(
            engine.workers))
    local = scale.local_cluster(engine.workers)
    try:
        return Client(local), local, ""
    except BaseException:
        local.close()
        raise


def analyse_on_dask(project, engine: Engine, progress=None, cancelled=None):
    """:func:`scale.analyse_distributed` on the engine's cluster, closed afterwards; progress
    messages say how many masts are done on how many workers, and where."""
    from coverage_planner.core.distributed import cluster, scale

    progress = progress or (lambda fraction, message: None)
    try:
        # Cancel ends the wait for a scheduler at once (a late client is closed)
        client, local, address = cluster.in_helper_thread(lambda: _open(engine, progress),
                                                          cancelled=cancelled)
    except DataError:
        if cancelled and cancelled():  # cancelled while connecting: not a failure to report
            raise CancelledError() from None
        raise
    try:
        if cancelled and cancelled():
            raise CancelledError()
        where = where_text(engine.kind, len(cluster.cluster_info(client).workers), address)

        def report(fraction: float, message: str) -> None:
            count = _COUNT.match(message)
            if count:  # not the core's "starting Dask": _open said it
                progress(fraction, QCoreApplication.translate(
                    "Compute", "Computing coverage: {0}/{1} masts ({2})").format(
                        count[1], count[2], where))

        result = scale.analyse_distributed(project, client, progress=report,
                                           cancelled=cancelled)
    finally:
        client.close()
        if local is not None:
            local.close()
    progress(1.0, QCoreApplication.translate("Compute", "Coverage computed ({0})").format(where))
    return result
