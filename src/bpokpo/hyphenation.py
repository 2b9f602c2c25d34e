"""Where a long word may break: soft hyphens in the pages, break points for the preview images.

A browser hyphenates with CSS ``hyphens: auto`` only where it has a dictionary for the
page's language, and Chromium on Linux and Windows has none until it has downloaded one:
there a long Swedish compound ("kunskapsprocessoutsourcingleverantörsavtal") would run out
of a phone's column, or be cut between any two letters by ``overflow-wrap``. So the build
puts soft hyphens (U+00AD) into the long words of each page's text, at the break points of
the LibreOffice hyphenation patterns (pyphen). A browser breaks a word there, and shows
the hyphen, only when the word does not fit on the line; otherwise nothing shows. Search
is not affected: MkDocs indexes the page before this runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import pyphen

SOFT_HYPHEN = "\u00ad"
# Shorter words fit every column the site has, down to a 320 px phone; longer ones get
# break points. Each part keeps at least three letters, so no break leaves "Co-" or "-ar".
MIN_WORD_LENGTH = 12
MIN_PART_LENGTH = 3
DICTIONARIES = {"sv": "sv", "en": "en_GB"}  # the site's languages -> pyphen's dictionaries

_LONG_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD_LENGTH},}}")
# A tag (quoted attribute values may hold ">") or a comment; the text lies between them.
_TAG = re.compile(r"<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.DOTALL)
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)")
# Elements whose text is not prose to break: code, scripts, SVG (positioned text, no lines).
_SKIPPED = frozenset({"svg", "math", "code", "kbd", "pre", "template"})
_RAW_TEXT = frozenset({"script", "style", "textarea", "title"})  # their content is not markup


@cache
def _dictionary(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=DICTIONARIES.get(language, language), left=MIN_PART_LENGTH, right=MIN_PART_LENGTH)


@cache
def break_points(word: str, language: str) -> tuple[int, ...]:
    """The offsets in ``word`` where it may be hyphenated (none for a short word)."""
    if len(word) < MIN_WORD_LENGTH:
        return ()
    return tuple(_dictionary(language).positions(word))


def hyphenate_text(text: str, language: str) -> str:
    """``text`` with a soft hyphen at every break point of its long words."""

    def soft_hyphens(match: re.Match[str]) -> str:
        word = match.group(0)
        points = break_points(word, language)
        parts = [word[start:end] for start, end in zip((0, *points), (*points, len(word)), strict=True)]
        return SOFT_HYPHEN.join(parts)

    return _LONG_WORD.sub(soft_hyphens, text)


def hyphenate_html(html: str, language: str) -> str:
    """A page with soft hyphens in the long words of its text; tags, attributes and code unchanged."""
    return "".join(_hyphenated_pieces(html, language))


def _hyphenated_pieces(html: str, language: str) -> Iterator[str]:
    skipped: list[str] = []  # the open elements whose text is left alone
    position = 0
    while tag := _TAG.search(html, position):
        text = html[position : tag.start()]
        yield text if skipped else hyphenate_text(text, language)
        yield tag.group(0)
        position = tag.end()
        name_match = _TAG_NAME.match(tag.group(0))
        if not name_match:
            continue  # a comment or a doctype
        name = name_match.group(1).lower()
        if name in _RAW_TEXT and not tag.group(0).startswith("</"):
            # Its content is not markup: copy it up to its end tag, whatever it holds.
            end = re.compile(rf"</{name}\b", re.IGNORECASE).search(html, position)
            stop = end.start() if end else len(html)
            yield html[position:stop]
            position = stop
        elif name in _SKIPPED and not tag.group(0).endswith("/>"):
            if not tag.group(0).startswith("</"):
                skipped.append(name)
            elif name in skipped:
                del skipped[len(skipped) - 1 - skipped[::-1].index(name) :]
    rest = html[position:]
    yield rest if skipped else hyphenate_text(rest, language)
