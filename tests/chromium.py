"""How this project starts Chromium, for the browser tests and the page-weight benchmark alike.

Debian's Chromium, never a browser a test tool downloads, with the flags that keep it off
the network: without them it keeps trying hosts this machine cannot reach.
"""

from __future__ import annotations

import os
import shutil

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str | None:
    """CHROMIUM_PATH (default /usr/bin/chromium), else a chromium on PATH, else None."""
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    return shutil.which("chromium")
