"""Connects the bpokpo package to mkdocs-macros: the page stubs call these macros.

Everything the site says is loaded from data/ once per build; a data problem stops the
build with the validator's own messages.
"""

from __future__ import annotations

import os
from functools import partial

from bpokpo import pages
from bpokpo.mkdocs_site import content_for, history_for, page_language, theme_text
from bpokpo.page_facts import page_facts
from bpokpo.site_map import page_for_source


def define_env(env) -> None:  # type: ignore[no-untyped-def]
    data_dir = os.path.join(env.project_dir, "data")
    content = content_for(data_dir)
    language = page_language(env.conf)

    def page_url() -> str:
        return str(env.page.url)

    for name in ("home_page", "conclusion_page", "choose_page", "glossary_page", "buying_page"):
        render = getattr(pages, name)
        env.macro(lambda render=render: render(content, language, page_url()), name)
    site_url = str(env.conf["site_url"] or "")
    env.macro(lambda: pages.infographic_page(content, language, page_url(), site_url), "infographic_page")
    env.macro(lambda: pages.comparison_page(content, language, page_url(), site_url), "comparison_page")
    env.macro(lambda term_id: pages.term_page(content, language, page_url(), term_id), "term_page")

    env.variables["site_page"] = partial(page_for_source, content)
    env.variables["page_facts"] = partial(page_facts, content, language, history=history_for(data_dir))


def on_post_page_macros(env) -> None:  # type: ignore[no-untyped-def]
    """Title and meta description come from the data, never from the page stub; every generated
    page ends with when its facts last changed and where they come from.

    The title is set here, after mkdocs-macros has rendered the page: it renders a page title
    that looks like a template, and a title from the data must never run as one.
    """
    page = env.variables["site_page"](env.page.file.src_uri)
    if page is not None:
        language = page_language(env.conf)
        env.page.meta["title"] = theme_text(page.title(language))  # Material prints it unescaped
        env.page.meta["description"] = page.description(language)
        env.markdown += env.variables["page_facts"](page)
