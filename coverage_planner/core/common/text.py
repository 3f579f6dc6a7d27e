"""Bilingual (Vietnamese / English) text for messages produced outside Qt.

The GUI translates its own widgets through Qt's translation system; messages born in the
Qt-free core (load errors, warnings, CLI output) carry both languages in a :class:`Text`.
"""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Text:
    """A message in English and Vietnamese."""

    en: str
    vi: str

    def __call__(self, lang: str | None = None) -> str:
        return self.vi if (lang or current_language()) == "vi" else self.en

    def format(self, **kwargs) -> Text:
        return Text(self.en.format(**kwargs), self.vi.format(**kwargs))

    def render(self, lang: str | None = None, **kwargs) -> str:
        """In ``lang``, with ``kwargs`` filled in; without any, the text as it is (braces
        included)."""
        return (self.format(**kwargs) if kwargs else self)(lang)

    def __str__(self) -> str:
        return self()


def current_language() -> str:
    """Language for core messages: $COVERAGE_PLANNER_LANG, else the system locale, else English."""
    lang = os.environ.get("COVERAGE_PLANNER_LANG", "").lower()[:2]
    if lang in LANGUAGES:
        return lang
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "vi" if loc.lower().startswith("vi") else "en"
