"""The typed content model: what the data files say, after validation.

Every text is a ``Text`` holding one string per site language, so a missing
translation cannot reach a page. Instances are frozen: views read them, never change them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

View = Literal["table", "key-differences", "infographic"]
VIEWS: tuple[View, ...] = ("table", "key-differences", "infographic")
# Every dimension is a row of the table and a sentence in the key-differences list; the data
# lists only the views a dimension is in besides those (shown_in).
EVERY_DIMENSION_VIEWS: frozenset[View] = frozenset({"table", "key-differences"})

TermField = Literal["full_name", "definition", "activities"]
TERM_FIELDS: tuple[TermField, ...] = ("full_name", "definition", "activities")

PageKey = Literal["home", "comparison", "conclusion", "infographic", "choose", "buying", "glossary"]
PAGE_KEYS: tuple[PageKey, ...] = ("home", "comparison", "conclusion", "infographic", "choose", "buying", "glossary")


@dataclass(frozen=True)
class Text:
    """One piece of text in every site language."""

    by_language: Mapping[str, str]

    def __call__(self, language: str) -> str:
        return self.by_language[language]


@dataclass(frozen=True)
class TermType:
    """A variant of a term, such as offshore BPO."""

    id: str
    name: Text
    description: Text
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Activity:
    """A kind of work a term covers, with optional examples."""

    id: str
    name: Text
    examples: tuple[Text, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    """Where the site's facts come from; ``url`` is an https: address when there is one.

    The source article (data/site.yml) has a title only; a public source (data/sources.yml)
    also has its publisher, its address, the language it is written in and the date it was read.
    """

    id: str
    title: Text
    url: str | None = None
    publisher: Text | None = None
    language: str | None = None
    read: str | None = None  # ISO date, e.g. 2026-11-30


@dataclass(frozen=True)
class Term:
    """One outsourcing model: a column of the comparison and a definition page."""

    id: str
    order: int
    abbreviation: str
    full_name: Text
    definition: Text
    characteristics: tuple[Text, ...]
    types: tuple[TermType, ...]
    activities: tuple[Activity, ...]
    source_file: str
    sources: tuple[Source, ...] = ()  # where this term's facts come from
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """One answer to a guide question, pointing to the term it suggests, or to none (``term_id`` None)."""

    text: Text
    term_id: str | None = None


@dataclass(frozen=True)
class Question:
    """The decision guide's question about a dimension, asked of the reader's own work."""

    text: Text
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class Dimension:
    """One aspect the terms are compared on: a table row, a key difference, an infographic band.

    Its values are either written per term (``values``) or taken from a field of each
    term (``from_term``), so that a term's full name or definition is stated only once.
    ``contrast`` says in one sentence how the terms differ: the key difference, which links
    to the row rather than repeating its values.
    """

    id: str
    label: Text
    contrast: Text
    shown_in: frozenset[View]  # always the table and the key differences; the infographic if marked
    values: Mapping[str, Text]  # term id -> value; empty when from_term is set
    from_term: TermField | None = None
    aliases: tuple[str, ...] = ()
    question: Question | None = None


@dataclass(frozen=True)
class Fact:
    """A fact from beyond the source article, with the public sources that support it (ids)."""

    text: Text
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class GlossaryEntry:
    """A term the pages use, explained once; its ``id`` is its anchor on the glossary page.

    ``from_article`` entries take their words from a term or type of data/terms/ and are the
    source article's; the others name their public sources in ``source_ids``. ``forms`` are the
    words (per language) whose first use on a page links to the entry.
    """

    id: str
    name: Text
    definition: Text
    abbreviation: Text | None
    forms: Mapping[str, tuple[str, ...]]
    source_ids: tuple[str, ...] = ()
    from_article: bool = False
    aliases: tuple[str, ...] = ()  # a term's or type's former ids, which still lead to the entry


@dataclass(frozen=True)
class BuyingTopic:
    """One subject a buyer should know about: facts, and for a risk, how to manage it."""

    id: str
    heading: Text
    facts: tuple[Fact, ...]
    measures: tuple[Fact, ...] = ()
    glossary_id: str | None = None  # a glossary entry whose definition opens the topic


@dataclass(frozen=True)
class BuyingSection:
    id: str
    heading: Text
    topics: tuple[BuyingTopic, ...]


@dataclass(frozen=True)
class BuyerGuide:
    """What a buyer needs beyond the source article (data/buying.yml)."""

    sections: tuple[BuyingSection, ...]
    article_dimension_ids: tuple[str, ...]  # comparison dimensions recalled as the article's


@dataclass(frozen=True)
class PageText:
    title: Text
    description: Text


@dataclass(frozen=True)
class ConclusionPoint:
    id: str
    text: Text


@dataclass(frozen=True)
class Intro:
    heading: Text
    paragraphs: tuple[Text, ...]
    examples_heading: Text
    examples: tuple[Text, ...]


@dataclass(frozen=True)
class Conclusion:
    points: tuple[ConclusionPoint, ...]
    dimension_ids: tuple[str, ...]


@dataclass(frozen=True)
class Content:
    """Everything the site says, validated and cross-checked."""

    languages: tuple[str, ...]
    title: Text
    description: Text
    sources: tuple[Source, ...]  # the source article (data/site.yml), which the terms and texts cite
    intro: Intro
    conclusion: Conclusion
    pages: Mapping[PageKey, PageText]
    ui: Mapping[str, Text]
    terms: tuple[Term, ...]  # in display order
    dimensions: tuple[Dimension, ...]  # in display order
    public_sources: tuple[Source, ...] = ()  # data/sources.yml
    glossary: tuple[GlossaryEntry, ...] = ()  # data/glossary.yml, in display order
    buying: BuyerGuide = BuyerGuide((), ())

    def term(self, term_id: str) -> Term:
        for term in self.terms:
            if term.id == term_id:
                return term
        raise KeyError(term_id)

    def dimension(self, dimension_id: str) -> Dimension:
        for dimension in self.dimensions:
            if dimension.id == dimension_id:
                return dimension
        raise KeyError(dimension_id)

    def dimensions_in(self, view: View) -> tuple[Dimension, ...]:
        return tuple(d for d in self.dimensions if view in d.shown_in)

    def questions(self) -> tuple[Dimension, ...]:
        """The dimensions that carry a question for the decision guide, in display order."""
        return tuple(d for d in self.dimensions if d.question is not None)

    def source(self, source_id: str) -> Source:
        for source in (*self.sources, *self.public_sources):
            if source.id == source_id:
                return source
        raise KeyError(source_id)
