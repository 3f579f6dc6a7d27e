"""What the what-if edits ask of a cells' table, computed once per table: each site's row
positions, the sorted site ids, columns as arrays.

The panel, the map's markers and every command ask about the scenario's state and the baseline
many times per edit; a command replaces the state's table, never changes it, so what is computed
is kept for the few latest tables (by identity).
"""

from __future__ import annotations

import threading

import numpy as np
import pandas as pd


class _FrameIndex:
    """What the what-if edits ask of one cells' frame, computed once: each site's row
    positions, the sorted site ids, and columns as arrays."""

    def __init__(self, cells: pd.DataFrame):
        self.cells = cells  # held, so that the identity check stays valid
        self.positions = cells.groupby(cells["site_id"].astype(str).to_numpy(),
                                       sort=False).indices
        self._ids: list | None = None
        self._columns: dict = {}

    def site_ids(self) -> list:
        if self._ids is None:
            self._ids = sorted(self.positions)
        return self._ids

    def column(self, col: str) -> np.ndarray:
        values = self._columns.get(col)
        if values is None:
            values = self._columns[col] = self.cells[col].to_numpy()
        return values


_FRAMES: list = []  # the latest frames' indexes first (the baseline's and the states')
_FRAMES_LOCK = threading.Lock()


def _frame_index(cells: pd.DataFrame) -> _FrameIndex:
    """A what-if edit asks about the scenario's state and the baseline many times (the panel,
    the map's markers, each command); a command replaces the state's frame, never changes it,
    so what is computed is kept for the few latest frames."""
    with _FRAMES_LOCK:
        index = next((idx for idx in _FRAMES if idx.cells is cells), None)
        if index is None:
            index = _FrameIndex(cells)
            _FRAMES.insert(0, index)
            del _FRAMES[4:]
        return index


def site_positions(cells: pd.DataFrame, site_id) -> np.ndarray:
    """The row positions of ``site_id`` in ``cells`` (empty when none)."""
    pos = _frame_index(cells).positions.get(str(site_id))
    return pos if pos is not None else np.zeros(0, np.int64)


def site_rows(cells: pd.DataFrame, site_id) -> pd.DataFrame:
    """The rows of ``site_id`` in ``cells``."""
    return cells.iloc[site_positions(cells, site_id)]


def site_ids(cells: pd.DataFrame) -> list:
    """The sites of ``cells``, sorted (the list is shared: do not change it)."""
    return _frame_index(cells).site_ids()


def cell_values(cells: pd.DataFrame, col: str) -> np.ndarray | None:
    """Column ``col`` of ``cells`` as an array (None when there is none; shared: read only)."""
    return _frame_index(cells).column(col) if col in cells.columns else None
