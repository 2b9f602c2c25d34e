"""The glossary page's entries, in the alphabetical order of each language."""

from __future__ import annotations

from dataclasses import dataclass

from bpokpo.citations import Citation, article_citations, citations
from bpokpo.model import Content, GlossaryEntry

# Swedish sorts å, ä and ö after z, in that order; other letters by their place in Unicode.
_COLLATION = {"sv": str.maketrans({"å": "z{", "ä": "z|", "ö": "z}", "é": "e", "ü": "y"})}


@dataclass(frozen=True)
class EntryView:
    id: str
    headword: str  # the abbreviation where there is one, else the name
    abbreviation: str | None
    name: str
    definition: str
    citations: tuple[Citation, ...]
    from_article: bool
    aliases: tuple[str, ...]


def sort_key(text: str, language: str) -> str:
    folded = text.casefold()
    table = _COLLATION.get(language)
    return folded.translate(table) if table else folded


def entry_view(content: Content, entry: GlossaryEntry, language: str) -> EntryView:
    abbreviation = entry.abbreviation(language) if entry.abbreviation else None
    return EntryView(
        entry.id,
        abbreviation or entry.name(language),
        abbreviation,
        entry.name(language),
        entry.definition(language),
        article_citations(content, language) if entry.from_article else citations(content, entry.source_ids, language),
        entry.from_article,
        entry.aliases,
    )


def glossary_entries(content: Content, language: str) -> tuple[EntryView, ...]:
    views = (entry_view(content, entry, language) for entry in content.glossary)
    return tuple(sorted(views, key=lambda view: sort_key(view.headword, language)))
