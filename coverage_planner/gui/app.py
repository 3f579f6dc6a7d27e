"""Start the desktop app: ``run()`` opens the embedded Lào Cai data by default."""

from __future__ import annotations

import sys

from coverage_planner.gui.env import prepare_environment

#: how long a thread may hold the GIL before another waiting one gets it (Python's default is
#: 5 ms). The GUI thread re-takes the GIL after every Qt call that released it; with a Python
#: worker busy beside it (classifying 15,000 villages, writing the map's data) each re-take
#: waited up to 5 ms and painting one chart took 1.5 s. At 0.5 ms it takes a tenth of that.
GIL_SWITCH_INTERVAL_S = 0.0005
#: the engine's worker processes run this much nicer than the window (see core.common.priority)
WORKER_NICENESS = 5


def create_application(argv: list[str] | None = None, offscreen: bool = False):
    """The QApplication, with the settings QtWebEngine needs (call before any widget exists)."""
    prepare_environment(offscreen=offscreen)
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    from coverage_planner.core.common import priority

    priority.set_worker_niceness(WORKER_NICENESS)
    # QtWebEngine must be imported before the QApplication is created
    import PySide6.QtWebEngineWidgets  # noqa: F401
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Coverage Planner")
    app.setOrganizationName("coverage-planner")
    return app


def create_main_window(data_dir: str | None = None, lang: str | None = None,
                       recover: bool = True):
    """A MainWindow that starts opening ``data_dir``: a data folder or a project file (.gpkg);
    default the embedded data. With ``recover``, an autosave left by a session that did not
    quit cleanly is offered first (and opened instead when the user accepts)."""
    from coverage_planner.core.common.paths import default_data_dir
    from coverage_planner.gui.main_window import MainWindow

    window = MainWindow(lang=lang)
    if recover and window.offer_recovery():
        return window
    target = str(data_dir or default_data_dir())
    if target.lower().endswith(".gpkg"):
        window.open_project(target)
    else:
        window.open_folder(target)
    return window


def run(data_dir: str | None = None) -> int:
    """Open the main window on ``data_dir`` (a data folder or a project file; default:
    ``gis_data/laocai``); returns the exit code."""
    app = create_application()
    window = create_main_window(data_dir)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(run(sys.argv[1] if len(sys.argv) > 1 else None))
