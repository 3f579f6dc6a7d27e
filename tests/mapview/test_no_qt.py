"""mapview must stay Qt-free (the GUI is the only package that imports PySide6)."""

from __future__ import annotations

import subprocess
import sys


def test_importing_mapview_does_not_import_pyside():
    code = (
        "import sys, coverage_planner.mapview, coverage_planner.mapview.summary;"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
