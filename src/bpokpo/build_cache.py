"""What a build may keep for the next one: `make serve` sets a folder for its rebuilds, which then
render only the images a change touches and compile each template once. A plain build keeps
nothing and makes everything afresh."""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "BPOKPO_BUILD_CACHE"


def cache_folder(kind: str) -> Path | None:
    """The folder for one kind of kept work (``png``, ``templates``), or None when nothing is kept."""
    root = os.environ.get(CACHE_ENV)
    if not root:
        return None
    folder = Path(root) / kind
    folder.mkdir(parents=True, exist_ok=True)
    return folder
