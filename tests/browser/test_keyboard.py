"""Keyboard only: Tab reaches every control of every page, focus is always visible, the skip link works."""

from __future__ import annotations

import pytest
from content_edits import real_content
from playwright.sync_api import Page, expect
from site_under_test import UNEDITED, SiteUnderTest, in_languages

pytestmark = pytest.mark.browser

# Controls Tab should stop at: focusable, shown, enabled; of a group of radio buttons only
# the checked one is a stop.
TAB_STOPS = """() => [...document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, [tabindex]')]
  .filter(e => e.tabIndex >= 0 && !e.disabled && !e.closest('[inert]'))
  .filter(e => !(e.type === 'radio' && !e.checked))
  .filter(e => e.checkVisibility({visibilityProperty: true}))"""

# The focused control, and whether a focus ring shows on it (or, for a visually hidden
# input, on the label shown in its place).
FOCUSED = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const again = 'bkReached' in element.dataset;
  element.dataset.bkReached = '';
  const area = e => { const box = e.getBoundingClientRect(); return box.width * box.height; };
  const ring = e => {
    const style = getComputedStyle(e);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1
      && style.outlineColor !== 'rgba(0, 0, 0, 0)';
    return outline || style.boxShadow !== 'none';
  };
  const shown = area(element) > 0 ? [element]
    : [element.nextElementSibling].filter(e => e && e.tagName === 'LABEL' && area(e) > 0);
  return {name: element.outerHTML.slice(0, 100), visible: shown.length > 0 && shown.every(ring), again};
}"""


def tab_through(page: Page) -> tuple[list[str], list[str]]:
    """Presses Tab until focus comes round to a control it reached before.

    Returns the controls never reached and those that showed no focus ring. Focus may
    pass through the browser's own interface (nothing focused in the page) at the end.
    """
    stops = page.evaluate(f"({TAB_STOPS})().length")
    no_ring = []
    for _ in range(2 * stops + 10):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:
            continue
        if focused["again"]:
            break
        if not focused["visible"]:
            no_ring.append(focused["name"])
    unreached = page.evaluate(
        f"({TAB_STOPS})().filter(e => !('bkReached' in e.dataset)).map(e => e.outerHTML.slice(0, 100))"
    )
    return unreached, no_ring


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_tab_reaches_every_control_with_a_visible_focus(desktop: Page, site: SiteUnderTest, language: str) -> None:
    failures = []
    pages = site.built_pages(language)
    for path in pages:
        desktop.goto(f"{site.url}/{path}")
        unreached, no_ring = tab_through(desktop)
        failures += [f"{path}: not reached by Tab: {name}" for name in unreached]
        failures += [f"{path}: no visible focus: {name}" for name in no_ring]
    assert len(pages) > len(site.pages)  # every page, and the 404 page
    assert not failures, "\n".join(failures)


@pytest.mark.sites(UNEDITED)
@pytest.mark.parametrize("path", ["sv/", "en/comparison/", f"en/{real_content().terms[0].id}/"])
def test_skip_link_is_the_first_stop_and_leads_to_the_content(desktop: Page, site: SiteUnderTest, path: str) -> None:
    desktop.goto(f"{site.url}/{path}")
    desktop.keyboard.press("Tab")
    skip = desktop.locator(".md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_have_css("opacity", "1")
    desktop.keyboard.press("Enter")
    expect(desktop).to_have_url(f"{site.url}/{path}#page-title")
    expect(desktop.locator("#page-title")).to_be_focused()  # so the next Tab goes on from there
    assert desktop.evaluate("document.querySelector(location.hash).closest('.md-content') !== null")
    desktop.keyboard.press("Tab")
    assert desktop.evaluate("document.activeElement.closest('.md-content') !== null")
