"""No script from the data runs in a reader's browser, on any page, whatever the reader does.

Every page of the site built from tests/hostile_data.py with the text rules bypassed (an
attack in every text field: each that validation lets through, and those it refuses, so
the escaping alone must hold) is opened in Chromium; every element
is focused and gets the mouse, keyboard and pointer events a reader's hover, click and
typing would send it, and the search is run so its results are drawn from the index. Each
payload calls alert(<its number>): any dialog is a script from the data that ran, and its
number names the field.
"""

from __future__ import annotations

import re

import pytest
from hostile_sites import HostileSite
from playwright.sync_api import Browser, Dialog, Page
from sitepages import DESKTOP, built_pages

pytestmark = pytest.mark.browser

# Every element focused, then each of these events sent to it: what inline handlers listen to.
PROVOKE = """() => {
  const types = ["focus", "focusin", "mouseover", "mouseenter", "mousemove", "mousedown", "mouseup",
                 "pointerover", "pointerenter", "pointerdown", "keydown", "keyup", "input", "change",
                 "blur", "focusout", "mouseout", "mouseleave", "toggle", "animationstart", "transitionend"];
  const elements = [...document.querySelectorAll("*")];
  for (const element of elements) {
    if (typeof element.focus === "function") element.focus();
    for (const type of types) element.dispatchEvent(new Event(type));
  }
  return elements.length;
}"""


def _open(page: Page, url: str) -> None:
    page.goto(url, wait_until="load")
    assert page.evaluate(PROVOKE) > 20, url
    page.mouse.move(10, 10)
    page.mouse.move(DESKTOP["width"] // 2, DESKTOP["height"] // 2, steps=4)
    _images_settled(page)


def _images_settled(page: Page) -> None:
    """Every image loaded or failed: an <img onerror> from the data would have run by now."""
    page.wait_for_function("[...document.images].every(image => image.complete)")


def test_no_script_from_the_data_runs_on_any_page(
    browser: Browser, raw_hostile_site: HostileSite, raw_hostile_site_url: str
) -> None:
    site, url = raw_hostile_site, raw_hostile_site_url
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    ran: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        ran.append(f"{page.url}: {dialog.type}({dialog.message})")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    paths = [path for language in ("sv", "en") for path in built_pages(site.out, language)]
    for path in paths:
        _open(page, f"{url}/{path}")
    for language in ("sv", "en"):  # the search draws its results from the index as HTML
        _open(page, f"{url}/{language}/")
        search = page.get_by_role("search").get_by_role("textbox")
        results = page.locator(".md-search-result__item")
        for _ in range(3):  # a query typed before the index has loaded is not run again
            search.fill("")
            search.press_sequentially("zq")
            try:
                results.first.wait_for(timeout=5_000)
                break
            except Exception:  # noqa: BLE001 - retried, then asserted below
                continue
        assert results.count() > 0, f"{language}: the search shows no result for the payloads"
        page.evaluate(PROVOKE)
        _images_settled(page)
    context.close()
    assert len(paths) >= 14
    fields = [
        f"{line}  <- " + "; ".join(site.data.fields[int(n)] for n in re.findall(r"\((\d+)\)", line)) for line in ran
    ]
    assert not ran, "scripts from the data ran:\n" + "\n".join(fields)
