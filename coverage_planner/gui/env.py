"""Process settings QtWebEngine needs, applied before the QApplication exists."""

from __future__ import annotations

import os
import sys


def prepare_environment(offscreen: bool = False) -> None:
    """Chromium refuses to start as root with its sandbox on; headless runs need "offscreen".

    Only sets what the user did not set already.
    """
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if is_root and "QTWEBENGINE_DISABLE_SANDBOX" not in os.environ:
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    # GPU probing fails noisily in containers and offscreen; software rendering is enough
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen" and sys.platform.startswith("linux"):
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--disable-gpu" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --disable-gpu").strip()
