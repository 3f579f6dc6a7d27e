"""Ten times the Lào Cai data (15,000 villages, 10,000 cells): the window stays responsive.

What "responsive" means here, checked without timing anything:

- every heavy step (loading the folder, the map page, the counts, the analysis, the map's
  result data, the terrain, the coverage images, the what-if evaluator) runs off the GUI
  thread — each is wrapped to record the thread it ran on;
- the table never walks its 15,000 rows in Python on the GUI thread: a new result, a sort,
  a carrier and a language each ask the model for a few screens of cells, not for every row.

The stall watch (the GUI thread's longest gaps and what it was doing) is printed for the
record; ``python -m benchmarks responsiveness`` measures it.
"""

from __future__ import annotations

import functools
import threading

import pytest
from gui_helpers import close_window, run_js, shown_window, wait_signal, wait_until
from PySide6.QtCore import Qt

from coverage_planner.gui.tables.village_filter import VillageFilter

pytestmark = pytest.mark.slow

VILLAGES, CELLS = 15_000, 10_000


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory):
    from coverage_planner.datagen import national

    out = tmp_path_factory.mktemp("ten-times")
    national.build(out, national.Params(villages=VILLAGES, cells=CELLS, seed=11))
    return out


#: (module, attribute) of every heavy step the GUI starts
HEAVY = (
    ("coverage_planner.core.io", "load_folder"),
    ("coverage_planner.core.analysis.villages", "analyse"),
    ("coverage_planner.core.engine.terrain", "load_grid"),
    ("coverage_planner.core.engine.composites", "composites"),
    ("coverage_planner.core.engine.rendering", "hillshade_png"),
    ("coverage_planner.gui.project_model", "build_map_page"),
    ("coverage_planner.gui.project_model", "summarize"),
    ("coverage_planner.gui.controllers.map_page", "write_result"),
    ("coverage_planner.core.planning.whatif", "Evaluator"),
)


@pytest.fixture(scope="module")
def loaded(qapp, big_folder, tmp_path_factory):
    """The window with the big folder open and its coverage shown; the threads each heavy
    step ran on; the stall watch."""
    import importlib

    from coverage_planner.gui.stallwatch import StallWatch

    ran_on: dict[str, set[int]] = {}
    mp = pytest.MonkeyPatch()
    for module_name, attr in HEAVY:
        module = importlib.import_module(module_name)
        original = getattr(module, attr)

        def wrapper(*args, __original=original, __name=f"{module_name}.{attr}", **kwargs):
            ran_on.setdefault(__name, set()).add(threading.get_ident())
            return __original(*args, **kwargs)

        mp.setattr(module, attr, functools.wraps(original)(wrapper))
    watch = StallWatch().start()
    win = shown_window("en", (1400, 900))
    wait_signal(win.coverageShown, lambda: win.open_folder(big_folder), timeout_ms=300_000)
    wait_until(lambda: win.whatif.evaluator is not None, timeout_ms=120_000)
    wait_until(lambda: win.layers.coverage_images is not None, timeout_ms=300_000)
    watch.stop()
    print(watch.report())
    yield win, ran_on, watch
    close_window(win, qapp)
    mp.undo()


def test_heavy_work_never_runs_on_the_gui_thread(loaded):
    win, ran_on, _ = loaded
    gui = threading.main_thread().ident
    assert win.model.result is not None and len(win.model.result.villages) == VILLAGES
    # every step ran (else the check below proves nothing), and none on the GUI thread
    assert set(ran_on) == {f"{m}.{a}" for m, a in HEAVY}
    on_gui = sorted(name for name, threads in ran_on.items() if gui in threads)
    assert on_gui == []


def test_the_map_and_table_show_every_village(loaded, qapp):
    win, _, _ = loaded
    keys = run_js(win, "JSON.stringify(cpVillageStyleCounts().keys)")
    assert sum(keys.values()) == VILLAGES and "" not in keys  # each coloured by its status
    no_fiber = int((~win.model.result.villages["fixed_broadband"].astype(bool)).sum())
    assert sum(n for k, n in keys.items() if k.startswith("nofiber")) == no_fiber
    assert win.table_dock.proxy.rowCount() == VILLAGES


