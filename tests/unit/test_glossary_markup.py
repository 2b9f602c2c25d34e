"""Abbreviations and glossary links on generated HTML, derived from the glossary data."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from datafactory import REPO, minimal_data

from bpokpo import load_content
from bpokpo.glossary_markup import LINK_CLASS, glossary_terms, mark_glossary_terms
from bpokpo.model import Content

REAL = load_content(str(REPO / "data"))


@pytest.fixture
def content(tmp_path: Path) -> Content:
    return load_content(str(minimal_data(tmp_path)))


def test_every_abbreviation_gets_its_expansion_and_the_first_use_a_link(content: Content) -> None:
    entry = next(e for e in content.glossary if e.abbreviation)
    abbreviation, name = entry.abbreviation("en"), entry.name("en")  # type: ignore[misc]
    html = f"<p>An {abbreviation} here.</p><p>Another {abbreviation} there.</p>"
    marked = mark_glossary_terms(html, content, "en", "comparison/", "glossary/")
    expected_abbr = f'<abbr title="{name}">{abbreviation}</abbr>'
    assert marked.count(expected_abbr) == 2
    assert marked.count(f'<a class="{LINK_CLASS}" href="../glossary/#{entry.id}">{expected_abbr}</a>') == 1
    assert marked.index("<a ") < marked.index("Another")  # the first use is the linked one


def test_a_terms_abbreviation_uses_its_full_name(content: Content) -> None:
    term = content.terms[0]
    marked = mark_glossary_terms(f"<td>{term.abbreviation}</td>", content, "sv", "", "glossary/")
    assert f'<abbr title="{term.full_name("sv")}">{term.abbreviation}</abbr>' in marked


@pytest.mark.parametrize(
    "wrapper",
    [
        "<a href='x'>{}</a>",
        "<h2>{}</h2>",
        "<label>{}</label>",
        "<button>{}</button>",
        "<legend>{}</legend>",
    ],
)
def test_no_link_where_a_link_cannot_go_but_still_the_abbreviation(content: Content, wrapper: str) -> None:
    entry = next(e for e in content.glossary if e.abbreviation)
    text = entry.abbreviation("en")  # type: ignore[misc]
    marked = mark_glossary_terms(wrapper.format(text), content, "en", "", "glossary/")
    assert LINK_CLASS not in marked
    assert "<abbr title=" in marked
    # the first use that may carry a link is the one linked
    later = mark_glossary_terms(wrapper.format(text) + f"<p>{text}</p>", content, "en", "", "glossary/")
    assert later.count(LINK_CLASS) == 1 and later.index(LINK_CLASS) > later.index("<p>")


@pytest.mark.parametrize(
    "html",
    [
        "<script>var SLA = 1;</script>",
        "<style>.SLA {}</style>",
        "<svg><text>SLA</text></svg>",
        "<code>SLA</code>",
        "<cite>The SLA guide</cite>",
        "<p data-bk-plain>SLA and SLA</p>",
        "<abbr>SLA</abbr>",
        "<p>sla is not the abbreviation; SLAs and XSLA are other words</p>",
    ],
)
def test_text_that_must_stay_as_written_is_untouched(content: Content, html: str) -> None:
    assert mark_glossary_terms(html, content, "en", "", "glossary/") == html


def test_markup_passes_through_byte_for_byte(content: Content) -> None:
    html = (
        '<div class="x" data-a="1 &amp; 2"><!-- note -->'
        '<p>R&amp;D &#8217; &nbsp;<br/><img src="a.png" alt="SLA"></p></div>'
    )
    assert mark_glossary_terms(html, content, "en", "", "glossary/") == html


def test_the_glossary_page_marks_abbreviations_but_links_nothing(content: Content) -> None:
    entry = next(e for e in content.glossary if e.abbreviation)
    marked = mark_glossary_terms(f"<p>{entry.abbreviation('en')}</p>", content, "en", "glossary/", None)  # type: ignore[misc]
    assert "<abbr" in marked and "<a " not in marked


def test_names_link_in_any_case_and_abbreviations_only_in_their_own() -> None:
    """With the real glossary: every form of every entry links, found whole and in its case rules."""
    for language in REAL.languages:
        terms = glossary_terms(REAL, language)
        for term in terms.terms:
            if term.entry_id is None:
                continue
            found = mark_glossary_terms(f"<p>x {term.text} y</p>", REAL, language, "", "glossary/")
            assert f'#{term.entry_id}"' in found, (language, term.text)
            inside = mark_glossary_terms(f"<p>x{term.text}y</p>", REAL, language, "", "glossary/")
            assert "<a " not in inside, (language, term.text)  # never part of a longer word
        abbreviations = [e.abbreviation(language) for e in REAL.glossary if e.abbreviation]
        for abbreviation in abbreviations:
            if abbreviation.lower() != abbreviation:
                lowered = mark_glossary_terms(f"<p>{abbreviation.lower()}</p>", REAL, language, "", "glossary/")
                assert "<abbr" not in lowered, abbreviation


def test_a_page_links_each_entry_once() -> None:
    html = "".join(f"<p>{t.text} and {t.text}</p>" for t in glossary_terms(REAL, "en").terms)
    marked = mark_glossary_terms(html, REAL, "en", "buying/", "glossary/")
    links = re.findall(r'href="\.\./glossary/#([a-z0-9-]+)"', marked)
    assert sorted(links) == sorted({e.id for e in REAL.glossary})
