"""The infographic: the dimensions marked for it, laid out as an SVG with real, selectable text.

It comes in two shapes from one template. The landscape one fills a slide or a wide page,
one column per term; the portrait one stacks each difference as a card, for narrow screens,
where the landscape one would have to shrink its text below a readable size. The layout is
computed here (positions, line breaks); ``templates/infographic.svg.j2`` is only markup.

All lengths are SVG user units: CSS pixels when the graphic is shown at its natural size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bpokpo.model import Content
from bpokpo.render import coordinate as _n
from bpokpo.render import environment
from bpokpo.text_metrics import text_width, wrap
from bpokpo.views import PageViews, Row

Orientation = Literal["landscape", "portrait"]
ORIENTATIONS: tuple[Orientation, ...] = ("landscape", "portrait")

# The font stack of the site's pages (Material with theme.font: false), all of it generic or
# system fonts, so the graphic needs no font file. text_metrics measures for the widest.
FONT_FAMILY = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"

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
# One colour and one marker shape per term, by display order; they repeat after six terms.
# The shape and the abbreviation tell the terms apart where colour cannot (print, colour blindness).
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
    """Font sizes (user units). The smallest of them sets the narrowest width the layout is shown at."""

    kicker: float
    title: float
    title_line: float  # line height of the title
    heading: float  # term headings and legend chips
    column_caption: float
    number: float
    label: float
    label_line: float
    abbreviation: float
    value: float
    value_line: float

    @property
    def smallest(self) -> float:
        return min(
            self.kicker, self.heading, self.column_caption, self.number, self.label, self.value, self.abbreviation
        )


# Landscape: one band per difference, one column per term. 960 wide fits a 16:10 or 4:3 slide
# and a wide page's content column; shown only where it gets at least LANDSCAPE_MIN_WIDTH
# pixels, so its smallest text never renders under 12 px.
LANDSCAPE_WIDTH = 960  # user units
LANDSCAPE_MARGIN = 32  # outer padding
LANDSCAPE_TYPE = Typography(
    kicker=16,
    title=32,
    title_line=38,
    heading=20,
    column_caption=16,
    number=16,
    label=18,
    label_line=23,
    abbreviation=16,
    value=18,
    value_line=23,
)
LANDSCAPE_TITLE_GAP = 18  # from the title's last line to the term headings
LANDSCAPE_HEADING_HEIGHT = 44  # term headings above the columns
LANDSCAPE_HEADING_GAP = 12  # from the headings to the first band
LANDSCAPE_BADGE_RADIUS = 16  # number badge at the left of each band
LANDSCAPE_LABEL_X = LANDSCAPE_MARGIN + 2 * LANDSCAPE_BADGE_RADIUS + 12  # left edge of the label column
LANDSCAPE_LABEL_WIDTH = 228  # width of the label column
LANDSCAPE_COLUMN_GAP = 12  # between term columns
LANDSCAPE_BAND_PADDING = 11  # above and below the text of a band
LANDSCAPE_BAND_GAP = 8  # between bands
LANDSCAPE_CELL_BAR = 5  # accent bar at the left of a value cell
LANDSCAPE_MARKER_RADIUS = 7  # term marker in headings and cells
LANDSCAPE_MARKER_X = 22  # from a cell's or heading's left edge to its marker's centre
LANDSCAPE_CELL_TEXT_INSET = 40  # from a cell's left edge to its text
LANDSCAPE_CELL_RIGHT_PADDING = 12
# Pixels of column width from which the page shows the landscape shape (the CSS container
# query in docs/stylesheets/infographic.css): there its 16-unit text renders at 12.8 px.
LANDSCAPE_MIN_WIDTH = 768

# Portrait: one card per difference with the terms' values stacked, for phones. 320 wide
# renders at 1:1 or larger in the content column of a 360 px screen.
PORTRAIT_WIDTH = 320  # user units
PORTRAIT_MARGIN = 16
PORTRAIT_TYPE = Typography(
    kicker=14,
    title=24,
    title_line=29,
    heading=15,
    column_caption=14,
    number=13,
    label=16,
    label_line=21,
    abbreviation=13,
    value=15,
    value_line=20,
)
PORTRAIT_TITLE_GAP = 12  # from the title's last line to the legend chips
PORTRAIT_CHIP_HEIGHT = 30  # legend chips under the title
PORTRAIT_CHIP_PADDING = 12  # inside a chip, left and right
PORTRAIT_CHIP_GAP = 8  # between chips, across and down
PORTRAIT_BADGE_RADIUS = 12
PORTRAIT_LABEL_X = PORTRAIT_MARGIN + 2 * PORTRAIT_BADGE_RADIUS + 8
PORTRAIT_CELL_GAP = 4  # between the value cells of one card
PORTRAIT_CELL_PADDING = 7  # above and below a value cell's text
PORTRAIT_CELL_BAR = 4
PORTRAIT_MARKER_RADIUS = 6
PORTRAIT_MARKER_X = 18  # from a cell's left edge to its marker's centre
PORTRAIT_ABBREVIATION_X = 32  # from a cell's left edge to the term's abbreviation
PORTRAIT_TEXT_GAP = 8  # between marker and text, and between abbreviation and value
PORTRAIT_LABEL_GAP = 6  # from a card's label to its first value cell
PORTRAIT_CARD_GAP = 18  # between cards
PORTRAIT_CELL_RIGHT_PADDING = 10


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Line:
    """One line of text: its start and baseline."""

    x: float
    y: float
    text: str


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
    """A term's column heading (landscape) or legend chip (portrait)."""

    key: TermKey
    box: Box
    marker_path: str
    text: Line


