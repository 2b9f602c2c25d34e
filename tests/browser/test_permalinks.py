"""In Chromium: every registered link lands on its item, below the header and highlighted; the
copy control copies the absolute link; links survive a language switch, renamed items and moved pages."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

import pytest
from content_edits import MOVED_PAGES, renamed_items
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from site_under_test import EDITED, UNEDITED, SiteUnderTest, in_languages
from sitepages import open_by_instant_navigation, open_for_instant_navigation

from bpokpo.anchors import difference_anchor
from bpokpo.page_redirects import redirected_url

pytestmark = pytest.mark.browser

# Where the linked item is, relative to the sticky header and the window, and how it is marked.
LANDING = """(id) => {
  const element = document.getElementById(id);
  if (!element) return {found: false};
  const item = element.classList.contains("bk-alias") ? element.closest(".bk-item") : element;
  const box = item.getBoundingClientRect();
  const header = document.querySelector(".md-header").getBoundingClientRect();
  const style = getComputedStyle(item);
  const label = item.querySelector(".bk-item__label");
  const marker = getComputedStyle(label || item, "::before").content;
  return {
    found: true,
    item: item.id,
    top: Math.round(box.top),
    headerBottom: Math.round(header.bottom),
    windowHeight: innerHeight,
    outlined: item.classList.contains("bk-targeted") && style.outlineStyle !== "none"
      && parseFloat(style.outlineWidth) > 0,
    marker: marker !== "none" && marker !== "normal" && marker !== "",
  };
}"""


def landed_well(state: dict[str, Any]) -> bool:
    return bool(
        state["found"]
        and state["headerBottom"] <= state["top"] < state["windowHeight"]
        and state["outlined"]
        and state["marker"]
    )


def landing(page: Page, fragment: str) -> dict[str, Any]:
    """Waits until the item for ``fragment`` is shown well, or a short time has passed; returns its state."""
    try:
        page.wait_for_function(f"(id) => {{ const s = ({LANDING})(id); return s.found && s.outlined; }}", arg=fragment)
        page.wait_for_timeout(50)  # let scrolling settle
    except PlaywrightTimeout:
        pass
    state: dict[str, Any] = page.evaluate(LANDING, fragment)
    return state


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """Clipboard access, so that a test can read what the copy control copied."""
    return {**browser_context_args, "permissions": ["clipboard-read", "clipboard-write"]}


@pytest.fixture
def fast_timeouts(page: Page) -> Iterator[Page]:
    page.set_default_timeout(3000)
    yield page


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_every_registered_anchor_lands_below_the_header_and_highlighted(
    fast_timeouts: Page, site: SiteUnderTest, language: str
) -> None:
    """One page per language: the first anchor of each page by a fresh load, the rest by in-page links."""
    page = fast_timeouts
    script_errors: list[str] = []
    page.on("pageerror", lambda error: script_errors.append(str(error)))
    failures = []
    checked = 0
    for page_url, anchors in groupby(site.registry, key=lambda anchor: anchor.page_url):
        url = f"{site.url}/{language}/{redirected_url(site.redirects, page_url)}"
        for index, anchor in enumerate(anchors):
            if index == 0:
                page.goto(f"{url}#{anchor.id}")
            else:
                page.evaluate("(id) => { location.hash = id; }", anchor.id)
            state = landing(page, anchor.id)
            checked += 1
            if not landed_well(state):
                failures.append(f"{url}#{anchor.id}: {state}")
    assert checked == len(site.registry) > 0
    assert not failures, "\n".join(failures)
    assert not script_errors


def last_table_row(site: SiteUnderTest) -> str:
    """The table's last row, which a link must scroll to."""
    return site.content.dimensions_in("table")[-1].id


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_copy_control_copies_the_absolute_link_after_instant_navigation(
    fast_timeouts: Page, site: SiteUnderTest, language: str
) -> None:
    content = site.content
    page = fast_timeouts
    open_by_instant_navigation(page, site.url, language, content.pages["comparison"].title(language), "comparison/")

    row = last_table_row(site)
    name = f"{content.ui['copy_link_to'](language)} {content.dimension(row).label(language)}"
    control = page.get_by_role("button", name=name).first
    control.focus()
    page.keyboard.press("Enter")
    status = page.get_by_role("status")
    expect(status).to_have_text(content.ui["link_copied"](language))
    assert page.evaluate("navigator.clipboard.readText()") == f"{site.url}/{language}/comparison/#{row}"
    expect(page).to_have_url(f"{site.url}/{language}/comparison/#{row}")
    expect(control).to_have_attribute("title", content.ui["copy_link"](language))


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_a_link_followed_by_instant_navigation_lands_on_its_row(
    fast_timeouts: Page, site: SiteUnderTest, language: str
) -> None:
    """From a term's page, the link of its profile's last row to that row of the comparison."""
    term = site.content.terms[-1]
    row = [d for d in site.content.dimensions if d.from_term is None][-1]  # the term page's profile rows
    page = fast_timeouts
    open_for_instant_navigation(page, f"{site.url}/{language}/{term.id}/")
    page.locator(".bk-row-links").get_by_role("link", name=row.label(language), exact=True).click()
    expect(page).to_have_url(f"{site.url}/{language}/comparison/#{row.id}")
    state = landing(page, row.id)
    assert landed_well(state), state
    assert page.evaluate("window.loadedOnce === true"), "the page was fully reloaded, not changed in place"


