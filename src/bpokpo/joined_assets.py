"""The site's own styles as one stylesheet, and its own scripts as one script: the source files
joined in the order ``mkdocs.yml`` lists them.

The sources stay one concept per file (docs/stylesheets/ and docs/javascripts/); a page links
only the joined files, so each costs one request instead of one per source, and every request a
phone makes before it can paint or run counts. A joined file's name carries a hash of its
content, so a browser never keeps an old copy after a source changes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

STYLESHEET = ("stylesheets", "css")
SCRIPT = ("javascripts", "js")


@dataclass(frozen=True)
class AssetSource:
    path: str  # below docs/, as mkdocs.yml lists it
    text: str


def joined_asset(sources: Sequence[AssetSource]) -> str:
    """The sources in order, each after a comment that names its file (valid in CSS and JavaScript)."""
    return "".join(f"/* {source.path} */\n{source.text.rstrip()}\n\n" for source in sources)


def joined_asset_path(kind: tuple[str, str], text: str) -> str:
    """Where a joined file goes, below the language root, named by its content."""
    folder, extension = kind
    return f"{folder}/site.{hashlib.sha256(text.encode('utf-8')).hexdigest()[:10]}.{extension}"
