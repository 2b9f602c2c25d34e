"""The trust signals under every generated page: when its facts last changed, and their sources."""

from __future__ import annotations

from bpokpo.citations import cited_source_ids
from bpokpo.data_history import DataHistory
from bpokpo.model import Content
from bpokpo.render import environment
from bpokpo.site_map import SitePage


def page_facts(content: Content, language: str, page: SitePage, history: DataHistory) -> str:
    """A raw HTML block to end the page's Markdown with (every data string escaped)."""
    changed = history.last_changed(page.data_files)
    return (
        environment()
        .get_template("page_facts.html.j2")
        .render(
            ui=lambda key: content.ui[key](language),
            lang=language,
            changed=changed,
            sources=page.sources,
            cites_public_sources=bool(cited_source_ids(content, page.kind)),
        )
    )
