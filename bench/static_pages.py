"""The site's pages saved as static Markdown: the baseline for the generation overhead.

``write_static_pages`` renders every page of every language once, as the macros in
``macros.py`` do (the page, then its facts footer; its title and description as front
matter), term pages included, into docs-static/<language>/ of a project copy.
``bench.static_build`` builds the site from those files.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import yaml
from mkdocs.utils.meta import get_data

from bpokpo import pages
from bpokpo.data_history import DataHistory
from bpokpo.loader import load_content
from bpokpo.model import Content
from bpokpo.page_facts import page_facts
from bpokpo.site_build import LANGUAGES
from bpokpo.site_map import SitePage, site_pages

STATIC_DOCS = "docs-static"  # inside the project copy: one folder per language


def page_markdown(
    content: Content, language: str, page: SitePage, history: DataHistory, stub_meta: dict[str, object]
) -> str:
    """What the page stub expands to: its front matter with the title and description, the page, its facts."""
    if page.kind == "term":
        assert page.term_id is not None
        body = pages.term_page(content, language, page.url, page.term_id)
    else:
        render: Callable[[Content, str, str], str] = getattr(pages, f"{page.kind}_page")
        body = render(content, language, page.url)
    meta = {**stub_meta, "title": page.title(language), "description": page.description(language)}
    facts = page_facts(content, language, page, history)
    return f"---\n{yaml.safe_dump(meta, allow_unicode=True, width=1000)}---\n\n{body}\n{facts}"


def stub_meta(stub: Path) -> dict[str, object]:
    """The front matter of a page stub (such as ``hide: [toc]``); none for generated term pages."""
    if not stub.is_file():
        return {}
    _, meta = get_data(stub.read_text(encoding="utf-8"))
    return dict(meta)


def write_static_pages(project: Path) -> Path:
    """Write docs-static/<language>/ for every language of ``project``; return docs-static."""
    data_dir = str(project / "data")
    content, history = load_content(data_dir), DataHistory(data_dir)
    static = project / STATIC_DOCS
    for language in LANGUAGES:
        docs = static / language
        if docs.exists():
            shutil.rmtree(docs)
        # Everything that is not a page stub (stylesheets, scripts, favicon) as it is.
        shutil.copytree(project / "docs", docs, ignore=shutil.ignore_patterns("*.md"))
        for page in site_pages(content):
            markdown = page_markdown(content, language, page, history, stub_meta(project / "docs" / page.source))
            (docs / page.source).write_text(markdown, encoding="utf-8")
    return static
