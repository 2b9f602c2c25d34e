"""The facts block under each page: its date, its sources, every data string escaped."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

from datafactory import minimal_data

from bpokpo import load_content
from bpokpo.data_history import DataHistory
from bpokpo.model import Source, Text
from bpokpo.page_facts import page_facts
from bpokpo.site_map import page_for_source

WHEN = datetime(2025, 4, 3, 2, 1, 0, tzinfo=UTC)


class FixedHistory(DataHistory):
    def __init__(self, when: datetime | None) -> None:
        self.when = when
        self.asked: list[str] = []

    def last_changed(self, relative_paths):  # type: ignore[no-untyped-def]
        self.asked = list(relative_paths)
        return self.when


def test_a_term_page_shows_its_date_and_its_terms_sources(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path)))
    sources = (
        Source("article", Text({"sv": "Artikeln", "en": "The article"}), "https://example.org/a?b=1&c=2"),
        Source("book", Text({"sv": "Boken", "en": "The book"})),
    )
    term = dataclasses.replace(content.terms[0], sources=sources)
    content = dataclasses.replace(content, terms=(term, *content.terms[1:]))
    history = FixedHistory(WHEN)
    page = page_for_source(content, f"{term.id}.md")
    assert page is not None
    html = page_facts(content, "en", page, history)
    assert history.asked == [f"terms/{term.id}.yml", "dimensions.yml"]
    assert '<time datetime="2025-04-03T02:01:00+00:00">2025-04-03</time>' in html
    assert '<a href="https://example.org/a?b=1&amp;c=2">The article</a>;' in html
    assert "<cite>The book</cite>." in html
    assert html.startswith("\n<footer")  # a raw HTML block: Markdown leaves it alone
    other = page_for_source(content, f"{content.terms[1].id}.md")
    assert other is not None and "The book" not in page_facts(content, "en", other, history)


def test_a_page_about_every_term_lists_the_sites_and_every_terms_sources_once(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path)))
    own = Source("own", Text({"sv": "Egen källa", "en": "Own source"}), "https://example.org/own")
    terms = (dataclasses.replace(content.terms[0], sources=(*content.terms[0].sources, own)), *content.terms[1:])
    content = dataclasses.replace(content, terms=terms)
    page = page_for_source(content, "comparison.md")
    assert page is not None
    expected = [*content.sources, own]  # every term also cites the site's own source: listed once
    assert [source.id for source in page.sources] == [source.id for source in expected]
    html = page_facts(content, "en", page, FixedHistory(WHEN))
    assert html.count(content.sources[0].title("en")) == 1 and "Own source" in html


def test_no_date_no_time_element(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path)))
    page = page_for_source(content, "index.md")
    assert page is not None
    html = page_facts(content, "sv", page, FixedHistory(None))
    assert "<time" not in html
    assert "Article på svenska" in html


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path)))
    evil = Text({"sv": "<script>alert(1)</script>", "en": '"><img src=x onerror=alert(1)>'})
    content = dataclasses.replace(content, sources=(Source("x", evil, 'https://x.org/"><script>'),))
    page = page_for_source(content, "index.md")
    assert page is not None
    html = page_facts(content, "en", page, FixedHistory(WHEN)) + page_facts(content, "sv", page, FixedHistory(WHEN))
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&#34;&gt;&lt;img" in html
