"""The infographic page in Chromium: measured as rendered, on the real data and on five terms.

At every width the shape that shows sets every text at 12 px or more, inside its box, with
AA contrast, and no line cuts a word except at a syllable break with a hyphen. Bands are
whole links without underlined text, with a hover and a focus state; printed, the graphic
spans the A4 sheet with a source line. Each run saves screenshots under test-results/.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from datafactory import copy_project
from extra_terms import add_terms
from playwright.sync_api import Page, expect
from site_under_test import EDITED, LANGUAGES, REPO, UNEDITED, SiteUnderTest, build_and_serve
from sitepages import open_for_instant_navigation
from svgtext import SvgLine, bad_breaks

from bpokpo.infographic_table import LANDSCAPE
from bpokpo.public_address import public_site_url
from bpokpo.term_limit import TERM_LIMIT

pytestmark = pytest.mark.browser

SCREENSHOTS = REPO / "test-results"
SCHEMES = ("light", "dark")
# The unedited site at four widths in both languages and schemes; each edited one at a phone's
# and a desktop's width, in Swedish (the longest words), in both schemes.
RUNS = [
    (UNEDITED, language, width, scheme)
    for language in LANGUAGES
    for width in (320, 360, 768, 1440)
    for scheme in SCHEMES
] + [(name, LANGUAGES[0], width, scheme) for name in EDITED for width in (360, 1440) for scheme in SCHEMES]
MIN_TEXT_PX = 12
AA_TEXT_CONTRAST = 4.5
A4_BETWEEN_10_MM = 190 / 25.4 * 96  # px: the width the printed page gives the graphic

# Measures the shape of the infographic that is showing: every text's rendered size, its box
# and the box it belongs in, its colour against the colour it sits on, and its lines.
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
    const spans = [...t.querySelectorAll('tspan')];
    const lines = (spans.length ? spans : [t]).map((s) => [s.textContent, s.classList.contains('bk-ig-hyphenated')]);
    return {
      text: t.textContent.trim(), px: parseFloat(getComputedStyle(t).fontSize) * scale, lines,
      rect: rect(t), box: rect(box), fill: getComputedStyle(t).fill, ground: getComputedStyle(ground).fill,
    };
  });
  const links = [...svg.querySelectorAll('a.bk-ig-link')].map((a) => getComputedStyle(a).textDecorationLine);
  return {
    shape: [...svg.classList].find((c) => c.startsWith('bk-ig--')), svg: rect(svg), scale, texts, links,
    terms: svg.querySelectorAll('.bk-ig-heading').length,
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


@pytest.fixture(scope="module")
def stress_site_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A copy of the project with as many terms as the site compares (CONTRIBUTING's ITO first)."""
    project = copy_project(tmp_path_factory.mktemp("stress-project"))
    add_terms(project / "data", TERM_LIMIT)
    return build_and_serve(f"{TERM_LIMIT}-terms", project, tmp_path_factory.mktemp("stress-site")).url


def open_infographic(page: Page, url: str, language: str, width: int, scheme: str, name: str) -> dict[str, Any]:
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(f"{url}/{language}/infographic/")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"infographic-{name}-{language}-{width}-{scheme}.png"), full_page=True)
    measured: dict[str, Any] = page.evaluate(MEASURE)
    return measured


def assert_legible_whole_and_unclipped(measured: dict[str, Any], language: str) -> None:
    client_width, scroll_width = measured["viewport"]
    assert scroll_width <= client_width, "the page scrolls sideways"
    left, _, right, _ = measured["svg"]
    assert left >= 0 and right <= client_width
    assert right - left == pytest.approx(measured["column"], abs=1) or measured["shape"] == "bk-ig--portrait"
    assert measured["texts"]
    for text in measured["texts"]:
        assert text["px"] >= MIN_TEXT_PX, f"{text['text']!r} renders at {text['px']:.1f} px"
        t_left, t_top, t_right, t_bottom = text["rect"]
        b_left, b_top, b_right, b_bottom = text["box"]
        assert b_left <= t_left and t_right <= b_right + 0.5, f"{text['text']!r} runs out of its box sideways"
        assert b_top <= t_top + 0.5 and t_bottom <= b_bottom + 0.5, f"{text['text']!r} runs out of its box"
        ratio = contrast(text["fill"], text["ground"])
        assert ratio >= AA_TEXT_CONTRAST, f"{text['text']!r}: contrast {ratio:.2f}"
        lines = [SvgLine(line, hyphenated) for line, hyphenated in text["lines"]]
        assert not bad_breaks(lines, language), text["lines"]
    assert measured["links"] and set(measured["links"]) == {"none"}, "a band link is underlined"


@pytest.mark.parametrize(("site", "language", "width", "scheme"), RUNS, indirect=["site"])
def test_the_shape_that_shows_is_legible_whole_and_fits(
    page: Page, site: SiteUnderTest, language: str, width: int, scheme: str
) -> None:
    measured = open_infographic(page, site.url, language, width, scheme, site.name)
    assert measured["shape"] == ("bk-ig--landscape" if measured["column"] >= LANDSCAPE.width else "bk-ig--portrait")
    assert_legible_whole_and_unclipped(measured, language)


@pytest.mark.parametrize("width", [360, 1440])
@pytest.mark.parametrize("language", LANGUAGES)
def test_as_many_terms_as_the_site_compares_lay_out_legibly_and_whole(
    page: Page, stress_site_url: str, language: str, width: int
) -> None:
    measured = open_infographic(page, stress_site_url, language, width, "light", f"{TERM_LIMIT}-terms")
    assert measured["terms"] == TERM_LIMIT
    assert_legible_whole_and_unclipped(measured, language)


