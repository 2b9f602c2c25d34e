"""The portrait shape of the infographic: one card per difference, the terms' values stacked.

It is 288 units wide, the content column of a 320 px phone, and shown up to 420 px wide, so
a unit is at least a pixel. The number of terms changes only the height. The layout takes
the largest type size at which every word fits its line whole; only if none does, it
hyphenates at the smallest size the words that cannot fit otherwise.
"""

from __future__ import annotations

from bpokpo.infographic_markers import marker_path
from bpokpo.infographic_model import (
    MIN_TYPE_SIZE,
    PALETTE,
    Band,
    Box,
    Heading,
    Infographic,
    InfographicText,
    Line,
    TermKey,
    Typography,
    ValueCell,
)
from bpokpo.infographic_table import TITLE_GAP, DoesNotFit, TextSetter, lines_at
from bpokpo.line_breaking import SetLine, SetText
from bpokpo.text_metrics import text_width
from bpokpo.views import Row

PORTRAIT_WIDTH = 288  # user units
PORTRAIT_MARGIN = 12
PORTRAIT_SIZES = (15.0, 14.5, 14.0, 13.5, 13.0, 12.5, 12.0)  # value sizes, largest first
PORTRAIT_TITLE = 22

# Proportions in ems of the value size.
CHIP_PADDING = 0.7
CHIP_GAP = 0.5
BADGE_RADIUS = 0.8
BADGE_GAP = 0.5
CHEVRON_ROOM = 1.2  # right of a card's label, for the mark that says it leads on
LABEL_GAP = 0.4  # from a card's label to its first value
CELL_BAR = 4.0  # user units
MARKER_CENTRE = 0.75
MARKER_RADIUS = 0.4
ABBREVIATION_X = 1.5  # from the bar to the term's abbreviation
TEXT_GAP = 0.55  # from the abbreviation to the value
CELL_PADDING = 0.45
CELL_RIGHT_PADDING = 0.6
CELL_GAP = 0.3
CARD_GAP = 1.2
# A value narrower than this share of the card puts the abbreviation on a line of its own.
MIN_VALUE_SHARE = 0.6


def cards(text: InfographicText, rows: tuple[Row, ...], keys: tuple[TermKey, ...], *, titled: bool) -> Infographic:
    for size in PORTRAIT_SIZES:
        try:
            return _cards(size, False, text, rows, keys, titled=titled, trying=True)
        except DoesNotFit:
            continue
    return _cards(PORTRAIT_SIZES[-1], True, text, rows, keys, titled=titled)


