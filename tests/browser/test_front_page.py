"""The front page starts with the answer: every term's definition, side by side above the fold on a
desktop and first on a phone; then the ways on, each a page of the site."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from site_under_test import SiteUnderTest, in_languages
from sitepages import MOBILE

from bpokpo.downloads import SLIDE_DOWNLOAD

pytestmark = pytest.mark.browser

FOLD = {"width": 1440, "height": 900}

CARDS = """() => [...document.querySelectorAll('#at-a-glance > .bk-card')].map(card => {
  const box = card.getBoundingClientRect();
  const title = card.querySelector('h2');
  const style = getComputedStyle(title);
  return {id: card.id, top: box.top, bottom: box.bottom, left: box.left, right: box.right,
          // as read: the soft hyphens in long words never show unless a word breaks there
          definition: card.querySelector('.bk-card__definition').textContent.replace(/\u00ad/g, '').trim(),
          // the name's words: a link, an underline or a dotted abbr border would make it look like a link
          titleMarks: [...title.querySelectorAll('*')].filter(e => !e.closest('.bk-copy-link')).filter(e => {
            const s = getComputedStyle(e);
            const border = s.borderBottomStyle !== 'none' && parseFloat(s.borderBottomWidth) > 0
              && s.borderBottomColor !== 'rgba(0, 0, 0, 0)';
            return e.tagName === 'A' || s.textDecorationLine !== 'none' || border;
          }).map(e => e.outerHTML),
          titleUnderline: style.textDecorationLine,
          titleColour: style.color, textColour: getComputedStyle(card).color};
})"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_both_definitions_side_by_side_above_the_fold(
    page: Page, site: SiteUnderTest, language: str, scheme: str
) -> None:
    terms = site.content.terms
    page.set_viewport_size(FOLD)
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{site.url}/{language}/")
    cards = page.evaluate(CARDS)
    assert [card["id"] for card in cards] == [term.id for term in terms]
    assert [card["definition"] for card in cards] == [term.definition(language) for term in terms]
    for card in cards:
        assert card["bottom"] <= FOLD["height"], f"{card['id']} ends below the fold at {card['bottom']}"
        # a card's title is a heading, and does not look like a link
        assert card["titleMarks"] == [] and card["titleUnderline"] == "none"
        assert card["titleColour"] == card["textColour"]
    # Side by side: rows of cards in reading order, the first with at least two (all of them, for two
    # terms), every row but the last as full as the first.
    rows: list[list[dict[str, float]]] = []
    for card in cards:
        if rows and abs(rows[-1][0]["top"] - card["top"]) < 1:
            rows[-1].append(card)
        else:
            rows.append([card])
    assert len(rows[0]) >= min(2, len(cards)), "not side by side"
    assert all(len(row) == len(rows[0]) for row in rows[:-1]), [len(row) for row in rows]
    for row in rows:
        for left, right in zip(row, row[1:], strict=False):
            assert left["right"] <= right["left"], "overlapping"


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_on_a_phone_the_definitions_come_first(phone: Page, site: SiteUnderTest, language: str) -> None:
    phone.goto(f"{site.url}/{language}/")
    after_title = phone.evaluate("document.querySelector('.md-content article h1').nextElementSibling.id")
    assert after_title == "at-a-glance"
    cards = phone.evaluate(CARDS)
    assert [card["id"] for card in cards] == [term.id for term in site.content.terms]
    assert cards[0]["top"] < MOBILE["height"], "the first definition is not on the first screen"
    for upper, lower in zip(cards, cards[1:], strict=False):
        assert lower["top"] >= upper["bottom"], "the definitions are not one below the other"


@pytest.mark.parametrize(("site", "language"), in_languages(), indirect=["site"])
def test_the_ways_on_lead_to_every_other_page_and_the_slide(page: Page, site: SiteUnderTest, language: str) -> None:
    site_url = site.url
    page.goto(f"{site_url}/{language}/")
    ways = page.locator(".bk-ways > li")
    others = [p for p in site.pages if p.kind not in ("home", "term")]
    expect(ways).to_have_count(len(others))
    for way, other in zip(ways.all(), others, strict=True):
        link = way.locator(".bk-way__link")
        expect(link).to_have_text(other.title(language))
        expect(way.locator(".bk-way__text")).to_have_text(other.description(language))
        link_url = link.evaluate("a => a.href")
        assert link_url == f"{site_url}/{language}/{other.url}"
    slide = page.locator(".bk-way__download")
    expect(slide).to_have_text(site.content.ui[SLIDE_DOWNLOAD.label_key](language))
    expect(slide).to_have_attribute("download", "")
    assert slide.evaluate("a => a.href") == f"{site_url}/{language}/{SLIDE_DOWNLOAD.path(language)}"
    response = page.request.get(slide.evaluate("a => a.href"))
    assert response.ok and response.headers["content-type"] == SLIDE_DOWNLOAD.media_type
