"""Shared helpers: timing, anchor discovery, the result rows, small image dumps."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

INSTALL_HINT = "apt-get install gdal-bin splat"

#: the anchors and the Debian package that brings each
ANCHORS = {
    "gdal_viewshed": "gdal-bin",
    "gdalinfo": "gdal-bin",
    "splat": "splat",
    "srtm2sdf": "splat",
}


@dataclass
class Row:
    """One line of the final table."""

    section: str
    figure: str
    value: str
    goal: str = ""
    met: bool | None = None  # None: information only (no goal), or skipped
    skipped: bool = False

    @property
    def status(self) -> str:
        if self.skipped:
            return "SKIPPED"
        if self.met is None:
            return ""
        return "MET" if self.met else "NOT MET"


def anchor(name: str) -> str | None:
    """Full path of an anchor program, or None (after printing how to install it)."""
    path = shutil.which(name)
    if path is None:
        pkg = ANCHORS.get(name, name)
        print(f"  ! {name} not found: skipping the comparison with it. "
              f"Install it with `apt-get install {pkg}` (all anchors: `{INSTALL_HINT}`).")
    return path


def skipped_row(section: str, figure: str, program: str) -> Row:
    return Row(section, figure, f"{program} not installed ({INSTALL_HINT})", skipped=True)


def best_of(fn: Callable[[], object], n: int, warmup: int = 1) -> tuple[float, object]:
    """Best wall time (s) of ``n`` calls after ``warmup`` calls, and the last result."""
    result = None
    for _ in range(warmup):
        result = fn()
    best = float("inf")
    for _ in range(max(1, n)):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    """Wall time (s) of one call, and its result."""
    t0 = time.perf_counter()
    result = fn()
    return time.perf_counter() - t0, result


def run_cmd(cmd: Sequence[str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run a program, raising with its output if it fails."""
    proc = subprocess.run(list(cmd), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited with {proc.returncode}:\n"
                           f"{proc.stdout[-2000:]}")
    return proc


def best_subprocess(cmd: Sequence[str], n: int, cwd: Path | None = None,
                    warmup: int = 1) -> float:
    """Best wall time (s) of ``n`` runs of a program (process start-up included)."""
    return best_of(lambda: run_cmd(cmd, cwd), n, warmup)[0]


def noop_subprocess_time(n: int) -> float:
    """Wall time of starting a process that does nothing (``true``): the floor of any anchor."""
    true = shutil.which("true") or "/bin/true"
    return best_subprocess([true], n)


def iou(a: np.ndarray, b: np.ndarray) -> float:
    union = np.count_nonzero(a | b)
    return float(np.count_nonzero(a & b) / union) if union else 1.0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"


def save_png(path: Path, rgb: np.ndarray) -> None:
    """Write an (h, w, 3) uint8 array as PNG with Qt (no matplotlib in the project)."""
    from PySide6.QtGui import QImage

    rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
    h, w, _ = rgb.shape
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.copy().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"  image: {path}")


def agreement_rgb(ours: np.ndarray, anchor_mask: np.ndarray, outside: np.ndarray) -> np.ndarray:
    """Black where both say yes, red where only ours, blue where only the anchor, grey outside."""
    rgb = np.full((*ours.shape, 3), 255, np.uint8)
    rgb[ours & anchor_mask] = (0, 0, 0)
    rgb[ours & ~anchor_mask] = (220, 0, 0)
    rgb[~ours & anchor_mask] = (0, 60, 220)
    rgb[outside] = (200, 200, 200)
    return rgb


class CacheEnv:
    """Point the engine's disk cache (``COVERAGE_PLANNER_CACHE``) at ``path`` for a block."""

    VAR = "COVERAGE_PLANNER_CACHE"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.saved: str | None = None

    def __enter__(self) -> Path:
        self.saved = os.environ.get(self.VAR)
        self.path.mkdir(parents=True, exist_ok=True)
        os.environ[self.VAR] = str(self.path)
        return self.path

    def __exit__(self, *exc) -> None:
        if self.saved is None:
            os.environ.pop(self.VAR, None)
        else:
            os.environ[self.VAR] = self.saved
