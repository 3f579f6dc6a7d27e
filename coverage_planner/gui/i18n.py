"""The GUI's languages: Qt translators from ``resources/translations/*.qm``.

Widgets translate with ``self.tr()`` and retranslate on ``QEvent.LanguageChange``, which Qt sends
to every widget when a translator is installed or removed. The map page is built in the
language by :mod:`coverage_planner.mapview` (Qt-free texts) and rebuilt on a switch.

Update the catalogues after changing texts (``make translations`` runs the same)::

    pyside6-lupdate $(find coverage_planner/gui -name '*.py') \
        -ts resources/translations/coverage_planner_vi.ts resources/translations/coverage_planner_en.ts
    pyside6-lrelease resources/translations/coverage_planner_vi.ts \
        -qm resources/translations/coverage_planner_vi.qm   (and _en)
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QTranslator

from coverage_planner.core.common.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
#: language code -> its name in that language (menu entries are not translated)
LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}

# Qt's standard buttons (QMessageBox, QDialogButtonBox) take their texts from this context; Qt
# ships no Vietnamese catalogue, so ours carries these few.
_QT_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
)

_installed: dict[str, QTranslator] = {}


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"coverage_planner_{lang}.qm"


def normalise(lang: str | None) -> str | None:
    """"vi", "en" or None for anything else ("vi_VN" -> "vi")."""
    if not lang:
        return None
    code = str(lang).lower().replace("-", "_")[:2]
    return code if code in LANGUAGES else None


def system_language() -> str:
    """$COVERAGE_PLANNER_LANG, else the system locale: Vietnamese for vi_*, English otherwise."""
    env = normalise(os.environ.get("COVERAGE_PLANNER_LANG"))
    if env:
        return env
    return "vi" if QLocale.system().name().lower().startswith("vi") else "en"


def load_translator(lang: str, parent=None) -> QTranslator | None:
    """A translator with our catalogue for ``lang`` (None when the .qm is missing)."""
    translator = QTranslator(parent)
    if translator.load(str(qm_path(lang))):
        return translator
    return None


def install_language(lang: str) -> bool:
    """Make ``lang`` the application's language; widgets receive LanguageChange.

    Returns False when the catalogue could not be loaded (the GUI then shows English).
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed.values():
        app.removeTranslator(old)
    _installed.clear()
    translator = load_translator(lang, app)
    if translator is None:
        return False
    app.installTranslator(translator)
    _installed[lang] = translator
    return True


def installed_language() -> str | None:
    return next(iter(_installed), None)


def locale_for(lang: str) -> QLocale:
    """Number formatting of the language: 1.562 and 82,7 in Vietnamese, 1,562 and 82.7 in English."""
    if lang == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


class Retranslating:
    """Mixed into a widget (before its Qt class) that has a ``retranslate()``: called on every
    ``QEvent.LanguageChange``, which Qt sends when a translator is installed or removed."""

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
