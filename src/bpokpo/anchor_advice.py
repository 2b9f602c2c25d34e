"""What to do about the site's link anchors: new ones to register, published ones that broke.

``make validate`` and ``make anchors`` report these like every other problem, at a line of
a file: a new anchor at the id in data/ that makes it, a broken one at its line in
anchors/. The advice is the edit that makes the anchor resolve again, for the kind of item
it was: a renamed dimension, type, activity or term keeps its old id under ``aliases:``, a
moved page gets a redirect, a conclusion point or source (which keep no former ids) gets
its id back. Where one new id on the same page is the likely new name, the advice names it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from bpokpo.anchor_registry import (
    ADD_COMMAND,
    REGISTRY_DIR,
    RegisteredAnchor,
    lost_anchors,
    registry_file,
    unregistered_anchors,
)
from bpokpo.anchors import DIFFERENCE_PREFIX
from bpokpo.data_file import DataFile, parse
from bpokpo.document_paths import Path, field_path, walk
from bpokpo.errors import DataError, display_path
from bpokpo.model import Content
from bpokpo.page_anchors import page_anchors
from bpokpo.page_redirects import PageRedirect
from bpokpo.site_map import SitePage, site_pages

SOURCE_PREFIX = "source-"
NEVER_DELETE = f"never delete lines from {REGISTRY_DIR}/"
SECTIONS_OF_A_LIST = {"characteristics": "characteristics", "types": "types"}  # shown only while the list has entries


@dataclass(frozen=True)
class IdPlace:
    """Where an id is written in data/, and what kind of item it names."""

    kind: str  # "dimension", "term", "type", "activity", "conclusion point", "source"
    file: str
    line: int
    column: int
    field: str


def id_places(data_dir: str) -> dict[str, IdPlace]:
    """Every id in data/, by the anchor it makes (a source's anchor has the ``source-`` prefix)."""
    places: dict[str, IdPlace] = {}
    names = ["site.yml", "dimensions.yml"]
    terms = os.path.join(data_dir, "terms")
    if os.path.isdir(terms):
        names += [os.path.join("terms", name) for name in sorted(os.listdir(terms)) if name.endswith((".yml", ".yaml"))]
    for name in names:
        parsed = parse(os.path.join(data_dir, name))
        if isinstance(parsed, DataFile):
            for path, node in walk(parsed.root):
                if not path or path[-1] != "id" or not isinstance(node.value, str):
                    continue
                kind = _kind(name, path)
                anchor = f"{SOURCE_PREFIX}{node.value}" if kind == "source" else str(node.value)
                places.setdefault(anchor, IdPlace(kind, parsed.file, node.line, node.column, field_path(path)))
    return places


def _kind(file_name: str, path: Path) -> str:
    if file_name == "dimensions.yml":
        return "dimension"
    if file_name == "site.yml":
        return "source" if path[:1] == ("sources",) else "conclusion point"
    return {"types": "type", "activities": "activity"}.get(str(path[0]), "term") if len(path) > 1 else "term"


def anchor_problems(
    content: Content,
    registry: tuple[RegisteredAnchor, ...],
    redirects: tuple[PageRedirect, ...],
    places: dict[str, IdPlace],
    registry_dir: str = REGISTRY_DIR,
) -> list[DataError]:
    """Every anchor the site publishes but the registry lacks, and every registered one that broke."""
    if not registry and not os.path.isdir(registry_dir):
        return [
            DataError(
                display_path(registry_dir),
                1,
                1,
                "",
                "the folder of published link anchors is missing",
                f"run `{ADD_COMMAND}` and commit the {REGISTRY_DIR}/ folder it creates",
            )
        ]
    new = unregistered_anchors(content, registry)
    advice = _Advice(content, places, new, registry_dir)
    return [*advice.unregistered(), *advice.lost(lost_anchors(content, registry, redirects))]


@dataclass(frozen=True)
class _Advice:
    content: Content
    places: dict[str, IdPlace]
    new: list[tuple[str, str]]  # (page url, anchor id) published but not registered
    registry_dir: str

    def unregistered(self) -> Iterator[DataError]:
        """One problem per item that brings new anchors, at the item's id in data/."""
        pages = {page.url: page for page in site_pages(self.content)}
        new_pages = {url for url, page in pages.items() if self._all_new(page)}
        by_owner: dict[str, list[str]] = {}
        for url, anchor_id in self.new:
            page = pages[url]
            # a new term's page: all its anchors come with the term, so they are reported at its id
            owner = page.term_id if url in new_pages and page.term_id else self._owner(page, anchor_id)
            by_owner.setdefault(owner or f"\0{url}", []).append(f"/{url}#{anchor_id}")
        fix = f"run `{ADD_COMMAND}` and commit the changed files in {REGISTRY_DIR}/"
        for owner, links in by_owner.items():
            message = f"link anchors not registered yet: {', '.join(links)}"
            place = self.places.get(owner)
            if place is None:  # a section of a page, not an item of the data
                file = display_path(os.path.join(self.registry_dir, registry_file(owner.lstrip("\0"))))
                yield DataError(file, 1, 1, "", message, fix)
            else:
                yield DataError(place.file, place.line, place.column, place.field, message, fix)

    def _owner(self, page: SitePage, anchor_id: str) -> str | None:
        if anchor_id in self.places:
            return anchor_id
        if anchor_id.startswith(DIFFERENCE_PREFIX) and anchor_id.removeprefix(DIFFERENCE_PREFIX) in self.places:
            return anchor_id.removeprefix(DIFFERENCE_PREFIX)
        return page.term_id if page.kind == "term" else None

    def lost(self, lost: list[tuple[RegisteredAnchor, str | None]]) -> Iterator[DataError]:
        pages = {page.url: page for page in site_pages(self.content)}
        order = list(pages)
        # in page order, so that a dimension's fix is given at its comparison row, not at its question
        lost = sorted(lost, key=lambda item: order.index(item[1]) if item[1] in pages else len(order))
        gone: dict[str, list[RegisteredAnchor]] = {}
        said: set[tuple[str, str]] = set()
        for anchor, url in lost:
            if url is None:
                gone.setdefault(anchor.page_url, []).append(anchor)
                continue
            page = pages[url]
            subject = _subject(page, anchor.id)
            key = self._item_key(page, subject)
            if key in said:
                continue
            said.add(key)
            message, fix = self._lost_on_page(page, anchor.id, subject)
            yield DataError(anchor.file, anchor.line, 1, "", message, fix)
        for old_url, anchors in gone.items():
            first = anchors[0]
            yield DataError(first.file, first.line, 1, "", *self._page_gone(old_url, len(anchors)))

    def _item_key(self, page: SitePage, subject: str) -> tuple[str, str]:
        """What a lost anchor's fix is about: a dimension or a term gone from several pages is one fix."""
        if page.kind in DIMENSION_PAGES and subject not in {d.id for d in self.content.dimensions}:
            return ("dimension", subject)  # its table row, key difference and question
        if page.kind in TERM_PAGES and subject not in {t.id for t in self.content.terms}:
            return ("term", subject)  # its card on the home page and its glossary entry
        return (page.url, subject)

    def _lost_on_page(self, page: SitePage, anchor_id: str, subject: str) -> tuple[str, str]:
        link = f"/{page.url}#{anchor_id}"
        message = f"{link} was published, but nothing on the page has that id any more"
        if page.kind == "comparison":
            return message, self._dimension_fix(subject)
        if page.kind == "choose" and subject in {d.id for d in self.content.dimensions}:
            return message, f"give the dimension '{subject}' its question: back in data/dimensions.yml; {NEVER_DELETE}"
        if page.kind == "choose":
            return message, self._alias_fix(subject, ("dimension",), "in data/dimensions.yml", "comparison/")
        if page.kind == "term" and page.term_id is not None:
            term = self.content.term(page.term_id)
            if anchor_id in SECTIONS_OF_A_LIST:
                return (
                    f"{link} was published, but the term has no {anchor_id} any more",
                    f"keep at least one entry under {anchor_id}: in {term.source_file}",
                )
            return message, self._alias_fix(anchor_id, ("type", "activity"), f"in {term.source_file}", page.url)
        if page.kind == "home":
            return message, self._alias_fix(anchor_id, ("term",), "in its file in data/terms/", page.url)
        if page.kind == "glossary":
            fix = self._alias_fix(anchor_id, ("term", "type"), "in data/terms/", page.url)
            return message, (
                f'if it was an entry of data/glossary.yml, give an entry the id "{anchor_id}" again (entries keep '
                f"no former ids); if it was a term or a type, {fix}"
            )
        if page.kind == "conclusion" and anchor_id.startswith(SOURCE_PREFIX):
            return message, (
                f'give a source under sources: in data/site.yml the id "{anchor_id.removeprefix(SOURCE_PREFIX)}" '
                f"again (sources keep no former ids); {NEVER_DELETE}"
            )
        if page.kind == "conclusion":
            return message, (
                f'give a point under conclusion: points: in data/site.yml the id "{anchor_id}" again '
                f"(conclusion points keep no former ids); {NEVER_DELETE}"
            )
        return message, f"restore the section with that id; {NEVER_DELETE}"

    def _dimension_fix(self, dimension_id: str) -> str:
        # Every dimension is a table row and a key difference, so a lost anchor means a lost id.
        return self._alias_fix(dimension_id, ("dimension",), "in data/dimensions.yml", "comparison/")

    def _alias_fix(self, old_id: str, kinds: tuple[str, ...], where: str, page_url: str) -> str:
        """Keep the old id as an alias, of the one new item on the page when there is exactly one."""
        candidates = [
            anchor_id
            for url, anchor_id in self.new
            if url == page_url and anchor_id in self.places and self.places[anchor_id].kind in kinds
        ]
        if len(candidates) == 1:
            place = self.places[candidates[0]]
            return (
                f"if it was renamed to '{candidates[0]}', add \"{old_id}\" to the aliases of that {place.kind} "
                f'({place.file}:{place.line}): aliases: ["{old_id}"]; if it was removed, add it to the aliases '
                f"of the {place.kind} that covers it now; {NEVER_DELETE}"
            )
        kind = " or ".join(kinds)
        return (
            f'add "{old_id}" to the aliases of the {kind} that has taken its place, {where}: '
            f'aliases: ["{old_id}"]; {NEVER_DELETE}'
        )

    def _page_gone(self, old_url: str, count: int) -> tuple[str, str]:
        message = f"the page /{old_url} is gone, so the {count} links published for it are broken"
        new_pages = [page.url for page in site_pages(self.content) if page.kind == "term" and self._all_new(page)]
        target = new_pages[0] if len(new_pages) == 1 else "<new path>/"
        return message, (
            f'if the page moved, add {{from: "{old_url}", to: "{target}"}} to the list under redirects: in '
            f"data/redirects.yml; {NEVER_DELETE}"
        )

    def _all_new(self, page: SitePage) -> bool:
        """True when none of the page's anchors is registered: the page itself is new."""
        new = set(self.new)
        return all((page.url, anchor.id) in new for anchor in page_anchors(self.content, page))


# Pages whose item anchors are dimension ids (and their aliases): one dimension, one fix.
DIMENSION_PAGES = ("comparison", "choose")
# Pages whose item anchors are term ids (and their aliases).
TERM_PAGES = ("home", "glossary")


def _subject(page: SitePage, anchor_id: str) -> str:
    """The item an anchor belongs to: a key difference's anchor belongs to its dimension."""
    if page.kind == "comparison" and anchor_id.startswith(DIFFERENCE_PREFIX):
        return anchor_id.removeprefix(DIFFERENCE_PREFIX)
    return anchor_id
