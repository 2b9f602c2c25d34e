"""Printing: the content alone, without controls or headings left empty; the whole comparison
table, and under each aspect the short published address of its row, never a local one and
never broken inside a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page
from site_under_test import UNEDITED, SiteUnderTest, in_languages

from bpokpo.public_address import address_pieces, public_site_url

pytestmark = pytest.mark.browser

PAPER_WIDTH = 700  # px: an A4 or Letter page less its margins, at 96 px per inch
CONTROLS = ".bk-copy-link, .bk-languages, .md-content__button, .md-typeset .headerlink, .md-header, .md-search"

# Visible section headings (H2 to H4) of the article with no visible text between them and the
# next heading of the same or a higher level, or the end of the article's content (its footer,
# the page's dates and sources, belongs to no section).
EMPTY_HEADINGS = """() => {
  const article = document.querySelector('.md-content article');
  const shown = e => e.checkVisibility() && e.getBoundingClientRect().height > 0;
  const after = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  const headings = [...article.querySelectorAll('h1, h2, h3, h4')].filter(shown);
  const texts = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (node.textContent.trim() && shown(parent) && !parent.closest('h1, h2, h3, h4, footer')) {
      texts.push(node);
    }
  }
  return headings.filter(h => h.tagName !== 'H1').filter(heading => {
    const level = Number(heading.tagName[1]);
    const next = headings.find(h => after(heading, h) && Number(h.tagName[1]) <= level);
    return !texts.some(text => after(heading, text) && (!next || after(text, next)));
  }).map(h => h.textContent.trim());
}"""

# Each piece of each printed address, and how many lines it takes.
ADDRESS_LINES = """() => [...document.querySelectorAll('.bk-printed-address')].map(address => ({
  text: address.textContent,
  pieces: [...address.querySelectorAll(':scope > span')].map(piece => {
    const range = document.createRange();
    range.selectNodeContents(piece);
    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
  }),
}))"""


def print_view(page: Page) -> None:
    page.set_viewport_size({"width": PAPER_WIDTH, "height": 1000})
    page.emulate_media(media="print")


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_no_page_prints_controls_or_empty_headings(page: Page, site: SiteUnderTest, language: str) -> None:
    print_view(page)
    failures = []
    for path in site.built_pages(language):
        page.goto(f"{site.url}/{path}")
        shown = page.locator(CONTROLS).evaluate_all("all => all.filter(e => e.checkVisibility()).map(e => e.outerHTML)")
        failures += [f"{path}: prints a control: {html[:90]}" for html in shown]
        failures += [f"{path}: prints an empty heading: {text}" for text in page.evaluate(EMPTY_HEADINGS)]
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_comparison_prints_the_whole_table_with_short_published_row_addresses(
    page: Page, site: SiteUnderTest, language: str
) -> None:
    print_view(page)
    page.goto(f"{site.url}/{language}/comparison/")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-skip"):
        assert page.locator(chrome).first.is_hidden(), chrome
    table = page.locator("table.bk-table")
    assert table.evaluate("t => t.getBoundingClientRect().right <= t.parentElement.getBoundingClientRect().right")
    assert table.evaluate("t => getComputedStyle(t).display") == "table"
    assert page.locator("table.bk-table thead").is_visible()
    rows = table.locator("tbody tr")
    assert rows.count() == len(site.content.dimensions)
    for row in rows.all():
        assert row.is_visible()
    addresses = page.evaluate(ADDRESS_LINES)
    root = public_site_url(f"{site.url}/{language}/", language)
    expected = ["".join(address_pieces(f"{root}comparison/#{d.id}")) for d in site.content.dimensions]
    assert [address["text"] for address in addresses] == expected
    for address in addresses:
        assert "127.0.0.1" not in address["text"] and "localhost" not in address["text"]
        assert not address["text"].startswith(("http:", "https:")), "the address is not short"
        assert address["pieces"] == [1] * len(address["pieces"]), f"{address['text']} breaks inside a piece"
    assert page.locator(".bk-printed-address").first.is_visible()


@pytest.mark.sites(UNEDITED)
def test_row_addresses_are_not_shown_on_screen(page: Page, site: SiteUnderTest) -> None:
    page.goto(f"{site.url}/en/comparison/")
    assert page.locator(".bk-printed-address").count() == len(site.content.dimensions)
    assert page.locator(".bk-printed-address").evaluate_all("all => all.every(e => !e.checkVisibility())")


@pytest.mark.sites(UNEDITED)
def test_comparison_prints_to_pdf(page: Page, site: SiteUnderTest, tmp_path: Path) -> None:
    page.goto(f"{site.url}/en/comparison/")
    pdf = page.pdf(path=str(tmp_path / "comparison.pdf"), format="A4")
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 10_000
