"""The table shapes of the infographic: one band per difference, one column per term.

Two canvases share this layout. The landscape one is 712 units wide: pages show it where the
content column is at least 712 px wide, and print it across an A4 sheet (about 718 px between
the usual 10 mm margins), so a unit is never less than a pixel. The slide is 1920 by 1080 units, the
pixels of its PNG.

The layout adapts to the number of terms and the length of the words. It has three
arrangements: labels in a column of their own beside the values; labels on a line above the
values; the same without a marker in every cell (the column's heading names the term). It
takes the largest type size, down to 12, at which one of them fits every word on its lines
whole (and, on the slide, everything in the height), the earlier arrangement on a tie. Only
if none fits even at 12, it hyphenates, in the most compact arrangement at 12, the words that
cannot fit otherwise, at their syllable breaks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bpokpo.infographic_markers import marker_path
from bpokpo.infographic_model import (
    CAP_HEIGHT,
    MIN_TYPE_SIZE,
    PALETTE,
    Band,
    Box,
    Heading,
    Infographic,
    InfographicText,
    LayoutProblem,
    Line,
    Shape,
    TermKey,
    Typography,
    ValueCell,
    Where,
)
from bpokpo.line_breaking import SetText, set_text
from bpokpo.text_metrics import text_width
from bpokpo.views import Row


@dataclass(frozen=True)
class TableCanvas:
    shape: Shape
    width: float
    height: float | None  # a fixed height (the slide), or as tall as the content
    margin: float
    sizes: tuple[float, ...]  # value type sizes to try, largest first; the last is MIN_TYPE_SIZE
    title: float  # title type size
    column_gap: float
    band_padding: float  # above and below a band's text, in ems of the value size
    band_gap: float  # between bands, in ems
    sheet_height: float | None = None  # a height to keep to where possible (user units), untitled


def _sizes(largest: float) -> tuple[float, ...]:
    """From ``largest`` down to the minimum in half units."""
    steps = int((largest - MIN_TYPE_SIZE) * 2)
    return tuple(largest - step / 2 for step in range(steps + 1))


# An A4 sheet between 10 mm margins is 1047 px high; the page's printed title and source
# line take about 160 of them (docs/stylesheets/infographic.css scales a taller graphic down).
LANDSCAPE = TableCanvas(
    "landscape",
    width=712,
    height=None,
    margin=24,
    sizes=_sizes(14),
    title=24,
    column_gap=8,
    band_padding=0.55,
    band_gap=0.45,
    sheet_height=880,
)
# The slide's bands are tighter, to give the height to larger type.
SLIDE = TableCanvas(
    "slide",
    width=1920,
    height=1080,
    margin=64,
    sizes=_sizes(40),
    title=56,
    column_gap=16,
    band_padding=0.35,
    band_gap=0.35,
)

LabelPlace = Literal["column", "row"]


@dataclass(frozen=True)
class Arrangement:
    labels: LabelPlace  # in a column beside the values, or on a line above them
    markers: bool  # a term marker in every value cell (the heading always has one)
    hyphenate: bool = False


ARRANGEMENTS = (Arrangement("column", True), Arrangement("row", True), Arrangement("row", False))
LAST_RESORT = Arrangement("row", False, hyphenate=True)

# Proportions in ems of the value size, so every arrangement scales with its type.
LABEL_COLUMN = (8.0, 13.0)  # narrowest and widest label column: as wide as the longest label, within these
MIN_MEASURE = 9.0  # value columns narrower than this move the labels onto their own line
SIZE_TOLERANCE = 0.9  # an earlier arrangement wins at this share of the largest size or more
BADGE_RADIUS = 0.95
BADGE_GAP = 0.7  # from the badge to the label
LABEL_GAP = 0.35  # from a label on its own line to the value cells
HEADING_PADDING = 0.55
CELL_BAR = 4.0  # user units: the accent bar at a cell's left edge
MARKER_CENTRE = 0.8  # from the bar to a marker's centre
MARKER_RADIUS = 0.36
TEXT_WITH_MARKER = 1.6  # from the bar to the text, past the marker
TEXT_WITHOUT_MARKER = 0.6
CELL_RIGHT_PADDING = 0.5
TITLE_GAP = 0.9  # below the title, and above the source line
MAX_SPREAD = 0.6  # the most padding a band gets from free height on the slide, in ems


def lines_at(texts: SetText, x: float, top: float, line_height: float, font_size: float) -> tuple[Line, ...]:
    """Lines set from ``top``, each centred on its line box by its capitals."""
    offset = (line_height + CAP_HEIGHT * font_size) / 2
    return tuple(
        Line(x, top + index * line_height + offset, line.text, line.hyphenated)
        for index, line in enumerate(texts.lines)
    )


class DoesNotFit(Exception):
    """Raised by a TextSetter that only tries an arrangement, at the first word that does not fit."""


class TextSetter:
    """Sets texts in one language and arrangement, and notes each word that fits no line.

    ``trying``: the arrangement is only tried, so the first such word ends it (DoesNotFit).
    """

    def __init__(self, language: str, hyphenate: bool, detail: str, *, trying: bool = False) -> None:
        self.language, self.hyphenate, self.detail, self.trying = language, hyphenate, detail, trying
        self.problems: list[LayoutProblem] = []

    def __call__(self, where: Where, text: str, width: float, size: float, bold: bool = False) -> SetText:
        weight: Literal["regular", "bold"] = "bold" if bold else "regular"
        result = set_text(text, width, size, weight, self.language, hyphenate=self.hyphenate)
        if result.overflow and self.trying:
            raise DoesNotFit
        self.problems += [LayoutProblem(where, overflow, self.detail) for overflow in result.overflow]
        return result


def table(
    canvas: TableCanvas,
    text: InfographicText,
    rows: tuple[Row, ...],
    keys: tuple[TermKey, ...],
    *,
    titled: bool,
) -> Infographic:
    """The arrangement that fits at the largest type size; else the last resort.

    An earlier arrangement wins if its size is within SIZE_TOLERANCE of the largest. The
    landscape shape also keeps to the height of an A4 sheet where any arrangement can.
    """
    for one_sheet in (True, False) if canvas.sheet_height else (False,):
        found: list[tuple[Arrangement, Infographic]] = []
        for arrangement in ARRANGEMENTS:

            def attempt(
                size: float, arrangement: Arrangement = arrangement, one_sheet: bool = one_sheet
            ) -> Infographic | None:
                label_column = _label_column(rows, size)
                if arrangement.labels == "column" and _measure(canvas, arrangement, size, label_column, len(keys)) < (
                    MIN_MEASURE * size
                ):
                    return None  # too narrow for the values: their labels go on a line of their own
                try:
                    laid_out = _table(canvas, arrangement, size, text, rows, keys, titled=titled, trying=True)
                except DoesNotFit:
                    return None
                if laid_out.problems or (one_sheet and _table_height(canvas, laid_out) > (canvas.sheet_height or 0)):
                    return None
                return laid_out

            fitting = largest_fitting(canvas.sizes, attempt)
            if fitting:
                found.append((arrangement, fitting))
        if found:
            largest = max(laid_out.type.body for _, laid_out in found)
            chosen, best = next((a, shown) for a, shown in found if shown.type.body >= SIZE_TOLERANCE * largest)
            return _spread(canvas, chosen, best, text, rows, keys, titled=titled)
    return _table(canvas, LAST_RESORT, canvas.sizes[-1], text, rows, keys, titled=titled)


def _table_height(canvas: TableCanvas, laid_out: Infographic) -> float:
    """The height of the headings and bands with the margins: the graphic as a page shows it, untitled."""
    return laid_out.bands[-1].box.bottom - laid_out.headings[0].box.y + 2 * canvas.margin


def _spread(
    canvas: TableCanvas,
    arrangement: Arrangement,
    laid_out: Infographic,
    text: InfographicText,
    rows: tuple[Row, ...],
    keys: tuple[TermKey, ...],
    *,
    titled: bool,
) -> Infographic:
    """On a canvas of fixed height, the bands share out the height their words left free.

    Each band gets the same extra padding, up to MAX_SPREAD ems, so the table fills the slide
    rather than leaving a gap above the source line.
    """
    if canvas.height is None or laid_out.problems or not laid_out.bands:
        return laid_out
    size = laid_out.type.body
    source_top = min((line.y for line in laid_out.source), default=canvas.height) - laid_out.type.small
    free = source_top - TITLE_GAP * size - laid_out.bands[-1].box.bottom
    spread = min(free / (2 * len(laid_out.bands)), MAX_SPREAD * size)
    if spread <= 0:
        return laid_out
    spread_out = _table(canvas, arrangement, size, text, rows, keys, titled=titled, spread=spread)
    return laid_out if spread_out.problems else spread_out


def largest_fitting(sizes: tuple[float, ...], attempt: Callable[[float], Infographic | None]) -> Infographic | None:
    """The layout at the largest of ``sizes`` (largest first) that fits, found by halving.

    Larger type needs more room, so if one size fits, every smaller one does too.
    """
    smallest = attempt(sizes[-1])
    if smallest is None:
        return None
    low, high, best = 0, len(sizes) - 1, smallest  # sizes[high] fits
    while low < high:
        middle = (low + high) // 2
        laid_out = attempt(sizes[middle])
        if laid_out is None:
            low = middle + 1
        else:
            high, best = middle, laid_out
    return best


def _gutter(canvas: TableCanvas, size: float) -> float:
    """Where the labels start: right of the number badges."""
    return canvas.margin + 2 * BADGE_RADIUS * size + BADGE_GAP * size


def _label_column(rows: tuple[Row, ...], size: float) -> float:
    """The label column's width: the longest label on one line, within LABEL_COLUMN."""
    longest = max((text_width(row.label, size, "bold") for row in rows), default=0.0)
    narrowest, widest = LABEL_COLUMN
    return min(max(longest, narrowest * size), widest * size)


