"""Relative links between pages, so the built site works under any base path."""

from __future__ import annotations

import posixpath


def relative_href(from_url: str, to_url: str, fragment: str = "") -> str:
    """The href from the page at ``from_url`` to ``to_url`` (both relative to the language root).

    URLs are directory style (``comparison/``); the home page is ``""``.
    """
    start = posixpath.join("/", from_url)
    if not start.endswith("/"):
        start = posixpath.dirname(start) + "/"
    target = posixpath.join("/", to_url)
    path = posixpath.relpath(target, start)
    if to_url.endswith("/") or to_url == "":
        path = "./" if path == "." else path + "/"
    return f"{path}#{fragment}" if fragment else path