@dataclass(frozen=True)
class ValueCell:
    key: TermKey
    box: Box
    bar: Box
    marker_path: str
    abbreviation: Line | None  # portrait cards name the term in each cell
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Band:
    """One difference: its number, label and each term's value."""

    number: int
    dimension_id: str
    href: str
    box: Box
    badge_x: float
    badge_y: float
    badge_radius: float
    number_line: Line
    label_lines: tuple[Line, ...]
    cells: tuple[ValueCell, ...]


@dataclass(frozen=True)
class Infographic:
    orientation: Orientation
    width: float
    height: float
    type: Typography
    palette: Palette
    kicker: Line | None  # None, like the title lines, when the page's own heading titles it
    title: tuple[Line, ...]
    title_text: str
    summary: str  # one sentence: the description inline in a page, whose text reads itself
    description: str  # the summary and every value: the text alternative of the image file
    column_caption: Line | None
    headings: tuple[Heading, ...]
    bands: tuple[Band, ...]


@dataclass(frozen=True)
class InfographicText:
    """The words around the data, in one language."""

    kicker: str  # the site's name, above the title
    title: str
    summary: str  # first sentence of the text alternative
    column_caption: str  # above the label column ("Aspect")


def term_keys(content: Content) -> tuple[TermKey, ...]:
    return tuple(
        TermKey(
            index + 1,
            term.id,
            term.abbreviation,
            TERM_COLOURS[index % len(TERM_COLOURS)],
            MARKERS[index % len(MARKERS)],
        )
        for index, term in enumerate(content.terms)
    )


def marker_path(shape: str, cx: float, cy: float, r: float) -> str:
    """An SVG path for a term marker of radius ``r`` centred on (cx, cy)."""
    if shape == "square":
        s = r * 0.88
        return f"M{_n(cx - s)} {_n(cy - s)}h{_n(2 * s)}v{_n(2 * s)}h{_n(-2 * s)}Z"
    if shape == "diamond":
        s = r * 1.15
        return f"M{_n(cx)} {_n(cy - s)}L{_n(cx + s)} {_n(cy)}L{_n(cx)} {_n(cy + s)}L{_n(cx - s)} {_n(cy)}Z"
    if shape == "triangle":
        s = r * 1.15
        return f"M{_n(cx)} {_n(cy - s)}L{_n(cx + s)} {_n(cy + s * 0.8)}L{_n(cx - s)} {_n(cy + s * 0.8)}Z"
    if shape == "triangle-down":
        s = r * 1.15
        return f"M{_n(cx - s)} {_n(cy - s * 0.8)}L{_n(cx + s)} {_n(cy - s * 0.8)}L{_n(cx)} {_n(cy + s)}Z"
    if shape == "hexagon":
        h = r * 0.87
        return (
            f"M{_n(cx - r)} {_n(cy)}L{_n(cx - r / 2)} {_n(cy - h)}L{_n(cx + r / 2)} {_n(cy - h)}"
            f"L{_n(cx + r)} {_n(cy)}L{_n(cx + r / 2)} {_n(cy + h)}L{_n(cx - r / 2)} {_n(cy + h)}Z"
        )
    return f"M{_n(cx - r)} {_n(cy)}a{_n(r)} {_n(r)} 0 1 0 {_n(2 * r)} 0a{_n(r)} {_n(r)} 0 1 0 {_n(-2 * r)} 0Z"


