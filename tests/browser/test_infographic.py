"""The infographic page in Chromium: legible at 360 px, full width at 1280 px, AA contrast, one A4 page.

Each run saves screenshots under test-results/ (kept by CI) to look at the design itself.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect
from site_under_test import REPO, SiteUnderTest, in_languages

from bpokpo.infographic import LANDSCAPE_MIN_WIDTH

pytestmark = pytest.mark.browser

SCREENSHOTS = REPO / "test-results"
# The unedited site in both languages and schemes; each edited one in Swedish, in both schemes.
RUNS = [(site, language, scheme) for site, language in in_languages() for scheme in ("light", "dark")]
MIN_TEXT_PX = 12
AA_TEXT_CONTRAST = 4.5

# Measures the shape of the infographic that is showing: every text's rendered size, its box
# and the box it belongs in, and its colour against the colour it sits on.
MEASURE = """() => {
  const svg = [...document.querySelectorAll('.bk-infographic svg.bk-ig')]
    .find((s) => getComputedStyle(s).display !== 'none');
  const rect = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  const scale = svg.getScreenCTM().a;
  const texts = [...svg.querySelectorAll('text')].map((t) => {
    const owner = t.closest('.bk-ig-cell, .bk-ig-heading');
    const band = t.closest('.bk-ig-band');
    const box = owner ? owner.querySelector('.bk-ig-box')
      : band ? band.querySelector('.bk-ig-band-area') : svg.querySelector('.bk-ig-paper');
    const ground = owner ? owner.querySelector('.bk-ig-box')
      : t.classList.contains('bk-ig-badge-number') ? band.querySelector('.bk-ig-badge')
      : svg.querySelector('.bk-ig-paper');
    return {
      text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale,
      rect: rect(t), box: rect(box), fill: getComputedStyle(t).fill, ground: getComputedStyle(ground).fill,
    };
  });
  return {
    shape: [...svg.classList].find((c) => c.startsWith('bk-ig--')), svg: rect(svg), scale, texts,
    viewport: [document.documentElement.clientWidth, document.documentElement.scrollWidth],
    column: document.querySelector('.md-content__inner').getBoundingClientRect().width
      - parseFloat(getComputedStyle(document.querySelector('.md-content__inner')).paddingLeft)
      - parseFloat(getComputedStyle(document.querySelector('.md-content__inner')).paddingRight),
  };
}"""


def luminance(colour: str) -> float:
    channels = [int(c) / 255 for c in re.findall(r"\d+", colour)[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def open_infographic(page: Page, site: SiteUnderTest, language: str, width: int, scheme: str) -> dict[str, Any]:
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(f"{site.url}/{language}/infographic/")
    SCREENSHOTS.mkdir(exist_ok=True)
    shot = SCREENSHOTS / f"infographic-{site.name}-{language}-{width}-{scheme}.png"
    page.screenshot(path=str(shot), full_page=True)
    measured: dict[str, Any] = page.evaluate(MEASURE)
    return measured


def assert_legible_and_unclipped(measured: dict[str, Any], site: SiteUnderTest) -> None:
    client_width, scroll_width = measured["viewport"]
    assert scroll_width <= client_width, "the page scrolls sideways"
    left, _, right, _ = measured["svg"]
    assert left >= 0 and right <= client_width
    # at least a number, a label and each term's value per band, and a heading per term
    bands, terms = len(site.content.dimensions_in("infographic")), len(site.content.terms)
    assert len(measured["texts"]) >= bands * (2 + terms) + terms
    for text in measured["texts"]:
        assert text["px"] >= MIN_TEXT_PX, f"{text['text']!r} renders at {text['px']:.1f} px"
        t_left, t_top, t_right, t_bottom = text["rect"]
        b_left, b_top, b_right, b_bottom = text["box"]
        assert b_left <= t_left and t_right <= b_right + 0.5, f"{text['text']!r} runs out of its box sideways"
        assert b_top <= t_top + 0.5 and t_bottom <= b_bottom + 0.5, f"{text['text']!r} runs out of its box"
        ratio = contrast(text["fill"], text["ground"])
        assert ratio >= AA_TEXT_CONTRAST, f"{text['text']!r}: contrast {ratio:.2f}"


@pytest.mark.parametrize(("site", "language", "scheme"), RUNS, indirect=["site"])
def test_at_360_px_the_portrait_shape_is_legible_and_fits(
    page: Page, site: SiteUnderTest, language: str, scheme: str
) -> None:
    measured = open_infographic(page, site, language, 360, scheme)
    assert measured["shape"] == "bk-ig--portrait"
    assert_legible_and_unclipped(measured, site)
    left, _, right, _ = measured["svg"]
    assert right - left == pytest.approx(measured["column"], abs=1)


@pytest.mark.parametrize(("site", "language", "scheme"), RUNS, indirect=["site"])
def test_at_1280_px_the_landscape_shape_uses_the_content_width(
    page: Page, site: SiteUnderTest, language: str, scheme: str
) -> None:
    measured = open_infographic(page, site, language, 1280, scheme)
    assert measured["shape"] == "bk-ig--landscape"
    assert_legible_and_unclipped(measured, site)
    left, _, right, _ = measured["svg"]
    assert right - left == pytest.approx(measured["column"], abs=1)
    assert right - left >= LANDSCAPE_MIN_WIDTH


def last_band(site: SiteUnderTest) -> str:
    """The last dimension of the infographic: the one furthest down the page."""
    return site.content.dimensions_in("infographic")[-1].id


def test_a_band_leads_to_its_row_of_the_comparison(page: Page, site: SiteUnderTest) -> None:
    band = last_band(site)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site.url}/en/infographic/")
    page.locator(f".bk-ig--landscape [data-dimension='{band}']").click()
    expect(page).to_have_url(re.compile(rf"/en/comparison/#{band}$"))
    expect(page.locator(f"#{band}")).to_be_in_viewport()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_page_prints_on_one_a4_sheet(page: Page, site: SiteUnderTest, language: str) -> None:
    page.goto(f"{site.url}/{language}/infographic/")
    page.emulate_media(media="print")
    expect(page.locator(".bk-ig--landscape")).to_be_visible()
    expect(page.locator(".bk-ig--portrait")).to_be_hidden()
    expect(page.locator(".bk-downloads")).to_be_hidden()
    pdf = page.pdf(format="A4", print_background=True)
    SCREENSHOTS.mkdir(exist_ok=True)
    Path(SCREENSHOTS / f"infographic-{site.name}-{language}-print.pdf").write_bytes(pdf)
    pages = re.findall(rb"/Type\s*/Page\b(?!s)", pdf)
    assert len(pages) == 1


def test_every_band_is_reached_with_the_keyboard_and_shows_focus(page: Page, site: SiteUnderTest) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site.url}/en/infographic/")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('bk-ig-link')"):
            break
    reached = []
    for _ in site.content.dimensions_in("infographic"):
        focused = page.evaluate(
            "(() => { const a = document.activeElement; const s = getComputedStyle(a);"
            " return [a.getAttribute('href'), s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
        )
        href, outline_style, outline_width = focused
        assert outline_style == "solid" and outline_width >= 2, "the focused band shows no focus ring"
        reached.append(href)
        page.keyboard.press("Tab")
    # Material's instant navigation makes every link's address absolute, SVG ones included
    assert reached == [f"{site.url}/en/comparison/#{d.id}" for d in site.content.dimensions_in("infographic")]


def test_a_band_link_opens_its_row_through_instant_navigation(page: Page, site: SiteUnderTest) -> None:
    """Material's instant navigation takes the SVG links like HTML ones (javascripts/svg-links.js)."""
    band = last_band(site)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_viewport_size({"width": 1280, "height": 900})
    # Material takes over a click only once it has the sitemap (its list of the site's pages)
    page.goto(f"{site.url}/en/infographic/", wait_until="networkidle")
    page.evaluate("window.loadedOnce = true")
    page.locator(".bk-ig--landscape a.bk-ig-link", has=page.locator(f'[data-dimension="{band}"]')).click()
    page.wait_for_url(f"{site.url}/en/comparison/#{band}")
    # the address changes before the new content is in: wait for the row itself
    expect(page.locator(f"#{band}")).to_be_visible()
    assert page.evaluate("window.loadedOnce === true"), "the page was fully reloaded, not changed in place"
    assert not errors
