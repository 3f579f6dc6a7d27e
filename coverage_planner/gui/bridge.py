"""The JS -> Python bridge of the map page (QWebChannel object ``cpBridge``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal, Slot

#: ids as written by the loaders: printable, no markup, bounded length
_ID = re.compile(r"^[\w.:/\- ]{1,100}$", re.UNICODE)


class MapBridge(QObject):
    """Receives events from the page. Slots take plain strings and validate them."""

    #: a village polygon was clicked: its village_id
    villageSelected = Signal(str)
    #: the page sent something invalid (kept for logging / tests)
    rejected = Signal(str)

    @Slot(str)
    def villageClicked(self, village_id) -> None:  # noqa: N802 (called from JS by this name)
        if not isinstance(village_id, str) or not _ID.match(village_id):
            self.rejected.emit(repr(village_id)[:120])
            return
        self.villageSelected.emit(village_id)
