"""The numba options of the engine's kernels, and where numba keeps their compiled code.

numba's on-disk cache (``cache=True``) knows a compiled function is stale only when the file
that defines it changes, not when a function it calls from another file does: after an update
that changed ``_itm_lrprop.py`` alone, ``_itm_kernels.receiver`` would run the old lrprop it was
compiled with. So the kernels' cache lives in a folder named after a digest of all the kernel
files together (beside the package's own ``__pycache__``, or under ``$NUMBA_CACHE_DIR`` when
that is set): any change to any kernel file starts a fresh cache, and the stale folders are
removed. Importing this module sets ``numba.config.CACHE_DIR``; every kernel module imports
its :data:`JIT` options from here, so that happens before any kernel is decorated.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numba

#: the files whose kernels call one another (all the engine's numba code)
KERNEL_FILES = ("_bullington_kernels.py", "_itm_kernels.py", "_itm_lrprop.py")
#: numba options of every kernel: cached on disk, the GIL released (the rasters run them in
#: threads), numpy's error model (a division by zero gives inf or NaN, not an exception)
JIT = {"cache": True, "nogil": True, "error_model": "numpy"}
_HERE = Path(__file__).resolve().parent
_PREFIX = "coverage-planner-kernels-"


def source_digest(folder: Path = _HERE, files: tuple[str, ...] = KERNEL_FILES) -> str:
    """A digest of the kernel files' bytes (16 hex digits)."""
    h = hashlib.sha256()
    for name in files:
        h.update(name.encode())
        h.update((folder / name).read_bytes())
    return h.hexdigest()[:16]


def cache_folder(base: str | Path, digest: str) -> Path:
    """The cache folder of kernels with ``digest`` under ``base``; the folders of other
    digests there are removed (best effort: a folder in use elsewhere may stay)."""
    base = Path(base)
    for old in base.glob(_PREFIX + "*"):
        if old.name != _PREFIX + digest:
            shutil.rmtree(old, ignore_errors=True)
    return base / (_PREFIX + digest)


def configure() -> Path:
    """Point numba's cache at this version of the kernels' folder; returns it."""
    current = Path(numba.config.CACHE_DIR) if numba.config.CACHE_DIR else None
    if current is not None and current.name.startswith(_PREFIX):
        return current
    base = current if current is not None else _HERE / "__pycache__"
    folder = cache_folder(base, source_digest())
    numba.config.CACHE_DIR = str(folder)
    return folder


configure()
