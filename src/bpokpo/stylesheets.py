"""The site's own styles as one stylesheet: the source files joined in their cascade order.

The sources stay one concept per file (docs/stylesheets/, listed in ``extra_css``); a page
links only the joined file, so the styles cost one request instead of one per file, and
every request a phone makes before it can paint counts. Its name carries a hash of its
content, so a browser never keeps an old copy after the styles change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

BUNDLE_DIR = "stylesheets"


@dataclass(frozen=True)
class StyleSource:
    path: str  # below docs/, as extra_css lists it
    css: str


def joined_stylesheet(sources: Sequence[StyleSource]) -> str:
    """The sources in order, each after a comment that names its file."""
    return "".join(f"/* {source.path} */\n{source.css.rstrip()}\n\n" for source in sources)


def stylesheet_path(css: str) -> str:
    """Where the joined stylesheet goes, below the language root, named by its content."""
    return f"{BUNDLE_DIR}/site.{hashlib.sha256(css.encode('utf-8')).hexdigest()[:10]}.css"
