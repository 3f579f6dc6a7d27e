"""Qt fixtures: one main window per test module (each window costs ~600 MB), headless: the tiny
project's (``window``), the tiny analysable project's (``coverage_win``), the ridge world's
(``ridge_win``); a module names the one it uses ``win`` (and ``page`` runs JavaScript in it).

Settings and the coverage cache live in temporary places for the whole GUI session, so that no
test depends on the user's choices or on another test's leftovers.
"""

from __future__ import annotations

import os

import pytest
from gui_helpers import (
    make_coverage_project,
    module_window,
    open_coverage_window,
    open_folder_window,
    run_js,
    shown_window,
    wait_signal,
    write_ridge_folder,
)
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor


@pytest.fixture(scope="session", autouse=True)
def isolated_settings_and_cache(tmp_path_factory):
    """$COVERAGE_PLANNER_SETTINGS, $COVERAGE_PLANNER_CACHE and the autosave's
    $COVERAGE_PLANNER_RECOVERY in a temporary folder."""
    root = tmp_path_factory.mktemp("gui-session")
    saved = {k: os.environ.get(k) for k in ("COVERAGE_PLANNER_SETTINGS",
                                            "COVERAGE_PLANNER_CACHE", "COVERAGE_PLANNER_LANG",
                                            "COVERAGE_PLANNER_RECOVERY")}
    os.environ["COVERAGE_PLANNER_SETTINGS"] = str(root / "settings.ini")
    os.environ["COVERAGE_PLANNER_CACHE"] = str(root / "cache")
    os.environ["COVERAGE_PLANNER_RECOVERY"] = str(root / "recovery" / "recovery.gpkg")
    os.environ.pop("COVERAGE_PLANNER_LANG", None)
    yield root
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


class RequestRecorder(QWebEngineUrlRequestInterceptor):
    """Records every URL the web engine requests (profile level, before the page's own)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def interceptRequest(self, info) -> None:  # noqa: N802
        self.urls.append(info.requestUrl().toString())


@pytest.fixture(scope="module")
def requests_seen(qapp):
    recorder = RequestRecorder()
    yield recorder


@pytest.fixture(scope="module")
def window(qapp, requests_seen, make_project, tmp_path_factory, request):
    """A shown MainWindow (English) with the tiny project (no elevation model) drawn."""

    def open_window():
        win = shown_window("en", (1200, 800), requests_seen)
        wait_signal(win.mapReady, lambda: win.set_project(make_project()))
        return win

    # closed while the recorder still exists and before the next module's window
    with module_window(qapp, tmp_path_factory, request.module.__name__, open_window) as win:
        yield win


@pytest.fixture(scope="module")
def coverage_win(qapp, coverage_project_factory, tmp_path_factory, request):
    """A shown English MainWindow with the tiny analysable project: its coverage on the map,
    its coverage layers computed (``make_coverage_project``)."""
    with module_window(qapp, tmp_path_factory, request.module.__name__,
                       lambda: open_coverage_window(qapp, coverage_project_factory(), "en")) as win:
        yield win


@pytest.fixture(scope="module")
def ridge_folder(tmp_path_factory):
    """The ridge world as a data folder (``write_ridge_folder``), one per test module."""
    return write_ridge_folder(tmp_path_factory.mktemp("ridge") / "data")


@pytest.fixture(scope="module")
def ridge_win(qapp, ridge_folder, tmp_path_factory, request):
    """A shown English MainWindow with the ridge folder open: its coverage on the map, the
    what-if evaluator ready."""
    with module_window(qapp, tmp_path_factory, request.module.__name__,
                       lambda: open_folder_window(qapp, ridge_folder, "en")) as win:
        yield win


@pytest.fixture
def page(win):
    """page(script) -> the value of ``script`` in the module's ``win`` map page (JSON decoded)."""
    return lambda script, timeout_ms=10_000: run_js(win, script, timeout_ms)


@pytest.fixture
def own_settings(tmp_path, monkeypatch):
    """This test's own settings file (what it saves reaches no other test's window)."""
    monkeypatch.setenv("COVERAGE_PLANNER_SETTINGS", str(tmp_path / "settings.ini"))


@pytest.fixture
def js(window):
    """js(script) -> the value of ``script`` in the map page (JSON decoded)."""
    return lambda script, timeout_ms=10_000: run_js(window, script, timeout_ms)


@pytest.fixture
def wait():
    """wait(signal, action=None, timeout_ms=...) -> the signal's arguments."""
    return wait_signal


@pytest.fixture(scope="session")
def coverage_project_factory(tmp_path_factory):
    """coverage_project() -> a fresh analysable tiny Project (its DEM written once)."""
    folder = tmp_path_factory.mktemp("coverage-project")

    def make():
        return make_coverage_project(folder)

    return make


