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

TermField = Literal["full_name", "definition", "activities"]
TERM_FIELDS: tuple[TermField, ...] = ("full_name", "definition", "activities")

PageKey = Literal["home", "comparison", "conclusion", "infographic"]
PAGE_KEYS: tuple[PageKey, ...] = ("home", "comparison", "conclusion", "infographic")


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
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Dimension:
    """One aspect the terms are compared on: a table row, a key difference, an infographic band.

    Its values are either written per term (``values``) or taken from a field of each
    term (``from_term``), so that a term's full name or definition is stated only once.
    """

    id: str
    label: Text
    shown_in: frozenset[View]
    values: Mapping[str, Text]  # term id -> value; empty when from_term is set
    from_term: TermField | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Source:
    """Where the site's facts come from; ``url`` is an https: address when there is one."""

    id: str
    title: Text
    url: str | None = None


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
    sources: tuple[Source, ...]
    intro: Intro
    conclusion: Conclusion
    pages: Mapping[PageKey, PageText]
    ui: Mapping[str, Text]
    terms: tuple[Term, ...]  # in display order
    dimensions: tuple[Dimension, ...]  # in display order

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
