"""At 360 x 740: no page scrolls sideways, targets are big enough to tap, the table stays readable."""

from __future__ import annotations

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


# Words inside ``selector`` whose letters sit on more than one line: broken in the middle. A
# break after a hyphen ("non-|core") or at a soft hyphen ("produc-|tivity") is a proper one.
BROKEN_WORDS = """(selector) => {
  // A word is broken where two of its letters sit on different lines, unless the first is a
  // hyphen or a soft hyphen (bpokpo.soft_hyphens), which shows as one there. Each letter's last
  // box: at a soft hyphen's break the next letter's range also reports the hyphen's box.
  const letterBox = (node, index) => {
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    return [...range.getClientRects()].filter(r => r.width > 0).pop();
  };
  const broken = [];
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement.checkVisibility()) continue;
      for (const match of node.textContent.matchAll(/\\S+/g)) {
        let previous = null;
        for (let index = match.index; index < match.index + match[0].length; index++) {
          const box = letterBox(node, index);
          if (!box) continue;
          const hyphen = "-\u00ad".includes(node.textContent[index - 1]);
          if (previous && Math.round(box.bottom) !== Math.round(previous.bottom) && !hyphen) {
            broken.push(match[0]);
            break;
          }
          previous = box;
        }
      }
    }
  }
  return broken;
}"""


@pytest.mark.parametrize("width", [320, 360, 414])
@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_on_phones_each_row_heading_spans_its_card_and_breaks_no_word(
    browser: Browser, site: SiteUnderTest, language: str, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 740}, has_touch=True, is_mobile=True)
    phone = context.new_page()
    phone.goto(f"{site.url}/{language}/comparison/#{site.content.dimensions[-1].id}")
    rows = phone.locator("table.bk-table tbody tr")
    for index in range(rows.count()):
        row, heading = rows.nth(index).bounding_box(), rows.nth(index).locator("th").bounding_box()
        assert row is not None and heading is not None
        assert heading["width"] >= row["width"] - 4, f"row {index}: its heading is squeezed to {heading['width']} px"
    assert phone.evaluate(BROKEN_WORDS, "table.bk-table th, table.bk-table td") == []
    context.close()


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_home_and_comparison_do_not_scroll_sideways_at_320(
    browser: Browser, site: SiteUnderTest, language: str
) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640}, has_touch=True, is_mobile=True)
    phone = context.new_page()
    for path in ("", "comparison/"):
        phone.goto(f"{site.url}/{language}/{path}")
        assert phone.evaluate("document.scrollingElement.scrollWidth") <= 320, path
    context.close()
