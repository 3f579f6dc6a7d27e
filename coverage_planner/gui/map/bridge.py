"""The JS -> Python bridge of the map page (QWebChannel object ``cpBridge``).

The page is data we wrote, yet everything it sends is checked here as if it came from anywhere:
ids against a pattern, numbers for type (a string or a boolean is not a number), finiteness and
range. A refused call emits :attr:`MapBridge.rejected` and changes nothing.

Slots that take numbers are declared with ``QVariant`` parameters so that the value arrives as
JavaScript sent it (a string stays a string, NaN arrives as None) instead of being coerced.
"""

from __future__ import annotations

import json
import math
import re

from PySide6.QtCore import QObject, Signal, Slot

#: ids as written by the loaders: printable, no markup, bounded length
_ID = re.compile(r"^[\w.:/\- ]{1,100}$", re.UNICODE)
#: a drawn cable: at most this many vertices (a planner clicks them one by one)
MAX_CABLE_POINTS = 500
MAX_JSON = 50_000


def valid_id(value) -> str | None:
    return value if isinstance(value, str) and _ID.match(value) else None


def number(value, low: float, high: float) -> float | None:
    """``value`` as a float when it is a real number within [low, high], else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    value = float(value)
    if not math.isfinite(value) or not low <= value <= high:
        return None
    return value


def lon_lat(lat, lon) -> tuple[float, float] | None:
    """(lon, lat) from the page's (lat, lon), or None when either is not a valid coordinate."""
    lat, lon = number(lat, -90.0, 90.0), number(lon, -180.0, 180.0)
    if lat is None or lon is None:
        return None
    return lon, lat


def cable_points(text) -> list[tuple[float, float]] | None:
    """The (lon, lat) vertices of a drawn cable from the page's JSON ``[[lat, lon], ...]``."""
    if not isinstance(text, str) or len(text) > MAX_JSON:
        return None
    try:
        data = json.loads(text)
    except (TypeError, ValueError):
        return None
    if not isinstance(data, list) or not 2 <= len(data) <= MAX_CABLE_POINTS:
        return None
    points = []
    for item in data:
        if not isinstance(item, list) or len(item) != 2:
            return None
        point = lon_lat(item[0], item[1])
        if point is None:
            return None
        if not points or points[-1] != point:
            points.append(point)
    return points if len(points) >= 2 else None


class MapBridge(QObject):
    """Receives events from the page. Slots validate what they get; signals carry clean values.

    Signals
    -------
    villageSelected(str) : a village polygon was clicked: its village_id
    siteSelected(str) : a site marker was clicked: its site_id
    siteAddRequested(float, float) : "Add BTS" mode, the map clicked at (lon, lat)
    accessPointRequested(float, float) : "Add fiber access point" mode, clicked at (lon, lat)
    cableDrawn(list) : "Add fiber cable" mode, a cable finished: [(lon, lat), ...]
    siteMoveRequested(str, float, float) : a site's marker dragged to (lon, lat)
    sitePreviewRequested(str, float, float) : a site's marker being dragged, now at (lon, lat)
    suggestionSelected(int) : a suggested site's numbered marker clicked: its rank
    rejected(str) : the page sent something invalid (kept for logging / tests)
    """

    villageSelected = Signal(str)
    siteSelected = Signal(str)
    siteAddRequested = Signal(float, float)
    accessPointRequested = Signal(float, float)
    cableDrawn = Signal(list)
    siteMoveRequested = Signal(str, float, float)
    sitePreviewRequested = Signal(str, float, float)
    suggestionSelected = Signal(int)
    rejected = Signal(str)

    def _reject(self, *values) -> None:
        self.rejected.emit(", ".join(repr(v) for v in values)[:120])

    @Slot(str)
    def villageClicked(self, village_id) -> None:  # noqa: N802 (called from JS by this name)
        if valid_id(village_id) is None:
            self._reject(village_id)
            return
        self.villageSelected.emit(village_id)

    @Slot("QVariant")
    def siteClicked(self, site_id) -> None:  # noqa: N802
        if valid_id(site_id) is None:
            self._reject(site_id)
            return
        self.siteSelected.emit(site_id)

    @Slot("QVariant", "QVariant")
    def addSiteAt(self, lat, lon) -> None:  # noqa: N802
        point = lon_lat(lat, lon)
        if point is None:
            self._reject(lat, lon)
            return
        self.siteAddRequested.emit(*point)

    @Slot("QVariant", "QVariant")
    def addAccessPointAt(self, lat, lon) -> None:  # noqa: N802
        point = lon_lat(lat, lon)
        if point is None:
            self._reject(lat, lon)
            return
        self.accessPointRequested.emit(*point)

    @Slot("QVariant")
    def cableFinished(self, points_json) -> None:  # noqa: N802
        points = cable_points(points_json)
        if points is None:
            self._reject(points_json)
            return
        self.cableDrawn.emit(points)

    @Slot("QVariant", "QVariant", "QVariant")
    def siteDragged(self, site_id, lat, lon) -> None:  # noqa: N802
        point = lon_lat(lat, lon)
        if valid_id(site_id) is None or point is None:
            self._reject(site_id, lat, lon)
            return
        self.siteMoveRequested.emit(site_id, *point)

    @Slot("QVariant", "QVariant", "QVariant")
    def siteDragging(self, site_id, lat, lon) -> None:  # noqa: N802
        point = lon_lat(lat, lon)
        if valid_id(site_id) is None or point is None:
            self._reject(site_id, lat, lon)
            return
        self.sitePreviewRequested.emit(site_id, *point)

    @Slot("QVariant")
    def suggestionClicked(self, rank) -> None:  # noqa: N802
        value = number(rank, 1, 10_000)
        if value is None or value != int(value):
            self._reject(rank)
            return
        self.suggestionSelected.emit(int(value))
