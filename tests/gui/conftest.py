"""Qt fixtures: one main window per test module (each window costs ~600 MB), headless.

Settings and the coverage cache live in temporary places for the whole GUI session, so that no
test depends on the user's choices or on another test's leftovers.
"""

from __future__ import annotations

import os

import pytest
from gui_helpers import close_window, make_coverage_project, module_settings, run_js, wait_signal
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
def window(qapp, requests_seen, make_project, tmp_path_factory):
    """A shown MainWindow (English) with the tiny project (no elevation model) drawn."""
    from coverage_planner.gui.main_window import MainWindow

    settings = module_settings(tmp_path_factory, "window")
    win = MainWindow(lang="en")
    win.map.page().profile().setUrlRequestInterceptor(requests_seen)
    win.resize(1200, 800)
    win.show()
    wait_signal(win.mapReady, lambda: win.set_project(make_project()))
    yield win
    win.map.page().profile().setUrlRequestInterceptor(None)
    # delete now, while the recorder still exists and before the next module's window
    close_window(win, qapp)
    settings.undo()


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


