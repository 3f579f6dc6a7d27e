"""Write a file whole or not at all: a unique temporary beside the target, then one rename.

Cache files are written by worker threads, Dask workers and several processes at once (the GUI,
a screenshot, the CLI). A temporary name made from the process id alone is shared by the threads
of one process, so two writers could rename each other's half-written file away; ``mkstemp``
gives every writer its own name.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: str | Path, suffix: str = "", *, empty: bool = False) -> Iterator[Path]:
    """Yield a fresh temporary path beside ``path``; on success it replaces ``path``.

    ``suffix`` keeps the extension writers look at (``np.savez`` adds ``.npz`` otherwise).
    With ``empty`` the temporary does not exist yet (for writers that refuse an existing file).
    On any error the temporary is removed and ``path`` is left as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix or path.suffix,
                                dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    if empty:
        tmp.unlink()
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
