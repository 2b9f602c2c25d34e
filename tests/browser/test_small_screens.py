"""At 360 x 740: no page scrolls sideways, targets are big enough to tap, the table stays readable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page
from site_under_test import SiteUnderTest, in_languages
from sitepages import MOBILE

pytestmark = pytest.mark.browser

# Every control a finger can hit in the header, the content and the footer, that is shown
# (not transparent, not of zero size: Material hides some inputs and shows their labels instead).
SMALL_TARGETS = """() => {
  const controls = 'a[href], button, input, select, textarea, summary, label[for], [tabindex]:not([tabindex="-1"])';
  const inSentence = element => {
    // WCAG 2.5.8's inline exception: a link within a line of text is sized by that text.
    if (getComputedStyle(element).display !== 'inline') return false;
    const block = element.parentElement.closest('p, li, td, dd, dt, th, figcaption, blockquote');
    return block !== null && block.textContent.trim().length > element.textContent.trim().length;
  };
  return [...document.querySelectorAll('.md-header, .md-content, .md-footer')]
    .flatMap(region => [...region.querySelectorAll(controls)])
    .filter(element => element.checkVisibility({visibilityProperty: true, opacityProperty: true}))
    .map(element => [element, element.getBoundingClientRect()])
    .filter(([element, box]) => box.width * box.height > 0 && (box.width < 24 || box.height < 24))
    .filter(([element]) => !inSentence(element))
    .map(([element, box]) =>
      `${element.outerHTML.slice(0, 90)}: ${box.width.toFixed(1)} x ${box.height.toFixed(1)}`);
}"""


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=MOBILE, has_touch=True, is_mobile=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_no_page_scrolls_sideways_and_every_target_is_24px(phone: Page, site: SiteUnderTest, language: str) -> None:
    failures = []
    pages = site.built_pages(language)
    for path in pages:
        phone.goto(f"{site.url}/{path}")
        # Against the phone's own width: a phone zooms out to fit a page that is too wide, so the
        # window's width grows with the page's and would hide it.
        width = phone.evaluate("document.documentElement.scrollWidth")
        if width > MOBILE["width"]:
            failures.append(f"{path}: page is {width} px wide on a {MOBILE['width']} px screen")
        failures += [f"{path}: small target {target}" for target in phone.evaluate(SMALL_TARGETS)]
    assert len(pages) > len(site.pages)  # every page, and the 404 page
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_comparison_table_reads_as_one_card_per_dimension(phone: Page, site: SiteUnderTest, language: str) -> None:
    phone.goto(f"{site.url}/{language}/comparison/")
    table = phone.locator("table.bk-table")
    assert table.evaluate("t => t.scrollWidth <= t.parentElement.clientWidth")
    rows = table.locator("tbody tr")
    assert rows.count() == len(site.content.dimensions_in("table"))
    terms = [term.abbreviation for term in site.content.terms]
    for index in range(rows.count()):
        row = rows.nth(index)
        heading = row.locator("th").bounding_box()
        assert heading is not None
        for cell, term in zip(row.locator("td").all(), terms, strict=True):
            box = cell.bounding_box()
            assert box is not None
            # the dimension's name is above its values, and each value says whose it is
            assert box["y"] >= heading["y"] + heading["height"] - 1
            assert box["x"] + box["width"] <= MOBILE["width"]
            label = cell.evaluate("c => getComputedStyle(c, '::before').content")
            assert label == f'"{term}"'
