"""The compute engine's choices, without any cluster: the settings (``compute/…``) and how they
survive nonsense, the scheduler's address (checked, with the reason in both languages), and the
engine chosen by folder size.
"""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.distributed import cluster
from coverage_planner.gui import compute
from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.settings import (
    IN_PROCESS,
    LOCAL_CLUSTER,
    SCHEDULER,
    ComputeSettings,
    compute_settings,
    save_compute_settings,
)

pytestmark = pytest.mark.usefixtures("own_settings")


# ---- settings ---------------------------------------------------------------------------------
def test_settings_round_trip_and_defaults():
    assert compute_settings() == ComputeSettings()
    assert compute_settings().engine == IN_PROCESS
    saved = ComputeSettings(SCHEDULER, workers=3, scheduler="tcp://10.0.0.5:8786",
                            min_cells=5000, min_villages=0)
    save_compute_settings(saved)
    assert compute_settings() == saved
    # a fresh QSettings reads the file, not a cache
    assert compute_settings(app_settings.app_settings()) == saved


def test_settings_survive_nonsense():
    s = app_settings.app_settings()
    s.setValue(app_settings.COMPUTE_ENGINE, "quantum")
    s.setValue(app_settings.COMPUTE_WORKERS, "many")
    s.setValue(app_settings.COMPUTE_MIN_CELLS, "-5")
    s.sync()
    config = compute_settings()
    assert config.engine == IN_PROCESS and config.workers == 0 and config.min_cells == 0
    assert config.local_workers() == (os.cpu_count() or 1)


# ---- the address --------------------------------------------------------------------------
@pytest.mark.parametrize("text, full", [
    ("tcp://10.0.0.5:8786", "tcp://10.0.0.5:8786"),
    (" 10.0.0.5:9000 ", "tcp://10.0.0.5:9000"),
    ("scheduler.lan", "tcp://scheduler.lan:8786"),
    ("TLS://dask-01.example.org:8786", "tls://dask-01.example.org:8786"),
    ("tcp://[::1]:8786", "tcp://[::1]:8786"),
])
def test_good_addresses(text, full):
    assert cluster.scheduler_address(text) == full


@pytest.mark.parametrize("text, why", [
    ("", "empty"),
    ("http://10.0.0.5:8786", "tcp:// or tls://"),
    ("tcp://10.0.0.5:99999", "1 to 65535"),
    ("tcp://10.0.0.5:port", "1 to 65535"),
    ("tcp://:8786", "host"),
    ("tcp://bad_host!:8786", "host"),
    ("tcp://10.0.0.5:8787", "dashboard"),
    ("tcp://10.0.0.5 :8786", "spaces"),
    ("tcp://10.0.0.5:8786/status", "only the scheme"),
])
def test_bad_addresses_say_why_in_both_languages(text, why):
    with pytest.raises(DataError) as err:
        cluster.scheduler_address(text)
    assert why in err.value.message("en")
    vi = err.value.message("vi")
    assert "địa chỉ bộ lập lịch Dask" in vi or "địa chỉ trống" in vi
    assert "tcp://10.0.0.5:8786" in err.value.fix("en")


# ---- which engine -------------------------------------------------------------------------
def _folder(cells: int, villages: int):
    return SimpleNamespace(cells=range(cells), villages=range(villages))


def test_engine_follows_the_settings_and_the_size():
    scheduler = ComputeSettings(SCHEDULER, scheduler="tcp://h:8786", min_cells=20_000,
                                min_villages=10_000)
    local = ComputeSettings(LOCAL_CLUSTER, workers=4)
    small, many_cells, many_villages = _folder(8_834, 1_562), _folder(20_000, 10), \
        _folder(10, 10_000)
    assert compute.choose_engine(many_cells, ComputeSettings()).kind == IN_PROCESS
    assert compute.choose_engine(small, scheduler).kind == IN_PROCESS
    assert compute.choose_engine(many_cells, scheduler) == compute.Engine(
        SCHEDULER, address="tcp://h:8786")
    assert compute.choose_engine(many_villages, scheduler).kind == SCHEDULER
    assert compute.choose_engine(many_villages, local) == compute.Engine(LOCAL_CLUSTER, 4)
    always = ComputeSettings(LOCAL_CLUSTER, workers=2, min_cells=0, min_villages=0)
    assert compute.choose_engine(_folder(1, 1), always).kind == LOCAL_CLUSTER
