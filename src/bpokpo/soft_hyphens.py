"""Soft hyphens in the long words of a page, so that a narrow column breaks them with a hyphen.

A browser hyphenates with CSS ``hyphens: auto`` only where it has a dictionary for the
page's language, and Chromium on Linux and Windows has none until it has downloaded one:
there a long Swedish compound ("kunskapsprocessoutsourcingleverantörsavtal") would run out
of a phone's column, or be cut between any two letters by ``overflow-wrap``. So the build
puts soft hyphens (U+00AD) into the long words of each page's text, at their syllable
breaks (``hyphenation``). A browser breaks a word there, and shows the hyphen, only where
the word does not fit on its line; elsewhere nothing shows. MkDocs has made the search
index before this runs, so search sees the words whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bpokpo.hyphenation import syllable_breaks

SOFT_HYPHEN = "\u00ad"
# Shorter words fit every column of the site down to a 320 px phone; longer ones get breaks.
MIN_WORD_LENGTH = 12

_LONG_WORD = re.compile(rf"[^\W\d_]{{{MIN_WORD_LENGTH},}}")
_TOKEN = re.compile(r"\S+")
# A web or e-mail address, or a piece of one: its words are not hyphenated, as a hyphen
# would read as part of it (printed addresses break at their slashes instead).
_ADDRESS = re.compile(r"[/@#]|www\.")
# A tag (a quoted attribute value may hold ">") or a comment; the text lies between them.
_TAG = re.compile(r"<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.DOTALL)
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9-]*)")
# Text that is not prose set in lines: code, and SVG, whose text is placed line by line.
_SKIPPED = frozenset({"svg", "math", "code", "kbd", "pre", "template"})
_RAW_TEXT = frozenset({"script", "style", "textarea", "title"})  # their content is not markup
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
# A control named by aria-label keeps its text as written: its visible text must be part of
# its name (WCAG 2.5.3, label in name), and a soft hyphen would make the two differ. A form or
# a region named so is not a control: its text is not its name.
_LABELLED = re.compile(r"\saria-label\s*=", re.IGNORECASE)
_CONTROLS = frozenset({"a", "button", "summary"})
_CONTROL_ROLE = re.compile(
    r"\srole\s*=\s*[\"']?(button|link|menuitem|tab|option|checkbox|radio|switch|treeitem)\b", re.IGNORECASE
)


def hyphenate_text(text: str, language: str) -> str:
    """``text`` with a soft hyphen at every syllable break of its long words (addresses left whole)."""

    def soft_hyphens(match: re.Match[str]) -> str:
        word = match.group(0)
        points = syllable_breaks(word, language)
        return SOFT_HYPHEN.join(word[start:end] for start, end in zip((0, *points), (*points, len(word)), strict=True))

    def token(match: re.Match[str]) -> str:
        return match.group(0) if _ADDRESS.search(match.group(0)) else _LONG_WORD.sub(soft_hyphens, match.group(0))

    return _TOKEN.sub(token, text)


def hyphenate_html(html: str, language: str) -> str:
    """A page with soft hyphens in the long words of its text; tags, attributes and code unchanged."""
    return "".join(_hyphenated_pieces(html, language))


def _hyphenated_pieces(html: str, language: str) -> Iterator[str]:
    # The element whose text is left alone, and how many elements of its name are open
    # inside it and itself (its end tag is the one that brings this to zero).
    skipped: tuple[str, int] | None = None
    position = 0
    while tag := _TAG.search(html, position):
        text = html[position : tag.start()]
        yield text if skipped else hyphenate_text(text, language)
        markup = tag.group(0)
        yield markup
        position = tag.end()
        name_match = _TAG_NAME.match(markup)
        if not name_match:
            continue  # a comment or a doctype
        name = name_match.group(1).lower()
        closing = markup.startswith("</")
        opening = not closing and name not in _VOID and not markup.endswith("/>")
        if name in _RAW_TEXT and opening:
            # Its content is not markup: copied as it is up to its end tag, whatever it holds.
            end = re.compile(rf"</{name}\b", re.IGNORECASE).search(html, position)
            stop = end.start() if end else len(html)
            yield html[position:stop]
            position = stop
        elif skipped:
            if name == skipped[0] and (opening or closing):
                depth = skipped[1] + (1 if opening else -1)
                skipped = (name, depth) if depth else None
        elif opening and (name in _SKIPPED or (_LABELLED.search(markup) and _is_control(name, markup))):
            skipped = (name, 1)
    rest = html[position:]
    yield rest if skipped else hyphenate_text(rest, language)


def _is_control(name: str, markup: str) -> bool:
    return name in _CONTROLS or _CONTROL_ROLE.search(markup) is not None
