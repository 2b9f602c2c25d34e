"""The registry of published anchors: anchors/<page>.txt, one id a line, committed.

Once a link anchor is published, someone may have sent it to a colleague, so the
registry only ever grows: ``add_new_anchors`` appends and never removes a line, and
``lost_anchors`` lists every registered anchor that no longer lands anywhere (neither a
current id nor a former id in ``aliases:``, on the page or on the page it was moved to);
``anchor_advice`` says what to do about each.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from bpokpo.anchors import SLUG
from bpokpo.errors import DataError, DataErrors, display_path
from bpokpo.model import Content
from bpokpo.page_anchors import page_anchors, reachable_ids
from bpokpo.page_redirects import PageRedirect, redirected_url
from bpokpo.site_map import site_pages

REGISTRY_DIR = "anchors"
HOME_FILE = "home"
ADD_COMMAND = "make anchors"

_HEADER = """\
# Published link anchors of the page {page} (in every language): one id a line.
# Links with these fragments may be anywhere, so a line is never removed. When an item's
# id changes, list its old id under aliases: in data/; when a page moves, add its old
# path to data/redirects.yml. `{command}` appends new anchors to this file.
"""


@dataclass(frozen=True)
class RegisteredAnchor:
    page_url: str  # the page path it was published on, e.g. "comparison/"
    id: str
    file: str
    line: int


def registry_file(page_url: str) -> str:
    """The registry file's name for a page: "comparison.txt"; the home page is "home.txt"."""
    stem = page_url.strip("/").replace("/", "--") or HOME_FILE
    return f"{stem}.txt"


def page_url_of(file_name: str) -> str:
    stem = file_name.removesuffix(".txt")
    return "" if stem == HOME_FILE else stem.replace("--", "/") + "/"


def read_registry(folder: str) -> tuple[RegisteredAnchor, ...]:
    """Every registered anchor; raise ``DataErrors`` for a line that is not an id."""
    if not os.path.isdir(folder):
        return ()
    anchors: list[RegisteredAnchor] = []
    errors: list[DataError] = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        path = os.path.join(folder, name)
        shown_as = display_path(path)
        seen: set[str] = set()
        with open(path, encoding="utf-8") as registry:
            for number, raw in enumerate(registry, start=1):
                line = raw.strip()
                if not line or line.startswith("#"):
                    continue
                if not SLUG.match(line):
                    errors.append(
                        DataError(
                            shown_as,
                            number,
                            1,
                            "",
                            f"'{line}' is not an anchor id",
                            "write one id a line (lowercase a-z, digits, single hyphens); comments start with #",
                        )
                    )
                elif line not in seen:
                    anchors.append(RegisteredAnchor(page_url_of(name), line, shown_as, number))
                seen.add(line)
    if errors:
        raise DataErrors(errors)
    return tuple(anchors)


def add_new_anchors(folder: str, content: Content) -> list[tuple[str, str]]:
    """Append every anchor the site publishes that is not registered yet; return (file, id) pairs added."""
    registered = {(anchor.page_url, anchor.id) for anchor in read_registry(folder)}
    os.makedirs(folder, exist_ok=True)
    added: list[tuple[str, str]] = []
    for page in site_pages(content):
        new = [anchor.id for anchor in page_anchors(content, page) if (page.url, anchor.id) not in registered]
        if not new:
            continue
        path = os.path.join(folder, registry_file(page.url))
        exists = os.path.isfile(path)
        with open(path, "a+", encoding="utf-8") as registry:
            if not exists:
                registry.write(_HEADER.format(page=f"/<language>/{page.url}", command=ADD_COMMAND))
            else:
                registry.seek(0)
                text = registry.read()
                if text and not text.endswith("\n"):
                    registry.write("\n")
            registry.write("".join(f"{anchor_id}\n" for anchor_id in new))
        added += [(display_path(path), anchor_id) for anchor_id in new]
    return added


def unregistered_anchors(content: Content, registry: tuple[RegisteredAnchor, ...]) -> list[tuple[str, str]]:
    """(page url, id) of anchors the site publishes that the registry does not list yet."""
    registered = {(anchor.page_url, anchor.id) for anchor in registry}
    return [
        (page.url, anchor.id)
        for page in site_pages(content)
        for anchor in page_anchors(content, page)
        if (page.url, anchor.id) not in registered
    ]


def lost_anchors(
    content: Content, registry: tuple[RegisteredAnchor, ...], redirects: tuple[PageRedirect, ...]
) -> list[tuple[RegisteredAnchor, str | None]]:
    """Every registered anchor that no longer lands on anything, with the page its link leads to now
    (None when that page is gone)."""
    pages = {page.url: page for page in site_pages(content)}
    lost: list[tuple[RegisteredAnchor, str | None]] = []
    for anchor in registry:
        url = redirected_url(redirects, anchor.page_url)
        page = pages.get(url)
        if page is None:
            lost.append((anchor, None))
        elif anchor.id not in reachable_ids(page_anchors(content, page)):
            lost.append((anchor, url))
    return lost


def broken_anchor_message(anchor: RegisteredAnchor, url: str) -> str:
    return (
        f"{anchor.file}:{anchor.line}: '/{url}#{anchor.id}' was published but nothing on the page has "
        f"that id any more. If the item was renamed, add '{anchor.id}' to its aliases: in data/ "
        '(e.g. aliases: ["' + anchor.id + '"]); if it was removed, give its id as an alias to the item '
        f"that replaces it. Never delete lines from {REGISTRY_DIR}/."
    )