def _cards(
    size: float,
    hyphenate: bool,
    text: InfographicText,
    rows: tuple[Row, ...],
    keys: tuple[TermKey, ...],
    *,
    titled: bool,
    trying: bool = False,
) -> Infographic:
    width, margin = PORTRAIT_WIDTH, PORTRAIT_MARGIN
    inner = width - 2 * margin
    type_ = Typography.for_body(size, PORTRAIT_TITLE, label_step=1)
    set_ = TextSetter(text.language, hyphenate, f"the portrait infographic with {len(keys)} terms", trying=trying)
    small_line = round(type_.small * 1.3, 2)
    line = type_.line

    kicker: Line | None = None
    title: tuple[Line, ...] = ()
    top: float = margin
    if titled:
        kicker = lines_at(
            set_(("kicker",), text.kicker, inner, type_.small, True), margin, top, small_line, type_.small
        )[0]
        top += small_line + 2
        title = lines_at(
            set_(("title",), text.title, inner, type_.title, True), margin, top, type_.title_line, type_.title
        )
        top += len(title) * type_.title_line + TITLE_GAP * size

    # Legend chips, wrapped onto as many rows as the terms need.
    chip_height = round(type_.heading * 2, 2)
    marker_radius = MARKER_RADIUS * size
    text_x = CHIP_PADDING * size + 2 * marker_radius + CHIP_GAP * size  # from a chip's left edge
    headings = []
    x = float(margin)
    for key in keys:
        chip_text = set_(
            ("heading", key.term_id), key.abbreviation, inner - text_x - CHIP_PADDING * size, type_.heading, True
        )
        chip_width = text_x + max(text_width(t, type_.heading, "bold") for t in chip_text.texts) + CHIP_PADDING * size
        chip_rows = len(chip_text.lines)
        if x > margin and x + chip_width > width - margin:
            x, top = float(margin), top + chip_height + CHIP_GAP * size
        box = Box(x, top, chip_width, chip_height + (chip_rows - 1) * type_.heading * 1.25)
        marker = marker_path(key.marker, x + CHIP_PADDING * size + marker_radius, top + chip_height / 2, marker_radius)
        lines = lines_at(
            chip_text, x + text_x, top + (chip_height - type_.heading * 1.25) / 2, type_.heading * 1.25, type_.heading
        )
        headings.append(Heading(key, box, marker, lines))
        x += chip_width + CHIP_GAP * size
    top = max(h.box.bottom for h in headings) + CARD_GAP * size

    abbreviation_x = CELL_BAR + ABBREVIATION_X * size  # from a cell's left edge
    abbreviation_width = max(text_width(key.abbreviation, type_.small, "bold") for key in keys)
    value_x = abbreviation_x + abbreviation_width + TEXT_GAP * size
    stacked = inner - value_x - CELL_RIGHT_PADDING * size < MIN_VALUE_SHARE * inner
    if stacked:  # long abbreviations: each on its own line, the value under it
        value_x = abbreviation_x
    value_width = inner - value_x - CELL_RIGHT_PADDING * size
    radius = BADGE_RADIUS * size
    label_x = margin + 2 * radius + BADGE_GAP * size
    label_line = round(type_.label * 1.3, 2)
    bands = []
    for number, row in enumerate(rows, start=1):
        label = set_(("label", row.id), row.label, width - margin - label_x - CHEVRON_ROOM * size, type_.label, True)
        label_height = max(len(label.lines) * label_line, 2 * radius)
        label_top = top + (label_height - len(label.lines) * label_line) / 2
        badge_y = top + label_height / 2
        number_line = lines_at(
            set_(("number",), str(number), 2 * radius, type_.small, True),
            margin + radius,
            badge_y - line / 2,
            line,
            type_.small,
        )[0]
        cells = []
        cell_top = top + label_height + LABEL_GAP * size
        padding = CELL_PADDING * size
        for key, cell in zip(keys, row.cells, strict=True):
            value = set_(("value", row.id, cell.term_id), cell.value.text, value_width, type_.body)
            value_top = cell_top + padding + (line if stacked else 0)
            height = len(value.lines) * line + 2 * padding + (line if stacked else 0)
            first_middle = cell_top + padding + line / 2
            abbreviation = lines_at(
                SetText((SetLine(key.abbreviation),)), margin + abbreviation_x, cell_top + padding, line, type_.small
            )[0]
            cells.append(
                ValueCell(
                    key,
                    Box(margin, cell_top, inner, height),
                    Box(margin, cell_top, CELL_BAR, height),
                    marker_path(key.marker, margin + CELL_BAR + MARKER_CENTRE * size, first_middle, marker_radius),
                    abbreviation,
                    lines_at(value, margin + value_x, value_top, line, type_.body),
                    Box(margin + value_x, cell_top, value_width, height),
                )
            )
            cell_top += height + CELL_GAP * size
        bottom = cell_top - CELL_GAP * size
        bands.append(
            Band(
                number=number,
                dimension_id=row.id,
                href=row.href,
                box=Box(margin, top, inner, bottom - top),
                badge_x=margin + radius,
                badge_y=badge_y,
                badge_radius=radius,
                number_line=number_line,
                label_lines=lines_at(label, label_x, label_top, label_line, type_.label),
                label_box=Box(label_x, top, width - margin - label_x, label_height),
                cells=tuple(cells),
                chevron=(width - margin - CHEVRON_ROOM * size / 2, badge_y),
            )
        )
        top = bottom + CARD_GAP * size
    bottom = top - CARD_GAP * size
    source: tuple[Line, ...] = ()
    if titled and text.source:
        source = lines_at(
            set_(("source",), text.source, inner, type_.small),
            margin,
            bottom + TITLE_GAP * size,
            small_line,
            type_.small,
        )
        bottom += TITLE_GAP * size + len(source) * small_line
    assert type_.small >= MIN_TYPE_SIZE
    return Infographic(
        shape="portrait",
        width=width,
        height=bottom + margin,
        type=type_,
        palette=PALETTE,
        labels="row",
        kicker=kicker,
        title=title,
        title_text=text.title,
        summary=text.summary,
        description="",
        column_caption=None,
        headings=tuple(headings),
        bands=tuple(bands),
        source=source,
        problems=tuple(set_.problems),
    )
