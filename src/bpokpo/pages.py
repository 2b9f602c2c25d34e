"""One function per kind of page: the Markdown a page stub's macro call expands to."""

from __future__ import annotations

from markupsafe import Markup

from bpokpo.buyer_info import buying_sections
from bpokpo.citations import article_citations, citations, cited_source_ids
from bpokpo.downloads import DATA_DOWNLOADS, GLOSSARY_DOWNLOADS, INFOGRAPHIC_DOWNLOADS, download_links
from bpokpo.glossary import glossary_entries
from bpokpo.guide import guide_questions
from bpokpo.infographic import PAGE_SHAPES, infographic_for, render_svg, source_line
from bpokpo.model import Content
from bpokpo.render import render_page
from bpokpo.views import PageViews


def home_page(content: Content, language: str, page_url: str) -> str:
    return render_page("home.md.j2", content, language, page_url)


def term_page(content: Content, language: str, page_url: str, term_id: str) -> str:
    term = content.term(term_id)
    profile = tuple(d for d in content.dimensions if d.from_term is None)
    return render_page("term.md.j2", content, language, page_url, term=term, profile=profile)


def comparison_page(content: Content, language: str, page_url: str, site_url: str = "") -> str:
    """``site_url`` (the language's root as deployed) makes the printed row addresses absolute."""
    table = content.dimensions_in("table")
    return render_page(
        "comparison.md.j2",
        content,
        language,
        page_url,
        site_url,
        table=table,
        table_ids=frozenset(d.id for d in table),
        differences=content.dimensions_in("key-differences"),
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
