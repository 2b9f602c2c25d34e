"""Views: what each page shows, in one language, as plain strings for the templates.

The table, the key-differences list, the infographic and the term pages' links to the
table are all views of the same ``Dimension`` entries, so a value is edited in one place
only, and shown once: the key differences and the term pages link to its row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin

from bpokpo.anchors import difference_anchor
from bpokpo.links import relative_href
from bpokpo.model import Content, Dimension, Term
from bpokpo.public_address import address_pieces, public_site_url
from bpokpo.site_map import SitePage, site_pages


@dataclass(frozen=True)
class Value:
    """A term's value for a dimension: a phrase, or a list for multi-item values."""

    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Cell:
    term_id: str
    abbreviation: str
    value: Value


@dataclass(frozen=True)
class Row:
    id: str
    label: str
    cells: tuple[Cell, ...]
    href: str  # the dimension on the comparison page: its table row, or its key-difference item
    aliases: tuple[str, ...] = ()  # former ids, still reachable as link fragments


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class Difference:
    """A key difference: one sentence on how the terms differ, linked to its row of the table."""

    id: str  # its own anchor in the list
    label: str
    sentence: str
    row_href: str
    former_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class WayOn:
    """A page the home page leads on to: its title, what it offers, and any files to download from it."""

    link: Link
    description: str
    downloads: tuple[Link, ...] = ()


# Home page: which page kinds are led to from its definitions instead (the terms) or not at all.
_NOT_A_WAY_ON = frozenset({"home", "term"})


def dimension_value(dimension: Dimension, term: Term, language: str) -> Value:
    if dimension.from_term == "full_name":
        return Value(term.full_name(language))
    if dimension.from_term == "definition":
        return Value(term.definition(language))
    if dimension.from_term == "activities":
        names = tuple(activity.name(language) for activity in term.activities)
        return Value(", ".join(names), names)
    return Value(dimension.values[term.id](language))


class PageViews:
    """Builds the views of one page in one language."""

    def __init__(self, content: Content, language: str, page_url: str, site_url: str = "") -> None:
        self.content = content
        self.language = language
        self.page_url = page_url
        self.site_url = site_url  # this language's root, as configured; "" when unknown
        self.pages = site_pages(content)

    def ui(self, key: str) -> str:
        return self.content.ui[key](self.language)

    def href(self, kind: str, fragment: str = "", term_id: str | None = None) -> str:
        page = self._page(kind, term_id)
        return relative_href(self.page_url, page.url, fragment)

    def permalink(self, kind: str, fragment: str = "", term_id: str | None = None) -> str:
        """The absolute address of a page or of one of its anchors, for readers of a printed page."""
        url = urljoin(self.site_url, self._page(kind, term_id).url)
        return f"{url}#{fragment}" if fragment else url

    def printed_address(self, kind: str, fragment: str) -> tuple[str, ...]:
        """The public address of an anchor, short, in the pieces a printed line may break between."""
        root = public_site_url(self.site_url, self.language)
        return address_pieces(f"{urljoin(root, self._page(kind).url)}#{fragment}")

    def _page(self, kind: str, term_id: str | None = None) -> SitePage:
        return next(p for p in self.pages if p.kind == kind and p.term_id == term_id)

    def title(self, kind: str, term_id: str | None = None) -> str:
        return self._page(kind, term_id).title(self.language)

    def rows(self, dimensions: tuple[Dimension, ...]) -> tuple[Row, ...]:
        return tuple(
            Row(
                dimension.id,
                dimension.label(self.language),
                tuple(
                    Cell(term.id, term.abbreviation, dimension_value(dimension, term, self.language))
                    for term in self.content.terms
                ),
                self.href("comparison", dimension.id),
                dimension.aliases,
            )
            for dimension in dimensions
        )

    def differences(self, dimensions: tuple[Dimension, ...]) -> tuple[Difference, ...]:
        return tuple(
            Difference(
                difference_anchor(dimension.id),
                dimension.label(self.language),
                dimension.contrast(self.language),
                self.href("comparison", dimension.id),
                tuple(difference_anchor(alias) for alias in dimension.aliases),
            )
            for dimension in dimensions
        )

    def row_links(self, dimensions: tuple[Dimension, ...]) -> tuple[Link, ...]:
        """Links to the table rows of ``dimensions``, named by their labels."""
        return tuple(
            Link(dimension.label(self.language), self.href("comparison", dimension.id)) for dimension in dimensions
        )

    def term_links(self) -> tuple[Link, ...]:
        return tuple(Link(term.abbreviation, self.href("term", term_id=term.id)) for term in self.content.terms)

    def ways_on(self, downloads: Mapping[str, tuple[Link, ...]]) -> tuple[WayOn, ...]:
        """Every page of the site beyond the home and term pages, in navigation order.

        A page added later (a guide, a glossary) is offered as soon as it is in the site map.
        ``downloads`` gives, by page kind, the files offered beside that page.
        """
        return tuple(
            WayOn(
                Link(page.title(self.language), relative_href(self.page_url, page.url)),
                page.description(self.language),
                downloads.get(page.kind, ()),
            )
            for page in self.pages
            if page.kind not in _NOT_A_WAY_ON
        )
