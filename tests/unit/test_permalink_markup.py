"""Per-item permalinks in the page markup: a copy control per item and former ids that still resolve."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from datafactory import minimal_dimensions, minimal_site, minimal_term, write_data
from htmlpage import HtmlPage

from bpokpo import load_content, pages
from bpokpo.model import Content, Text


@pytest.fixture
def content(tmp_path: Path) -> Content:
    """Minimal data where every kind of item has a former id."""
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["aliases"] = ["price"]
    dimensions["dimensions"][2]["aliases"] = ["scope"]
    term = minimal_term("aaa", 1)
    term["aliases"] = ["old-aaa"]
    term["types"] = [{"id": "remote", "name": {"sv": "Fjärr", "en": "Remote"}, "description": {"sv": "F", "en": "R"}}]
    term["types"][0]["aliases"] = ["distant"]
    term["activities"][0]["aliases"] = ["aaa-labour"]
    write_data(tmp_path, minimal_site(), dimensions, [term, minimal_term("bbb", 2)])
    return load_content(str(tmp_path))


def parsed(markdown: str) -> HtmlPage:
    page = HtmlPage()
    page.feed(markdown)
    return page


def copy_controls(html: HtmlPage) -> dict[str, str]:
    """Anchor -> accessible name of every copy-link button."""
    return {b.attrs["data-bk-anchor"]: b.attrs["aria-label"] for b in html.find("button", "bk-copy-link")}


def test_comparison_rows_have_copy_controls_and_every_former_id_still_lands(content: Content) -> None:
    html = parsed(pages.comparison_page(content, "sv", "comparison/"))
    # one control per row; a key difference links to its row, which is the lasting address
    assert copy_controls(html) == {d.id: f"copy_link_to på svenska {d.label('sv')}" for d in content.dimensions}
    aliases = {e.attrs["id"]: e.parents[-1] for e in html.find("span", "bk-alias")}
    # a former id lands where its id does: the row keeps it, the list item takes the prefix
    assert set(aliases) == {"price", "difference-price", "scope", "difference-scope"}
    assert aliases["price"].startswith("th") and aliases["scope"].startswith("th")
    assert aliases["difference-price"].startswith("li") and aliases["difference-scope"].startswith("li")
    status = html.find("p", "bk-copy-status")
    assert len(status) == 1 and status[0].attrs["role"] == "status"
    assert status[0].attrs["data-bk-copied"] == "link_copied på svenska"


def test_copy_controls_are_buttons_hidden_until_the_script_enables_them(content: Content) -> None:
    html = parsed(pages.comparison_page(content, "en", "comparison/"))
    for button in html.find("button", "bk-copy-link"):
        assert button.attrs["type"] == "button"
        assert "hidden" in button.attrs
        assert button.attrs["title"] == "copy_link in English"


def test_term_pages_and_home_give_types_activities_and_terms_copy_controls(content: Content) -> None:
    term = parsed(pages.term_page(content, "en", "aaa/", "aaa"))
    assert set(copy_controls(term)) == {"remote", "aaa-work"}
    assert {e.attrs["id"] for e in term.find("span", "bk-alias")} == {"distant", "aaa-labour"}
    home = parsed(pages.home_page(content, "en", ""))
    assert copy_controls(home) == {"aaa": "copy_link_to in English AAA", "bbb": "copy_link_to in English BBB"}
    assert [e.attrs["id"] for e in home.find("span", "bk-alias")] == ["old-aaa"]


def test_item_names_are_escaped_in_the_copy_control(content: Content) -> None:
    evil = Text({"sv": '"><script>x</script>', "en": '"><script>x</script>'})
    term = dataclasses.replace(content.terms[0], abbreviation='"><b>')
    activity = dataclasses.replace(content.terms[0].activities[0], name=evil)
    term = dataclasses.replace(term, activities=(activity,))
    bad = dataclasses.replace(content, terms=(term, content.terms[1]))
    for markdown in (pages.home_page(bad, "en", ""), pages.term_page(bad, "en", "aaa/", "aaa")):
        assert "<script>" not in markdown and "<b>" not in markdown
        assert "&#34;&gt;" in markdown
