"""Where the site is published, for the addresses printed on paper.

A printed page cannot be clicked, so it shows the address of each row. That address must be
the public site's, whichever machine built or served the copy being printed: never a local
preview's 127.0.0.1. CI sets the address from the host it publishes to; a fork sets its own.
"""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit

DEFAULT_PUBLISHED_URL = "https://bpo-kpo.github.io/bpo-vs-kpo/"

# Where a printed address may break: after a slash, and before the fragment.
_BREAK_POINTS = re.compile(r"(?<=/)|(?=#)")


def published_url() -> str:
    """The root of the published site (the folder holding sv/ and en/), ending in a slash."""
    url = os.environ.get("BPOKPO_PUBLISHED_URL", "").strip() or DEFAULT_PUBLISHED_URL
    return url if url.endswith("/") else url + "/"


def printed_address(language: str, page_url: str, fragment: str) -> tuple[str, ...]:
    """The published address of an anchor, short (no scheme), in the pieces a line may break between.

    ``page_url`` is relative to the language root, e.g. ``comparison/``.
    """
    parts = urlsplit(published_url())
    address = f"{parts.netloc}{parts.path}{language}/{page_url}#{fragment}"
    return tuple(piece for piece in _BREAK_POINTS.split(address) if piece)
