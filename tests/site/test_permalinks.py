"""Links never break: registered anchors, former ids, moved pages and link previews in the built site."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from conftest import MOVED_PAGES, RENAMED_ITEMS
from datafactory import REPO
from htmlpage import HtmlPage

from bpokpo import load_content
from bpokpo.anchor_registry import ADD_COMMAND, REGISTRY_DIR, broken_anchor_message, read_registry, unregistered_anchors
from bpokpo.page_anchors import page_anchors
from bpokpo.page_redirects import load_redirects, redirected_url
from bpokpo.site_map import SitePage, site_pages

CONTENT = load_content(str(REPO / "data"))
LANGUAGES = CONTENT.languages
PAGES = site_pages(CONTENT)
REGISTRY = read_registry(str(REPO / REGISTRY_DIR))
REDIRECTS = load_redirects(str(REPO / "data"), tuple(page.url for page in PAGES))


def html(site: Path, language: str, url: str) -> HtmlPage:
    return HtmlPage.read(site / language / url / "index.html")


def test_every_published_anchor_is_registered() -> None:
    missing = unregistered_anchors(CONTENT, REGISTRY)
    assert not missing, (
        f"These anchors are published but not in {REGISTRY_DIR}/: "
        + ", ".join(f"/{url}#{anchor}" for url, anchor in missing)
        + f". Run `{ADD_COMMAND}` and commit the changed files in {REGISTRY_DIR}/."
    )


def test_the_registry_covers_every_page() -> None:
    assert {anchor.page_url for anchor in REGISTRY} >= {page.url for page in PAGES}
    assert len(REGISTRY) >= 60  # every anchor published so far; the registry never shrinks


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_registered_anchor_is_on_its_page(built_site: Path, language: str) -> None:
    """The promise to readers: a published link keeps landing on something, in every language."""
    broken = []
    for anchor in REGISTRY:
        url = redirected_url(REDIRECTS, anchor.page_url)
        page = built_site / language / url / "index.html"
        if not page.exists() or anchor.id not in HtmlPage.read(page).ids():
            broken.append(f"/{language}/: " + broken_anchor_message(anchor, url))
    assert not broken, "\n".join(broken)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_anchor_list_matches_the_built_pages(built_site: Path, language: str) -> None:
    """page_anchors() mirrors the templates: each listed id and former id is on the built page."""
    for page in PAGES:
        ids = html(built_site, language, page.url).ids()
        for anchor in page_anchors(CONTENT, page):
            assert ids.count(anchor.id) == 1, f"/{language}/{page.url}#{anchor.id}"
            for alias in anchor.aliases:
                assert ids.count(alias) == 1, f"/{language}/{page.url}#{alias}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_heading_is_a_listed_anchor(built_site: Path, language: str) -> None:
    """The other way round: a heading added to a template is published, so it must be listed too."""
    for page in PAGES:
        built = html(built_site, language, page.url)
        headings = [e.attrs["id"] for e in built.inside("h2", "article") if "id" in e.attrs]
        listed = {anchor.id for anchor in page_anchors(CONTENT, page)}
        assert set(headings) <= listed, f"/{language}/{page.url}: {set(headings) - listed}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_item_has_one_copy_control_in_the_page_language(built_site: Path, language: str) -> None:
    comparison = html(built_site, language, "comparison/")
    buttons = comparison.find("button", "bk-copy-link")
    table = CONTENT.dimensions_in("table")
    # one per row; the key differences link to the rows, whose addresses are the ones to share
    assert [b.attrs["data-bk-anchor"] for b in buttons] == [d.id for d in table]
    prefix = CONTENT.ui["copy_link_to"](language)
    assert buttons[0].attrs["aria-label"] == f"{prefix} {table[0].label(language)}"
    bpo = html(built_site, language, "bpo/")
    term = CONTENT.term("bpo")
    assert [b.attrs["data-bk-anchor"] for b in bpo.find("button", "bk-copy-link")] == [
        *(t.id for t in term.types),
        *(a.id for a in term.activities),
    ]
    assert len(html(built_site, language, "").find("button", "bk-copy-link")) == len(CONTENT.terms)
    assert len(comparison.find("p", "bk-copy-status")) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_permalink_script_and_styles_are_on_every_page(built_site: Path, language: str) -> None:
    for page in PAGES:
        page_html = html(built_site, language, page.url)
        assert any(s.attrs.get("src", "").endswith("javascripts/permalinks.js") for s in page_html.find("script"))
        assert any(link.attrs.get("href", "").endswith("stylesheets/permalinks.css") for link in page_html.find("link"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.url or "home")
def test_link_preview_of_every_page(built_site: Path, language: str, page: SitePage) -> None:
    head = html(built_site, language, page.url)
    canonical = [link.attrs["href"] for link in head.find("link") if link.attrs.get("rel") == "canonical"]
    assert len(canonical) == 1 and urlsplit(canonical[0]).path == f"/{language}/{page.url}"
    assert head.meta("og:url") == canonical[0]
    assert head.meta("og:title") == page.title(language)
    assert head.meta("og:description") == page.description(language) == head.meta("description")
    assert head.meta("og:locale") == {"sv": "sv_SE", "en": "en_GB"}[language]
    assert head.meta("og:locale:alternate") == {"sv": "en_GB", "en": "sv_SE"}[language]
    assert head.meta("twitter:card") == "summary"
    # hreflang lives in the sitemap; the head must not claim another page as this one's translation
    assert not [link for link in head.find("link") if "hreflang" in link.attrs]


@pytest.mark.parametrize("language", LANGUAGES)
def test_sitemap_lists_every_page_in_every_language(built_site: Path, language: str) -> None:
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    urls = ElementTree.parse(built_site / language / "sitemap.xml").getroot().findall("s:url", namespaces)
    locs = [urlsplit(url.findtext("s:loc", "", namespaces)).path for url in urls]
    assert sorted(locs) == sorted(f"/{language}/{page.url}" for page in PAGES)
    for url, loc in zip(urls, locs, strict=True):
        alternates = [(a.get("hreflang"), urlsplit(a.get("href", "")).path) for a in url.findall("x:link", namespaces)]
        page_url = loc.removeprefix(f"/{language}/")
        assert alternates == [(other, f"/{other}/{page_url}") for other in LANGUAGES], loc


# The same checks on a build where items were renamed (keeping their old ids as aliases)
# and a page was moved (keeping a redirect): every published link still resolves.


@pytest.mark.parametrize("language", LANGUAGES)
def test_after_renaming_every_registered_anchor_still_resolves(moved_site: tuple[Path, int], language: str) -> None:
    site, _ = moved_site
    broken = [
        f"/{language}/{anchor.page_url}#{anchor.id}"
        for anchor in REGISTRY
        if anchor.id not in html(site, language, anchor.page_url).ids()
    ]
    assert not broken
    comparison = html(site, language, "comparison/")
    for old, new in RENAMED_ITEMS.items():
        page = comparison if old == "complexity" else html(site, language, "bpo/")
        marker = next(e for e in page.elements if e.attrs.get("id") == old)
        assert marker.tag == "span" and "bk-alias" in marker.classes
        assert page.ids().count(new) == 1
    assert "difference-complexity" in comparison.ids() and "difference-complexity-level" in comparison.ids()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_moved_page_leaves_a_redirect_in_every_language(moved_site: tuple[Path, int], language: str) -> None:
    site, port = moved_site
    for old, new in MOVED_PAGES.items():
        page = (site / language / old / "index.html").read_text(encoding="utf-8")
        assert f'<html lang="{language}">' in page
        assert 'location.replace("../comparison/" + location.search + location.hash)' in page
        assert f'<link rel="canonical" href="http://127.0.0.1:{port}/{language}/{new}">' in page
