"""``coverage-planner screenshot`` without Qt: its arguments are checked (bad input: exit 2, the
file and the fix, in the chosen language) before PySide6 is imported, and the checked values
reach :func:`coverage_planner.gui.screenshot.take` (replaced here; the real window is tested in
tests/gui/test_cli_screenshot.py)."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest
from engine_world import World, flat

from coverage_planner.cli import gui_cmds, main
from coverage_planner.core.common.errors import DataError
from coverage_planner.core.common.paths import default_data_dir

SHOT = "coverage_planner.gui.screenshot"


def png_header(width: int, height: int) -> bytes:
    return (b"\x89PNG\r\n\x1a\n" + (13).to_bytes(4, "big") + b"IHDR"
            + width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x06\x00\x00\x00")


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    w = World()
    w.cell("S1", 50, 50, "S1-4G", technology="4G", frequency_mhz=1800, eirp_dbm=40)
    w.village("A", 40, 40, households=20)
    return w.write_folder(tmp_path / "data", flat(101))


@pytest.fixture
def calls(monkeypatch):
    """The calls to take(); each writes a PNG of the size asked for."""
    seen = []

    def take(out, data_dir=None, size=(1400, 900), lang=None, **kw):
        seen.append((out, data_dir, size, lang))
        with open(out, "wb") as f:
            f.write(png_header(*size))
        return 0

    monkeypatch.setitem(sys.modules, SHOT, types.SimpleNamespace(take=take))
    return seen


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("text, size", [("1600x1000", (1600, 1000)), ("800X600", (800, 600)),
                                        (" 1920 x 1080 ", (1920, 1080)), ("1200×800", (1200, 800))])
def test_sizes(text, size):
    assert gui_cmds.parse_size(text) == size


@pytest.mark.parametrize("text", ["10x", "x10", "1600", "1600x1000x3", "-800x600", "axb",
                                  "100x100", "99999x1000", ""])
def test_bad_sizes(text):
    with pytest.raises(DataError) as err:
        gui_cmds.parse_size(text)
    assert "1600x1000" in err.value.message("en") and "Cách sửa" in err.value.message("vi")


def test_the_checked_arguments_reach_the_window(data, tmp_path, calls, capsys):
    out = tmp_path / "shots" / "win.png"
    code, _, err = run(capsys, "screenshot", out, data, "--size", "1600x1000", "--lang", "vi")
    assert code == 0, err
    assert calls == [(str(out), str(data), (1600, 1000), "vi")]
    assert err == ""


def test_defaults_the_embedded_data_and_the_message_language(tmp_path, calls, capsys,
                                                             monkeypatch):
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    code, _, err = run(capsys, "--lang", "vi", "screenshot", tmp_path / "a.png")
    assert code == 0, err
    assert calls == [(str(tmp_path / "a.png"), str(default_data_dir()), (1400, 900), "vi")]


def test_a_window_larger_than_asked_is_said(data, tmp_path, monkeypatch, capsys):
    def take(out, data_dir, size, lang):
        with open(out, "wb") as f:
            f.write(png_header(size[0] + 20, size[1]))
        return 0

    monkeypatch.setitem(sys.modules, SHOT, types.SimpleNamespace(take=take))
    code, _, err = run(capsys, "screenshot", tmp_path / "a.png", data, "--size", "800x600")
    assert code == 0 and "cannot be smaller than 820x600" in err


@pytest.mark.parametrize("argv, words", [
    (["{tmp}/a.png", "{tmp}/missing"], ["missing", "does not exist", "villages.*"]),
    (["{tmp}/a.png", "{data}", "--size", "10x"], ["--size 10x", "1600x1000"]),
    (["{tmp}/a.jpg", "{data}"], ["a.jpg", "PNG", "a.png"]),
    (["{tmp}/a_file.txt/a.png", "{data}"], ["a_file.txt is a file", "folder you can write"]),
    (["{tmp}", "{data}"], ["this is a folder", "main_window.png"]),
    (["{tmp}/a.png", "{tmp}/empty"], ["empty", "villages"]),  # the loaders refuse it
])
def test_bad_input_exits_2_with_the_fix(data, tmp_path, calls, capsys, argv, words):
    (tmp_path / "a_file.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    argv = [a.replace("{tmp}", str(tmp_path)).replace("{data}", str(data)) for a in argv]
    code, out, err = run(capsys, "screenshot", *argv)
    assert code == 2, (out, err)
    assert "Fix:" in err and "Traceback" not in err
    for word in words:
        assert word in err
    assert calls == []
    code, out, err = run(capsys, "screenshot", *argv, "--lang", "vi")
    assert code == 2 and "Cách sửa:" in err


def test_without_qt_the_message_says_how_to_install_it(data, tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, SHOT, None)  # importing it raises ImportError
    code, _, err = run(capsys, "screenshot", tmp_path / "a.png", data)
    assert code == 2 and "pip install pyside6" in err and "Traceback" not in err


def test_qt_is_imported_only_when_a_window_opens(tmp_path):
    script = ("import sys\n"
              "from coverage_planner.cli import main\n"
              f"code = main(['screenshot', {str(tmp_path / 'a.jpg')!r}])\n"
              "print(code, 'PySide6' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.stdout.split() == ["2", "False"], proc.stderr
