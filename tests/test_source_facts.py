"""The source article's facts are all still in the data: the one place tests name today's ids.

The site was written from one article (the source listed in data/site.yml), and every fact of
it must stay on the site. Each fact below is found by the id of the entry that carries it; an
id kept under ``aliases:`` of a renamed entry counts. Rewording a fact is always fine, and
so is adding anything; only removing an entry the article's facts live in fails here.

What the article says, and where it lives in data/:
- BPO and KPO themselves: full names and definitions (terms/bpo.yml, terms/kpo.yml).
- The three kinds of BPO by where the provider is (types of bpo).
- What BPO can handle, with the sub-items the article lists, and what KPO can handle
  (activities of each term, and their examples).
- The head-to-head table's ten rows and the twelve key differences, which overlap
  (dimensions.yml: one entry per aspect).
- The conclusion's points (site.yml conclusion.points) and the commonly outsourced services
  of the introduction (site.yml intro.examples).
The introduction's and the terms' explanatory sentences carry no id and are kept by review.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bpokpo import load_content
from bpokpo.model import Content

REWORDING_IS_FINE = (
    "Rewording it is fine; only removing it is not. Restore the entry, or if you renamed it, keep "
    "the old id under aliases: of the renamed entry."
)


@dataclass(frozen=True)
class Fact:
    what: str  # the fact as the article states it
    id: str  # the entry that carries it
    term: str = ""  # for a type or an activity: the term it belongs to
    sub_items: int = 0  # for an activity: how many examples the article lists under it


SOURCE_TERMS = (
    Fact("BPO: business process outsourcing, its full name and definition", "bpo"),
    Fact("KPO: knowledge process outsourcing, its full name and definition", "kpo"),
)
SOURCE_TYPES = (
    Fact("on-shore BPO: a provider in the same country", "onshore", "bpo"),
    Fact("nearshore BPO: a provider in a neighbouring country", "nearshore", "bpo"),
    Fact("offshore BPO: a provider abroad", "offshore", "bpo"),
)
SOURCE_ACTIVITIES = (
    Fact("BPO handles human resources: training, recruitment, payroll", "human-resources", "bpo", 3),
    Fact("BPO handles customer service: call centre, help desk", "customer-service", "bpo", 2),
    Fact("BPO handles technical support", "technical-support", "bpo"),
    Fact("BPO handles technical solutions", "technical-solutions", "bpo"),
    Fact("BPO handles finance and accounting services", "finance-accounting", "bpo"),
    Fact("BPO handles website services: maintenance, updates", "website-services", "bpo", 2),
    Fact("KPO handles investment research", "investment-research", "kpo"),
    Fact("KPO handles market research", "market-research", "kpo"),
    Fact("KPO handles data analysis", "data-analysis", "kpo"),
    Fact("KPO handles business research services", "business-research", "kpo"),
    Fact("KPO handles legal process outsourcing", "legal-process-outsourcing", "kpo"),
)
# The table's ten rows and the twelve key differences: the same aspects, modelled once.
SOURCE_DIMENSIONS = (
    Fact("table row and key difference 'full form': business vs knowledge process outsourcing", "full-form"),
    Fact("table row and key difference 'definition'", "definition"),
    Fact("table row and key difference 'based on': rules vs judgement", "based-on"),
    Fact("table row and key difference 'degree of complexity': less vs highly complex", "complexity"),
    Fact("table row and key difference 'requirement': process vs knowledge expertise", "requirement"),
    Fact("table row and key difference 'driving force': volume-driven vs insight-driven", "driver"),
    Fact("table row and key difference 'coordination and collaboration': low vs high", "coordination"),
    Fact(
        "table row and key difference 'talent required': communication skills vs professional qualification", "talent"
    ),
    Fact("table row and key difference 'focus': low-level vs high-level processes", "focus"),
    Fact("table row and key difference 'services' offered by each", "services"),
    Fact("key difference: cost arbitrage vs knowledge arbitrage", "arbitrage"),
    Fact("key difference: predefined process vs applied business understanding", "process"),
)
SOURCE_CONCLUSION = (
    Fact("conclusion: companies choose KPO or BPO by their needs", "choose-by-need"),
    Fact("conclusion: KPO is an extended version of BPO", "kpo-extends-bpo"),
    Fact("conclusion: BPO alone is fading; providers now offer KPO and BPO together", "combined-offering"),
)
# Marketing, operations, human resources, technical support, customer support.
SOURCE_INTRO_EXAMPLES = 5


def ids(item: Any) -> set[str]:
    """An entry's id and its former ids (a conclusion point has none)."""
    return {str(item.id), *getattr(item, "aliases", ())}


def missing(fact: Fact, where: str) -> str:
    return (
        f"The source article's fact '{fact.what}' is gone: no entry with the id '{fact.id}' {where}. "
        + REWORDING_IS_FINE
    )


def has(entries: tuple[Any, ...], fact: Fact) -> bool:
    return any(fact.id in ids(entry) for entry in entries)


@pytest.fixture(scope="module")
def content(project: Path) -> Content:
    return load_content(str(project / "data"))


def test_the_terms_of_the_article_are_there(content: Content) -> None:
    for fact in SOURCE_TERMS:
        assert has(content.terms, fact), missing(fact, "in data/terms/")


def test_the_three_types_of_bpo_are_there(content: Content) -> None:
    for fact in SOURCE_TYPES:
        [term] = [term for term in content.terms if fact.term in ids(term)]
        assert has(term.types, fact), missing(fact, f"under types: of {term.source_file}")


def test_what_each_term_handles_is_there_with_every_sub_item(content: Content) -> None:
    for fact in SOURCE_ACTIVITIES:
        [term] = [term for term in content.terms if fact.term in ids(term)]
        found = [activity for activity in term.activities if fact.id in ids(activity)]
        assert found, missing(fact, f"under activities: of {term.source_file}")
        assert len(found[0].examples) >= fact.sub_items, (
            f"The source article's fact '{fact.what}' lists {fact.sub_items} examples, but the activity "
            f"'{found[0].id}' in {term.source_file} has {len(found[0].examples)}. " + REWORDING_IS_FINE
        )


def test_every_row_of_the_table_and_every_key_difference_is_there(content: Content) -> None:
    for fact in SOURCE_DIMENSIONS:
        assert has(content.dimensions, fact), missing(fact, "in data/dimensions.yml")


def test_the_points_of_the_conclusion_are_there(content: Content) -> None:
    for fact in SOURCE_CONCLUSION:
        points = content.conclusion.points
        assert has(points, fact), missing(fact, "under conclusion: points: in data/site.yml")


def test_the_services_commonly_outsourced_are_there(content: Content) -> None:
    count = len(content.intro.examples)
    assert count >= SOURCE_INTRO_EXAMPLES, (
        f"The source article names {SOURCE_INTRO_EXAMPLES} services commonly outsourced (marketing, operations, "
        f"human resources, technical support, customer support), but data/site.yml's intro: examples: has {count}. "
        + REWORDING_IS_FINE
    )
