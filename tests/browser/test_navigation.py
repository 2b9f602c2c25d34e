"""In Chromium: the root sends readers to Swedish, and the colour scheme toggle works (the language
switch: test_language_switch.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from site_under_test import UNEDITED, SiteUnderTest

# Not shaped by the data: the unedited site is enough.
pytestmark = [pytest.mark.browser, pytest.mark.sites(UNEDITED)]


def test_root_redirects_to_swedish_and_keeps_the_fragment(page: Page, site: SiteUnderTest) -> None:
    page.goto(f"{site.url}/#outsourcing")
    expect(page).to_have_url(f"{site.url}/sv/#outsourcing")
    expect(page.locator("html")).to_have_attribute("lang", "sv")


def test_colour_scheme_toggle_switches_to_dark(page: Page, site: SiteUnderTest) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(f"{site.url}/en/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    # The toggle cycles: follow the system -> light -> dark -> follow the system.
    page.get_by_title("Switch to light mode").click()
    page.get_by_title("Switch to dark mode").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.reload()  # the choice is remembered
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


def header_colour(page: Page) -> str:
    """The header's background as #rrggbb, the colour a phone's browser bar should take."""
    channels = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
    red, green, blue = (
        int(part) for part in channels.removeprefix("rgba(").removeprefix("rgb(").rstrip(")").split(",")[:3]
    )
    return f"#{red:02x}{green:02x}{blue:02x}"


def test_colour_scheme_switch_works_from_the_keyboard_and_sets_the_browser_colours(
    page: Page, site: SiteUnderTest
) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(f"{site.url}/en/", wait_until="load")
    expect(page.locator('meta[name="theme-color"]')).to_have_attribute("content", header_colour(page))
    page.locator('input[name="__palette"]:checked').focus()  # where Tab puts the focus
    page.keyboard.press("Enter")  # follow the system -> light
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    page.keyboard.press("Enter")  # light -> dark
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    expect(page.locator(".md-header__option label:not([hidden])")).to_have_count(1)
    assert page.evaluate("document.activeElement.matches('input[name=\"__palette\"]:checked')")
    expect(page.locator('meta[name="theme-color"]')).to_have_attribute("content", header_colour(page))


def test_following_the_system_follows_a_change_of_the_system(page: Page, site: SiteUnderTest) -> None:
    page.emulate_media(color_scheme="light")
    page.goto(f"{site.url}/sv/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    page.emulate_media(color_scheme="dark")  # no reload: the page changes with the system
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


# Records every time the page's colours are switched (Material's styles then restyle every element).
SWITCH_RECORDER = """
new MutationObserver((records) => {
  for (const record of records) {
    if (record.target === document.body && document.body.hasAttribute("data-md-color-switching")) {
      window.colourSwitches = (window.colourSwitches || 0) + 1;
    }
  }
}).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-md-color-switching"]});
"""


@pytest.mark.parametrize("system", ["light", "dark"])
def test_a_page_in_the_right_colours_is_not_switched_while_it_starts(
    page: Page, site: SiteUnderTest, system: str
) -> None:
    page.emulate_media(color_scheme=system)  # type: ignore[arg-type]
    page.add_init_script(SWITCH_RECORDER)
    page.goto(f"{site.url}/en/")  # a first visit: the page may have to switch to the system's colours
    page.goto(f"{site.url}/en/comparison/", wait_until="load")  # the choice is stored: right from the start
    page.wait_for_timeout(200)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate" if system == "dark" else "default")
    assert page.evaluate("window.colourSwitches || 0") == 0
