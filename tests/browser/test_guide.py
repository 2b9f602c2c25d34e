"""The decision guide in Chromium: keyboard, live result, answers in the address, tie and none,
malformed addresses, no JavaScript, a phone, the dark scheme, print and instant navigation.

Every expectation comes from the data: the questions, their answers and the terms they point to.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect
from site_under_test import UNEDITED
from sitepages import DESKTOP, REPO, PageWatch, axe_violations

from bpokpo import load_content
from bpokpo.guide import NO_TERM, TIE

# The guide's questions and answers are data; here, the repository's (conftest.site).
pytestmark = [pytest.mark.browser, pytest.mark.sites(UNEDITED)]

CONTENT = load_content(str(REPO / "data"))
QUESTIONS = CONTENT.questions()
TERMS = [term.id for term in CONTENT.terms]


def answer_for(dimension_id: str, term_id: str | None) -> bool:
    dimension = CONTENT.dimension(dimension_id)
    return dimension.question is not None and any(a.term_id == term_id for a in dimension.question.answers)


def open_guide(page: Page, site_url: str, language: str = "en", query: str = "") -> PageWatch:
    watch = PageWatch(site_url)
    watch.attach(page)
    page.goto(f"{site_url}/{language}/choose/{query}")
    expect(page.locator(".bk-guide-result")).to_be_visible()
    return watch


def result(page: Page) -> str:
    return page.locator("[data-result]").get_attribute("data-result") or ""


def test_no_answers_yet_says_so(desktop: Page, site_url: str) -> None:
    watch = open_guide(desktop, site_url)
    assert result(desktop) == NO_TERM
    expect(desktop.locator("[data-result]")).to_have_text(CONTENT.ui["guide_result_empty"]("en"))
    assert desktop.locator("[data-result]").get_attribute("aria-live") == "polite"
    assert desktop.locator("[data-bk-guide-manual]").is_hidden()
    assert not watch.console and not watch.foreign_requests()


@pytest.mark.parametrize("term", TERMS)
def test_answers_for_one_term_make_it_the_result_with_its_reasons(desktop: Page, site_url: str, term: str) -> None:
    open_guide(desktop, site_url)
    chosen = [d for d in QUESTIONS if answer_for(d.id, term)]
    assert chosen, f"no question has an answer for {term}"
    for dimension in chosen:
        desktop.locator(f"#{dimension.id}--{term}").check()
    expect(desktop.locator("[data-result]")).to_have_attribute("data-result", term)
    verdict = desktop.locator(".bk-guide-result__verdict")
    expect(verdict).to_contain_text(CONTENT.term(term).abbreviation)
    # why: each chosen answer is listed with a link to its row
    links = desktop.locator(".bk-guide-result__side a")
    assert sorted(links.evaluate_all("ls => ls.map(l => l.getAttribute('href'))")) == sorted(
        f"../comparison/#{d.id}" for d in chosen
    )
    # the address holds the answers, and no history entry was added
    query = parse_qs(urlsplit(desktop.url).query)
    assert query == {d.id: [term] for d in chosen}
    assert desktop.evaluate("history.length") == 2  # about:blank and the guide


def test_a_tie_and_a_neutral_answer_are_said_honestly(desktop: Page, site_url: str) -> None:
    open_guide(desktop, site_url)
    pairs = [d for d in QUESTIONS if all(answer_for(d.id, t) for t in TERMS[:2])]
    assert len(pairs) >= 2
    desktop.locator(f"#{pairs[0].id}--{TERMS[0]}").check()
    desktop.locator(f"#{pairs[1].id}--{TERMS[1]}").check()
    expect(desktop.locator("[data-result]")).to_have_attribute("data-result", TIE)
    expect(desktop.locator(".bk-guide-result__verdict")).to_contain_text(CONTENT.ui["guide_result_tie"]("en"))
    desktop.locator(".bk-guide__actions button[type=reset]").click()
    expect(desktop.locator("[data-result]")).to_have_attribute("data-result", NO_TERM)
    assert urlsplit(desktop.url).query == ""
    neutral = next(d for d in QUESTIONS if answer_for(d.id, None))
    desktop.locator(f"#{neutral.id}--{NO_TERM}").check()
    expect(desktop.locator("[data-result]")).to_have_attribute("data-result", NO_TERM)
    expect(desktop.locator(".bk-guide-result__verdict")).to_have_text(CONTENT.ui["guide_result_none"]("en"))


@pytest.mark.parametrize("language", CONTENT.languages)
def test_a_copied_address_opens_the_same_answers_and_result(desktop: Page, site_url: str, language: str) -> None:
    open_guide(desktop, site_url, language)
    term = TERMS[-1]
    chosen = [d for d in QUESTIONS if answer_for(d.id, term)][:3]
    for dimension in chosen:
        desktop.locator(f"#{dimension.id}--{term}").check()
    expect(desktop.locator("[data-result]")).to_have_attribute("data-result", term)
    address, shown = desktop.url, desktop.locator("[data-result]").inner_text()
    other = desktop.context.new_page()
    other.goto(address)
    expect(other.locator("[data-result]")).to_have_attribute("data-result", term)
    for dimension in chosen:
        expect(other.locator(f"#{dimension.id}--{term}")).to_be_checked()
    assert other.locator("[data-result]").inner_text() == shown


def test_malformed_and_unknown_parameters_are_ignored_and_never_shown(desktop: Page, site_url: str) -> None:
    first = QUESTIONS[0].id
    query = (
        f"?{first}=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&nosuch=kpo&{QUESTIONS[-1].id}=&%E0%A4%A=1"
        f"&{first}%5B%5D=bpo&__proto__=x"
    )
    watch = open_guide(desktop, site_url, "en", query)
    assert result(desktop) == NO_TERM
    assert desktop.locator("[data-bk-question] input[type=radio]:checked").count() == 0
    assert desktop.locator(".bk-guide-result img").count() == 0
    assert desktop.locator("[onerror]").count() == 0
    assert "onerror" not in desktop.locator("article").inner_text()
    assert not watch.console, watch.console
    # a valid answer among rubbish still counts, and the rewritten address keeps only answers
    term = next(t for t in TERMS if answer_for(first, t))
    desktop.goto(f"{site_url}/en/choose/?junk=%3Cb%3E&{first}={term}")
    expect(desktop.locator("[data-result]")).to_have_attribute("data-result", term)
    other = next(d for d in QUESTIONS[1:] if answer_for(d.id, term))
    desktop.locator(f"#{other.id}--{term}").check()
    assert parse_qs(urlsplit(desktop.url).query) == {first: [term], other.id: [term]}


def test_the_buttons_under_the_result_show_without_hovering(desktop: Page, site_url: str) -> None:
    """Share and reset are labelled buttons, not an item's quiet copy-link control."""
    open_guide(desktop, site_url)
    desktop.locator("[data-bk-question] input[type=radio]").first.check()
    buttons = desktop.locator("[data-bk-guide-actions] button")
    expect(buttons.first).to_be_visible()
    for button in buttons.all():
        expect(button).to_be_visible()
        expect(button).to_have_css("opacity", "1")


