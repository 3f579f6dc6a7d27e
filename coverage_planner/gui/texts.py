"""Words several widgets show, declared once and translated once (translation context
``Texts``): the kinds of coverage (the dashboard, the what-if results, the comparison), the
village statuses (the table's filter, the what-if gaps), the dashboard's indicators, and the
note shown before any coverage result.

The tables hold the English texts (``QT_TRANSLATE_NOOP`` marks them for ``pyside6-lupdate``);
:func:`text` translates one in the application's current language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Texts"

# the kinds of coverage: core.planning.whatif.delta's categories
KINDS = {
    "signal": QT_TRANSLATE_NOOP("Texts", "Mobile signal"),
    "broadband": QT_TRANSLATE_NOOP("Texts", "3G/4G broadband"),
    "5g": QT_TRANSLATE_NOOP("Texts", "5G"),
    "fiber": QT_TRANSLATE_NOOP("Texts", "Fixed broadband (fiber)"),
}

# the village statuses of the table's filter (tables.village_filter.STATUSES)
STATUSES = {
    "all": QT_TRANSLATE_NOOP("Texts", "All villages"),
    "no_signal": QT_TRANSLATE_NOOP("Texts", "No signal (trắng sóng)"),
    "weak": QT_TRANSLATE_NOOP("Texts", "Weak-signal pocket (lõm sóng)"),
    "no_broadband": QT_TRANSLATE_NOOP("Texts", "No 3G/4G broadband"),
    "no_fiber": QT_TRANSLATE_NOOP("Texts", "No fixed broadband (fiber)"),
    "no_5g": QT_TRANSLATE_NOOP("Texts", "No 5G"),
}

# the gaps a what-if serves or leaves (delta's gaps_served / gaps_remaining)
GAPS = {
    "no_signal": STATUSES["no_signal"],
    "no_broadband": QT_TRANSLATE_NOOP("Texts", "No 3G/4G"),
    "no_fiber": QT_TRANSLATE_NOOP("Texts", "No fiber"),
}

# the dashboard's rows: the keys of the coverage result's summary
INDICATORS = {
    "villages_total": QT_TRANSLATE_NOOP("Texts", "Villages (thôn, bản, tổ dân phố)"),
    "mobile_signal": QT_TRANSLATE_NOOP("Texts", "with mobile signal"),
    "no_signal": QT_TRANSLATE_NOOP("Texts", "without mobile signal (trắng sóng)"),
    "weak_signal_pockets": QT_TRANSLATE_NOOP("Texts", "with weak-signal pockets (lõm sóng)"),
    "mobile_broadband": QT_TRANSLATE_NOOP("Texts", "with mobile broadband 3G/4G"),
    "villages_5g": QT_TRANSLATE_NOOP("Texts", "with 5G"),
    "fixed_broadband": QT_TRANSLATE_NOOP("Texts", "with fixed broadband (fiber)"),
    "without_fixed_broadband": QT_TRANSLATE_NOOP("Texts", "without fixed broadband"),
    "households_total": QT_TRANSLATE_NOOP("Texts", "Households"),
    "households_fiber": QT_TRANSLATE_NOOP("Texts", "households with fiber (subscribed)"),
    "sites_5g": QT_TRANSLATE_NOOP("Texts", "5G sites"),
    "wifi_points": QT_TRANSLATE_NOOP("Texts", "Public Wi-Fi points"),
}

# what the dashboard's bars by area can show
METRICS = {
    "fixed_broadband": KINDS["fiber"],
    "mobile_signal": KINDS["signal"],
    "mobile_broadband": QT_TRANSLATE_NOOP("Texts", "Mobile broadband 3G/4G"),
    "villages_5g": KINDS["5g"],
}

NO_RESULT = QT_TRANSLATE_NOOP("Texts", "No coverage result yet.")


def text(source: str) -> str:
    """``source`` (a text of this module's tables) in the current language."""
    return QCoreApplication.translate(CONTEXT, source)
