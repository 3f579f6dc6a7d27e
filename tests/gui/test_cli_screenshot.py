"""``coverage-planner screenshot`` for real: a subprocess with no display and no Qt variables
set (as root, not even the QtWebEngine sandbox one) opens the window offscreen on a tiny hilly
folder, waits for the coloured map and writes the PNG, in Vietnamese and in English. Bad input
ends with exit code 2, the file and the fix, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from engine_world import World, xy

SIZE = (1200, 800)
#: what the command must manage without (the test session sets some of them)
UNSET = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
SANDBOX = ("QTWEBENGINE_DISABLE_SANDBOX", "QTWEBENGINE_CHROMIUM_FLAGS")


def hills(n: int = 241) -> np.ndarray:
    """Hills and valleys: the hillshade is never one flat colour."""
    r, c = np.mgrid[0:n, 0:n].astype(np.float32)
    return 400 + 180 * np.sin(r / 23.0) * np.cos(c / 31.0) + 60 * np.sin((r + c) / 11.0)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    w = World()
    w.cell("S1", 120, 120, "S1-4G", technology="4G", frequency_mhz=1800, eirp_dbm=58)
    w.cell("S2", 60, 190, "S2-2G", technology="2G", frequency_mhz=900, eirp_dbm=55,
           operator="VNPT")
    spots = [(30, 30), (40, 200), (110, 90), (130, 150), (200, 40), (210, 210), (170, 120)]
    for i, (row, col) in enumerate(spots):
        w.village(f"V{i + 1}", row, col, households=40 + 10 * i,
                  commune="Xã Thanh Bình" if i % 2 else "Xã Y Tý")
    w.access_point_xy("AP1", *xy(112, 92))
    return w.write_folder(tmp_path_factory.mktemp("shot") / "data", hills())


def command(*argv, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in UNSET}
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # the command turns the sandbox off itself
        env = {k: v for k, v in env.items() if k not in SANDBOX}
    return subprocess.run([sys.executable, "-m", "coverage_planner.cli", "screenshot",
                           *map(str, argv)], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def pixels(path):
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    return image


def region(image, x0: float, y0: float, x1: float, y1: float, step: int = 4) -> list[int]:
    w, h = image.width(), image.height()
    return [image.pixel(x, y) for x in range(int(x0 * w), int(x1 * w), step)
            for y in range(int(y0 * h), int(y1 * h), step)]


@pytest.fixture(scope="module")
def shots(folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("pngs")
    paths = {}
    for lang in ("vi", "en"):
        path = out / lang / "window.png"  # the folder is created
        proc = command(path, folder, "--size", f"{SIZE[0]}x{SIZE[1]}", "--lang", lang)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert "Traceback" not in proc.stderr
        assert str(path) in proc.stdout
        paths[lang] = path
    return paths


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_png_has_the_size_and_a_drawn_map(shots, lang):
    image = pixels(shots[lang])
    assert (image.width(), image.height()) == SIZE
    assert len(set(region(image, 0, 0, 1, 1, step=6))) > 50  # map, table, dashboard, text
    # the map (top left): hillshade, village colours, markers, not a blank page
    area = region(image, 0.05, 0.12, 0.45, 0.5)
    colours = set(area)
    assert len(colours) > 30, len(colours)
    most = max(area.count(c) for c in colours)
    assert most / len(area) < 0.5  # no colour covers half of it
    villages = [p for p in area if (p >> 16 & 0xFF) > 180 and (p >> 8 & 0xFF) < 100
                and (p & 0xFF) < 100]  # the villages without fiber, in red
    assert villages


def test_the_languages_differ(shots):
    vi, en = pixels(shots["vi"]), pixels(shots["en"])
    a, b = region(vi, 0, 0, 1, 1, step=2), region(en, 0, 0, 1, 1, step=2)
    changed = sum(p != q for p, q in zip(a, b)) / len(a)
    assert changed > 0.005, f"only {changed:.2%} of the pixels differ"
    menus = region(vi, 0, 0, 0.4, 0.03, step=1), region(en, 0, 0, 0.4, 0.03, step=1)
    assert menus[0] != menus[1]  # "Tệp Sửa Xem" / "File Edit View"


@pytest.mark.parametrize("argv, words", [
    (["{tmp}/a.png", "{tmp}/missing"], ["missing", "does not exist", "Fix:"]),
    (["{tmp}/a.png", "{data}", "--size", "10x"], ["--size 10x", "1600x1000"]),
    (["{tmp}/a_file.txt/a.png", "{data}"], ["a_file.txt", "folder you can write"]),
    (["{tmp}/a.png", "{tmp}/empty", "--lang", "vi"], ["empty", "villages", "Cách sửa:"]),
])
def test_bad_input_exits_2_without_a_traceback(folder, tmp_path, argv, words):
    (tmp_path / "a_file.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    argv = [a.replace("{tmp}", str(tmp_path)).replace("{data}", str(folder)) for a in argv]
    proc = command(*argv, timeout=120)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    for word in words:
        assert word in proc.stderr
    assert not (tmp_path / "a.png").exists()
