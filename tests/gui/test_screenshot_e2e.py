"""End to end on the embedded Lào Cai data: the screenshot command opens the window, runs the
coverage analysis and grabs the map once the villages are coloured by status; the villages
lacking fixed broadband stand out in red at province zoom.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from coverage_planner.core.common.paths import default_data_dir


def is_gap_red(rgb: int) -> bool:
    """The no-fiber fill (#e31a1c at 85 % over the map's background), not text or outlines."""
    r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return r > 200 and g < 90 and b < 90


@pytest.mark.skipif(not (default_data_dir() / "dataset.json").exists(),
                    reason="the embedded data set is not generated")
def test_screenshot_command_on_embedded_data(tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "main_window.png"
    # the session's temporary cache (see conftest): a cold run of the whole engine
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "COVERAGE_PLANNER_SETTINGS": str(tmp_path / "settings.ini")}
    proc = subprocess.run(
        [sys.executable, "-m", "coverage_planner.gui.screenshot", str(out), "--size", "1200x800",
         "--lang", "en"],
        env=env, capture_output=True, text=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    lines = dict(line.split(": ", 1) for line in proc.stdout.splitlines() if ": " in line)
    summary, drawn = json.loads(lines["summary"]), json.loads(lines["map"])
    no_fiber = sum(n for key, n in drawn.items() if key.startswith("nofiber-"))
    assert no_fiber == summary["without_fixed_broadband"] > 0
    assert drawn.get("nofiber-no_signal", 0) + drawn.get("fiber-no_signal", 0) == \
        summary["no_signal"]
    assert sum(n for key, n in drawn.items() if key.endswith("weak")) == \
        summary["weak_signal_pockets"]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 6) for y in range(0, 800, 6)}
    assert len(colours) > 50  # villages in several colours, outlines, markers, legend, text
    # the 270 villages without fiber: a visible share of the map area (left two thirds)
    samples = [image.pixel(x, y) for x in range(0, 700, 3) for y in range(30, 560, 3)]
    red = sum(is_gap_red(p) for p in samples) / len(samples)
    assert red > 0.03, f"only {red:.1%} of the map is gap red"
