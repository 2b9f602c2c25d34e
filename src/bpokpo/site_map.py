"""The pages of the site: one per fixed topic, plus one definition page per term."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

from bpokpo.model import Content, PageKey, Source, Text

PageKind = Literal["home", "term", "comparison", "conclusion", "infographic", "choose", "buying", "glossary"]


@dataclass(frozen=True)
class SitePage:
    """A page of the site, the same path in every language."""

    kind: PageKind
    source: str  # Markdown source path inside docs/, e.g. "comparison.md"
    url: str  # path relative to the language root, e.g. "comparison/"
    title: Text
    description: Text
    data_files: tuple[str, ...]  # below data/, the file holding most of the page's facts first
    sources: tuple[Source, ...]  # where the page's facts come from
    term_id: str | None = None


FIXED_PAGES: tuple[tuple[PageKey, str], ...] = (
    ("home", "index.md"),
    ("comparison", "comparison.md"),
    ("infographic", "infographic.md"),
    ("conclusion", "conclusion.md"),
    ("choose", "choose.md"),
    ("buying", "buying.md"),
    ("glossary", "glossary.md"),
)

# The data files each fixed page shows facts from ("terms" stands for every term file).
PAGE_DATA: dict[PageKey, tuple[str, ...]] = {
    "home": ("site.yml", "terms"),
    "comparison": ("dimensions.yml", "terms"),
    "infographic": ("dimensions.yml", "terms"),
    "conclusion": ("site.yml", "dimensions.yml", "terms"),
    "choose": ("dimensions.yml", "site.yml", "terms"),
    "buying": ("buying.yml", "sources.yml", "glossary.yml", "dimensions.yml", "terms"),
    "glossary": ("glossary.yml", "sources.yml", "terms"),
}


def term_source(term_id: str) -> str:
    return f"{term_id}.md"


def site_pages(content: Content) -> tuple[SitePage, ...]:
    """Every page in navigation order: home, the terms, then the comparison pages."""
    pages: list[SitePage] = []
    for key, source in FIXED_PAGES:
        text = content.pages[key]
        files = tuple(
            file for name in PAGE_DATA[key] for file in (_term_files(content) if name == "terms" else (name,))
        )
        pages.append(SitePage(key, source, _url(source), text.title, text.description, files, _all_sources(content)))
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
    files = (_term_file(term.source_file), "dimensions.yml")
    return SitePage("term", source, _url(source), title, description, files, term.sources, term.id)


def _all_sources(content: Content) -> tuple[Source, ...]:
    """The site's sources and every term's, each once: what a page about all the terms rests on."""
    unique: dict[str, Source] = {}
    for source in (*content.sources, *(source for term in content.terms for source in term.sources)):
        unique.setdefault(source.id, source)
    return tuple(unique.values())


def _term_file(source_file: str) -> str:
    return f"terms/{os.path.basename(source_file)}"


def _term_files(content: Content) -> tuple[str, ...]:
    return tuple(_term_file(term.source_file) for term in content.terms)


def _url(source: str) -> str:
    stem = source.removesuffix(".md")
    return "" if stem == "index" else f"{stem}/"


def page_for_source(content: Content, source: str) -> SitePage | None:
    for page in site_pages(content):
        if page.source == source:
            return page
    return None
