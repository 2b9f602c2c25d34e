"""The site's pages saved as static Markdown: the baseline for the generation overhead.

``write_static_pages`` renders every page of every language once, through the package's
own page functions, and saves the Markdown with the title and description the macros
hook would set as front matter, term pages included, into docs-static/<language>/ of a
project copy. ``bench.static_build`` builds the site from those files.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import yaml

from bpokpo import pages
from bpokpo.loader import load_content
from bpokpo.model import Content
from bpokpo.site_build import LANGUAGES
from bpokpo.site_map import SitePage, site_pages

STATIC_DOCS = "docs-static"  # inside the project copy: one folder per language
SITE_NAME_FILE = "site_name.txt"  # the site name, which the config hook would take from the data


def page_markdown(content: Content, language: str, page: SitePage) -> str:
    """What the page stub's macro call expands to, with its title and description as front matter."""
    if page.kind == "term":
        assert page.term_id is not None
        body = pages.term_page(content, language, page.url, page.term_id)
    else:
        render: Callable[[Content, str, str], str] = getattr(pages, f"{page.kind}_page")
        body = render(content, language, page.url)
    meta = {"title": page.title(language), "description": page.description(language)}
    return f"---\n{yaml.safe_dump(meta, allow_unicode=True, width=1000)}---\n\n{body}"


def write_static_pages(project: Path) -> Path:
    """Write docs-static/<language>/ for every language of ``project``; return docs-static."""
    content = load_content(str(project / "data"))
    static = project / STATIC_DOCS
    for language in LANGUAGES:
        docs = static / language
        if docs.exists():
            shutil.rmtree(docs)
        # Everything that is not a page stub (stylesheets, favicon) as it is.
        shutil.copytree(project / "docs", docs, ignore=shutil.ignore_patterns("*.md"))
        for page in site_pages(content):
            (docs / page.source).write_text(page_markdown(content, language, page), encoding="utf-8")
        (docs / SITE_NAME_FILE).write_text(content.title(language), encoding="utf-8")
    return static
