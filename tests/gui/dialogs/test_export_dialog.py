"""File → Export gap list… and Report…: the dialogs write in the background, name the files
written, honour the table's filter, and show a bad path as a message (no traceback, no crash).
"""

from __future__ import annotations

import pandas as pd
import pytest
from gui_helpers import wait_signal, wait_until

from coverage_planner.gui.tables.village_filter import VillageFilter


@pytest.fixture(scope="module")
def win(coverage_win):
    wait_until(lambda: coverage_win.model.result is not None, timeout_ms=60_000)
    return coverage_win


@pytest.fixture(autouse=True)
def no_filter(win):
    win.model.set_filter(VillageFilter())
    yield
    win.model.set_filter(VillageFilter())
    box = win.message_box
    if box is not None:
        box.close()


def fixed_gaps(result) -> pd.DataFrame:
    v = result.villages
    return v[~v["fixed_broadband"].fillna(True).astype(bool)]


def export(win, path, scope_all=True, **choices):
    dialog = win.exporter.export_gaps()
    assert dialog is not None
    for name, value in choices.items():
        box = getattr(dialog, f"{name}_box")
        box.setCurrentIndex(box.findData(value))
    dialog.scope_box.setCurrentIndex(dialog.scope_box.findData(not scope_all))
    dialog.path_edit.setText(str(path))
    wait_until(lambda: dialog.count is not None)
    return dialog


def test_actions_enabled_with_a_result(win):
    assert win.exporter.export_action.isEnabled()
    assert win.exporter.report_action.isEnabled()
    assert win.exporter.export_action in win.file_menu.actions()


def test_export_csv(win, tmp_path):
    out = tmp_path / "gaps.csv"
    dialog = export(win, out, kind="fixed", format="csv", lang="vi")
    expected = fixed_gaps(win.model.result)
    assert dialog.count == len(expected)
    (paths,) = wait_signal(win.exporter.written, dialog.accept)
    assert paths == [str(out)]
    assert out.exists()
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert len(table) == len(expected)
    text = out.read_text(encoding="utf-8-sig")
    for name in expected["name"]:
        assert name in text  # Vietnamese intact
    assert str(out) in win.message_box.text()
    assert win.exporter.export_action.isEnabled()


def test_export_current_filter(win, tmp_path):
    district = "Huyện Bảo Thắng"
    win.model.set_filter(VillageFilter(district=district))
    out = tmp_path / "filtered.csv"
    dialog = export(win, out, scope_all=False, kind="fixed", format="csv", lang="vi")
    expected = fixed_gaps(win.model.result)
    expected = expected[expected["district"] == district]
    assert 0 < len(expected) < len(fixed_gaps(win.model.result))
    assert dialog.count == len(expected)
    wait_signal(win.exporter.written, dialog.accept)
    text = out.read_text(encoding="utf-8-sig")
    assert len(pd.read_csv(out, encoding="utf-8-sig")) == len(expected)
    assert "Huyện Mường Khương" not in text
    assert district in text


def test_report_pdf(win, tmp_path):
    out = tmp_path / "report.pdf"
    dialog = win.exporter.report()
    dialog.path_edit.setText(str(out))
    (paths,) = wait_signal(win.exporter.written, dialog.accept, timeout_ms=120_000)
    assert paths == [str(out)]
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000


def test_bad_path_gives_a_message(win, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog = export(win, blocker / "gaps.csv", kind="fixed", format="csv")
    (text,) = wait_signal(win.exporter.failed, dialog.accept)
    assert "Traceback" not in text
    assert win.message_box is not None and win.message_box.isVisible()
    assert win.exporter.export_action.isEnabled()
    # a wrong ending for the chosen format too
    dialog = export(win, tmp_path / "gaps.txt", kind="fixed", format="csv")
    (text,) = wait_signal(win.exporter.failed, dialog.accept)
    assert ".csv" in text
