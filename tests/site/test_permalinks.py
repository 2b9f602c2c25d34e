"""Links never break: registered anchors, former ids, moved pages and link previews in the built site."""

from __future__ import annotations

from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from content_edits import MOVED_PAGES, renamed_items
from site_under_test import SiteUnderTest

from bpokpo.anchor_registry import ADD_COMMAND, REGISTRY_DIR, broken_anchor_message, unregistered_anchors
from bpokpo.anchors import difference_anchor
from bpokpo.page_anchors import page_anchors
from bpokpo.page_redirects import redirected_url


def test_every_published_anchor_is_registered(site: SiteUnderTest) -> None:
    missing = unregistered_anchors(site.content, site.registry)
    assert not missing, (
        f"These anchors are published but not in {REGISTRY_DIR}/: "
        + ", ".join(f"/{url}#{anchor}" for url, anchor in missing)
        + f". Run `{ADD_COMMAND}` and commit the changed files in {REGISTRY_DIR}/."
    )


def test_the_registry_covers_every_page(site: SiteUnderTest) -> None:
    assert {anchor.page_url for anchor in site.registry} >= {page.url for page in site.pages}


def test_every_registered_anchor_is_on_its_page(site: SiteUnderTest) -> None:
    """The promise to readers: a published link keeps landing on something, in every language."""
    broken = []
    for language in site.languages:
        for anchor in site.registry:
            url = redirected_url(site.redirects, anchor.page_url)
            page = site.out / language / url / "index.html"
            if not page.exists() or anchor.id not in site.html(language, url).ids():
                broken.append(f"/{language}/: " + broken_anchor_message(anchor, url))
    assert site.registry
    assert not broken, "\n".join(broken)


def test_the_anchor_list_matches_the_built_pages(site: SiteUnderTest) -> None:
    """page_anchors() mirrors the templates: each listed id is on the built page, each former id as a
    marker inside its item."""
    for language in site.languages:
        for page in site.pages:
            html = site.html(language, page.url)
            ids = html.ids()
            for anchor in page_anchors(site.content, page):
                assert ids.count(anchor.id) == 1, f"/{language}/{page.url}#{anchor.id}"
                for alias in anchor.aliases:
                    assert ids.count(alias) == 1, f"/{language}/{page.url}#{alias}"
                    [marker] = [e for e in html.elements if e.attrs.get("id") == alias]
                    assert marker.tag == "span" and "bk-alias" in marker.classes, f"/{language}/{page.url}#{alias}"


def test_every_section_heading_is_a_listed_anchor(site: SiteUnderTest) -> None:
    """The other way round: a heading added to a template is published, so it must be listed too."""
    for language in site.languages:
        for page in site.pages:
            headings = [e.attrs["id"] for e in site.html(language, page.url).inside("h2", "article") if "id" in e.attrs]
            listed = {anchor.id for anchor in page_anchors(site.content, page)}
            assert set(headings) <= listed, f"/{language}/{page.url}: {set(headings) - listed}"


def test_every_item_has_one_copy_control_in_the_page_language(site: SiteUnderTest) -> None:
    content = site.content
    table = content.dimensions_in("table")
    for language in site.languages:
        comparison = site.html(language, "comparison/")
        buttons = comparison.find("button", "bk-copy-link")
        # one per row; the key differences link to the rows, whose addresses are the ones to share
        assert [b.attrs["data-bk-anchor"] for b in buttons] == [d.id for d in table]
        prefix = content.ui["copy_link_to"](language)
        assert buttons[0].attrs["aria-label"] == f"{prefix} {table[0].label(language)}"
        for term in content.terms:
            controls = site.html(language, f"{term.id}/").find("button", "bk-copy-link")
            assert [b.attrs["data-bk-anchor"] for b in controls] == [
                *(t.id for t in term.types),
                *(a.id for a in term.activities),
            ]
        assert len(site.html(language, "").find("button", "bk-copy-link")) == len(content.terms)
        assert len(comparison.find("p", "bk-copy-status")) == 1


def test_link_preview_of_every_page(site: SiteUnderTest) -> None:
    locales = {"sv": "sv_SE", "en": "en_GB"}
    for language in site.languages:
        for page in site.pages:
            head = site.html(language, page.url)
            where = f"/{language}/{page.url}"
            canonical = [link.attrs["href"] for link in head.find("link") if link.attrs.get("rel") == "canonical"]
            assert len(canonical) == 1 and urlsplit(canonical[0]).path == where
            assert head.meta("og:url") == canonical[0]
            assert head.meta("og:title") == page.title(language), where
            assert head.meta("og:description") == page.description(language) == head.meta("description"), where
            assert head.meta("og:locale") == locales[language]
            assert head.meta("og:locale:alternate") == {"sv": "en_GB", "en": "sv_SE"}[language]
            assert head.meta("og:site_name") == site.content.title(language)
            assert head.meta("twitter:card") == "summary_large_image"  # the image: tests/site/test_link_previews.py
            # hreflang lives in the sitemap; the head must not claim another page as this one's translation
            assert not [link for link in head.find("link") if "hreflang" in link.attrs]


def test_sitemap_lists_every_page_in_every_language(site: SiteUnderTest) -> None:
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    for language in site.languages:
        urls = ElementTree.parse(site.out / language / "sitemap.xml").getroot().findall("s:url", namespaces)
        locs = [urlsplit(url.findtext("s:loc", "", namespaces)).path for url in urls]
        assert sorted(locs) == sorted(f"/{language}/{page.url}" for page in site.pages)
        for url, loc in zip(urls, locs, strict=True):
            alternates = [
                (a.get("hreflang"), urlsplit(a.get("href", "")).path) for a in url.findall("x:link", namespaces)
            ]
            page_url = loc.removeprefix(f"/{language}/")
            assert alternates == [(other, f"/{other}/{page_url}") for other in site.languages], loc


# A copy where items were renamed (keeping their old ids as aliases) and a page was moved
# (keeping a redirect): the published links of the unedited site still resolve.


@pytest.mark.sites("renamed")
def test_renamed_items_keep_their_old_ids_as_markers_inside_them(site: SiteUnderTest) -> None:
    dimensions = {d.id for d in site.content.dimensions}
    for language in site.languages:
        for item in renamed_items():
            page = site.html(language, item.page_url)
            marker = next(e for e in page.elements if e.attrs.get("id") == item.old)
            assert marker.tag == "span" and "bk-alias" in marker.classes
            assert page.ids().count(item.new) == 1
            if item.new in dimensions:  # its key difference keeps the old anchor as well
                ids = page.ids()
                assert difference_anchor(item.old) in ids and difference_anchor(item.new) in ids


@pytest.mark.sites("renamed")
def test_a_moved_page_leaves_a_redirect_in_every_language(site: SiteUnderTest) -> None:
    assert {(r.old, r.new) for r in site.redirects} == set(MOVED_PAGES.items())
    for language in site.languages:
        for old, new in MOVED_PAGES.items():
            page = (site.out / language / old / "index.html").read_text(encoding="utf-8")
            back = "../" * old.count("/")
            assert f'<html lang="{language}">' in page
            assert f'location.replace("{back}{new}" + location.search + location.hash)' in page
            assert f'<link rel="canonical" href="{site.url}/{language}/{new}">' in page