def _lines(texts: tuple[str, ...], x: float, top: float, line_height: float, font_size: float) -> tuple[Line, ...]:
    """Lines set from ``top``, each centred on its line box by its capitals."""
    offset = (line_height + CAP_HEIGHT * font_size) / 2
    return tuple(Line(x, top + index * line_height + offset, text) for index, text in enumerate(texts))


def describe(text: InfographicText, rows: tuple[Row, ...]) -> str:
    """The text alternative: the summary, then every difference with every term's value."""
    parts = [
        f"{row.label}: " + "; ".join(f"{cell.abbreviation}: {cell.value.text}" for cell in row.cells) for row in rows
    ]
    return f"{text.summary} " + ". ".join(parts) + "."


def landscape(
    text: InfographicText, rows: tuple[Row, ...], keys: tuple[TermKey, ...], *, titled: bool = True
) -> Infographic:
    width, margin, type_ = LANDSCAPE_WIDTH, LANDSCAPE_MARGIN, LANDSCAPE_TYPE
    kicker: Line | None = None
    title: tuple[Line, ...] = ()
    heading_top: float = margin
    if titled:
        kicker = _lines((text.kicker,), margin, margin - 6, type_.kicker * 1.25, type_.kicker)[0]
        title_top = kicker.y + 10
        title = _lines(
            wrap(text.title, width - 2 * margin, type_.title, "bold"), margin, title_top, type_.title_line, type_.title
        )
        heading_top = title_top + len(title) * type_.title_line + LANDSCAPE_TITLE_GAP

    values_x = LANDSCAPE_LABEL_X + LANDSCAPE_LABEL_WIDTH + LANDSCAPE_COLUMN_GAP
    count = len(keys)
    column_width = (width - margin - values_x - LANDSCAPE_COLUMN_GAP * (count - 1)) / count
    columns = [values_x + index * (column_width + LANDSCAPE_COLUMN_GAP) for index in range(count)]

    headings = []
    for key, x in zip(keys, columns, strict=True):
        box = Box(x, heading_top, column_width, LANDSCAPE_HEADING_HEIGHT)
        cy = heading_top + LANDSCAPE_HEADING_HEIGHT / 2
        marker = marker_path(key.marker, x + LANDSCAPE_MARKER_X, cy, LANDSCAPE_MARKER_RADIUS)
        line = _lines(
            (key.abbreviation,), x + LANDSCAPE_CELL_TEXT_INSET, heading_top, LANDSCAPE_HEADING_HEIGHT, type_.heading
        )
        headings.append(Heading(key, box, marker, line[0]))
    caption = _lines(
        (text.column_caption,), LANDSCAPE_LABEL_X, heading_top, LANDSCAPE_HEADING_HEIGHT, type_.column_caption
    )[0]

    text_width_in_cell = column_width - LANDSCAPE_CELL_TEXT_INSET - LANDSCAPE_CELL_RIGHT_PADDING
    bands = []
    top = heading_top + LANDSCAPE_HEADING_HEIGHT + LANDSCAPE_HEADING_GAP
    for number, row in enumerate(rows, start=1):
        label = wrap(row.label, LANDSCAPE_LABEL_WIDTH, type_.label, "bold")
        values = [wrap(cell.value.text, text_width_in_cell, type_.value) for cell in row.cells]
        line_count = max(len(label), *(len(v) for v in values))
        height = line_count * max(type_.label_line, type_.value_line) + 2 * LANDSCAPE_BAND_PADDING
        box = Box(margin, top, width - 2 * margin, height)
        cy = top + height / 2
        label_lines = _lines(
            label, LANDSCAPE_LABEL_X, cy - len(label) * type_.label_line / 2, type_.label_line, type_.label
        )
        cells = []
        for key, x, value in zip(keys, columns, values, strict=True):
            cell = Box(x, top, column_width, height)
            cells.append(
                ValueCell(
                    key,
                    cell,
                    Box(x, top, LANDSCAPE_CELL_BAR, height),
                    marker_path(key.marker, x + LANDSCAPE_MARKER_X, cy, LANDSCAPE_MARKER_RADIUS),
                    None,
                    _lines(
                        value,
                        x + LANDSCAPE_CELL_TEXT_INSET,
                        cy - len(value) * type_.value_line / 2,
                        type_.value_line,
                        type_.value,
                    ),
                )
            )
        badge_x = margin + LANDSCAPE_BADGE_RADIUS
        number_line = _lines((str(number),), badge_x, cy - type_.number / 2, type_.number, type_.number)[0]
        bands.append(
            Band(
                number,
                row.id,
                row.href,
                box,
                badge_x,
                cy,
                LANDSCAPE_BADGE_RADIUS,
                number_line,
                label_lines,
                tuple(cells),
            )
        )
        top += height + LANDSCAPE_BAND_GAP
    height = top - LANDSCAPE_BAND_GAP + margin
    return Infographic(
        "landscape",
        width,
        height,
        type_,
        PALETTE,
        kicker,
        title,
        text.title,
        text.summary,
        describe(text, rows),
        caption,
        tuple(headings),
        tuple(bands),
    )


