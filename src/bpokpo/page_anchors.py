"""The anchors each page publishes: what a reader can put after ``#`` in a link to it.

Mirrors the templates: section headings with fixed ids, and one anchor per data item
(term, type, activity, dimension, conclusion point, source) with its former ids. The
site build tests check that every anchor listed here is on the built page, in every
language, so this list and the templates cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from bpokpo.anchors import difference_anchor
from bpokpo.citations import cited_source_ids
from bpokpo.model import Content
from bpokpo.site_map import SitePage

PAGE_TITLE = "page-title"


@dataclass(frozen=True)
class PageAnchor:
    """One link target on a page: its id, and the former ids that still lead to it."""

    id: str
    aliases: tuple[str, ...] = ()


def page_anchors(content: Content, page: SitePage) -> tuple[PageAnchor, ...]:
    """Every anchor of ``page``, section by section (on the comparison, the rows before the key differences)."""
    anchors = [PageAnchor(PAGE_TITLE)]
    if page.kind == "home":
        anchors.append(PageAnchor("at-a-glance"))
        anchors += [PageAnchor(term.id, term.aliases) for term in content.terms]
        anchors += [PageAnchor("next-steps"), PageAnchor("outsourcing")]
    elif page.kind == "term" and page.term_id is not None:
        term = content.term(page.term_id)
        anchors.append(PageAnchor("term-definition"))
        if term.characteristics:
            anchors.append(PageAnchor("characteristics"))
        if term.types:
            anchors.append(PageAnchor("types"))
            anchors += [PageAnchor(item.id, item.aliases) for item in term.types]
        anchors.append(PageAnchor("activities"))
        anchors += [PageAnchor(item.id, item.aliases) for item in term.activities]
        anchors.append(PageAnchor("profile"))
    elif page.kind == "comparison":
        # The rows first, though the key differences come first on the page: a row's id is the
        # dimension's lasting address, so it is the one registered and reported first.
        anchors.append(PageAnchor("head-to-head"))
        anchors += [PageAnchor(dimension.id, dimension.aliases) for dimension in content.dimensions]
        anchors.append(PageAnchor("key-differences"))
        anchors += [
            PageAnchor(difference_anchor(dimension.id), tuple(difference_anchor(alias) for alias in dimension.aliases))
            for dimension in content.dimensions
        ]
        anchors.append(PageAnchor("downloads"))
    elif page.kind == "infographic":
        anchors.append(PageAnchor("downloads"))
    elif page.kind == "conclusion":
        anchors += [PageAnchor(point.id) for point in content.conclusion.points]
        anchors.append(PageAnchor("sources"))
        anchors += [PageAnchor(f"source-{source.id}") for source in content.sources]
    elif page.kind == "choose":
        anchors.append(PageAnchor("guide-questions"))
        anchors += [PageAnchor(dimension.id, dimension.aliases) for dimension in content.questions()]
        anchors.append(PageAnchor("guide-result"))
    elif page.kind == "buying":
        anchors += _buying_anchors(content)
    elif page.kind == "glossary":
        anchors += [PageAnchor(entry.id, entry.aliases) for entry in content.glossary]
        anchors.append(PageAnchor("downloads"))
    return tuple(anchors)


def _buying_anchors(content: Content) -> list[PageAnchor]:
    anchors = [PageAnchor("from-the-article")] if content.buying.article_dimension_ids else []
    for section in content.buying.sections:
        anchors.append(PageAnchor(section.id))
        anchors += [PageAnchor(topic.id) for topic in section.topics]
    anchors.append(PageAnchor("sources"))
    article = [source.id for source in content.sources] if content.buying.article_dimension_ids else []
    anchors += [PageAnchor(f"source-{source_id}") for source_id in (*article, *cited_source_ids(content, "buying"))]
    return anchors


def reachable_ids(anchors: tuple[PageAnchor, ...]) -> frozenset[str]:
    """Every fragment that lands on something: current ids and former ids."""
    return frozenset(name for anchor in anchors for name in (anchor.id, *anchor.aliases))
