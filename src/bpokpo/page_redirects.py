"""Moved pages: data/redirects.yml maps old page paths to new ones, so old links keep working.

Each old path gets a small page in every language that sends the reader on to the new
path, keeping the ``#fragment``; the build writes them (see ``write_redirect_pages``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from bpokpo.errors import DataError, DataErrors, display_path
from bpokpo.links import relative_href
from bpokpo.loader import FileReader
from bpokpo.located_yaml import Located, load_located
from bpokpo.render import environment

REDIRECTS_FILE = "redirects.yml"
# A page path relative to a language's root, directory style: "compare/", "terms/bpo/".
PAGE_PATH = re.compile(r"^([a-z0-9]+(-[a-z0-9]+)*/)+$")


@dataclass(frozen=True)
class PageRedirect:
    old: str  # e.g. "compare/"
    new: str  # e.g. "comparison/"; "" is the home page


def load_redirects(data_dir: str, page_urls: tuple[str, ...]) -> tuple[PageRedirect, ...]:
    """The redirects in ``data_dir``; raise ``DataErrors`` listing every problem.

    ``page_urls`` are the pages the site builds: an old path must not be one of them
    (it would hide the page) and a new path must be one (no chains, no dead ends).
    """
    path = os.path.join(data_dir, REDIRECTS_FILE)
    if not os.path.isfile(path):
        return ()
    shown_as = display_path(path)
    parsed = load_located(path, shown_as)
    if isinstance(parsed, DataError):
        raise DataErrors([parsed])
    errors: list[DataError] = []
    reader = FileReader(shown_as, (), errors)
    top = reader.mapping(parsed, "", ("redirects",))
    redirects: list[PageRedirect] = []
    if top is not None and "redirects" in top:
        seen: set[str] = set()
        for field, item in reader.items(top["redirects"], "redirects", allow_empty=True):
            entry = reader.mapping(item, field, ("from", "to"))
            if entry is None or "from" not in entry or "to" not in entry:
                continue
            old = _page_path(reader, entry["from"], f"{field}.from", allow_home=False)
            new = _page_path(reader, entry["to"], f"{field}.to", allow_home=True)
            if old is None or new is None:
                continue
            if old in page_urls:
                reader.fail(
                    entry["from"],
                    f"{field}.from",
                    f"'{old}' is a page of the site",
                    "a redirect would hide it: remove this entry, or rename the page first",
                )
            elif old in seen:
                reader.fail(entry["from"], f"{field}.from", f"'{old}' is redirected twice", "keep one entry")
            elif new not in page_urls:
                reader.fail(
                    entry["to"],
                    f"{field}.to",
                    f"there is no page '{new}'",
                    f"point it at a current page: {', '.join(repr(url) for url in page_urls)}",
                )
            else:
                redirects.append(PageRedirect(old, new))
            seen.add(old)
    if errors:
        raise DataErrors(errors)
    return tuple(redirects)


def _page_path(reader: FileReader, node: Located, field: str, *, allow_home: bool) -> str | None:
    value = node.value
    if isinstance(value, str) and (PAGE_PATH.match(value) or (allow_home and value == "")):
        return value
    home = ', or "" for the home page' if allow_home else ""
    reader.fail(
        node,
        field,
        f"'{value}' is not a page path",
        f'write it relative to the language root, ending in "/", e.g. "comparison/"{home}',
    )
    return None


def redirected_url(redirects: tuple[PageRedirect, ...], url: str) -> str:
    """Where a link to ``url`` ends up: the new path of a moved page, otherwise ``url`` itself."""
    for redirect in redirects:
        if redirect.old == url:
            return redirect.new
    return url


def redirect_page(redirect: PageRedirect, language: str, site_url: str) -> str:
    """The HTML of the page left at ``redirect.old``."""
    return (
        environment()
        .get_template("redirect.html.j2")
        .render(
            lang=language,
            href=relative_href(redirect.old, redirect.new),
            canonical=site_url.rstrip("/") + "/" + redirect.new if site_url else "",
        )
    )


def write_redirect_pages(site_dir: str, redirects: tuple[PageRedirect, ...], language: str, site_url: str) -> None:
    for redirect in redirects:
        folder = os.path.join(site_dir, *redirect.old.strip("/").split("/"))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.html"), "w", encoding="utf-8") as page:
            page.write(redirect_page(redirect, language, site_url))
