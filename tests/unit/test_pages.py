"""Page rendering: every data string escaped, links relative, views built from dimensions."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from datafactory import minimal_data, minimal_dimensions, minimal_site, minimal_term, write_data

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
    dimension = dataclasses.replace(content.dimensions[1], label=evil, values={"aaa": evil, "bbb": evil})
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


def test_comparison_table_has_a_row_per_table_dimension_and_a_column_per_term(content: Content) -> None:
    html = pages.comparison_page(content, "en", "comparison/")
    assert html.count('<tr class="bk-item" id="') == 2
    assert '<tr class="bk-item" id="full-form">' in html and '<tr class="bk-item" id="cost">' in html
    assert '<th scope="col"><a href="../aaa/">AAA</a></th>' in html
    # cost is in the table too, so its key-difference item takes the prefixed id
    assert 'id="difference-cost"' in html
    # services is not a table row, so its list item carries the dimension's own id
    assert '<li class="bk-item" id="services">' in html


def test_each_table_row_carries_its_absolute_address_for_print(content: Content) -> None:
    html = pages.comparison_page(content, "sv", "comparison/", "https://example.org/bpokpo/sv/")
    assert 'data-permalink="https://example.org/bpokpo/sv/comparison/#cost"' in html
    assert html.count("data-permalink=") == 2


def test_a_third_term_is_a_new_column_without_code_change(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"]["ccc"] = {"sv": "Mitt", "en": "Middle"}
    write_data(
        tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2), minimal_term("ccc", 3)]
    )
    content = load_content(str(tmp_path))
    html = pages.comparison_page(content, "sv", "comparison/")
    assert html.count('<td data-term="') == 6
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
