"""The built site serves every download at its stable URL, made from the data, linked from the pages."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from datafactory import REPO
from htmlpage import HtmlPage

from bpokpo import load_content
from bpokpo.exports import comparison_csv, comparison_json
from bpokpo.infographic import infographic_for

CONTENT = load_content(str(REPO / "data"))
STABLE_URLS = (
    "downloads/bpo-kpo-slide.{language}.png",
    "downloads/bpo-kpo-infographic.{language}.svg",
    "downloads/bpo-kpo-infographic.{language}.png",
    "downloads/bpo-kpo-comparison.{language}.json",
    "downloads/bpo-kpo-comparison.{language}.csv",
)


@pytest.mark.parametrize("language", CONTENT.languages)
def test_every_download_is_at_its_stable_url(built_site: Path, language: str) -> None:
    root = built_site / language
    slide, svg, png, data, table = (root / url.format(language=language) for url in STABLE_URLS)
    assert slide.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    parsed = ET.parse(svg).getroot()
    assert parsed.get("role") == "img"
    assert float(parsed.get("width", 0)) == infographic_for(CONTENT, language, "", "landscape").width
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert json.loads(data.read_text(encoding="utf-8"))["language"] == language
    assert data.read_text(encoding="utf-8") == comparison_json(CONTENT, language)
    assert table.read_bytes() == comparison_csv(CONTENT, language).encode("utf-8")
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("language", CONTENT.languages)
def test_pages_link_the_downloads(built_site: Path, language: str) -> None:
    def hrefs(page: str) -> set[str]:
        html = HtmlPage.read(built_site / language / page / "index.html")
        return {e.attrs["href"] for e in html.inside("a", "ul.bk-downloads") if "download" in e.attrs}

    expected = {"../" + url.format(language=language) for url in STABLE_URLS}
    assert hrefs("infographic") == expected
    assert hrefs("comparison") == {url for url in expected if "comparison" in url}


@pytest.mark.parametrize("language", CONTENT.languages)
def test_infographic_page_shows_both_shapes_with_linked_bands(built_site: Path, language: str) -> None:
    html = HtmlPage.read(built_site / language / "infographic" / "index.html")
    graphics = html.inside("svg", "figure.bk-infographic")
    assert sorted(c for g in graphics for c in g.classes if c.startswith("bk-ig--")) == [  # both page shapes
        "bk-ig--landscape",
        "bk-ig--portrait",
    ]
    links = [e.attrs["href"] for e in html.inside("a", "figure.bk-infographic") if "bk-ig-link" in e.classes]
    expected = [f"../comparison/#{d.id}" for d in CONTENT.dimensions_in("infographic")]
    assert links == expected * 2
