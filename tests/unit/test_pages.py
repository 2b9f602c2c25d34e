"""Page rendering: every data string escaped, links relative, views built from dimensions."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from datafactory import minimal_data, minimal_dimensions, minimal_site, minimal_term, write_data
from htmlpage import HtmlPage

from bpokpo import load_content, pages
from bpokpo.links import relative_href
from bpokpo.model import Content, Text


@pytest.fixture
def content(tmp_path: Path) -> Content:
    return load_content(str(minimal_data(tmp_path)))


def hostile(content: Content) -> Content:
    """Content a validator would refuse, to prove the templates escape whatever they get."""
    evil = Text(
        {"sv": '<script>alert("sv")</script>', "en": "<img src=x onerror=alert(1)> *bold* # [x](javascript:alert(1))"}
    )
    term = dataclasses.replace(content.terms[0], definition=evil, full_name=evil, abbreviation="<b>A</b>")
    dimension = dataclasses.replace(content.dimensions[1], label=evil, contrast=evil, values={"aaa": evil, "bbb": evil})
    return dataclasses.replace(
        content, terms=(term, content.terms[1]), dimensions=(content.dimensions[0], dimension, content.dimensions[2])
    )


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_page_escapes_data(content: Content, language: str) -> None:
    bad = hostile(content)
    outputs = [
        pages.home_page(bad, language, ""),
        pages.term_page(bad, language, "aaa/", "aaa"),
        pages.comparison_page(bad, language, "comparison/"),
        pages.conclusion_page(bad, language, "conclusion/"),
        pages.infographic_page(bad, language, "infographic/"),
    ]
    for output in outputs:
        assert "<script" not in output and "<img" not in output and "<b>" not in output
    joined = "\n".join(outputs)
    assert (
        "&lt;script&gt;alert(&#34;sv&#34;)&lt;/script&gt;" in joined
        if language == "sv"
        else "&lt;img src=x onerror=alert(1)&gt;" in joined
    )


def test_markdown_marks_in_headings_stay_literal(content: Content) -> None:
    term = dataclasses.replace(content.terms[0], abbreviation="A*B_C#")
    page = pages.term_page(dataclasses.replace(content, terms=(term, content.terms[1])), "en", "aaa/", "aaa")
    assert page.splitlines()[0] == r"# term\_page\_title in English A\*B\_C\#? {: #page-title }"


def test_comparison_has_a_row_and_a_contrast_sentence_per_dimension_and_a_column_per_term(content: Content) -> None:
    html = HtmlPage.of(pages.comparison_page(content, "en", "comparison/"))
    rows = [row.attrs["id"] for row in html.find("tr", "bk-item")]
    assert rows == [dimension.id for dimension in content.dimensions]
    assert [e.text for e in html.inside("a", "thead")] == [term.abbreviation for term in content.terms]
    # each key difference is the dimension's sentence, on its own anchor, linked to its row
    items = html.find("li", "bk-item")
    assert [item.attrs["id"] for item in items] == [f"difference-{d.id}" for d in content.dimensions]
    links = html.find("a", "bk-differences__label")
    assert [link.attrs["href"] for link in links] == [f"./#{d.id}" for d in content.dimensions]
    sentences = [e.text for e in html.find("span", "bk-differences__sentence")]
    assert sentences == [d.contrast("en") for d in content.dimensions]


def test_the_key_differences_repeat_no_value_of_the_table(content: Content) -> None:
    """The list holds the sentences only: every value is in the table, once."""
    html = pages.comparison_page(content, "en", "comparison/")
    differences = html[html.index('<ul class="bk-differences"') : html.index("</ul>")]
    for dimension in content.dimensions:
        for value in dimension.values.values():
            assert value("en") not in differences
            assert html.count(value("en")) == 1


@pytest.mark.parametrize(
    ("site_url", "printed"),
    [
        ("https://example.org/bpokpo/sv/", "example.org/bpokpo/sv/"),  # the site as published
        ("http://127.0.0.1:8000/sv/", "fork.github.io/bpo-kpo/sv/"),  # a local build: the Pages address
    ],
)
def test_each_table_row_carries_its_public_address_for_print(
    content: Content, site_url: str, printed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BPOKPO_REPOSITORY_URL", "https://github.com/Fork/bpo-kpo")
    html = HtmlPage.of(pages.comparison_page(content, "sv", "comparison/", site_url))
    addresses = html.find("span", "bk-printed-address")
    assert [a.text for a in addresses] == [f"{printed}comparison/#{d.id}" for d in content.dimensions]
    # a line may break only between pieces: after a slash, before the fragment
    pieces = [piece.text for piece in html.inside("span", "span.bk-printed-address")]
    expected = [piece + "/" for piece in printed.rstrip("/").split("/")]
    assert pieces[: len(expected) + 2] == [*expected, "comparison/", f"#{content.dimensions[0].id}"]


def test_term_pages_link_to_the_rows_instead_of_repeating_them(content: Content) -> None:
    html = pages.term_page(content, "en", "aaa/", "aaa")
    links = HtmlPage.of(html).inside("a", "ul.bk-row-links")
    assert [link.attrs["href"] for link in links] == [f"../comparison/#{d.id}" for d in content.dimensions]
    for dimension in content.dimensions:
        for value in dimension.values.values():
            assert value("en") not in html


def test_a_third_term_is_a_new_column_without_code_change(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"]["ccc"] = {"sv": "Mitt", "en": "Middle"}
    write_data(
        tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2), minimal_term("ccc", 3)]
    )
    content = load_content(str(tmp_path))
    html = pages.comparison_page(content, "sv", "comparison/")
    assert html.count('<td data-term="') == len(content.terms) * len(content.dimensions)
    assert "Mitt" in html


@pytest.mark.parametrize(
    ("start", "target", "fragment", "expected"),
    [
        ("", "comparison/", "", "comparison/"),
        ("comparison/", "", "", "../"),
        ("bpo/", "comparison/", "complexity", "../comparison/#complexity"),
        ("comparison/", "comparison/", "cost", "./#cost"),
    ],
)
def test_relative_href(start: str, target: str, fragment: str, expected: str) -> None:
    assert relative_href(start, target, fragment) == expected
