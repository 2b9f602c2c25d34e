"""The built site serves every download at its stable URL, made from the data, linked from the pages."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from site_under_test import SiteUnderTest

from bpokpo.exports import comparison_csv, comparison_json
from bpokpo.infographic import infographic_for

STABLE_URLS = (
    "downloads/bpo-kpo-slide.{language}.png",
    "downloads/bpo-kpo-infographic.{language}.svg",
    "downloads/bpo-kpo-infographic.{language}.png",
    "downloads/bpo-kpo-comparison.{language}.json",
    "downloads/bpo-kpo-comparison.{language}.csv",
)


def test_every_download_is_at_its_stable_url(site: SiteUnderTest) -> None:
    for language in site.languages:
        root = site.out / language
        slide, svg, png, data, table = (root / url.format(language=language) for url in STABLE_URLS)
        assert slide.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        parsed = ET.parse(svg).getroot()
        assert parsed.get("role") == "img"
        assert float(parsed.get("width", 0)) == infographic_for(site.content, language, "", "landscape").width
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        exported = json.loads(data.read_text(encoding="utf-8"))
        assert exported["language"] == language
        assert [term["id"] for term in exported["terms"]] == [term.id for term in site.content.terms]
        assert [d["id"] for d in exported["dimensions"]] == [d.id for d in site.content.dimensions]
        assert data.read_text(encoding="utf-8") == comparison_json(site.content, language)
        assert table.read_bytes() == comparison_csv(site.content, language).encode("utf-8")
        assert table.read_bytes().startswith(b"\xef\xbb\xbf")
        assert table.read_bytes().count(b"\r\n") == 1 + len(site.content.dimensions)  # a header, a row each


def test_pages_link_the_downloads(site: SiteUnderTest) -> None:
    for language in site.languages:

        def hrefs(page: str, language: str = language) -> set[str]:
            html = site.html(language, page)
            return {e.attrs["href"] for e in html.inside("a", "ul.bk-downloads") if "download" in e.attrs}

        expected = {"../" + url.format(language=language) for url in STABLE_URLS}
        assert hrefs("infographic/") == expected
        assert hrefs("comparison/") == {url for url in expected if "comparison" in url}


def test_infographic_page_shows_both_shapes_with_linked_bands(site: SiteUnderTest) -> None:
    expected = [f"../comparison/#{d.id}" for d in site.content.dimensions_in("infographic")]
    for language in site.languages:
        html = site.html(language, "infographic/")
        graphics = html.inside("svg", "figure.bk-infographic")
        assert sorted(c for g in graphics for c in g.classes if c.startswith("bk-ig--")) == [  # both page shapes
            "bk-ig--landscape",
            "bk-ig--portrait",
        ]
        links = [e.attrs["href"] for e in html.inside("a", "figure.bk-infographic") if "bk-ig-link" in e.classes]
        assert links == expected * 2 and expected
