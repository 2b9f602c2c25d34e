"""The infographic: the dimensions marked for it, laid out as an SVG with real, selectable text.

It comes in three shapes from one template. The landscape one fills a wide page, a printed
A4 sheet and the document download, one column per term; the portrait one stacks each
difference as a card, for narrow screens; the slide is the table on a 16:9 canvas. The
layouts (``infographic_table``, ``infographic_cards``) fit any number of terms up to
``term_limit.TERM_LIMIT``; ``templates/infographic.svg.j2`` is only markup.

All lengths are SVG user units: at least a CSS pixel wherever a shape is shown.
"""

from __future__ import annotations

import dataclasses

from bpokpo.infographic_cards import cards
from bpokpo.infographic_model import MARKERS, TERM_COLOURS, Infographic, InfographicText, Shape, TermKey
from bpokpo.infographic_table import LANDSCAPE, SLIDE, table
from bpokpo.model import Content
from bpokpo.public_address import public_site_url
from bpokpo.render import environment
from bpokpo.views import PageViews, Row

PAGE_SHAPES: tuple[Shape, ...] = ("landscape", "portrait")  # a page holds both; its stylesheet shows one
SHAPES: tuple[Shape, ...] = (*PAGE_SHAPES, "slide")

# The font stack of the site's pages (Material with theme.font: false), all of it generic or
# system fonts, so the graphic needs no font file. text_metrics measures for the widest.
FONT_FAMILY = "-apple-system, BlinkMacSystemFont, Helvetica, Arial, sans-serif"


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


def describe(text: InfographicText, rows: tuple[Row, ...]) -> str:
    """The text alternative: the summary, then every difference with every term's value."""
    parts = [
        f"{row.label}: " + "; ".join(f"{cell.abbreviation}: {cell.value.text}" for cell in row.cells) for row in rows
    ]
    return f"{text.summary} " + ". ".join(parts) + "." + (f" {text.source}" if text.source else "")


def layout(
    shape: Shape, text: InfographicText, rows: tuple[Row, ...], keys: tuple[TermKey, ...], *, titled: bool
) -> Infographic:
    if shape == "portrait":
        laid_out = cards(text, rows, keys, titled=titled)
    else:
        laid_out = table(LANDSCAPE if shape == "landscape" else SLIDE, text, rows, keys, titled=titled)
    return dataclasses.replace(laid_out, description=describe(text, rows))


def render_svg(infographic: Infographic, *, standalone: bool, id_prefix: str = "infographic") -> str:
    """The SVG markup: a file of its own (``standalone``), or inline in a page with linked bands."""
    template = environment().get_template("infographic.svg.j2")
    return template.render(
        ig=infographic, standalone=standalone, font_family=FONT_FAMILY, id=f"{id_prefix}-{infographic.shape}"
    )


def source_line(content: Content, language: str, site_url: str) -> str:
    """Where the facts come from and where the infographic is published, for a printed or saved copy."""
    views = PageViews(content, language, "", public_site_url(site_url, language))
    # the infographic page's sources: the site's and every term's, so no term is credited to another's source
    page = next(page for page in views.pages if page.kind == "infographic")
    sources = "; ".join(source.title(language) for source in page.sources)
    return f"{views.ui('infographic_source')}: {sources} · {views.permalink('infographic')}"


def infographic_text(content: Content, language: str, *, source: str = "") -> InfographicText:
    views = PageViews(content, language, "")
    return InfographicText(
        language=language,
        kicker=content.title(language),
        title=content.pages["infographic"].title(language),
        summary=views.ui("infographic_summary"),
        column_caption=views.ui("dimension"),
        source=source,
    )


def infographic_for(
    content: Content, language: str, page_url: str, shape: Shape, *, titled: bool = True, site_url: str = ""
) -> Infographic:
    """The infographic of ``content`` in ``language``; band links are relative to ``page_url``.

    ``titled``: a file of its own, with its title and a source line (the page's address from
    ``site_url``, the language's root as configured). In a page, the page's heading titles it.
    """
    views = PageViews(content, language, page_url)
    text = infographic_text(content, language, source=source_line(content, language, site_url) if titled else "")
    rows = views.rows(content.dimensions_in("infographic"))
    return layout(shape, text, rows, term_keys(content), titled=titled)
