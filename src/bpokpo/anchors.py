"""Anchor ids: the fragments readers put in links, so they must never change by accident."""

from __future__ import annotations

import re

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Section anchors the templates write themselves; data ids must not take them.
SECTION_IDS = frozenset(
    {
        "page-title",
        "outsourcing",
        "at-a-glance",
        "next-steps",
        "term-definition",
        "characteristics",
        "types",
        "activities",
        "profile",
        "head-to-head",
        "key-differences",
        "conclusion",
        "sources",
        "downloads",
        "infographic-caption",
        "guide-questions",
        "guide-result",
        "from-the-article",
    }
)

# The glossary page's own sections; an entry's anchor may be any other id, even one that is
# a section of another page (such as "outsourcing"), since anchors only need to be unique per page.
GLOSSARY_SECTION_IDS = frozenset({"page-title", "downloads"})

# Every dimension is a table row, which has the dimension's own id, and a sentence in the
# key-differences list, which takes this prefix so that the two never collide.
DIFFERENCE_PREFIX = "difference-"


def difference_anchor(dimension_id: str) -> str:
    return DIFFERENCE_PREFIX + dimension_id