def _values_x(canvas: TableCanvas, arrangement: Arrangement, size: float, label_column: float) -> float:
    label_x = _gutter(canvas, size)
    return label_x + label_column + canvas.column_gap if arrangement.labels == "column" else label_x


def _column_width(canvas: TableCanvas, arrangement: Arrangement, size: float, label_column: float, count: int) -> float:
    values_x = _values_x(canvas, arrangement, size, label_column)
    return (canvas.width - canvas.margin - values_x - canvas.column_gap * (count - 1)) / count


def _text_inset(arrangement: Arrangement, size: float) -> float:
    return CELL_BAR + (TEXT_WITH_MARKER if arrangement.markers else TEXT_WITHOUT_MARKER) * size


def _measure(canvas: TableCanvas, arrangement: Arrangement, size: float, label_column: float, count: int) -> float:
    """The width a value's lines get."""
    return (
        _column_width(canvas, arrangement, size, label_column, count)
        - _text_inset(arrangement, size)
        - CELL_RIGHT_PADDING * size
    )


def _table(
    canvas: TableCanvas,
    arrangement: Arrangement,
    size: float,
    text: InfographicText,
    rows: tuple[Row, ...],
    keys: tuple[TermKey, ...],
    *,
    titled: bool,
    spread: float = 0.0,
    trying: bool = False,
) -> Infographic:
    """One arrangement at one size; ``spread`` adds that much padding above and below each band's text."""
    type_ = Typography.for_body(size, canvas.title)
    width, margin, gap = canvas.width, canvas.margin, canvas.column_gap
    detail = f"the {canvas.shape} infographic with {len(keys)} terms"
    set_ = TextSetter(text.language, arrangement.hyphenate, detail, trying=trying)
    small_line = round(type_.small * 1.3, 2)

    kicker: Line | None = None
    title: tuple[Line, ...] = ()
    top: float = margin
    if titled:
        kicker = lines_at(
            set_(("kicker",), text.kicker, width - 2 * margin, type_.small, True), margin, top, small_line, type_.small
        )[0]
        top += small_line + 2
        title_set = set_(("title",), text.title, width - 2 * margin, type_.title, True)
        title = lines_at(title_set, margin, top, type_.title_line, type_.title)
        top += len(title) * type_.title_line + TITLE_GAP * size

    # The source line sits at the foot: pinned to the bottom of a fixed canvas.
    source_set = set_(("source",), text.source, width - 2 * margin, type_.small) if titled and text.source else None
    source_height = len(source_set.lines) * small_line if source_set else 0.0

    label_x = _gutter(canvas, size)
    label_column = _label_column(rows, size)
    values_x = _values_x(canvas, arrangement, size, label_column)
    column_width = _column_width(canvas, arrangement, size, label_column, len(keys))
    columns = [values_x + index * (column_width + gap) for index in range(len(keys))]
    inset = _text_inset(arrangement, size)
    measure = _measure(canvas, arrangement, size, label_column, len(keys))
    label_width = label_column if arrangement.labels == "column" else width - margin - label_x

    heading_line = round(type_.heading * 1.25, 2)
    heading_text_x = CELL_BAR + TEXT_WITH_MARKER * size
    heading_sets = [
        set_(
            ("heading", key.term_id),
            key.abbreviation,
            column_width - heading_text_x - CELL_RIGHT_PADDING * size,
            type_.heading,
            True,
        )
        for key in keys
    ]
    heading_height = max(len(s.lines) for s in heading_sets) * heading_line + 2 * HEADING_PADDING * size
    headings = []
    for key, x, heading_set in zip(keys, columns, heading_sets, strict=True):
        box = Box(x, top, column_width, heading_height)
        lines = lines_at(
            heading_set,
            x + heading_text_x,
            top + (heading_height - len(heading_set.lines) * heading_line) / 2,
            heading_line,
            type_.heading,
        )
        marker = marker_path(
            key.marker, x + CELL_BAR + MARKER_CENTRE * size, top + heading_height / 2, MARKER_RADIUS * size
        )
        headings.append(Heading(key, box, marker, lines))
    caption: Line | None = None
    if arrangement.labels == "column":
        caption_set = set_(("caption",), text.column_caption, label_width, type_.small)
        caption = lines_at(caption_set, label_x, top + (heading_height - small_line) / 2, small_line, type_.small)[0]
    top += heading_height + canvas.band_padding * size

    line = type_.line
    padding = canvas.band_padding * size + spread
    radius = BADGE_RADIUS * size
    bands = []
    for number, row in enumerate(rows, start=1):
        label = set_(("label", row.id), row.label, label_width, type_.label, True)
        values = [set_(("value", row.id, cell.term_id), cell.value.text, measure, type_.body) for cell in row.cells]
        value_lines = max(len(v.lines) for v in values)
        if arrangement.labels == "column":
            height = max(max(len(label.lines), value_lines) * line, 2 * radius) + 2 * padding
            cells_top, cells_height = top, height
            middle = top + height / 2
            label_top = middle - len(label.lines) * line / 2
            badge_y = middle
        else:
            label_top = top + padding / 2
            cells_top = label_top + len(label.lines) * line + LABEL_GAP * size
            cells_height = value_lines * line + 2 * padding
            height = cells_top + cells_height - top
            badge_y = label_top + line / 2
        cells = []
        for key, x, value in zip(keys, columns, values, strict=True):
            cell_middle = cells_top + cells_height / 2
            cells.append(
                ValueCell(
                    key,
                    Box(x, cells_top, column_width, cells_height),
                    Box(x, cells_top, CELL_BAR, cells_height),
                    marker_path(key.marker, x + CELL_BAR + MARKER_CENTRE * size, cell_middle, MARKER_RADIUS * size)
                    if arrangement.markers
                    else None,
                    None,
                    lines_at(value, x + inset, cell_middle - len(value.lines) * line / 2, line, type_.body),
                    Box(x + inset, cells_top, measure, cells_height),
                )
            )
        number_line = lines_at(
            set_(("number",), str(number), 2 * radius, type_.small, True),
            margin + radius,
            badge_y - line / 2,
            line,
            type_.small,
        )[0]
        bands.append(
            Band(
                number=number,
                dimension_id=row.id,
                href=row.href,
                box=Box(margin, top, width - 2 * margin, height),
                badge_x=margin + radius,
                badge_y=badge_y,
                badge_radius=radius,
                number_line=number_line,
                label_lines=lines_at(label, label_x, label_top, line, type_.label),
                label_box=Box(label_x, top, label_width, height),
                cells=tuple(cells),
                chevron=(width - margin / 2, badge_y),
            )
        )
        top += height + canvas.band_gap * size
    bottom = top - canvas.band_gap * size

    source: tuple[Line, ...] = ()
    if canvas.height is None:
        if source_set:
            source = lines_at(source_set, margin, bottom + TITLE_GAP * size, small_line, type_.small)
            bottom += TITLE_GAP * size + source_height
        height = bottom + margin
    else:
        height = canvas.height
        source_top = height - margin - source_height
        if source_set:
            source = lines_at(source_set, margin, source_top, small_line, type_.small)
        if bottom > source_top - (TITLE_GAP * size if source_set else 0):
            set_.problems.append(LayoutProblem(("height",), None, detail))
    return Infographic(
        shape=canvas.shape,
        width=width,
        height=height,
        type=type_,
        palette=PALETTE,
        labels=arrangement.labels,
        kicker=kicker,
        title=title,
        title_text=text.title,
        summary=text.summary,
        description="",
        column_caption=caption,
        headings=tuple(headings),
        bands=tuple(bands),
        source=source,
        problems=tuple(set_.problems),
    )