SWITCHES = [("sv", "en", "English"), ("en", "sv", "Svenska")]


@pytest.mark.parametrize(
    ("site", "start", "other", "name"),
    [(UNEDITED, *switch) for switch in SWITCHES] + [(name, *SWITCHES[0]) for name in EDITED],
    indirect=["site"],
)
def test_language_switch_keeps_the_fragment(
    fast_timeouts: Page, site: SiteUnderTest, start: str, other: str, name: str
) -> None:
    """A key difference's link: the last one."""
    anchor = difference_anchor(site.content.dimensions[-1].id)
    page = fast_timeouts
    page.goto(f"{site.url}/{start}/comparison/#{anchor}")
    assert landed_well(landing(page, anchor))
    page.get_by_role("link", name=name, exact=True).click()
    expect(page).to_have_url(f"{site.url}/{other}/comparison/#{anchor}")
    expect(page.locator("html")).to_have_attribute("lang", other)
    state = landing(page, anchor)
    assert landed_well(state), state


@pytest.mark.sites(UNEDITED)
def test_a_collapsed_block_opens_for_the_item_linked_inside_it(fast_timeouts: Page, site: SiteUnderTest) -> None:
    page = fast_timeouts
    page.goto(f"{site.url}/en/comparison/")
    page.evaluate(
        """() => {
          const block = document.createElement("details");
          block.innerHTML = '<summary>More</summary><p class="bk-item" id="folded-item">Folded</p>';
          document.querySelector(".md-content article").append(block);
          // the script's own hash handling, without Material's instant navigation redrawing the page
          history.replaceState(null, "", "#folded-item");
          window.dispatchEvent(new HashChangeEvent("hashchange"));
        }"""
    )
    state = landing(page, "folded-item")
    assert page.evaluate("document.querySelector('article details').open")
    assert state["found"] and state["outlined"] and state["headerBottom"] <= state["top"] < state["windowHeight"]


@pytest.mark.sites("renamed")
@pytest.mark.parametrize("language", ["sv", "en"])
def test_old_ids_and_moved_pages_land_on_the_renamed_item(
    fast_timeouts: Page, site: SiteUnderTest, language: str
) -> None:
    page = fast_timeouts
    [(old_path, new_path)] = MOVED_PAGES.items()
    for item in renamed_items():
        # an old link: the moved page's old path where the item is on it, and the item's old id
        path = old_path if item.page_url == new_path else item.page_url
        page.goto(f"{site.url}/{language}/{path}#{item.old}")
        # the address changes to the page's new path and the item's current id, the lasting link
        expect(page).to_have_url(f"{site.url}/{language}/{item.page_url}#{item.new}")
        state = landing(page, item.new)
        assert landed_well(state) and state["item"] == item.new, state


# The linked row's outline, as drawn (its box grown by outline-offset + outline-width), against
# the visible box of the scrolling wrapper around the table, which cuts anything outside it.
OUTLINE_INSIDE_WRAPPER = """(id) => {
  const row = document.getElementById(id);
  const style = getComputedStyle(row);
  const grow = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  const box = row.getBoundingClientRect();
  const wrapper = row.closest('.bk-table-wrap').getBoundingClientRect();
  return {
    outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    inside: box.left - grow >= wrapper.left - 0.5 && box.right + grow <= wrapper.right + 0.5
      && box.top - grow >= wrapper.top - 0.5 && box.bottom + grow <= wrapper.bottom + 0.5,
  };
}"""


@pytest.mark.parametrize("width", [360, 1440])
@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_a_linked_row_is_outlined_whole_inside_the_table(
    fast_timeouts: Page, site: SiteUnderTest, language: str, width: int
) -> None:
    page = fast_timeouts
    page.set_viewport_size({"width": width, "height": 800})
    for dimension in (site.content.dimensions[0], site.content.dimensions[-1]):
        page.goto(f"{site.url}/{language}/comparison/#{dimension.id}")
        assert landed_well(landing(page, dimension.id))
        state = page.evaluate(OUTLINE_INSIDE_WRAPPER, dimension.id)
        assert state == {"outlined": True, "inside": True}, f"#{dimension.id} at {width} px: {state}"
