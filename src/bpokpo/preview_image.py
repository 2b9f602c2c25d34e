"""The image a shared link shows: 1200 by 630 pixels, made from the data for every page and language.

A page's image shows the site's name, the page's title and, below it, the page's
description; the comparison page shows its key contrasts instead, one row per dimension
of the infographic, each term's value in its own column, as many rows as fit. Text is
measured with ``text_metrics`` (DejaVu Sans, the font the PNG is rendered with), so every
line fits: a long title wraps, and takes a smaller size when it needs one; a word too long
for its line breaks at a syllable break, with a hyphen. The image's alt text says what it
shows. The SVG comes from ``templates/preview.svg.j2`` (autoescaped), the PNG from
``raster``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bpokpo.hyphenation import syllable_breaks
from bpokpo.model import Content
from bpokpo.raster import svg_to_png
from bpokpo.render import environment
from bpokpo.site_map import SitePage, site_pages
from bpokpo.text_metrics import Weight, text_width
from bpokpo.views import dimension_value

# Geometry, in pixels of the image.
WIDTH = 1200
HEIGHT = 630  # 1.91:1, the size Open Graph and large Twitter cards show without cropping
MARGIN = 64  # left and right
BAND_HEIGHT = 96  # the coloured band with the site's name
NAME_SIZE = 34
TITLE_TOP = BAND_HEIGHT + 44  # from the image's top to the title's first line box
TITLE_SIZES = (64, 56, 48, 42, 36)  # the largest that fits is taken
TITLE_MAX_LINES = 3
LINE_HEIGHT = 1.2  # line box, in font sizes
GAP = 28  # between the title and what comes below
BOTTOM = HEIGHT - 44  # nothing is drawn below this line but the bottom rule
RULE_HEIGHT = 12  # the coloured rule at the bottom edge
DESCRIPTION_SIZES = (32, 30, 28, 26, 24)
CONTRAST_SIZES = (26, 24, 22, 20)  # the key contrasts
CONTRAST_LABEL_SHARE = 0.3  # of the text width, for the dimension's name
CONTRAST_COLUMN_GAP = 24
CONTRAST_ROW_PADDING = 10  # above and below each row's text
CONTRAST_CELL_LINES = 2  # a value or label wraps to at most this many lines
MIN_CONTRAST_ROWS = 2
ELLIPSIS = "…"
HYPHEN = "-"

TEXT_WIDTH = WIDTH - 2 * MARGIN


@dataclass(frozen=True)
class Line:
    text: str
    x: float
    y: float  # baseline
    size: float
    weight: Weight
    role: str  # the class in the SVG: name, title, body, label, head, value


@dataclass(frozen=True)
class Rule:
    y: float


@dataclass(frozen=True)
class PreviewCard:
    """What the image shows, placed; ``alt`` says the same in words."""

    lines: tuple[Line, ...]
    rules: tuple[Rule, ...]  # hairlines between the contrast rows
    alt: str
    language: str

    width: int = WIDTH
    height: int = HEIGHT
    band_height: int = BAND_HEIGHT
    rule_height: int = RULE_HEIGHT


def set_lines(text: str, width: float, size: float, weight: Weight, language: str) -> tuple[str, ...]:
    """``text`` in lines no wider than ``width``.

    Lines break between words; a word longer than a line breaks at a syllable break, with a
    hyphen, and only a word that has no syllable break narrow enough breaks between letters.
    """

    def fits(candidate: str) -> bool:
        return text_width(candidate, size, weight) <= width

    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if not fits(candidate) and line:
            lines.append(line)
            candidate = word
        while not fits(candidate):
            # The longest start of the word that fits a line with a hyphen added.
            breaks = [b for b in reversed(syllable_breaks(candidate, language)) if fits(f"{candidate[:b]}{HYPHEN}")]
            cut = breaks[0] if breaks else _letters_that_fit(candidate, fits)
            lines.append(f"{candidate[:cut]}{HYPHEN}")
            candidate = candidate[cut:]
        line = candidate
    if line:
        lines.append(line)
    return tuple(lines)


def _letters_that_fit(word: str, fits: Callable[[str], bool]) -> int:
    """How many letters of ``word``, with a hyphen after them, fit a line (at least one)."""
    count = 1
    while count < len(word) - 1 and fits(word[: count + 1] + HYPHEN):
        count += 1
    return count


def _shortened(text: str, width: float, size: float, weight: Weight, language: str, max_lines: int) -> tuple[str, ...]:
    """The first ``max_lines`` lines of ``text``, the last ending in an ellipsis when text was left out."""
    lines = set_lines(text, width, size, weight, language)
    if len(lines) <= max_lines:
        return lines
    kept = list(lines[:max_lines])
    words = kept[-1].split(" ")
    while words and text_width(" ".join(words) + ELLIPSIS, size, weight) > width:
        words.pop()
    kept[-1] = " ".join(words).rstrip(",;:-") + ELLIPSIS
    return tuple(kept)


def _title(title: str, language: str) -> tuple[tuple[str, ...], float]:
    for size in TITLE_SIZES:
        lines = set_lines(title, TEXT_WIDTH, size, "bold", language)
        if len(lines) <= TITLE_MAX_LINES:
            return lines, size
    size = TITLE_SIZES[-1]
    return _shortened(title, TEXT_WIDTH, size, "bold", language, TITLE_MAX_LINES), size


def _baselines(top: float, count: int, size: float) -> list[float]:
    """Baselines of ``count`` lines whose first line box starts at ``top``."""
    return [top + size * (LINE_HEIGHT * index + 0.95) for index in range(count)]


def _placed(texts: Sequence[str], x: float, top: float, size: float, weight: Weight, role: str) -> list[Line]:
    return [
        Line(text, x, baseline, size, weight, role)
        for text, baseline in zip(texts, _baselines(top, len(texts), size), strict=True)
    ]


def _description(description: str, top: float, language: str) -> tuple[list[Line], str]:
    """The description as large as it fits, shortened with an ellipsis only at the smallest size."""
    room = BOTTOM - top
    for size in DESCRIPTION_SIZES:
        lines = set_lines(description, TEXT_WIDTH, size, "regular", language)
        if len(lines) * size * LINE_HEIGHT <= room:
            return _placed(lines, MARGIN, top, size, "regular", "body"), description
    size = DESCRIPTION_SIZES[-1]
    lines = _shortened(description, TEXT_WIDTH, size, "regular", language, max(1, int(room // (size * LINE_HEIGHT))))
    return _placed(lines, MARGIN, top, size, "regular", "body"), _unhyphenated(lines)


def _unhyphenated(lines: Sequence[str]) -> str:
    """The words of wrapped lines as one text again (a hyphen added at a break is taken out)."""
    text = ""
    for line in lines:
        if text.endswith(HYPHEN) and line[:1].isalpha() and text[-2:-1].isalpha():
            text = text[:-1] + line
        else:
            text = f"{text} {line}".strip()
    return text


@dataclass(frozen=True)
class _Contrasts:
    lines: list[Line]
    rules: list[Rule]
    alt: str


def _contrasts(content: Content, top: float, language: str) -> _Contrasts | None:
    """The key contrasts as a table: a head row of term abbreviations, then one row per dimension."""
    terms = content.terms
    dimensions = content.dimensions_in("infographic")
    label_width = TEXT_WIDTH * CONTRAST_LABEL_SHARE
    column_width = (TEXT_WIDTH - label_width - CONTRAST_COLUMN_GAP * len(terms)) / max(1, len(terms))
    columns = [
        MARGIN + label_width + CONTRAST_COLUMN_GAP + i * (column_width + CONTRAST_COLUMN_GAP) for i in range(len(terms))
    ]
    for size in CONTRAST_SIZES:
        line_height = size * LINE_HEIGHT
        heads = [set_lines(term.abbreviation, column_width, size, "bold", language) for term in terms]
        if any(len(head) > 1 for head in heads):
            continue
        lines = [_placed(head, x, top, size, "bold", "head")[0] for head, x in zip(heads, columns, strict=True)]
        rules: list[Rule] = []
        said: list[str] = []
        y = top + line_height + CONTRAST_ROW_PADDING
        for dimension in dimensions:
            label = set_lines(dimension.label(language), label_width, size, "bold", language)
            values = [
                set_lines(dimension_value(dimension, term, language).text, column_width, size, "regular", language)
                for term in terms
            ]
            cells = [label, *values]
            if any(len(cell) > CONTRAST_CELL_LINES for cell in cells):
                continue  # too long for a row here; the rows that fit make the contrasts
            row_height = max(len(cell) for cell in cells) * line_height + 2 * CONTRAST_ROW_PADDING
            if y + row_height > BOTTOM:
                break
            rules.append(Rule(y))
            lines += _placed(label, MARGIN, y + CONTRAST_ROW_PADDING, size, "bold", "label")
            for value, x in zip(values, columns, strict=True):
                lines += _placed(value, x, y + CONTRAST_ROW_PADDING, size, "regular", "value")
            said.append(
                f"{dimension.label(language)}: "
                + ", ".join(f"{term.abbreviation} {dimension_value(dimension, term, language).text}" for term in terms)
            )
            y += row_height
        if len(said) >= min(MIN_CONTRAST_ROWS, len(dimensions)):
            return _Contrasts(lines, rules, "; ".join(said))
    return None


def preview_card(content: Content, page: SitePage, language: str) -> PreviewCard:
    """The link-preview image of ``page`` in ``language``, laid out."""
    name = content.title(language)
    name_line = _shortened(name, TEXT_WIDTH, NAME_SIZE, "bold", language, 1)
    lines = [Line(name_line[0], MARGIN, (BAND_HEIGHT + NAME_SIZE * 0.7) / 2, NAME_SIZE, "bold", "name")]
    title, title_size = _title(page.title(language), language)
    lines += _placed(title, MARGIN, TITLE_TOP, title_size, "bold", "title")
    below = TITLE_TOP + len(title) * title_size * LINE_HEIGHT + GAP
    alt = _sentence(f"{name}: {_unhyphenated(title)}")
    contrasts = _contrasts(content, below, language) if page.kind == "comparison" else None
    if contrasts:
        return PreviewCard(
            tuple(lines + contrasts.lines), tuple(contrasts.rules), f"{alt} {_sentence(contrasts.alt)}", language
        )
    body, said = _description(page.description(language), below, language)
    return PreviewCard(tuple(lines + body), (), f"{alt} {_sentence(said)}", language)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", ELLIPSIS)) else f"{text}."


def preview_svg(card: PreviewCard) -> str:
    return environment().get_template("preview.svg.j2").render(card=card)


def preview_png(card: PreviewCard) -> bytes:
    return svg_to_png(preview_svg(card), 1)  # drawn in pixels


PREVIEWS_DIR = "previews"


def preview_path(page: SitePage) -> str:
    """Where a page's image is, below its language's root: ``previews/<page>.png``."""
    return f"{PREVIEWS_DIR}/{page.source.removesuffix('.md')}.png"


def preview_files(content: Content, language: str) -> dict[str, bytes]:
    """The image of every page in one language: path below the language's root -> PNG."""
    return {preview_path(page): preview_png(preview_card(content, page, language)) for page in site_pages(content)}