def portrait(
    text: InfographicText, rows: tuple[Row, ...], keys: tuple[TermKey, ...], *, titled: bool = True
) -> Infographic:
    width, margin, type_ = PORTRAIT_WIDTH, PORTRAIT_MARGIN, PORTRAIT_TYPE
    inner = width - 2 * margin
    kicker: Line | None = None
    title: tuple[Line, ...] = ()
    top: float = margin
    if titled:
        kicker = _lines((text.kicker,), margin, margin - 4, type_.kicker * 1.25, type_.kicker)[0]
        title_top = kicker.y + 8
        title = _lines(wrap(text.title, inner, type_.title, "bold"), margin, title_top, type_.title_line, type_.title)
        top = title_top + len(title) * type_.title_line + PORTRAIT_TITLE_GAP

    # Legend chips, wrapped onto as many rows as the terms need.
    headings = []
    x = float(margin)
    for key in keys:
        text_x = PORTRAIT_CHIP_PADDING + 2 * PORTRAIT_MARKER_RADIUS + PORTRAIT_TEXT_GAP  # from the chip's left
        chip_width = text_x + text_width(key.abbreviation, type_.heading, "bold") + PORTRAIT_CHIP_PADDING
        if x > margin and x + chip_width > width - margin:
            x, top = float(margin), top + PORTRAIT_CHIP_HEIGHT + PORTRAIT_CHIP_GAP
        cy = top + PORTRAIT_CHIP_HEIGHT / 2
        marker = marker_path(key.marker, x + PORTRAIT_CHIP_PADDING + PORTRAIT_MARKER_RADIUS, cy, PORTRAIT_MARKER_RADIUS)
        line = _lines((key.abbreviation,), x + text_x, top, PORTRAIT_CHIP_HEIGHT, type_.heading)[0]
        headings.append(Heading(key, Box(x, top, chip_width, PORTRAIT_CHIP_HEIGHT), marker, line))
        x += chip_width + PORTRAIT_CHIP_GAP

    abbreviation_width = max(text_width(key.abbreviation, type_.abbreviation, "bold") for key in keys)
    value_x = PORTRAIT_ABBREVIATION_X + abbreviation_width + PORTRAIT_TEXT_GAP  # from a cell's left edge
    value_width = inner - value_x - PORTRAIT_CELL_RIGHT_PADDING
    bands = []
    top += PORTRAIT_CHIP_HEIGHT + PORTRAIT_CARD_GAP
    for number, row in enumerate(rows, start=1):
        label = wrap(row.label, width - margin - PORTRAIT_LABEL_X, type_.label, "bold")
        label_height = max(len(label) * type_.label_line, 2 * PORTRAIT_BADGE_RADIUS)
        label_lines = _lines(
            label,
            PORTRAIT_LABEL_X,
            top + (label_height - len(label) * type_.label_line) / 2,
            type_.label_line,
            type_.label,
        )
        badge_x, badge_y = margin + PORTRAIT_BADGE_RADIUS, top + label_height / 2
        number_line = _lines((str(number),), badge_x, badge_y - type_.number / 2, type_.number, type_.number)[0]
        cells = []
        cell_top = top + label_height + PORTRAIT_LABEL_GAP
        for key, cell_value in zip(keys, row.cells, strict=True):
            value = wrap(cell_value.value.text, value_width, type_.value)
            height = len(value) * type_.value_line + 2 * PORTRAIT_CELL_PADDING
            box = Box(margin, cell_top, inner, height)
            first_line_middle = cell_top + PORTRAIT_CELL_PADDING + type_.value_line / 2
            abbreviation = _lines(
                (key.abbreviation,),
                margin + PORTRAIT_ABBREVIATION_X,
                cell_top + PORTRAIT_CELL_PADDING,
                type_.value_line,
                type_.abbreviation,
            )[0]
            cells.append(
                ValueCell(
                    key,
                    box,
                    Box(margin, cell_top, PORTRAIT_CELL_BAR, height),
                    marker_path(key.marker, margin + PORTRAIT_MARKER_X, first_line_middle, PORTRAIT_MARKER_RADIUS),
                    abbreviation,
                    _lines(value, margin + value_x, cell_top + PORTRAIT_CELL_PADDING, type_.value_line, type_.value),
                )
            )
            cell_top += height + PORTRAIT_CELL_GAP
        bottom = cell_top - PORTRAIT_CELL_GAP
        bands.append(
            Band(
                number,
                row.id,
                row.href,
                Box(margin, top, inner, bottom - top),
                badge_x,
                badge_y,
                PORTRAIT_BADGE_RADIUS,
                number_line,
                label_lines,
                tuple(cells),
            )
        )
        top = bottom + PORTRAIT_CARD_GAP
    height = top - PORTRAIT_CARD_GAP + margin
    return Infographic(
        "portrait",
        width,
        height,
        type_,
        PALETTE,
        kicker,
        title,
        text.title,
        text.summary,
        describe(text, rows),
        None,
        tuple(headings),
        tuple(bands),
    )


