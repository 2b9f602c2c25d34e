"""One function per kind of page: the Markdown a page stub's macro call expands to."""

from __future__ import annotations

from markupsafe import Markup

from bpokpo.buyer_info import buying_sections
from bpokpo.citations import article_citations, citations, cited_source_ids
from bpokpo.downloads import (
    DATA_DOWNLOADS,
    GLOSSARY_DOWNLOADS,
    INFOGRAPHIC_DOWNLOADS,
    SLIDE_DOWNLOAD,
    download_links,
)
from bpokpo.glossary import glossary_entries
from bpokpo.guide import guide_questions
from bpokpo.infographic import PAGE_SHAPES, infographic_for, render_svg, source_line
from bpokpo.model import Content
from bpokpo.render import render_page
from bpokpo.views import Link, PageViews


def home_page(content: Content, language: str, page_url: str) -> str:
    """The answer first (every term's definition), then the ways on, then the background."""
    slide = tuple(Link(d.text, d.href) for d in download_links(content, language, page_url, (SLIDE_DOWNLOAD,)))
    return render_page("home.md.j2", content, language, page_url, downloads={"infographic": slide})


def term_page(content: Content, language: str, page_url: str, term_id: str) -> str:
    """A term's own facts; how it compares is a set of links to the table's rows, not a copy of them."""
    return render_page("term.md.j2", content, language, page_url, term=content.term(term_id))


def comparison_page(content: Content, language: str, page_url: str, site_url: str = "") -> str:
    """``site_url`` (the language's root as configured) gives the printed row addresses their host."""
    return render_page(
        "comparison.md.j2",
        content,
        language,
        page_url,
        site_url,
        differences=content.dimensions_in("key-differences"),
        table=content.dimensions_in("table"),
        downloads=download_links(content, language, page_url, DATA_DOWNLOADS),
    )


def conclusion_page(content: Content, language: str, page_url: str) -> str:
    recalled = tuple(content.dimension(dimension_id) for dimension_id in content.conclusion.dimension_ids)
    return render_page("conclusion.md.j2", content, language, page_url, recalled=recalled)


def infographic_page(content: Content, language: str, page_url: str, site_url: str = "") -> str:
    """``site_url`` (the language's root as configured) gives the printed source line its address."""
    # Both shapes go in the page; the stylesheet shows the one that fits the content width.
    graphics = tuple(
        Markup(render_svg(infographic_for(content, language, page_url, shape, titled=False), standalone=False))
        for shape in PAGE_SHAPES
    )
    return render_page(
        "infographic.md.j2",
        content,
        language,
        page_url,
        graphics=graphics,
        source=source_line(content, language, site_url),
        downloads=download_links(content, language, page_url, INFOGRAPHIC_DOWNLOADS),
    )


def choose_page(content: Content, language: str, page_url: str) -> str:
    questions = guide_questions(content, PageViews(content, language, page_url))
    return render_page("choose.md.j2", content, language, page_url, questions=questions)


def glossary_page(content: Content, language: str, page_url: str) -> str:
    return render_page(
        "glossary.md.j2",
        content,
        language,
        page_url,
        entries=glossary_entries(content, language),
        downloads=download_links(content, language, page_url, GLOSSARY_DOWNLOADS),
    )


def buying_page(content: Content, language: str, page_url: str) -> str:
    recalled = tuple(content.dimension(dimension_id) for dimension_id in content.buying.article_dimension_ids)
    article = article_citations(content, language)
    public = citations(content, cited_source_ids(content, "buying"), language)
    return render_page(
        "buying.md.j2",
        content,
        language,
        page_url,
        recalled=recalled,
        article=article,
        sections=buying_sections(content, language),
        sources=(*(article if recalled else ()), *public),
    )
