"""The pages of the site: one per fixed topic, plus one definition page per term."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bpokpo.model import Content, PageKey, Text

PageKind = Literal["home", "term", "comparison", "conclusion", "infographic"]


@dataclass(frozen=True)
class SitePage:
    """A page of the site, the same path in every language."""

    kind: PageKind
    source: str  # Markdown source path inside docs/, e.g. "comparison.md"
    url: str  # path relative to the language root, e.g. "comparison/"
    title: Text
    description: Text
    term_id: str | None = None


FIXED_PAGES: tuple[tuple[PageKey, str], ...] = (
    ("home", "index.md"),
    ("comparison", "comparison.md"),
    ("infographic", "infographic.md"),
    ("conclusion", "conclusion.md"),
)


def term_source(term_id: str) -> str:
    return f"{term_id}.md"


def site_pages(content: Content) -> tuple[SitePage, ...]:
    """Every page in navigation order: home, the terms, then the comparison pages."""
    pages: list[SitePage] = []
    for key, source in FIXED_PAGES:
        text = content.pages[key]
        pages.append(SitePage(key, source, _url(source), text.title, text.description))
        if key == "home":
            pages.extend(_term_page(content, term.id) for term in content.terms)
    return tuple(pages)


def _term_page(content: Content, term_id: str) -> SitePage:
    term = content.term(term_id)
    prefix = content.ui["term_page_title"]
    title = Text({language: f"{prefix(language)} {term.abbreviation}?" for language in content.languages})
    description = Text(
        {
            language: f"{term.full_name(language)} ({term.abbreviation}): {term.definition(language)}"
            for language in content.languages
        }
    )
    source = term_source(term.id)
    return SitePage("term", source, _url(source), title, description, term.id)


def _url(source: str) -> str:
    stem = source.removesuffix(".md")
    return "" if stem == "index" else f"{stem}/"


def page_for_source(content: Content, source: str) -> SitePage | None:
    for page in site_pages(content):
        if page.source == source:
            return page
    return None
