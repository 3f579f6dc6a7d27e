"""View → Language: :class:`LanguageController` switches the whole window between Vietnamese
and English without a restart, and remembers the choice.

Qt sends ``QEvent.LanguageChange`` to every widget when the translator changes (each
retranslates itself); what Qt cannot know follows here: the numbers' format in the table and
the dashboard, the what-if panels' data-made texts, and, through the window's
``languageChanged``, the map page, its base maps and layers, the planner's overlays and the
runners' messages.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from coverage_planner.gui import settings as app_settings
from coverage_planner.gui.i18n import LANGUAGES, install_language, normalise


class LanguageController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.group = QActionGroup(window)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, window)  # a language's own name: never translated
            action.setCheckable(True)
            action.setChecked(code == window.lang)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.group.addAction(action)
            self.actions[code] = action

    def set_language(self, lang: str) -> None:
        """Switch the whole window (menus, docks, map) to ``lang`` without a restart."""
        w = self.window
        lang = normalise(lang) or "en"
        self.actions[lang].setChecked(True)
        if lang == w.lang:
            return
        w.lang = lang
        w.whatif.lang = lang
        install_language(lang)  # every widget gets QEvent.LanguageChange
        app_settings.save_language(lang)
        w.table_dock.set_language(lang)
        w.dashboard.set_language(lang)
        w.retranslate_ui()
        w.delta_dock.refresh()
        w.whatif_dock.retranslate()
        w.languageChanged.emit(lang)  # the map page, base maps, layers, overlays, runners
