"""The layout holds on every page, at six widths, light and dark, with the real data and the stress data.

Measured in the page (tests/layout_checks.js): no word broken inside, no sideways scroll,
no text cut off or covering other text, and every deep-link target fully outlined. The
stress data (tests/stress_data.py) has five terms and the longest texts the schemas allow.
The pages come from each language's sitemap, so a new page is checked without a change
here. The stress data is checked in the light scheme only: the dark one changes colours, not
sizes, and the real data is checked in both. Full-page screenshots of every page and width of
the real data go to test-results/screenshots/ (light and dark; CI keeps them as an artifact):
look at them, as a passing check does not prove a page looks right.
"""

from __future__ import annotations

import pytest
from layout import SCREENSHOTS, sitemap_pages, walk_site
from playwright.sync_api import Browser
from site_under_test import SiteUnderTest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("data", "scheme"), [("real", "light"), ("real", "dark"), ("stress", "light")])
def test_layout_holds_on_every_page_at_every_width(
    browser: Browser, request: pytest.FixtureRequest, data: str, scheme: str
) -> None:
    site: SiteUnderTest = request.getfixturevalue("unedited_site" if data == "real" else "stress_site")
    paths = [path for language in site.languages for path in sitemap_pages(site.out, language)]
    # Every page of the site map (bpokpo.site_map) is in the built sitemap, so none goes unchecked.
    expected = {f"{language}/{page.url}" for language in site.languages for page in site.pages}
    assert expected <= set(paths), expected - set(paths)
    # Outlines look the same in both schemes: deep links are followed in the light one. The
    # stress data's pages are many screens long and for their measurements: no screenshots.
    screenshots = SCREENSHOTS / scheme if data == "real" else None
    failures = walk_site(browser, site.url, paths, scheme, screenshots, deep_links=scheme == "light")
    assert not failures, f"{len(failures)} layout problems:\n" + "\n".join(failures)
