"""Placeholders in the site's texts, so that what they count and list follows the data.

A text in data/site.yml may write ``{terms}`` for the compared terms ("BPO och KPO", "BPO,
KPO and ITO"), ``{terms_or}`` for the same joined with "or", and ``{term_count}``,
``{infographic_count}`` or ``{key_difference_count}`` for a number, written as a word. The
words come from ``words:`` in data/site.yml, so each language joins and counts in its own
words. Texts are rendered once, when the data is loaded; everything that shows them escapes
them as it escapes any other text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
NAMES = ("terms", "terms_or", "term_count", "infographic_count", "key_difference_count")
# Only a whole sentence starts with a capital: at the start of a text, or after . ! or ?
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)$")


@dataclass(frozen=True)
class Words:
    """How one language joins a list and writes numbers (``numbers[n]`` is the word for n)."""

    and_: str
    or_: str
    numbers: tuple[str, ...]

    def join(self, items: Sequence[str], conjunction: str) -> str:
        if len(items) < 2:
            return "".join(items)
        return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"

    def number(self, count: int) -> str:
        return self.numbers[count] if count < len(self.numbers) else str(count)


@dataclass(frozen=True)
class Counts:
    """What the placeholders stand for, the same in every language."""

    abbreviations: tuple[str, ...]  # of the terms, in display order
    infographic: int
    key_differences: int


def words_of(site_words: Mapping[str, Any], language: str) -> Words:
    """The ``words:`` mapping of data/site.yml, in one language."""
    return Words(
        site_words["and"][language],
        site_words["or"][language],
        tuple(number[language] for number in site_words["numbers"]),
    )


def render(text: str, words: Words, counts: Counts) -> str:
    """``text`` with each placeholder replaced; a number word that starts a sentence gets a capital."""
    values = {
        "terms": words.join(counts.abbreviations, words.and_),
        "terms_or": words.join(counts.abbreviations, words.or_),
        "term_count": words.number(len(counts.abbreviations)),
        "infographic_count": words.number(counts.infographic),
        "key_difference_count": words.number(counts.key_differences),
    }

    def value(match: re.Match[str]) -> str:
        rendered = values[match.group(1)]
        at_start = _SENTENCE_START.search(text[: match.start()]) is not None
        return rendered[:1].upper() + rendered[1:] if at_start else rendered

    return PLACEHOLDER.sub(value, text)


def render_texts(value: Any, languages: tuple[str, ...], words: Mapping[str, Words], counts: Counts) -> Any:
    """A copy of a data file's plain value with every text, in each of its languages, rendered."""
    if isinstance(value, dict):
        if value and set(value) == set(languages) and all(isinstance(text, str) for text in value.values()):
            return {language: render(text, words[language], counts) for language, text in value.items()}
        return {key: render_texts(child, languages, words, counts) for key, child in value.items()}
    if isinstance(value, list):
        return [render_texts(child, languages, words, counts) for child in value]
    return value