def last_band(site: SiteUnderTest) -> str:
    """The last dimension of the infographic: the one furthest down the comparison."""
    return site.content.dimensions_in("infographic")[-1].id


def test_a_band_leads_to_its_row_of_the_comparison(page: Page, site: SiteUnderTest) -> None:
    band = last_band(site)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site.url}/en/infographic/")
    page.locator(f".bk-ig--landscape [data-dimension='{band}']").click()
    expect(page).to_have_url(re.compile(rf"/en/comparison/#{band}$"))
    expect(page.locator(f"#{band}")).to_be_in_viewport()


def band_outline(page: Page, dimension: str) -> list[str]:
    stroke: list[str] = page.evaluate(
        "(d) => { const s = getComputedStyle(document.querySelector("
        "`.bk-ig--landscape [data-dimension='${d}'] .bk-ig-band-outline`)); return [s.stroke, s.strokeWidth]; }",
        dimension,
    )
    return stroke


@pytest.mark.sites(UNEDITED)
def test_a_band_shows_it_is_a_link_on_hover(page: Page, site: SiteUnderTest) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site.url}/en/infographic/")
    dimension = site.content.dimensions_in("infographic")[0].id
    assert band_outline(page, dimension)[0] == "none"
    page.locator(f".bk-ig--landscape [data-dimension='{dimension}']").hover()
    stroke, width = band_outline(page, dimension)
    assert stroke != "none" and float(width.removesuffix("px")) >= 2
    page.screenshot(path=str(SCREENSHOTS / "infographic-hover.png"))


def test_every_band_is_reached_with_the_keyboard_and_shows_focus(page: Page, site: SiteUnderTest) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site.url}/en/infographic/")
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('bk-ig-link')"):
            break
    reached = []
    for _ in site.content.dimensions_in("infographic"):
        href, outline_style, outline_width = page.evaluate(
            "(() => { const a = document.activeElement; const s = getComputedStyle(a);"
            " return [a.getAttribute('href'), s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
        )
        assert outline_style == "solid" and outline_width >= 3, "the focused band shows no focus ring"
        reached.append(href)
        if not SCREENSHOTS.joinpath("infographic-focus.png").exists():
            page.screenshot(path=str(SCREENSHOTS / "infographic-focus.png"))
        page.keyboard.press("Tab")
    # Material's instant navigation makes every link's address absolute, SVG ones included
    assert reached == [f"{site.url}/en/comparison/#{d.id}" for d in site.content.dimensions_in("infographic")]


def test_a_band_link_opens_its_row_through_instant_navigation(page: Page, site: SiteUnderTest) -> None:
    """Material's instant navigation takes the SVG links like HTML ones (javascripts/svg-links.js)."""
    band = last_band(site)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_viewport_size({"width": 1280, "height": 900})
    open_for_instant_navigation(page, f"{site.url}/en/infographic/")
    page.locator(".bk-ig--landscape a.bk-ig-link", has=page.locator(f'[data-dimension="{band}"]')).click()
    page.wait_for_url(f"{site.url}/en/comparison/#{band}")
    # the address changes before the new content is in: wait for the row itself
    expect(page.locator(f"#{band}")).to_be_visible()
    assert page.evaluate("window.loadedOnce === true"), "the page was fully reloaded, not changed in place"
    assert not errors


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_prints_on_one_a4_sheet_across_its_width_with_a_source_line(
    page: Page, site: SiteUnderTest, language: str
) -> None:
    scale = prints_on_one_a4_sheet(page, site.url, language, site.name)
    if site.name == UNEDITED:  # the real data keeps its 12-unit text at 12 px or more on paper
        assert scale >= 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_as_many_terms_as_the_site_compares_print_on_one_a4_sheet(
    page: Page, stress_site_url: str, language: str
) -> None:
    prints_on_one_a4_sheet(page, stress_site_url, language, f"{TERM_LIMIT}-terms")


def prints_on_one_a4_sheet(page: Page, url: str, language: str, which: str) -> float:
    """Checks the printed page (one A4 sheet, the graphic across it, a source line); its scale on paper."""
    page.goto(f"{url}/{language}/infographic/")
    page.emulate_media(media="print")
    expect(page.locator(".bk-ig--landscape")).to_be_visible()
    expect(page.locator(".bk-ig--portrait")).to_be_hidden()
    expect(page.locator(".bk-downloads")).to_be_hidden()
    source = page.locator(".bk-ig-print-source")
    expect(source).to_be_visible()
    expect(source).to_contain_text(public_site_url("", language) + "infographic/")
    pdf = page.pdf(format="A4", print_background=True)
    SCREENSHOTS.mkdir(exist_ok=True)
    Path(SCREENSHOTS / f"infographic-{which}-{language}-print.pdf").write_bytes(pdf)
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 1
    # the sheet's width between its margins, as Chromium lays the printed page out
    page.set_viewport_size({"width": round(A4_BETWEEN_10_MM), "height": 1047})
    width, scale = page.evaluate(
        "(() => { const s = document.querySelector('.bk-ig--landscape');"
        " return [s.getBoundingClientRect().width, s.getScreenCTM().a]; })()"
    )
    assert width == pytest.approx(A4_BETWEEN_10_MM, abs=1)
    return float(scale)
