"""Turns data that passed its schema into the typed model.

The schema has already checked every shape and type, so these functions only convert;
they are never given a part of a file that had a schema error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bpokpo.model import (
    EVERY_DIMENSION_VIEWS,
    Activity,
    Answer,
    BuyerGuide,
    BuyingSection,
    BuyingTopic,
    Conclusion,
    ConclusionPoint,
    Dimension,
    Fact,
    GlossaryEntry,
    Intro,
    PageText,
    Question,
    Source,
    Term,
    TermType,
    Text,
)


def read_text(value: dict[str, str]) -> Text:
    return Text(dict(value))


def _texts(values: list[dict[str, str]]) -> tuple[Text, ...]:
    return tuple(read_text(value) for value in values)


def _aliases(data: dict[str, Any]) -> tuple[str, ...]:
    return tuple(data.get("aliases", ()))


def read_source(data: dict[str, Any]) -> Source:
    return Source(data["id"], read_text(data["title"]), data.get("url"))


def read_term(data: dict[str, Any], source_file: str, sources: Mapping[str, Source]) -> Term:
    """``sources``: every source a term may cite, by id (data/site.yml's and data/sources.yml's)."""
    return Term(
        id=data["id"],
        order=data["order"],
        abbreviation=data["abbreviation"],
        full_name=read_text(data["full_name"]),
        definition=read_text(data["definition"]),
        characteristics=_texts(data.get("characteristics", [])),
        types=tuple(
            TermType(item["id"], read_text(item["name"]), read_text(item["description"]), _aliases(item))
            for item in data.get("types", [])
        ),
        activities=tuple(
            Activity(item["id"], read_text(item["name"]), _texts(item.get("examples", [])), _aliases(item))
            for item in data["activities"]
        ),
        source_file=source_file,
        sources=tuple(sources[source_id] for source_id in data["sources"]),
        aliases=_aliases(data),
    )


def read_dimension(data: dict[str, Any]) -> Dimension:
    return Dimension(
        id=data["id"],
        label=read_text(data["label"]),
        contrast=read_text(data["contrast"]),
        shown_in=EVERY_DIMENSION_VIEWS | frozenset(data.get("shown_in", ())),
        values={term_id: read_text(value) for term_id, value in data.get("values", {}).items()},
        from_term=data.get("from_term"),
        aliases=_aliases(data),
        question=_question(data["question"]) if "question" in data else None,
    )


def _question(data: dict[str, Any]) -> Question:
    return Question(
        read_text(data["text"]),
        tuple(Answer(read_text(answer["text"]), answer.get("term")) for answer in data["answers"]),
    )


def read_public_sources(data: list[dict[str, Any]], languages: tuple[str, ...]) -> tuple[Source, ...]:
    """data/sources.yml's entries; a title is written once, as published, for every language."""
    return tuple(
        Source(
            item["id"],
            Text(dict.fromkeys(languages, item["title"])),
            item["url"],
            read_text(item["publisher"]),
            item["language"],
            item["read"],
        )
        for item in data
    )


def _facts(data: list[dict[str, Any]]) -> tuple[Fact, ...]:
    return tuple(Fact(read_text(item["text"]), tuple(item["sources"])) for item in data)


def read_buying(data: dict[str, Any]) -> BuyerGuide:
    return BuyerGuide(
        sections=tuple(
            BuyingSection(
                section["id"],
                read_text(section["heading"]),
                tuple(
                    BuyingTopic(
                        topic["id"],
                        read_text(topic["heading"]),
                        _facts(topic["facts"]),
                        _facts(topic.get("manage", [])),
                        topic.get("glossary"),
                    )
                    for topic in section["topics"]
                ),
            )
            for section in data["sections"]
        ),
        article_dimension_ids=tuple(data.get("from_article", ())),
    )


def _abbreviation(value: str | dict[str, str] | None, languages: tuple[str, ...]) -> Text | None:
    if value is None:
        return None
    return read_text(value) if isinstance(value, dict) else Text(dict.fromkeys(languages, value))


def read_glossary(
    data: list[dict[str, Any]], terms: tuple[Term, ...], languages: tuple[str, ...]
) -> tuple[GlossaryEntry, ...]:
    """The entries, with those that name a term or a type filled in from the term files."""
    entries: list[GlossaryEntry] = []
    types = {item.id: item for term in terms for item in term.types}
    by_id = {term.id: term for term in terms}
    for item in data:
        forms = {language: tuple(words) for language, words in item.get("forms", {}).items()}
        if "term" in item:
            term = by_id[item["term"]]
            abbreviation = Text(dict.fromkeys(languages, term.abbreviation))
            entries.append(
                GlossaryEntry(term.id, term.full_name, term.definition, abbreviation, forms, (), True, term.aliases)
            )
        elif "type" in item:
            kind = types[item["type"]]
            entries.append(GlossaryEntry(kind.id, kind.name, kind.description, None, forms, (), True, kind.aliases))
        else:
            entries.append(
                GlossaryEntry(
                    item["id"],
                    read_text(item["name"]),
                    read_text(item["definition"]),
                    _abbreviation(item.get("abbreviation"), languages),
                    forms,
                    tuple(item["sources"]),
                )
            )
    return tuple(entries)


def read_site_part(key: str, data: Any) -> object:
    """One top-level entry of data/site.yml as the model's type for it."""
    if key in ("title", "description"):
        return read_text(data)
    if key == "languages":
        return tuple(data)
    if key == "sources":
        return tuple(read_source(item) for item in data)
    if key == "intro":
        return Intro(
            read_text(data["heading"]),
            _texts(data["paragraphs"]),
            read_text(data["examples_heading"]),
            _texts(data["examples"]),
        )
    if key == "conclusion":
        return Conclusion(
            tuple(ConclusionPoint(point["id"], read_text(point["text"])) for point in data["points"]),
            tuple(data.get("dimensions", ())),
        )
    if key == "pages":
        return {page: PageText(read_text(text["title"]), read_text(text["description"])) for page, text in data.items()}
    if key == "ui":
        return {name: read_text(text) for name, text in data.items()}
    raise KeyError(key)
