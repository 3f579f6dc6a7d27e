"""Languages: the window switches between Vietnamese and English without a restart (menus, docks,
the map page and its legend), remembers the choice; recent folders and the window layout are
remembered too. The compiled catalogues load and are complete.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from gui_helpers import module_window, open_coverage_window, run_js, wait_signal
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.i18n import TRANSLATIONS, qm_path


@pytest.fixture(scope="module")
def win(qapp, coverage_project_factory, tmp_path_factory):
    with module_window(qapp, tmp_path_factory, "language",
                       lambda: open_coverage_window(qapp, coverage_project_factory(), "vi")) as w:
        yield w
        if w.lang != "en":
            w.set_language("en")  # the translator is per application: leave English behind


def legend(win) -> str:
    return run_js(win, "document.querySelector('.cp-legend').textContent")


def menu_titles(win) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_compiled_catalogues_load(qapp, lang):
    translator = QTranslator()
    assert translator.load(str(qm_path(lang)))
    expected = "&Tệp" if lang == "vi" else "&File"
    assert translator.translate("MainWindow", "&File") == expected


def test_vietnamese_catalogue_is_complete():
    tree = ET.parse(TRANSLATIONS / "coverage_planner_vi.ts")
    unfinished = [m.findtext("source") for m in tree.getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_catalogues_are_up_to_date(tmp_path):
    """Every string of the GUI is in the .ts files, and the .qm files are compiled from them."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from coverage_planner.core.common.paths import REPO_ROOT

    bin_dir = Path(sys.executable).parent
    lupdate, lrelease = bin_dir / "pyside6-lupdate", bin_dir / "pyside6-lrelease"
    if not lupdate.exists() or not lrelease.exists():
        pytest.skip("pyside6-lupdate / pyside6-lrelease not installed")
    sources = sorted(str(p) for p in (REPO_ROOT / "coverage_planner" / "gui").rglob("*.py"))
    for lang in ("vi", "en"):
        ts = tmp_path / f"coverage_planner_{lang}.ts"
        shutil.copy(TRANSLATIONS / ts.name, ts)
        out = subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(ts)],
                             capture_output=True, text=True, check=True).stdout
        assert "0 new" in out, f"run pyside6-lupdate: new texts for {lang}: {out}"
        qm = tmp_path / f"coverage_planner_{lang}.qm"
        subprocess.run([str(lrelease), str(TRANSLATIONS / ts.name), "-qm", str(qm)],
                       capture_output=True, check=True)
        assert qm.read_bytes() == qm_path(lang).read_bytes(), f"run pyside6-lrelease ({lang})"


def test_starts_in_vietnamese(win):
    assert menu_titles(win) == ["&Tệp", "&Sửa", "&Xem", "&Phủ sóng", "&Quy hoạch", "Trợ &giúp"]
    assert win.table_dock.windowTitle() == "Danh sách thôn"
    assert win.table_dock.table_model.headerData(0, Qt.Orientation.Horizontal) == "Thôn"
    assert win.dashboard.windowTitle() == "Tổng hợp"
    assert win.whatif_dock.windowTitle() == "Phương án giả định"
    assert win.planner.undo_action.text() == "&Hoàn tác" and win.planner.add_site_action.text() \
        == "Thêm trạm &BTS"
    assert win.whatif.active.name == "Kịch bản 1"
    assert "Chưa có cáp quang: 3" not in win.coverage_label.text()
    assert "Chưa có cáp quang: 4" in win.coverage_label.text()
    text = legend(win)
    assert "Chú giải" in text and "Chưa có băng rộng cố định (cáp quang) (4)" in text
    assert "Lõm sóng: viền nét đứt (1)" in text
    assert win.language_actions["vi"].isChecked()


def test_switch_to_english_and_back(win):
    wait_signal(win.coverageShown, lambda: win.set_language("en"), timeout_ms=30_000)
    assert menu_titles(win) == ["&File", "&Edit", "&View", "&Coverage", "&Planning", "&Help"]
    assert win.language_menu.title() == "&Language"
    assert win.table_dock.windowTitle() == "Villages"
    assert win.table_dock.district_box.itemText(0) == "All districts"
    assert win.table_dock.table_model.headerData(0, Qt.Orientation.Horizontal) == "Village"
    assert win.dashboard.windowTitle() == "Dashboard"
    assert win.layers_dock.windowTitle() == "Layers"
    assert "Without fiber: 4" in win.coverage_label.text()
    text = legend(win)
    assert "Legend" in text and "No fixed broadband (fiber) (4)" in text
    assert "Chú giải" not in text
    # the rebuilt page still shows the result and the popups are in English
    popup = run_js(win, """(function () { var hit = null; cpLayers.villages.eachLayer(function (l) {
        if (l.feature.properties.id === 'V5') hit = l; }); return hit.getPopup().getContent(); })()""")
    assert "No mobile signal" in popup and "Nearest site" in popup
    assert app_settings.saved_language() == "en"
    assert win.language_actions["en"].isChecked()

    wait_signal(win.coverageShown, lambda: win.set_language("vi"), timeout_ms=30_000)
    assert menu_titles(win)[0] == "&Tệp"
    assert "Chú giải" in legend(win)
    assert app_settings.saved_language() == "vi"


def test_number_format_follows_the_language(win):
    win.set_language("vi")
    assert win.table_dock.counts_label.text().startswith("6/6 thôn · 530 hộ")


def test_recent_folders(win, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    app_settings.add_recent_folder(a)
    app_settings.add_recent_folder(b)
    app_settings.add_recent_folder(a)  # again: moves to the top, no duplicate
    (tmp_path / "gone").mkdir()
    app_settings.add_recent_folder(tmp_path / "gone")
    (tmp_path / "gone").rmdir()
    assert app_settings.recent_folders() == [str(a), str(b)]
    win.loading.fill_recent_menu()
    entries = [action.data() for action in win.recent_menu.actions() if action.data()]
    assert entries == [str(a), str(b)]
    win.loading.clear_recent()
    assert app_settings.recent_folders() == []


def test_window_layout_is_remembered(win):
    win.table_dock.hide()
    win.save_window()
    settings = app_settings.app_settings()
    assert settings.value(app_settings.GEOMETRY) and settings.value(app_settings.STATE)
    win.table_dock.show()
    win._restore_window(settings)
    assert win.table_dock.isHidden()
    win.table_dock.show()


def test_default_language_follows_settings_then_system(monkeypatch, tmp_path):
    from coverage_planner.gui.i18n import system_language

    monkeypatch.setenv("COVERAGE_PLANNER_SETTINGS", str(tmp_path / "s.ini"))
    assert app_settings.saved_language() is None
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "vi_VN")
    assert system_language() == "vi"
    monkeypatch.setenv("COVERAGE_PLANNER_LANG", "en")
    assert system_language() == "en"
    app_settings.save_language("vi")
    assert app_settings.saved_language() == "vi"
    assert QCoreApplication.instance() is not None
