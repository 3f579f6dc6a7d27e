"""Line of sight from a ring sweep: the visibility mask.

A cell is visible when its ground plus the receiver's height reaches the line-of-sight height
the sweep carried to it (:mod:`coverage_planner.core.engine.sweep`).
"""

from __future__ import annotations

import numpy as np

from coverage_planner.core.engine.sweep import Sweep


def visible_rel(sw: Sweep, h_rx: float) -> np.ndarray:
    """Ring order: True where a receiver ``h_rx`` above the ground sees the antenna."""
    return sw.rel + np.float32(h_rx) >= sw.los_rel  # NaN ground: False


def visible(sw: Sweep, h_rx: float) -> np.ndarray:
    """The line-of-sight mask (bool) on the window: False outside the disc and the grid."""
    return sw.to_window(visible_rel(sw, h_rx), fill=False)
