"""Sources as readers see them beside a fact, and in a page's list of sources."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bpokpo.model import Content, Source


@dataclass(frozen=True)
class Citation:
    id: str
    title: str
    url: str | None
    publisher: str | None
    language: str | None  # of the source, for hreflang
    read: str | None
    from_article: bool  # the source article (data/site.yml), not a public source


def citation(content: Content, source: Source, language: str) -> Citation:
    article = source in content.sources
    return Citation(
        source.id,
        source.title(language),
        source.url,
        source.publisher(language) if source.publisher else None,
        source.language,
        source.read,
        article,
    )


def citations(content: Content, source_ids: Iterable[str], language: str) -> tuple[Citation, ...]:
    return tuple(citation(content, content.source(source_id), language) for source_id in source_ids)


def article_citations(content: Content, language: str) -> tuple[Citation, ...]:
    """The source article, for facts that are its own."""
    return tuple(citation(content, source, language) for source in content.sources)


def cited_source_ids(content: Content, kind: str) -> tuple[str, ...]:
    """The public sources a page cites, in the order of first citation (buying/ and glossary/)."""
    ids: list[str] = []
    if kind == "buying":
        for section in content.buying.sections:
            for topic in section.topics:
                entry = next((e for e in content.glossary if e.id == topic.glossary_id), None)
                opening = entry.source_ids if entry else ()
                ids += [*opening, *(i for fact in (*topic.facts, *topic.measures) for i in fact.source_ids)]
    elif kind == "glossary":
        ids += [source_id for entry in content.glossary for source_id in entry.source_ids]
    article = {source.id for source in content.sources}
    return tuple(dict.fromkeys(i for i in ids if i not in article))
