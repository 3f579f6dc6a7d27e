"""A radio model chosen in the window (Coverage → Radio models…, Apply) belongs to the plan:
the title says it is unsaved, the project file keeps it, and reopening the project computes
with it, while the data folder's profile.json is left as it was."""

from __future__ import annotations

import dataclasses

from gui_helpers import wait_signal, wait_until


def test_a_model_chosen_in_the_window_is_saved_with_the_project(win, ridge_folder, tmp_path):
    own = ridge_folder / "profile.json"
    before = own.read_bytes() if own.exists() else None
    profile = win.model.project.profile
    chosen = dataclasses.replace(profile, models={**profile.models, "4G": "itm"})
    wait_signal(win.coverageShown, lambda: win.radio_models.apply_profile(chosen),
                timeout_ms=60_000)
    assert win.windowTitle().endswith("*")
    path = tmp_path / "plan.gpkg"
    assert win.save_project(path)
    assert not win.windowTitle().endswith("*")

    wait_signal(win.projectOpened, lambda: win.open_project(path), timeout_ms=60_000)
    wait_until(lambda: win.whatif.evaluator is not None and not win.whatif.busy,
               timeout_ms=60_000)
    assert win.model.project.profile == chosen  # (the ridge world has 4G cells only)
    assert not win.whatif.is_modified()
    assert any("Longley" in getattr(n, "en", str(n)) for n in win.model.result.notes)
    assert (own.read_bytes() if own.exists() else None) == before
