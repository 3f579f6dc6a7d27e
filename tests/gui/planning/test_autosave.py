"""Work is never lost: the scenarios are autosaved after every edit and on a timer, a clean quit
removes the recovery file, the next start offers to recover it (the answer injected here) and
the recovered scenarios are the last autosave's. A process killed with SIGKILL while saving
leaves either the previous complete file or the new one, never a corrupt one.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from gui_helpers import (
    RIDGE_EAST,
    close_window,
    module_settings,
    open_folder_window,
    ridge_lonlat,
    shown_window,
    wait_signal,
    wait_until,
    wait_whatif,
)
from PySide6.QtCore import QObject, Signal

from coverage_planner.core.common.errors import DataError
from coverage_planner.core.planning.templates import SiteSpec
from coverage_planner.core.project import autosave, projectfile


def digest(scenarios) -> str:
    return hashlib.sha256(json.dumps(scenarios, sort_keys=True).encode()).hexdigest()


# ---- the core part: a real process killed while it saves --------------------------------------
CHILD = textwrap.dedent('''
    import hashlib, json, sys
    import geopandas as gpd
    from shapely.geometry import Point, box
    from coverage_planner.core.project import autosave
    from coverage_planner.core.project.model import Project
    from coverage_planner.core.planning.scenario import AddFiber, Scenario
    from coverage_planner.core.planning.templates import SiteSpec

    path, folder = sys.argv[1], sys.argv[2]
    villages = gpd.GeoDataFrame({"village_id": ["V1"], "name": ["Bản Một"]},
                                geometry=[box(104.0, 22.5, 104.01, 22.51)], crs="EPSG:4326")
    cells = gpd.GeoDataFrame({"site_id": ["S1"], "cell_id": ["S1-4G"], "operator": ["Viettel"],
                              "technology": ["4G"], "height_m": [30.0], "origin": ["synthetic"]},
                             geometry=[Point(104.005, 22.505)], crs="EPSG:4326")
    baseline = Project(root=None, villages=villages, cells=cells)
    scenarios = [Scenario(baseline, "Kịch bản A"), Scenario(baseline, "B")]
    k = 0
    while True:
        sc = scenarios[k % 2]
        if k % 3 == 2:
            sc.push(AddFiber([(104.0 + k * 1e-4, 22.5), (104.01, 22.51)], f"FO-{k}"))
        else:
            sc.add_site(SiteSpec("Viettel", 104.0 + k * 1e-4, 22.5, 30.0, ("4G",), None))
        pf = autosave.snapshot(folder, scenarios, sc.name)
        digest = hashlib.sha256(json.dumps(pf.scenarios, sort_keys=True).encode()).hexdigest()
        print("saving", k, digest, flush=True)
        autosave.save_recovery(pf, path)
        print("saved", k, flush=True)
        k += 1
''')


def _kill_while_saving(path, folder, after: int, fraction: float) -> tuple[dict, int, float]:
    """Run the child, kill it ``fraction`` of a save's duration into save number ``after``.
    Returns (digest per started save, the last save started, the measured save duration)."""
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(folder)],
                            stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    digests: dict[int, str] = {}
    started: dict[int, float] = {}
    durations: list[float] = []
    try:
        for line in proc.stdout:
            word, k, *rest = line.split()
            k = int(k)
            now = time.monotonic()
            if word == "saving":
                digests[k] = rest[0]
                started[k] = now
                if k == after:
                    duration = sorted(durations)[len(durations) // 2]
                    time.sleep(fraction * duration)
                    os.kill(proc.pid, signal.SIGKILL)
                    break
            else:
                durations.append(now - started[k])
    finally:
        proc.kill()
        proc.wait(timeout=30)
    for line in proc.stdout.read().splitlines():  # what it printed before it died
        word, k, *rest = line.split()
        if word == "saving":
            digests[int(k)] = rest[0]
    assert proc.returncode == -signal.SIGKILL
    return digests, max(digests), duration


def test_sigkill_while_saving_leaves_the_previous_or_the_new_save(tmp_path):
    """Three real processes (run at once), killed 5 %, 50 % and 95 % into their fifth save."""
    from concurrent.futures import ThreadPoolExecutor

    fractions = (0.05, 0.5, 0.95)
    paths = [tmp_path / f"run{i}" / "recovery.gpkg" for i in range(len(fractions))]
    with ThreadPoolExecutor(len(fractions)) as pool:
        runs = list(pool.map(lambda a: _kill_while_saving(a[0], tmp_path, 4, a[1]),
                             zip(paths, fractions)))
    for path, (digests, last, duration) in zip(paths, runs):
        assert duration > 0
        pf = projectfile.load(path)  # never corrupt: it opens
        assert digest(pf.scenarios) in (digests[last - 1], digests[last]), \
            f"{path}: the file is neither save {last - 1} nor save {last}"
        assert pf.data_folder == tmp_path.resolve()
        assert [sc["name"] for sc in pf.scenarios] == ["Kịch bản A", "B"]
        # a temporary left by the killed save is cleared at the next start
        autosave.remove_stale_temporaries(path)
        assert autosave.stale_temporaries(path) == []
        assert autosave.load_recovery(path) is not None


def test_recovery_file_helpers(tmp_path, monkeypatch):
    path = tmp_path / "r" / "recovery.gpkg"
    monkeypatch.setenv(autosave.ENV, str(path))
    assert autosave.recovery_path() == path
    assert autosave.load_recovery() is None and not autosave.has_edits(None)
    empty = projectfile.ProjectFile(tmp_path, [{"name": "A", "edits": []}], "A")
    autosave.save_recovery(empty)
    assert not autosave.has_edits(autosave.load_recovery())
    (path.parent / ".recovery.abc123.gpkg").write_bytes(b"half")
    assert len(autosave.stale_temporaries()) == 1
    autosave.remove_recovery()
    assert not path.exists() and autosave.stale_temporaries() == []
    path.write_bytes(b"not a project")
    with pytest.raises(DataError):
        autosave.load_recovery()
    kept = autosave.set_aside()
    assert kept.name == "recovery-declined.gpkg" and not path.exists()
    monkeypatch.delenv(autosave.ENV)
    assert autosave.recovery_path().name == "recovery.gpkg"


# ---- the GUI part --------------------------------------------------------------------------------
class FakeWhatIf(QObject):
    edited = Signal()

    def __init__(self, folder):
        super().__init__()
        self.folder = folder
        self.n = 0

    def has_edits(self) -> bool:
        return self.n > 0

    def snapshot(self):
        edits = [{"kind": "remove_site", "site_id": f"S{i}"} for i in range(self.n)]
        return projectfile.ProjectFile(self.folder, [{"name": "A", "edits": edits}], "A")


def test_autosaver_saves_after_edits_and_on_its_timer(qapp, tmp_path):
    from coverage_planner.gui.planning.autosave import AutoSaver

    path = tmp_path / "recovery.gpkg"
    whatif = FakeWhatIf(tmp_path)
    saver = AutoSaver(whatif, path=path, interval_ms=100)
    whatif.edited.emit()  # nothing to lose yet: no file
    assert not saver.pending and not path.exists()
    for _ in range(5):  # rapid edits: saved one at a time, the newest state last
        whatif.n += 1
        whatif.edited.emit()
    wait_until(lambda: not saver.pending)
    assert len(autosave.load_recovery(path).scenarios[0]["edits"]) == 5
    whatif.n += 1
    saver._dirty = True  # a change the timer picks up (e.g. after a failed save)
    wait_signal(saver.saved, timeout_ms=5_000)
    assert len(autosave.load_recovery(path).scenarios[0]["edits"]) == 6
    saver.finish()
    assert not path.exists()
    whatif.n += 1
    whatif.edited.emit()  # after a clean quit: never written again
    assert not saver.pending and not path.exists()


def test_autosave_then_recovery_at_the_next_start(qapp, ridge_folder, tmp_path,
                                                    tmp_path_factory, monkeypatch):
    folder = ridge_folder
    settings = module_settings(tmp_path_factory, "autosave")
    path = tmp_path / "recovery" / "recovery.gpkg"
    monkeypatch.setenv(autosave.ENV, str(path))
    win = open_folder_window(qapp, folder)
    try:
        assert not path.exists()  # nothing edited, nothing saved
        lon, lat = ridge_lonlat(*RIDGE_EAST)
        wait_whatif(win, lambda: win.whatif.add_site(SiteSpec("Viettel", lon, lat, 30.0,
                                                              ("4G",), None)))
        wait_until(lambda: not win.autosaver.pending and path.exists())
        win.whatif.rename_scenario("Trạm phía đông")
        win.whatif.new_scenario("Fiber")
        wait_whatif(win, lambda: win.whatif.add_access_point(*ridge_lonlat(200, 262)))
        wait_until(lambda: not win.autosaver.pending)
        expected = win.whatif.dump()
        saved = autosave.load_recovery(path)
        assert saved.scenarios == [sc.to_dict() for sc in win.whatif.scenarios]
        assert saved.active == "Fiber" and saved.data_folder == folder.resolve()
        # a crash: the file stays. (Kept aside here, since the clean quit below removes it.)
        crashed = tmp_path / "crashed.gpkg"
        shutil.copy(path, crashed)
    finally:
        close_window(win, qapp)
    assert not path.exists(), "a clean quit removes the recovery file"
    shutil.copy(crashed, path)

    win = shown_window("en", (1200, 800))
    try:
        asked = []
        win.decide = lambda question: asked.append(question) or "yes"
        recovering = []
        win.projectOpened.connect(recovering.append)
        assert win.offer_recovery()
        wait_until(lambda: recovering == [""], timeout_ms=60_000)
        assert asked == ["recover"]
        assert autosave.load_recovery(path.parent / "recovery-recovered.gpkg").scenarios == \
            saved.scenarios
        assert win.whatif.dump() == expected  # the recovered scenarios are the last autosave's
        assert win.whatif.is_modified() and win.windowTitle().endswith("*")
        wait_until(lambda: win.whatif.result is not None and not win.whatif.busy
                   and win.whatif.delta is not None, timeout_ms=60_000)
        assert win.whatif.delta["gained_fiber"][0]["village_id"] == "B"
        win.whatif.set_active("Trạm phía đông")
        wait_until(lambda: not win.whatif.busy and win.whatif.delta is not None)
        assert win.whatif.delta["gained_signal"][0]["village_id"] == "B"
        # declined: nothing opens, the file is kept aside, not deleted
        shutil.copy(crashed, path)
        win.decide = lambda question: "no"
        assert not win.offer_recovery()
        assert not path.exists() and (path.parent / "recovery-declined.gpkg").exists()
        # a recovery file without edits is not worth a question
        autosave.save_recovery(projectfile.ProjectFile(folder, [{"name": "A", "edits": []}]),
                               path)
        win.decide = lambda question: pytest.fail("asked about an empty recovery")
        assert not win.offer_recovery() and not path.exists()
        # unsaved changes at quit or before another project: "cancel" keeps them open
        asked.clear()
        win.decide = lambda question: asked.append(question) or "cancel"
        assert not win.close() and win.isVisible()
        win.open_folder(folder)
        assert asked == ["save_changes", "save_changes"] and not win.tasks.pending
    finally:
        close_window(win, qapp)
        settings.undo()
