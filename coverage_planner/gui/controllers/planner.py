"""The what-if actions of the main window: undo/redo (their texts say what they will undo), the
edit modes (add a site, a fiber access point, a fiber cable), deleting the selected site, a new
scenario, and the planning dialogs (suggested sites, fiber extensions, compare) with their
overlays on the map. What the map's clicks and drags do in those modes, and the path of an edit
to the map, is :class:`~.whatif.WhatIfController`'s.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from coverage_planner.gui.planning.compare_dialog import CompareDialog
from coverage_planner.gui.planning.fiber_dialog import FiberPlanDialog
from coverage_planner.gui.planning.suggest_dialog import SuggestDialog
from coverage_planner.mapview.edits import fiber_plan_payload, suggestions_payload

MESSAGE_MS = 8000


def _menu_text(text: str) -> str:
    """A label from data inside a menu text: '&' is not a mnemonic."""
    return text.replace("&", "&&")


class Planner(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.whatif = window.whatif
        self.map = window.map
        self.suggest_dialog: SuggestDialog | None = None
        self.fiber_dialog: FiberPlanDialog | None = None
        self.compare_dialog: CompareDialog | None = None

        self.undo_action = QAction(window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.whatif.undo)
        self.redo_action = QAction(window)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.whatif.redo)

        self.mode_group = QActionGroup(window)
        self.mode_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.mode_actions: dict[str, QAction] = {}
        for mode, shortcut in (("add_site", "Ctrl+B"), ("add_ap", "Ctrl+Shift+A"),
                               ("add_cable", "Ctrl+Shift+L")):
            action = QAction(window)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(shortcut))
            action.setData(mode)
            action.toggled.connect(self._on_mode_toggled)
            self.mode_group.addAction(action)
            self.mode_actions[mode] = action
        self.add_site_action = self.mode_actions["add_site"]
        self.add_ap_action = self.mode_actions["add_ap"]
        self.add_cable_action = self.mode_actions["add_cable"]
        self.stop_action = QAction(window)
        self.stop_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.stop_action.triggered.connect(lambda: self.set_mode(None))
        self.delete_site_action = QAction(window)
        self.delete_site_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_site_action.triggered.connect(self.delete_selected_site)
        self.new_scenario_action = QAction(window)
        self.new_scenario_action.triggered.connect(self.new_scenario)
        self.suggest_action = QAction(window)
        self.suggest_action.triggered.connect(self.show_suggest)
        self.fiber_action = QAction(window)
        self.fiber_action.triggered.connect(self.show_fiber_plan)
        self.compare_action = QAction(window)
        self.compare_action.triggered.connect(self.show_compare)
        for action in (self.stop_action,):
            window.addAction(action)

        self.map.bridge.suggestionSelected.connect(self._on_suggestion_clicked)
        self.whatif.stackChanged.connect(self.refresh)
        self.whatif.siteSelected.connect(lambda _id: self.refresh())
        self.whatif.scenariosChanged.connect(self.refresh)
        self.whatif.evaluatorReady.connect(self.refresh)
        window.model.projectChanged.connect(self._on_project_changed)
        window.languageChanged.connect(lambda _lang: self.refresh_language())
        self.retranslate()

    # ---- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.add_site_action.setText(self.tr("Add &BTS"))
        self.add_site_action.setToolTip(self.tr("Add BTS: click on the map to place a base "
                                                "station with the settings of the What-if "
                                                "panel (Esc stops)"))
        self.add_ap_action.setText(self.tr("Add fiber &access point"))
        self.add_ap_action.setToolTip(self.tr("Click on the map to place a fiber access point "
                                              "(splitter) (Esc stops)"))
        self.add_cable_action.setText(self.tr("Add fiber &cable"))
        self.add_cable_action.setToolTip(self.tr("Click the cable's points on the map, "
                                                 "double-click to finish (Esc cancels)"))
        self.stop_action.setText(self.tr("Stop adding"))
        self.delete_site_action.setText(self.tr("&Remove the selected site"))
        self.new_scenario_action.setText(self.tr("&New scenario"))
        self.new_scenario_action.setToolTip(self.tr("A new scenario starting from the baseline"))
        self.suggest_action.setText(self.tr("&Suggest sites…"))
        self.suggest_action.setToolTip(self.tr("Where new masts would cover the most "
                                               "households without coverage"))
        self.fiber_action.setText(self.tr("Suggest &fiber extensions…"))
        self.fiber_action.setToolTip(self.tr("Routes from the fiber network to the villages "
                                             "without fixed broadband"))
        self.compare_action.setText(self.tr("&Compare scenarios…"))
        # the toolbar shows short labels (menus the full texts, tooltips the details)
        self.add_site_action.setIconText(self.tr("+ BTS"))
        self.add_ap_action.setIconText(self.tr("+ Access point"))
        self.add_cable_action.setIconText(self.tr("+ Cable"))
        self.delete_site_action.setIconText(self.tr("Remove site"))
        self.delete_site_action.setToolTip(self.tr("Remove the selected site (an edit you can "
                                                   "undo)"))
        self.suggest_action.setIconText(self.tr("Suggest sites"))
        self.fiber_action.setIconText(self.tr("Fiber plan"))
        self.compare_action.setIconText(self.tr("Compare"))
        self.compare_action.setToolTip(self.tr("A scenario against the baseline or another "
                                               "scenario"))
        self.refresh()

    # ---- following the model ------------------------------------------------------------------
    def refresh(self) -> None:
        """Undo/redo texts and what is enabled."""
        w = self.whatif
        undo, redo = w.undo_text(), w.redo_text()
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(self.tr("&Undo {0}").format(_menu_text(undo)) if undo
                                 else self.tr("&Undo"))
        self.undo_action.setIconText(self.tr("Undo"))
        self.undo_action.setToolTip(self.tr("Undo {0}").format(undo) if undo else "")
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(self.tr("&Redo {0}").format(_menu_text(redo)) if redo
                                 else self.tr("&Redo"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.redo_action.setToolTip(self.tr("Redo {0}").format(redo) if redo else "")
        has = w.active is not None
        for action in self.mode_actions.values():
            action.setEnabled(has)
        self.new_scenario_action.setEnabled(has)
        self.delete_site_action.setEnabled(w.has_site(w.selected_site))
        ready = w.baseline_result is not None
        self.suggest_action.setEnabled(has and w.evaluator is not None)
        self.fiber_action.setEnabled(has and ready)
        self.compare_action.setEnabled(has and ready)

    def refresh_language(self) -> None:
        """The overlays again, in the model's language."""
        self.refresh()
        self._show_suggestions()
        self._show_fiber_plan()
        self._show_differences()

    def _message(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)

    # ---- modes --------------------------------------------------------------------------------
    def set_mode(self, mode: str | None) -> None:
        """Enter an edit mode ("add_site", "add_ap", "add_cable") or leave it (None)."""
        for key, action in self.mode_actions.items():
            if action.isChecked() != (key == mode):
                action.setChecked(key == mode)
        self.map.set_mode(mode)

    @property
    def mode(self) -> str | None:
        checked = self.mode_group.checkedAction()
        return checked.data() if checked is not None else None

    def _on_mode_toggled(self, _checked: bool) -> None:
        mode = self.mode
        self.map.set_mode(mode)
        hints = {
            "add_site": self.tr("Click on the map to place a site ({0}); Esc stops."),
            "add_ap": self.tr("Click on the map to place a fiber access point; Esc stops."),
            "add_cable": self.tr("Click the cable's points, double-click to finish; Esc "
                                 "cancels."),
        }
        if mode == "add_site":
            form = self.window.whatif_dock.form
            self._message(hints[mode].format(f"{form.carrier()} {'+'.join(form.technologies())}"))
            self.window.show_whatif_panel()
        elif mode:
            self._message(hints[mode])
            self.window.show_whatif_panel()
        else:
            self.window.statusBar().clearMessage()

    # ---- acting ------------------------------------------------------------------------------
    def new_scenario(self) -> None:
        if self.whatif.new_scenario() is not None:
            self.window.show_whatif_panel()

    def delete_selected_site(self) -> None:
        site_id = self.whatif.selected_site
        if site_id:
            self.whatif.remove_site(site_id)

    # ---- dialogs ------------------------------------------------------------------------------
    def _dialog(self, attr: str, cls, connect) -> object:
        dialog = getattr(self, attr)
        if dialog is None:
            dialog = cls(self.whatif, self.window)
            setattr(self, attr, dialog)
            connect(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_suggest(self) -> SuggestDialog:
        def connect(d: SuggestDialog) -> None:
            d.suggestionsChanged.connect(self._show_suggestions)
            d.finished.connect(lambda _r: self._show_suggestions())
            # a new run: the map shows where the suggestions are
            d.finished_run.connect(lambda s: self.map.fit_overlay("suggestions", 11)
                                   if s is not None and len(s.sites) else None)
        return self._dialog("suggest_dialog", SuggestDialog, connect)

    def _show_suggestions(self) -> None:
        d = self.suggest_dialog
        if d is None or d.suggestion is None or not d.isVisible() or not len(d.suggestion.sites):
            self.map.show_suggestions(None)
            return
        self.map.show_suggestions(suggestions_payload(
            d.suggestion.sites, d.params["operator"], d.params["technology"], self.whatif.lang,
            accepted=d.accepted))

    def _on_suggestion_clicked(self, rank: int) -> None:
        if self.suggest_dialog is not None and self.suggest_dialog.isVisible():
            self.suggest_dialog.select_rank(rank)

    def show_fiber_plan(self) -> FiberPlanDialog:
        def connect(d: FiberPlanDialog) -> None:
            d.planned.connect(self._show_fiber_plan)
            d.finished.connect(lambda _r: self._show_fiber_plan())

        fresh = self.fiber_dialog is None
        dialog = self._dialog("fiber_dialog", FiberPlanDialog, connect)
        if fresh or dialog.lines is None:
            dialog.run()
        return dialog

    def _show_fiber_plan(self) -> None:
        d = self.fiber_dialog
        if d is None or d.lines is None or not d.isVisible():
            self.map.show_fiber_plan(None)
            return
        self.map.show_fiber_plan(fiber_plan_payload(d.lines, d.table, d.total_m,
                                                    self.whatif.lang))

    def show_compare(self) -> CompareDialog:
        def connect(d: CompareDialog) -> None:
            d.differencesChanged.connect(self._show_differences)

        return self._dialog("compare_dialog", CompareDialog, connect)

    def _show_differences(self) -> None:
        d = self.compare_dialog
        self.map.show_differences(d.map_payload() if d is not None else None)

    def _on_project_changed(self) -> None:
        self.close_dialogs()
        self.set_mode(None)

    def close_dialogs(self) -> None:
        """Another project (or quitting): the dialogs and their overlays go; they are made
        anew for the next project (its carriers, its scenarios)."""
        for attr in ("suggest_dialog", "fiber_dialog", "compare_dialog"):
            dialog = getattr(self, attr)
            if dialog is not None:
                setattr(self, attr, None)
                dialog.close()
                dialog.deleteLater()
        self.map.show_suggestions(None)
        self.map.show_fiber_plan(None)
        self.map.show_differences(None)
