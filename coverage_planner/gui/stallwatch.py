"""Watch the GUI thread for stalls, and say what it was doing when it stalled.

A ``QTimer`` ticks on the GUI thread every ``tick_ms``; a watchdog thread checks the last tick
and, while it is late by more than ``threshold_ms``, samples the GUI thread's Python stack
(``sys._current_frames``). The result lists every stall (its length and the innermost frames of
this project's code that were running) — what the responsiveness benchmark prints and what the
load test reads to check that no heavy work runs on the GUI thread.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer


@dataclass
class Stall:
    start: float  # seconds since the watch started
    seconds: float
    stacks: list[list[str]] = field(default_factory=list)  # sampled stacks, innermost last
    #: the other threads' innermost frames of this project in each sample (who held the GIL?)
    others: dict[str, int] = field(default_factory=dict)

    def where(self, package: str = "coverage_planner") -> list[str]:
        """The project's innermost frame in each sample, most often sampled first."""
        counts: dict[str, int] = {}
        for stack in self.stacks:
            ours = [f for f in stack if package in f and "stallwatch" not in f]
            if ours:
                counts[ours[-1]] = counts.get(ours[-1], 0) + 1
        return sorted(counts, key=lambda f: -counts[f])


def _stack(frame) -> list[str]:
    return [f"{f.filename}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)]


class StallWatch(QObject):
    def __init__(self, tick_ms: int = 20, threshold_ms: int = 100, parent=None) -> None:
        super().__init__(parent)
        self.tick_ms = tick_ms
        self.threshold = threshold_ms / 1000.0
        self.stalls: list[Stall] = []
        self.max_gap = 0.0
        self.ticks = 0
        self._gui = threading.get_ident()
        self._t0 = time.perf_counter()
        self._last = self._t0
        self._current: Stall | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._thread = threading.Thread(target=self._watch, name="stallwatch", daemon=True)

    def start(self) -> StallWatch:
        self._t0 = self._last = time.perf_counter()
        self._timer.start()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        self._thread.join(timeout=2)

    def _tick(self) -> None:
        now = time.perf_counter()
        with self._lock:
            gap = now - self._last
            self.max_gap = max(self.max_gap, gap)
            self.ticks += 1
            self._last = now
            if self._current is not None:
                self._current.seconds = gap
                self.stalls.append(self._current)
                self._current = None

    def _watch(self) -> None:
        period = max(self.tick_ms / 2000.0, 0.005)
        while not self._stop.wait(period):
            now = time.perf_counter()
            with self._lock:
                late = now - self._last
                if late < self.threshold + self.tick_ms / 1000.0:
                    continue
                if self._current is None:
                    self._current = Stall(self._last - self._t0, late)
                frames = sys._current_frames()
                frame = frames.get(self._gui)
                if frame is not None and len(self._current.stacks) < 200:
                    self._current.stacks.append(_stack(frame))
                    me = threading.get_ident()
                    for ident, other in frames.items():
                        ours = [f for f in _stack(other) if "coverage_planner" in f]
                        if ident not in (self._gui, me) and ours:
                            key = ours[-1]
                            self._current.others[key] = self._current.others.get(key, 0) + 1

    def report(self, limit: int = 10, frames: int = 3) -> str:
        lines = [f"max gap {self.max_gap * 1000:.0f} ms over {self.ticks} ticks; "
                 f"{len(self.stalls)} stalls > {self.threshold * 1000:.0f} ms"]
        for s in sorted(self.stalls, key=lambda s: -s.seconds)[:limit]:
            where = s.where()[:frames]
            lines.append(f"  {s.seconds * 1000:6.0f} ms at {s.start:6.1f} s: "
                         + ("; ".join(w.rsplit("/", 1)[-1] for w in where) or "(Qt / C++)"))
            busy = sorted(s.others, key=lambda k: -s.others[k])[:frames]
            if busy:
                lines.append("      other threads: "
                             + "; ".join(b.rsplit("/", 1)[-1] for b in busy))
        return "\n".join(lines)
