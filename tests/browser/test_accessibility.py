"""axe-core, the network and the console on every built page, in both schemes, on a desktop and a phone.

One browser page per scheme and width walks through every page of both languages, so the
number of page loads stays small on a two-core machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from sitepages import DESKTOP, MOBILE, PageWatch, axe_violations, built_pages

pytestmark = pytest.mark.browser

SCHEMES = {"light": "default", "dark": "slate"}  # what the system asks for -> Material's scheme name


@pytest.mark.parametrize("viewport", [DESKTOP, MOBILE], ids=["desktop", "360px"])
@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_every_page_passes_axe_and_stays_on_the_local_server(
    browser: Browser, built_site: Path, site_url: str, scheme: str, viewport: dict[str, int]
) -> None:
    # The palette follows the system's preference until a reader picks one, so emulating it is enough.
    context = browser.new_context(viewport=viewport, color_scheme=scheme)  # type: ignore[arg-type]
    page = context.new_page()
    watch = PageWatch(site_url)
    watch.attach(page)
    failures: list[str] = []
    pages = [path for language in ("sv", "en") for path in built_pages(built_site, language)]
    for path in pages:
        page.goto(f"{site_url}/{path}", wait_until="networkidle")
        assert page.locator("body").get_attribute("data-md-color-scheme") == SCHEMES[scheme], path
        failures += [f"{path}: {violation}" for violation in axe_violations(page)]
    context.close()
    assert len(pages) >= 14
    assert not failures, "\n".join(failures)
    assert watch.requests, "no request was recorded"
    assert not watch.foreign_requests(), watch.foreign_requests()
    assert not watch.console, "\n".join(watch.console)


@pytest.mark.parametrize(("language", "query"), [("sv", "kunskap"), ("en", "knowledge")])
def test_search_finds_pages_without_leaving_the_local_server(
    page: Page, site_url: str, language: str, query: str
) -> None:
    watch = PageWatch(site_url)
    watch.attach(page)
    page.set_viewport_size(DESKTOP)
    page.goto(f"{site_url}/{language}/", wait_until="networkidle")
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
    assert results.count() >= 2
    assert any("search_index.json" in url for url in watch.requests)
    assert not watch.foreign_requests(), watch.foreign_requests()
    assert not watch.console, "\n".join(watch.console)


def test_dark_scheme_is_checked_in_dark(page: Page, site_url: str) -> None:
    """Guards the axe test above: an emulated dark system really gives the dark palette."""
    page.emulate_media(color_scheme="dark")
    page.goto(f"{site_url}/en/")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    red, green, blue = (int(part) for part in background.removeprefix("rgb(").rstrip(")").split(",")[:3])
    assert max(red, green, blue) < 80, background