def test_keyboard_alone_answers_and_hears_the_result(desktop: Page, site_url: str) -> None:
    open_guide(desktop, site_url)
    first = desktop.locator(f"input[name='{QUESTIONS[0].id}']").first
    first.focus()
    desktop.keyboard.press("Space")
    expect(first).to_be_checked()
    desktop.keyboard.press("ArrowDown")
    second = desktop.locator(f"input[name='{QUESTIONS[0].id}']").nth(1)
    expect(second).to_be_checked()
    expect(second).to_be_focused()
    value = second.get_attribute("value") or ""
    expect(desktop.locator("[data-result]")).to_have_attribute("data-result", value)
    outline = second.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline != "none"


def test_without_javascript_every_question_answer_and_direction_shows(browser: Browser, site_url: str) -> None:
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/sv/choose/")
    assert page.locator("fieldset.bk-question").count() == len(QUESTIONS)
    for dimension in QUESTIONS:
        assert dimension.question is not None
        for answer in dimension.question.answers:
            label = page.locator(f"label[for='{dimension.id}--{answer.term_id or NO_TERM}']")
            expect(label).to_be_visible()
            expect(label).to_have_text(answer.text("sv"))
            target = page.locator(f"#{dimension.id}--{answer.term_id or NO_TERM} ~ .bk-answer__target")
            expected = (
                CONTENT.term(answer.term_id).abbreviation
                if answer.term_id
                else CONTENT.ui["guide_points_nowhere"]("sv")
            )
            expect(target).to_contain_text(expected)
    expect(page.locator("[data-bk-guide-manual]")).to_be_visible()
    assert page.locator(".bk-guide-result").is_hidden()
    context.close()


def test_phone_dark_scheme_and_axe_with_a_result(browser: Browser, site_url: str) -> None:
    for width in (320, 360):
        context = browser.new_context(
            viewport={"width": width, "height": 740}, color_scheme="dark", is_mobile=True, has_touch=True
        )
        page = context.new_page()
        term = TERMS[0]
        query = "&".join(f"{d.id}={term}" for d in QUESTIONS if answer_for(d.id, term))
        watch = open_guide(page, site_url, "sv", f"?{query}")
        expect(page.locator("[data-result]")).to_have_attribute("data-result", term)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
        assert axe_violations(page) == []
        assert not watch.console and not watch.foreign_requests()
        context.close()


def test_print_shows_the_answers_and_result_but_no_controls(desktop: Page, site_url: str) -> None:
    term = TERMS[-1]
    query = "&".join(f"{d.id}={term}" for d in QUESTIONS if answer_for(d.id, term))
    open_guide(desktop, site_url, "en", f"?{query}")
    desktop.emulate_media(media="print")
    assert desktop.locator(".bk-guide__actions").is_hidden()
    assert desktop.locator(".bk-guide-result").is_visible()
    assert desktop.locator("[data-bk-question] input:checked").count() == query.count("=")
    assert desktop.pdf(format="A4").startswith(b"%PDF")


def test_instant_navigation_brings_the_guide_to_life(desktop: Page, site_url: str) -> None:
    watch = PageWatch(site_url)
    watch.attach(desktop)
    desktop.goto(f"{site_url}/en/")
    desktop.locator(".md-nav--primary a[href$='choose/']").first.click()
    expect(desktop).to_have_url(f"{site_url}/en/choose/")
    term = TERMS[0]
    dimension = next(d for d in QUESTIONS if answer_for(d.id, term))
    desktop.locator(f"#{dimension.id}--{term}").check()
    expect(desktop.locator("[data-result]")).to_have_attribute("data-result", term)
    assert desktop.evaluate("performance.getEntriesByType('navigation').length") == 1  # no full page load
    assert not watch.console
