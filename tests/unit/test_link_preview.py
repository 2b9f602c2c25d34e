"""Link previews: Open Graph and Twitter card tags from the data, escaped, with every language version."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from datafactory import minimal_data
from htmlpage import HtmlPage

from bpokpo import load_content
from bpokpo.link_preview import link_preview, link_preview_tags
from bpokpo.model import Content, Text
from bpokpo.site_map import site_pages

SITES = {"sv": "https://example.org/sv/", "en": "https://example.org/en"}  # with and without the final slash


@pytest.fixture
def content(tmp_path: Path) -> Content:
    return load_content(str(minimal_data(tmp_path)))


def tags(markup: str) -> dict[str, list[str]]:
    page = HtmlPage()
    page.feed(markup)
    found: dict[str, list[str]] = {}
    for meta in page.find("meta"):
        found.setdefault(meta.attrs.get("property") or meta.attrs["name"], []).append(meta.attrs["content"])
    return found


def test_a_term_page_preview_in_swedish(content: Content) -> None:
    page = next(p for p in site_pages(content) if p.term_id == "aaa")
    preview = link_preview(content, page, "sv", SITES)
    found = tags(link_preview_tags(preview))
    assert found["og:url"] == ["https://example.org/sv/aaa/"]
    assert found["og:title"] == found["twitter:title"] == [page.title("sv")]
    assert found["og:description"] == [page.description("sv")]
    assert found["og:locale"] == ["sv_SE"]
    assert found["og:locale:alternate"] == ["en_GB"]
    assert found["og:site_name"] == [content.title("sv")]
    assert found["twitter:card"] == ["summary_large_image"]
    assert found["og:image"] == found["twitter:image"] == ["https://example.org/sv/previews/aaa.png"]
    assert (found["og:image:width"], found["og:image:height"]) == (["1200"], ["630"])
    assert found["og:image:alt"] == found["twitter:image:alt"] == [preview.image.alt]
    assert preview.image.alt.startswith(f"{content.title('sv')}: {page.title('sv')}")
    assert [(v.language, v.url) for v in preview.versions] == [
        ("sv", "https://example.org/sv/aaa/"),
        ("en", "https://example.org/en/aaa/"),
    ]


def test_preview_texts_are_escaped(content: Content) -> None:
    page = site_pages(content)[0]
    evil = Text({"sv": '"><script>alert(1)</script>', "en": 'Tom & Jerry\'s "quote"'})
    page = dataclasses.replace(page, title=evil, description=evil)
    markup = str(link_preview_tags(link_preview(content, page, "sv", SITES)))
    assert "<script>" not in markup
    assert 'content="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in markup
    english = tags(link_preview_tags(link_preview(content, page, "en", SITES)))
    assert english["og:title"] == ['Tom & Jerry\'s "quote"']  # intact once parsed
