"""numba's cache of the engine's kernels (core.engine.propagation.kernel_cache): one folder per
version of the kernel files together, so that a change in one file cannot leave a stale compiled
caller in another."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("numba")

from coverage_planner.core.engine.propagation import kernel_cache  # noqa: E402


def test_the_digest_follows_every_kernel_file(tmp_path):
    files = ("a.py", "b.py")
    for name in files:
        (tmp_path / name).write_text(f"# {name}\n")
    before = kernel_cache.source_digest(tmp_path, files)
    assert kernel_cache.source_digest(tmp_path, files) == before
    (tmp_path / "b.py").write_text("# b.py, changed\n")  # the callee alone
    assert kernel_cache.source_digest(tmp_path, files) != before


def test_other_versions_folders_are_removed(tmp_path):
    old = tmp_path / "coverage-planner-kernels-0000000000000000"
    (old / "sub").mkdir(parents=True)
    (old / "sub" / "x.nbc").write_bytes(b"stale")
    mine = tmp_path / "unrelated"
    mine.mkdir()
    folder = kernel_cache.cache_folder(tmp_path, "1111222233334444")
    assert folder == tmp_path / "coverage-planner-kernels-1111222233334444"
    assert not old.exists() and mine.exists()


def test_the_kernels_are_cached_in_this_versions_folder(tmp_path):
    """In a fresh process (with $NUMBA_CACHE_DIR as the base): the ITM kernels' cache index is
    written under the folder named after the current digest."""
    code = (
        "import numpy as np, numba\n"
        "from coverage_planner.core.engine.propagation.itm import itm_path_loss\n"
        "from coverage_planner.core.engine.propagation import kernel_cache\n"
        "itm_path_loss(np.array([[100.0, 140.0, 120.0, 100.0]]), 3000.0, 30.0, 1.5, 900.0)\n"
        "print(numba.config.CACHE_DIR)\n"
        "print(kernel_cache.source_digest())\n")
    env = {**__import__("os").environ, "NUMBA_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env=env).stdout.split()
    folder, digest = Path(out[0]), out[1]
    assert folder == tmp_path / f"coverage-planner-kernels-{digest}"
    assert any(folder.rglob("_itm_kernels.path_batch-*.nbi"))
