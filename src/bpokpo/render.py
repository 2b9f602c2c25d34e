"""Renders pages from the package's templates with autoescaping and strict undefined names."""

from __future__ import annotations

import html
import re
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from bpokpo.model import Content
from bpokpo.views import PageViews

# Characters Markdown would read as markup: emphasis, code, heading markers, links and images
# ([text](address), ![alt](address)) and attribute lists ({: onclick=… }). HTML is escaped first.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_#\[\]()!{}])")


def coordinate(value: float) -> str:
    """A length or position in SVG user units, as short as two decimals allow."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def markdown_text(value: str) -> Markup:
    """Text safe to place in a Markdown heading: HTML-escaped and Markdown-escaped.

    Quotes stay as they are: a heading is text, not an attribute, and the table of contents
    MkDocs makes from it would show an escaped quote as the entity itself (&#34;).
    """
    return Markup(_MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(value, quote=False)))


# Where a printed address may break: after a slash, and before a dot, ?, #, & or =, as style
# guides break URLs; never inside a word, and never with a hyphen that is not in the address.
_URL_BREAK = re.compile(r"(?<=/)(?=[^/])|(?<=[^/])(?=[.?#&=])")


def breakable_url(value: str) -> Markup:
    """An address shown as text, HTML-escaped, with <wbr> at its break points (a copy picks up none of them)."""
    return Markup("<wbr>").join(escape(part) for part in _URL_BREAK.split(value))


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("bpokpo", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_text
    env.filters["coord"] = coordinate
    env.filters["url_breaks"] = breakable_url
    return env


def render_page(
    template: str, content: Content, language: str, page_url: str, site_url: str = "", **context: object
) -> str:
    views = PageViews(content, language, page_url, site_url)
    return (
        environment().get_template(template).render(content=content, lang=language, views=views, ui=views.ui, **context)
    )