def layout(
    orientation: Orientation,
    text: InfographicText,
    rows: tuple[Row, ...],
    keys: tuple[TermKey, ...],
    *,
    titled: bool = True,
) -> Infographic:
    shape = landscape if orientation == "landscape" else portrait
    return shape(text, rows, keys, titled=titled)


def render_svg(infographic: Infographic, *, standalone: bool, id_prefix: str = "infographic") -> str:
    """The SVG markup: a file of its own (``standalone``), or inline in a page with linked bands."""
    template = environment().get_template("infographic.svg.j2")
    return template.render(
        ig=infographic, standalone=standalone, font_family=FONT_FAMILY, id=f"{id_prefix}-{infographic.orientation}"
    )


def infographic_for(
    content: Content, language: str, page_url: str, orientation: Orientation, *, titled: bool = True
) -> Infographic:
    """The infographic of ``content`` in ``language``; band links are relative to ``page_url``.

    ``titled``: with its own title, as a file must be; a page's heading already titles it.
    """
    views = PageViews(content, language, page_url)
    text = InfographicText(
        kicker=content.title(language),
        title=content.pages["infographic"].title(language),
        summary=views.ui("infographic_summary"),
        column_caption=views.ui("dimension"),
    )
    rows = views.rows(content.dimensions_in("infographic"))
    return layout(orientation, text, rows, term_keys(content), titled=titled)
