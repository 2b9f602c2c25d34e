"""What a laid-out infographic is: boxes, lines of text and the type sizes, in SVG user units.

The layouts (``infographic_table`` for the landscape shape and the slide, ``infographic_cards``
for the portrait shape) compute these; ``templates/infographic.svg.j2`` only draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bpokpo.line_breaking import Overflow

Shape = Literal["landscape", "portrait", "slide"]

# The smallest type anywhere, in user units. Every shape is drawn so that a user unit is at
# least a CSS pixel where it is shown (see each layout's width), so this is 12 px or more.
MIN_TYPE_SIZE = 12.0
CAP_HEIGHT = 0.73  # em: DejaVu Sans capitals, used to centre a line of text on its line box


@dataclass(frozen=True)
class Palette:
    """Light-scheme colours, written into the SVG so a standalone file needs no stylesheet.

    Pages restyle the same classes for the dark scheme (docs/stylesheets/infographic.css).
    Contrast: ink on paper 16:1, muted on paper 7:1, white on every term colour ≥ 6.3:1,
    ink on every tint ≥ 13:1, markers on their tint ≥ 5.5:1 (tests check every pair).
    """

    paper: str = "#ffffff"
    ink: str = "#1b1f24"
    muted: str = "#4f5763"
    on_strong: str = "#ffffff"  # text and markers on a term's strong colour
    rule: str = "#d5d9df"


@dataclass(frozen=True)
class TermColours:
    strong: str  # heading, accent bar and marker
    tint: str  # background of the term's value cells


PALETTE = Palette()
# One colour and one marker shape per term, by display order (term_limit.TERM_LIMIT is below
# their number). The shape and the abbreviation tell the terms apart where colour cannot.
TERM_COLOURS: tuple[TermColours, ...] = (
    TermColours("#1d4f9c", "#e7eef9"),  # blue
    TermColours("#9c4200", "#fbeee3"),  # burnt orange
    TermColours("#0d6b62", "#e2f3f0"),  # teal
    TermColours("#6b2fb3", "#f0e8fa"),  # violet
    TermColours("#a3173d", "#fbe7ec"),  # crimson
    TermColours("#4a5d12", "#eef3e0"),  # olive
)
MARKERS: tuple[str, ...] = ("circle", "square", "diamond", "triangle", "triangle-down", "hexagon")


@dataclass(frozen=True)
class Typography:
    """Font sizes and line heights (user units), all derived from the size of the values."""

    body: float  # values
    label: float  # dimension labels, bold
    heading: float  # term headings and legend chips, bold
    small: float  # badge numbers, abbreviations in cells, column caption, kicker, source line
    title: float
    line: float  # line height of values and labels
    title_line: float

    @classmethod
    def for_body(cls, body: float, title: float, *, label_step: float = 0.0) -> Typography:
        return cls(
            body=body,
            label=body + label_step,
            heading=body + 1,
            small=max(MIN_TYPE_SIZE, body - 2),
            title=title,
            line=round(body * 1.3, 2),
            title_line=round(title * 1.2, 2),
        )

    @property
    def smallest(self) -> float:
        return min(self.body, self.label, self.heading, self.small, self.title)


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.y + self.height

    @property
    def right(self) -> float:
        return self.x + self.width


@dataclass(frozen=True)
class Line:
    """One line of text: its start, baseline and text (ending in an added hyphen if ``hyphenated``)."""

    x: float
    y: float
    text: str
    hyphenated: bool = False


@dataclass(frozen=True)
class TermKey:
    """How the infographic marks one term: colours, marker shape and abbreviation."""

    index: int  # 1-based display order, for class names
    term_id: str
    abbreviation: str
    colours: TermColours
    marker: str


@dataclass(frozen=True)
class Heading:
    """A term's column heading (table shapes) or legend chip (portrait)."""

    key: TermKey
    box: Box
    marker_path: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class ValueCell:
    key: TermKey
    box: Box
    bar: Box
    marker_path: str | None  # None where the column's heading alone names the term
    abbreviation: Line | None  # portrait cards name the term in each cell
    lines: tuple[Line, ...]
    text_box: Box  # where the value's lines must stay


@dataclass(frozen=True)
class Band:
    """One difference: its number, label and each term's value; a link to its row on a page."""

    number: int
    dimension_id: str
    href: str
    box: Box
    badge_x: float
    badge_y: float
    badge_radius: float
    number_line: Line
    label_lines: tuple[Line, ...]
    label_box: Box
    cells: tuple[ValueCell, ...]
    chevron: tuple[float, float]  # centre of the "leads on" mark shown on pages


Where = tuple[str, ...]  # ("value", dimension_id, term_id), ("label", dimension_id), ("heading", term_id), ...


@dataclass(frozen=True)
class LayoutProblem:
    """Something the smallest, most compact layout still cannot show: a word or the whole height."""

    where: Where
    overflow: Overflow | None  # the word that fits no line; None for a height problem
    detail: str  # the layout it happened in, for the message


@dataclass(frozen=True)
class Infographic:
    shape: Shape
    width: float
    height: float
    type: Typography
    palette: Palette
    labels: Literal["column", "row"]
    kicker: Line | None  # None, like the title lines, when the page's own heading titles it
    title: tuple[Line, ...]
    title_text: str
    summary: str  # one sentence: the description inline in a page, whose text reads itself
    description: str  # the summary and every value: the text alternative of the image file
    column_caption: Line | None
    headings: tuple[Heading, ...]
    bands: tuple[Band, ...]
    source: tuple[Line, ...]  # where the facts come from and the page's address; files only
    problems: tuple[LayoutProblem, ...] = ()


@dataclass(frozen=True)
class InfographicText:
    """The words around the data, in one language."""

    language: str
    kicker: str  # the site's name, above the title
    title: str
    summary: str  # first sentence of the text alternative
    column_caption: str  # above the label column ("Aspect")
    source: str  # "Source: … · address", under a file's graphic; "" on a page
