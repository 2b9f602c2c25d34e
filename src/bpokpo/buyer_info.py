"""The buyer information page (buying/): topics whose every fact shows its sources beside it."""

from __future__ import annotations

from dataclasses import dataclass

from bpokpo.citations import Citation, citations
from bpokpo.glossary import entry_view
from bpokpo.model import Content, Fact


@dataclass(frozen=True)
class FactView:
    text: str
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class TopicView:
    id: str
    heading: str
    facts: tuple[FactView, ...]
    measures: tuple[FactView, ...]


@dataclass(frozen=True)
class SectionView:
    id: str
    heading: str
    topics: tuple[TopicView, ...]


def _facts(content: Content, facts: tuple[Fact, ...], language: str) -> tuple[FactView, ...]:
    return tuple(FactView(fact.text(language), citations(content, fact.source_ids, language)) for fact in facts)


def buying_sections(content: Content, language: str) -> tuple[SectionView, ...]:
    sections = []
    for section in content.buying.sections:
        topics = []
        for topic in section.topics:
            opening: tuple[FactView, ...] = ()
            entry = next((e for e in content.glossary if e.id == topic.glossary_id), None)
            if entry is not None:
                view = entry_view(content, entry, language)
                opening = (FactView(view.definition, view.citations),)
            topics.append(
                TopicView(
                    topic.id,
                    topic.heading(language),
                    opening + _facts(content, topic.facts, language),
                    _facts(content, topic.measures, language),
                )
            )
        sections.append(SectionView(section.id, section.heading(language), tuple(topics)))
    return tuple(sections)
