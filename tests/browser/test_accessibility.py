"""axe-core, the network and the console on every built page, in both schemes, on a desktop and a phone.

One browser page per scheme and width walks through every page of both languages, so the
number of page loads stays small on a two-core machine.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from site_under_test import EDITED, LANGUAGES, UNEDITED, SiteUnderTest
from sitepages import DESKTOP, MOBILE, PageWatch, axe_violations

pytestmark = pytest.mark.browser

SCHEMES = {"light": "default", "dark": "slate"}  # what the system asks for -> Material's scheme name
VIEWPORTS = {"desktop": DESKTOP, "360px": MOBILE}
SETTINGS = [(scheme, viewport) for scheme in SCHEMES for viewport in VIEWPORTS]
# Every page of the unedited site in each scheme at each width; every Swedish page of each
# edited site in one of those settings, in turn.
AXE_RUNS = [(UNEDITED, *setting, "+".join(LANGUAGES)) for setting in SETTINGS] + [
    (name, *SETTINGS[index % len(SETTINGS)], LANGUAGES[0]) for index, name in enumerate(EDITED)
]


@pytest.mark.parametrize(("site", "scheme", "viewport", "languages"), AXE_RUNS, indirect=["site"])
def test_every_page_passes_axe_and_stays_on_the_local_server(
    browser: Browser, site: SiteUnderTest, scheme: str, viewport: str, languages: str
) -> None:
    # The palette follows the system's preference until a reader picks one, so emulating it is enough.
    context = browser.new_context(viewport=VIEWPORTS[viewport], color_scheme=scheme)  # type: ignore[arg-type]
    page = context.new_page()
    watch = PageWatch(site.url)
    watch.attach(page)
    failures: list[str] = []
    pages = [path for language in languages.split("+") for path in site.built_pages(language)]
    for path in pages:
        page.goto(f"{site.url}/{path}", wait_until="networkidle")
        assert page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme], path
        failures += [f"{path}: {violation}" for violation in axe_violations(page)]
    context.close()
    assert len(pages) > len(site.pages) * len(languages.split("+"))  # every page, and each language's 404
    assert not failures, "\n".join(failures)
    assert watch.requests, "no request was recorded"
    assert not watch.foreign_requests(), watch.foreign_requests()
    assert not watch.console, "\n".join(watch.console)


def search_word(site: SiteUnderTest, language: str) -> str:
    """The longest word of the last term's full name: on its own page, the home page and the comparison."""
    words = re.findall(r"\w+", site.content.terms[-1].full_name(language))
    return max(words, key=len).lower()


@pytest.mark.sites(UNEDITED, "reworded")
@pytest.mark.parametrize("language", ["sv", "en"])
def test_search_finds_pages_without_leaving_the_local_server(page: Page, site: SiteUnderTest, language: str) -> None:
    query = search_word(site, language)
    watch = PageWatch(site.url)
    watch.attach(page)
    page.set_viewport_size(DESKTOP)
    page.goto(f"{site.url}/{language}/", wait_until="networkidle")
    search = page.get_by_role("search").get_by_role("textbox")
    results = page.locator(".md-search-result__item")
    # A query typed while the search index is still loading in its worker is not run again
    # when the index is ready: type it again until results show, a few times at most.
    for _ in range(3):
        search.fill("")
        search.press_sequentially(query)
        try:
            results.first.wait_for(timeout=5_000)
            break
        except PlaywrightTimeoutError:
            continue
    results.first.wait_for(timeout=1_000)
    assert results.count() >= 2, query
    assert any("search_index.json" in url for url in watch.requests)
    assert not watch.foreign_requests(), watch.foreign_requests()
    assert not watch.console, "\n".join(watch.console)


@pytest.mark.sites(UNEDITED)
def test_dark_scheme_is_checked_in_dark(page: Page, site: SiteUnderTest) -> None:
    """Guards the axe test above: an emulated dark system really gives the dark palette."""
    page.emulate_media(color_scheme="dark")
    page.goto(f"{site.url}/en/")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    red, green, blue = (int(part) for part in background.removeprefix("rgb(").rstrip(")").split(",")[:3])
    assert max(red, green, blue) < 80, background
