"""Symbolic links are refused in every folder the site is built from.

A link in ``data/`` or ``docs/`` may point anywhere on the machine that builds the site: its
target would be read as data (and quoted in CI's public log) or copied into the published
site. Nothing the site needs is a link, so the build stops at the first sight of one,
before it reads a file through it.
"""

from __future__ import annotations

import os

from bpokpo.errors import DataError, display_path

FIX = "replace it with the file or folder itself: the site is built only from what is in the repository"


def symlink_errors(folder: str) -> list[DataError]:
    """Every symbolic link at or below ``folder`` (the folder itself included), without following any."""
    links = [folder] if os.path.islink(folder) else []
    if not links:
        for parent, folders, files in os.walk(folder):  # lists linked folders, never enters them
            paths = (os.path.join(parent, name) for name in (*folders, *files))
            links += [path for path in paths if os.path.islink(path)]
    return [DataError(display_path(path), 1, 1, "", "this is a symbolic link", FIX) for path in sorted(links)]
