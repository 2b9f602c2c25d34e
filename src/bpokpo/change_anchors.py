"""What a change does to the site's link anchors: added, kept as aliases of a renamed item, or lost.

Both sides are read as the site reads them (validated data, the site map, each page's
anchors and the moved pages), so this is only possible when both sides validate.
"""

from __future__ import annotations

from dataclasses import dataclass

from bpokpo.errors import DataErrors
from bpokpo.model import Content
from bpokpo.page_anchors import PageAnchor, page_anchors
from bpokpo.page_redirects import PageRedirect, redirected_url
from bpokpo.site_map import site_pages
from bpokpo.validation import load_site_data

Link = tuple[str, str]  # (page path, anchor id), e.g. ("comparison/", "complexity")


@dataclass(frozen=True)
class AnchorChanges:
    added: tuple[Link, ...]
    aliased: tuple[tuple[Link, Link], ...]  # (published link, the link it now lands on)
    lost: tuple[Link, ...]
    moved_pages: tuple[tuple[str, str], ...]  # (old path, new path) redirects added

    def __bool__(self) -> bool:
        return bool(self.added or self.aliased or self.lost or self.moved_pages)


def anchor_changes(base_data: str, head_data: str) -> AnchorChanges | None:
    """None when either side's data does not validate."""
    try:
        base, base_redirects = load_site_data(base_data)
        head, head_redirects = load_site_data(head_data)
    except DataErrors:
        return None
    return compare_anchors(base, head, head_redirects, base_redirects)


def _anchors(content: Content) -> dict[str, tuple[PageAnchor, ...]]:
    return {page.url: page_anchors(content, page) for page in site_pages(content)}


def compare_anchors(
    base: Content,
    head: Content,
    head_redirects: tuple[PageRedirect, ...],
    base_redirects: tuple[PageRedirect, ...] = (),
) -> AnchorChanges:
    before, after = _anchors(base), _anchors(head)
    published = [(url, name) for url, anchors in before.items() for a in anchors for name in (a.id, *a.aliases)]
    current_before = {(url, a.id) for url, anchors in before.items() for a in anchors}
    lost: list[Link] = []
    aliased: list[tuple[Link, Link]] = []
    arrived: set[Link] = set()
    for url, name in published:
        new_url = redirected_url(head_redirects, url)
        anchors = after.get(new_url, ())
        landing = next((a for a in anchors if name in (a.id, *a.aliases)), None)
        if landing is None:
            lost.append((url, name))
            continue
        if landing.id == name:
            arrived.add((new_url, name))
        elif (url, name) in current_before:  # an item renamed, its old id kept as an alias
            aliased.append(((url, name), (new_url, landing.id)))
    added = [(url, a.id) for url, anchors in after.items() for a in anchors if (url, a.id) not in arrived]
    moved = [(r.old, r.new) for r in head_redirects if r not in base_redirects]
    return AnchorChanges(tuple(added), tuple(aliased), tuple(lost), tuple(moved))
