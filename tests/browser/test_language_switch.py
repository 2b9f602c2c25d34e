"""The language switch: every language by its name, the current one marked, and a link that keeps
the reader's page and #fragment, wherever the site is served (another port, below a path)."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator

import pytest
import yaml
from playwright.sync_api import Page, expect
from site_under_test import REPO, UNEDITED, QuietHandler, SiteUnderTest, free_port
from sitepages import open_by_instant_navigation

from bpokpo import load_content

# The switch between languages is not shaped by the terms or dimensions: the unedited site is enough.
pytestmark = [pytest.mark.browser, pytest.mark.sites(UNEDITED)]

CONTENT = load_content(str(REPO / "data"))


class _Config(yaml.SafeLoader):
    """Reads a MkDocs configuration; its !ENV values do not matter here."""


_Config.add_constructor("!ENV", lambda loader, node: None)
_CONFIG = yaml.load((REPO / f"mkdocs.{CONTENT.languages[0]}.yml").read_text(encoding="utf-8"), Loader=_Config)
# Each language's name in the switch, as the configuration gives it.
NAMES = {alternate["lang"]: alternate["name"] for alternate in _CONFIG["extra"]["alternate"]}
PAIRS = [(start, other) for start in CONTENT.languages for other in CONTENT.languages if other != start]
PREFIX = "preview/site"  # where the copy is served: below a path, as an unpacked CI artifact might be


@pytest.fixture(scope="module")
def elsewhere(unedited_site: SiteUnderTest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same build served at another port than its site_url, below PREFIX."""
    root = tmp_path_factory.mktemp("elsewhere")
    (root / PREFIX).parent.mkdir(parents=True)
    (root / PREFIX).symlink_to(unedited_site.out, target_is_directory=True)
    handler = functools.partial(QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{PREFIX}"
    server.shutdown()


@pytest.mark.parametrize("language", CONTENT.languages)
def test_every_language_is_named_and_the_current_one_is_marked(page: Page, site_url: str, language: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{site_url}/{language}/comparison/")
    links = page.locator("nav.bk-languages a")
    expect(links).to_have_text([NAMES[code] for code in CONTENT.languages])
    for code in CONTENT.languages:
        link = page.get_by_role("link", name=NAMES[code], exact=True)
        expect(link).to_be_visible()
        expect(link).to_have_attribute("lang", code)
        expect(link).to_have_attribute("hreflang", code)
        if code == language:
            expect(link).to_have_attribute("aria-current", "true")
        else:
            expect(link).not_to_have_attribute("aria-current", "true")
    # marked visibly, not by colour alone: the current one is bold and underlined, the others not
    current = page.locator("nav.bk-languages a[aria-current]")
    other = page.locator("nav.bk-languages a:not([aria-current])").first
    style = "e => [getComputedStyle(e).fontWeight, getComputedStyle(e).borderBottomColor]"
    (current_weight, current_line), (other_weight, other_line) = current.evaluate(style), other.evaluate(style)
    assert int(current_weight) > int(other_weight)
    assert current_line != "rgba(0, 0, 0, 0)" and other_line == "rgba(0, 0, 0, 0)"


@pytest.mark.parametrize(("start", "other"), PAIRS)
def test_switch_keeps_page_and_fragment_served_elsewhere(page: Page, elsewhere: str, start: str, other: str) -> None:
    """Served at another port and below a path: the links are worked out from the page's own address."""
    page.set_viewport_size({"width": 1280, "height": 800})
    row = CONTENT.dimensions[-1].id
    page.goto(f"{elsewhere}/{start}/comparison/#{row}")
    page.get_by_role("link", name=NAMES[other], exact=True).click()
    expect(page).to_have_url(f"{elsewhere}/{other}/comparison/#{row}")
    expect(page.locator("html")).to_have_attribute("lang", other)
    for term in CONTENT.terms:  # and a page reached by a link from there
        page.goto(f"{elsewhere}/{other}/{term.id}/")
        page.get_by_role("link", name=NAMES[start], exact=True).click()
        expect(page).to_have_url(f"{elsewhere}/{start}/{term.id}/")


@pytest.mark.parametrize(("start", "other"), PAIRS)
def test_switch_follows_instant_navigation_and_fragment_changes(
    page: Page, site_url: str, start: str, other: str
) -> None:
    """Material changes pages without redrawing the header: the switch must still lead to the page shown."""
    page.set_viewport_size({"width": 1280, "height": 800})
    open_by_instant_navigation(page, site_url, start, CONTENT.pages["comparison"].title(start), "comparison/")
    row = CONTENT.dimensions[0].id
    page.evaluate("(id) => { location.hash = id; }", row)
    link = page.get_by_role("link", name=NAMES[other], exact=True)
    link.hover()
    expect(link).to_have_attribute("href", f"{site_url}/{other}/comparison/#{row}")
    link.click()
    expect(page).to_have_url(f"{site_url}/{other}/comparison/#{row}")


@pytest.mark.parametrize("language", CONTENT.languages)
def test_on_a_phone_the_switch_offers_the_other_language_and_the_title_fits(
    page: Page, site_url: str, language: str
) -> None:
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{site_url}/{language}/")
    for code in CONTENT.languages:
        link = page.get_by_role("link", name=NAMES[code], exact=True)
        if code == language:
            expect(link).to_be_hidden()
        else:
            expect(link).to_be_visible()
            box = link.bounding_box()
            assert box is not None and box["height"] >= 24 and box["x"] + box["width"] <= 320
    title = page.locator(".md-header__topic").first.locator(".md-ellipsis")
    assert title.evaluate("e => e.scrollWidth <= e.clientWidth"), "the site's title is cut"
