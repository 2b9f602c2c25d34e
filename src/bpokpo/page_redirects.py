"""Moved pages: data/redirects.yml maps old page paths to new ones, so old links keep working.

Each old path gets a small page in every language that sends the reader on to the new
path, keeping the ``#fragment``; the build writes them (see ``write_redirect_pages``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from bpokpo.data_file import parse
from bpokpo.errors import DataErrors
from bpokpo.links import relative_href
from bpokpo.render import environment
from bpokpo.reserved_names import reserved_names

REDIRECTS_FILE = "redirects.yml"


@dataclass(frozen=True)
class PageRedirect:
    old: str  # e.g. "compare/"
    new: str  # e.g. "comparison/"; "" is the home page


def load_redirects(data_dir: str, page_urls: tuple[str, ...]) -> tuple[PageRedirect, ...]:
    """The redirects in ``data_dir``; raise ``DataErrors`` listing every problem.

    The file's shape is checked against redirects.schema.json; here, against the site:
    an old path must not be a page (it would hide the page) and a new path must be one
    (no chains, no dead ends).
    """
    path = os.path.join(data_dir, REDIRECTS_FILE)
    if not os.path.isfile(path):
        return ()
    parsed = parse(path)
    if isinstance(parsed, list):
        raise DataErrors(parsed)
    errors = parsed.check("redirects", ())
    redirects: list[PageRedirect] = []
    seen: set[str] = set()
    taken = reserved_names(os.path.dirname(os.path.abspath(data_dir)))
    for url in filter(None, page_urls):  # the term pages, and the fixed ones again
        taken.setdefault(url.split("/")[0], f"the page {url}")
    entries = parsed.value("redirects")
    for index in range(len(entries) if isinstance(entries, list) else 0):
        if not parsed.sound("redirects", index):
            continue
        field = f"redirects[{index}]"
        old, new = parsed.value("redirects", index, "from"), parsed.value("redirects", index, "to")
        if old in page_urls:
            errors.append(
                parsed.error(
                    parsed.node("redirects", index, "from"),
                    f"{field}.from",
                    f"'{old}' is a page of the site",
                    "a redirect would hide it: remove this entry, or rename the page first",
                )
            )
        elif old.split("/")[0] in taken:
            folder = old.split("/")[0]
            errors.append(
                parsed.error(
                    parsed.node("redirects", index, "from"),
                    f"{field}.from",
                    f"'{old}' lies in {folder}/, which the build writes for {taken[folder]}",
                    "a page left there would mix with it: use the old path the moved page really had",
                )
            )
        elif old in seen:
            errors.append(
                parsed.error(
                    parsed.node("redirects", index, "from"),
                    f"{field}.from",
                    f"'{old}' is redirected twice",
                    "keep one entry",
                )
            )
        elif new not in page_urls:
            errors.append(
                parsed.error(
                    parsed.node("redirects", index, "to"),
                    f"{field}.to",
                    f"there is no page '{new}'",
                    f"point it at a current page: {', '.join(repr(url) for url in page_urls)}",
                )
            )
        else:
            redirects.append(PageRedirect(old, new))
        seen.add(old)
    if errors:
        raise DataErrors(errors)
    return tuple(redirects)


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
