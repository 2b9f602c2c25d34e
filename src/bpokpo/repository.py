"""Where the site's source lives, for the edit button that opens a page's data file.

The address comes from the environment (CI sets it from the repository it runs in), so a
fork's site edits the fork. No API of the host is called: the button is a plain link.
"""

from __future__ import annotations

import os

DEFAULT_REPOSITORY_URL = "https://github.com/bpo-kpo/bpo-vs-kpo"
DEFAULT_BRANCH = "main"


def repository_url() -> str:
    return os.environ.get("BPOKPO_REPOSITORY_URL", "").rstrip("/") or DEFAULT_REPOSITORY_URL


def edit_url(data_file: str) -> str:
    """The web editor for ``data_file`` (a path below data/) on the default branch."""
    branch = os.environ.get("BPOKPO_BRANCH", "") or DEFAULT_BRANCH
    return f"{repository_url()}/edit/{branch}/data/{data_file}"