class _Counter:
    """Counts the table model's data() calls (what Python does per cell)."""

    def __init__(self, model) -> None:
        self.calls = 0
        self.model = model
        self.original = type(model).data

    def __enter__(self):
        counter = self

        def data(self_, index, role=Qt.ItemDataRole.DisplayRole):
            counter.calls += 1
            return counter.original(self_, index, role)

        type(self.model).data = data
        return self

    def __exit__(self, *exc) -> None:
        type(self.model).data = self.original


def test_table_work_follows_the_screen_not_the_row_count(loaded, qapp):
    win, _, _ = loaded
    dock = win.table_dock
    model = dock.table_model
    win.model.select_village(model.village_id(7_000))
    selected = win.table_dock.selected_id()
    visible = dock.table.viewport().height() // dock.table.verticalHeader().defaultSectionSize()
    # a screen of cells × roles, many times over, is still far below one call per row
    budget = 40 * (visible + 1) * 11
    assert budget < VILLAGES
    steps = {
        "sort by households": lambda: dock.table.sortByColumn(3, Qt.SortOrder.DescendingOrder),
        "sort by name": lambda: dock.table.sortByColumn(0, Qt.SortOrder.AscendingOrder),
        "a carrier": lambda: dock.set_filter(VillageFilter(carrier="Viettel")),
        "no fiber": lambda: dock.set_filter(VillageFilter(status="no_fiber")),
        "everything": lambda: dock.set_filter(VillageFilter()),
        "Vietnamese": lambda: dock.set_language("vi"),
        "English": lambda: dock.set_language("en"),
    }
    for name, step in steps.items():
        with _Counter(model) as counter:
            step()
            qapp.processEvents()
        assert counter.calls < budget, name
        # the selection stays the planner's through sorts and filters (hidden, not replaced)
        assert win.model.selected == selected, name
    assert dock.selected_id() == selected


def test_sorted_rows_follow_the_numbers(loaded, qapp):
    win, _, _ = loaded
    dock = win.table_dock
    dock.set_filter(VillageFilter())
    df = win.model.result.villages.set_index("village_id")
    dock.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    ids = dock.visible_ids()
    households = df.loc[ids, "households"].to_numpy()
    assert len(ids) == VILLAGES
    assert (households[:-1] >= households[1:]).all()
    dock.set_filter(VillageFilter(status="no_fiber"))
    ids = dock.visible_ids()
    assert len(ids) == int((~df["fixed_broadband"].astype(bool)).sum())
    assert not df.loc[ids, "fixed_broadband"].astype(bool).any()
    households = df.loc[ids, "households"].to_numpy()
    assert (households[:-1] >= households[1:]).all()
    dock.set_filter(VillageFilter())
    dock.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert dock.visible_ids() == list(win.model.result.villages["village_id"].astype(str))


def test_the_load_probe_reports_on_a_folder(tmp_path):
    """``python -m coverage_planner.gui.loadprobe`` (what the benchmark runs) on the ridge
    world: milestones, stalls, table timings and what-if timings, as JSON."""
    import json
    import os
    import subprocess
    import sys

    from gui_helpers import write_ridge_folder

    folder = write_ridge_folder(tmp_path / "ridge")
    env = dict(os.environ, COVERAGE_PLANNER_CACHE=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-m", "coverage_planner.gui.loadprobe", str(folder),
                          "--json"], capture_output=True, text=True, env=env, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads([ln for ln in out.stdout.splitlines() if ln.startswith("{")][-1])
    assert report["villages"] == 3 and report["failure"] is None
    assert {"window_shown", "map_ready", "coverage_shown", "coverage_images"} \
        <= set(report["milestones_s"])
    assert set(report["table_s"]) >= {"sort_households", "carrier", "language"}
    assert len(report["whatif_s"]) == 3
    assert all(e["map"] >= e["answer"] > 0 for e in report["whatif_s"])
