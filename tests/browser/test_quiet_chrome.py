"""Quiet chrome: the copy-link controls show on hover and focus (always on a touch screen), and
every page's headings read in order, the page's title the strongest."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from site_under_test import UNEDITED
from sitepages import DESKTOP, built_pages

from bpokpo import load_content
from bpokpo.site_map import site_pages

# Behaviour of the chrome, not shaped by the data: the unedited site (conftest.site) is enough.
pytestmark = [pytest.mark.browser, pytest.mark.sites(UNEDITED)]

CONTENT = load_content(str(Path(__file__).resolve().parents[2] / "data"))
# Pages with copy-link controls: the comparison's rows, a term's types and activities, the home page's terms.
WITH_CONTROLS = [page.url for page in site_pages(CONTENT) if page.kind in ("home", "term", "comparison")]
OPACITY = "e => getComputedStyle(e).opacity"


def item_of(page: Page, index: int) -> str:
    """A selector for the item around the index-th copy control, marked for the test."""
    page.evaluate("i => document.querySelectorAll('.bk-copy-link')[i].closest('.bk-item').dataset.bkTest = i", index)
    return f'[data-bk-test="{index}"]'


@pytest.mark.parametrize("language", CONTENT.languages)
@pytest.mark.parametrize("url", WITH_CONTROLS)
def test_copy_controls_show_on_hover_and_on_focus(desktop: Page, site_url: str, language: str, url: str) -> None:
    desktop.goto(f"{site_url}/{language}/{url}")
    controls = desktop.locator(".md-content .bk-copy-link")
    expect(controls.first).to_be_attached()
    count = controls.count()
    desktop.mouse.move(0, DESKTOP["height"] - 1)
    hidden = [controls.nth(i).evaluate(OPACITY) for i in range(count)]
    assert hidden == ["0"] * count, "a copy control shows without hover or focus"
    for index in (0, count - 1):
        control = controls.nth(index)
        item = desktop.locator(item_of(desktop, index))
        item.scroll_into_view_if_needed()
        item.hover()
        expect(control).to_have_css("opacity", "1")
        desktop.mouse.move(0, DESKTOP["height"] - 1)
        expect(control).to_have_css("opacity", "0")
        control.focus()  # as Tab would: the item holds the focus
        expect(control).to_be_focused()
        expect(control).to_have_css("opacity", "1")
        desktop.keyboard.press("Enter")  # and it works from the keyboard
        expect(desktop.get_by_role("status")).to_have_text(CONTENT.ui["link_copied"](language))
        desktop.evaluate("document.activeElement.blur()")


@pytest.mark.parametrize("language", CONTENT.languages)
def test_on_a_touch_screen_every_copy_control_shows(phone: Page, site_url: str, language: str) -> None:
    for url in WITH_CONTROLS:
        phone.goto(f"{site_url}/{language}/{url}")
        controls = phone.locator(".md-content .bk-copy-link")
        expect(controls.first).to_be_visible()
        assert {controls.nth(i).evaluate(OPACITY) for i in range(controls.count())} == {"1"}, url


HEADINGS = """() => [...document.querySelectorAll('.md-content article :is(h1, h2, h3, h4)')]
  .filter(h => h.checkVisibility())
  .map(h => {
    const style = getComputedStyle(h);
    return {level: Number(h.tagName[1]), size: parseFloat(style.fontSize), weight: Number(style.fontWeight),
            color: style.color, text: h.textContent.trim().slice(0, 40)};
  })"""


@pytest.mark.parametrize("language", CONTENT.languages)
def test_headings_read_in_order_with_the_title_strongest(
    desktop: Page, built_site: Path, site_url: str, language: str
) -> None:
    failures = []
    for path in built_pages(built_site, language):
        desktop.goto(f"{site_url}/{path}")
        headings = desktop.evaluate(HEADINGS)
        text_colour = desktop.evaluate("getComputedStyle(document.querySelector('.md-content article')).color")
        title = headings[0]
        if title["level"] != 1 or [h["level"] for h in headings].count(1) != 1:
            failures.append(f"{path}: the page does not open with its one H1: {headings}")
            continue
        if title["color"] != text_colour or title["weight"] < 600:
            failures.append(f"{path}: the H1 is light or thin: {title}")
        for before, after in zip(headings, headings[1:], strict=False):
            if after["level"] > before["level"] + 1:
                failures.append(f"{path}: {after['text']!r} skips a level after {before['text']!r}")
        for level in (2, 3):
            for heading in (h for h in headings if h["level"] == level):
                if not (heading["size"] < title["size"] and heading["weight"] <= title["weight"]):
                    failures.append(f"{path}: {heading} is as strong as the H1 {title}")
    assert not failures, "\n".join(failures)
