"""Coverage → Compute engine…: the dialog refuses a bad scheduler address and saves a good one
(in Vietnamese), the menu entry opens it, and the status bar shows the analysis' progress
from Dask as it comes.
"""

from __future__ import annotations

import pytest

from coverage_planner.gui.dialogs.compute_dialog import ComputeDialog
from coverage_planner.gui.i18n import install_language
from coverage_planner.gui.settings import (
    IN_PROCESS,
    LOCAL_CLUSTER,
    SCHEDULER,
    ComputeSettings,
    compute_settings,
)

pytestmark = pytest.mark.usefixtures("own_settings")


@pytest.fixture
def vietnamese(qapp):
    install_language("vi")
    yield
    install_language("en")


def test_dialog_refuses_a_bad_address_and_saves_a_good_one(vietnamese):
    dialog = ComputeDialog(ComputeSettings(), counts=(30_000, 2_000), lang="vi")
    assert dialog.windowTitle() == "Nơi tính toán"
    assert dialog.in_process_radio.isChecked() and not dialog.address_edit.isEnabled()
    assert "máy tính này" in dialog.folder_label.text()
    dialog.scheduler_radio.setChecked(True)
    assert dialog.address_edit.isEnabled() and dialog.test_button.isEnabled()
    assert "Dask" in dialog.folder_label.text()  # 30,000 cells ≥ 20,000
    dialog.address_edit.setText("http://10.0.0.5:8787")
    dialog.accept()
    assert dialog.result() != ComputeDialog.DialogCode.Accepted
    assert "tcp:// hoặc tls://" in dialog.status.text()
    assert compute_settings().engine == IN_PROCESS  # nothing saved

    dialog.address_edit.setText("10.0.0.5")
    dialog.cells_spin.setValue(50_000)
    dialog.accept()
    assert dialog.result() == ComputeDialog.DialogCode.Accepted
    assert dialog.address_edit.text() == "tcp://10.0.0.5:8786"
    assert compute_settings() == ComputeSettings(SCHEDULER, workers=dialog.workers_spin.value(),
                                                 scheduler="tcp://10.0.0.5:8786",
                                                 min_cells=50_000, min_villages=10_000)
    assert "tcp://10.0.0.5:8786" in dialog.engine_text()
    dialog.deleteLater()


def test_menu_entry_and_status_text(window):
    """Coverage → Compute engine… opens the dialog; progress from Dask is shown as it is."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    assert window.compute_action in window.coverage_menu.actions()
    assert window.compute_action.text() == "Compute &engine…"
    opened = []

    def answer():
        dialog = QApplication.activeModalWidget()
        opened.append(dialog)
        dialog.local_radio.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.show_compute_dialog()
    assert isinstance(opened[0], ComputeDialog)
    assert compute_settings().engine == LOCAL_CLUSTER
    assert window.statusBar().currentMessage().startswith(
        "Compute engine: a local Dask cluster of")

    window.analysis.on_progress(0.5, "1/2")
    assert window.statusBar().currentMessage() == "Computing coverage: 1/2 masts"
    text = "Computing coverage: 1/2 masts (Dask: 2 workers at tcp://10.0.0.5:8786)"
    window.analysis.on_progress(0.5, text)
    assert window.statusBar().currentMessage() == text
    window.statusBar().clearMessage()
