"""End to end on the embedded Lào Cai data: the screenshot command draws a real map."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from coverage_planner.core.paths import default_data_dir


@pytest.mark.skipif(not (default_data_dir() / "dataset.json").exists(),
                    reason="the embedded data set is not generated")
def test_screenshot_command_on_embedded_data(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "main_window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run(
        [sys.executable, "-m", "coverage_planner.gui.screenshot", str(out), "--size", "1200x800"],
        env=env, capture_output=True, text=True, timeout=240, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 6) for y in range(0, 800, 6)}
    assert len(colours) > 50  # villages in two colours, outlines, markers, legend, text
