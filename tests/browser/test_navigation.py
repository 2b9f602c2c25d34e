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
