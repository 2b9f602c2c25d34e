"""The legitimate content edits (content_edits.py) pass the checks a pull request gets.

Every page test of tests/site and tests/browser already runs on each edited copy (see
conftest.site); this file adds what the edits themselves promise: the data validates as CI
validates it, and CONTRIBUTING's examples show up where CONTRIBUTING says they do.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from content_edits import (
    ADD_A_DIMENSION,
    EDITS,
    FOURTH_TERM,
    ITO_WALKTHROUGH,
    contributing_blocks,
    contributing_dimension_ids,
    contributing_section,
    real_content,
    validate,
)
from site_under_test import SiteUnderTest

from bpokpo.views import dimension_value


def test_the_data_validates_as_ci_validates_it(project: Path) -> None:
    result = validate(project)
    assert result.returncode == 0, result.stderr
    assert "data: valid" in result.stdout


def test_each_edit_has_its_own_name() -> None:
    assert len({edit.name for edit in EDITS}) == len(EDITS) >= 7


def test_the_walkthrough_runs_the_commands_the_edit_suite_runs() -> None:
    """content_edits.contributing_ito adds the source, writes the term file, runs make validate, fills in
    the values, validates again, runs make anchors and validates: the walkthrough's steps, in this order.
    The last step, rereading the contrast sentences, asks for a judgement: the edit keeps them."""
    steps = re.findall(r"^(\d+)\. (.*?)(?=^\d+\. |\Z)", contributing_section(ITO_WALKTHROUGH), re.S | re.M)
    commands = [re.findall(r"`(make \w+)`", text) for _, text in steps]
    assert [number for number, _ in steps] == ["1", "2", "3", "4", "5", "6"]
    assert commands == [[], [], ["make validate"], ["make validate"], ["make anchors", "make validate"], []]
    assert "data/sources.yml" in steps[0][1] and "data/terms/ito.yml" in steps[1][1]


@pytest.mark.sites("ito")
def test_the_third_term_has_its_page_card_column_and_sources(site: SiteUnderTest) -> None:
    _, ito_yaml = contributing_blocks(ITO_WALKTHROUGH, "yaml")
    term = site.content.term(re.search(r'^id: "([a-z0-9-]+)"', ito_yaml, re.M).group(1))  # type: ignore[union-attr]
    assert len(site.content.terms) == len(real_content().terms) + 1
    assert term.sources and all(source.id not in {s.id for s in site.content.sources} for source in term.sources)
    for language in site.languages:
        page = site.html(language, f"{term.id}/")
        assert {activity.id for activity in term.activities} <= set(page.ids())
        assert term.full_name(language) in site.text(language, f"{term.id}/")
        assert term.id in site.html(language, "").ids()  # its card on the home page
        comparison = site.html(language, "comparison/")
        assert f"../{term.id}/" in [a.attrs.get("href") for a in comparison.inside("a", "table.bk-table")]
        assert site.content.title(language).count(term.abbreviation) == 1  # the site's name lists it


@pytest.mark.sites("fourth-term")
def test_a_fourth_term_is_a_fourth_column(site: SiteUnderTest) -> None:
    assert len(site.content.terms) == len(real_content().terms) + 2
    assert site.content.terms[-1].abbreviation in FOURTH_TERM
    for language in site.languages:
        headers = [
            e
            for e in site.html(language, "comparison/").inside("th", "table.bk-table")
            if e.attrs.get("scope") == "col"
        ]
        assert len(headers) == 1 + len(site.content.terms)


@pytest.mark.sites("new-dimension")
def test_contributings_dimension_examples_show_where_contributing_says(site: SiteUnderTest) -> None:
    """ "Fix a value": the table row and the infographic show it; the key difference and each term's own
    page link to the row. "Add a dimension": a table row, a key difference and an infographic band."""
    fixed_id, added_id = contributing_dimension_ids()
    [added_yaml] = contributing_blocks(ADD_A_DIMENSION, "yaml")
    assert added_id in added_yaml
    for language in site.languages:
        comparison = site.html(language, "comparison/")
        infographic = site.text(language, "infographic/")
        for dimension in (site.content.dimension(fixed_id), site.content.dimension(added_id)):
            [row] = [e for e in comparison.elements if e.tag == "tr" and e.attrs.get("id") == dimension.id]
            [difference] = [
                a for a in comparison.find("a", "bk-differences__label") if a.attrs["href"] == f"./#{dimension.id}"
            ]
            assert dimension.label(language) in " ".join(difference.text.split())
            assert dimension.label(language) in infographic
            for term in site.content.terms:
                value = dimension_value(dimension, term, language).text
                assert value in " ".join(row.text.split()) and value in infographic
                links = site.html(language, f"{term.id}/").find("a")
                assert any(a.attrs.get("href", "").endswith(f"comparison/#{dimension.id}") for a in links)


@pytest.mark.sites("reordered")
def test_the_reordered_dimensions_are_shown_in_their_new_order(site: SiteUnderTest) -> None:
    assert [d.id for d in site.content.dimensions] == [d.id for d in reversed(real_content().dimensions)]


@pytest.mark.sites("dimension-removed")
def test_the_removed_dimension_is_gone_and_its_links_land_on_its_heir(site: SiteUnderTest) -> None:
    ids = {d.id for d in site.content.dimensions}
    aliases = {alias for d in site.content.dimensions for alias in d.aliases}
    removed = aliases - ids - {alias for d in real_content().dimensions for alias in d.aliases}
    assert len(removed) == 1 and not removed & ids
    [gone] = removed
    assert gone in {anchor.id for anchor in site.registry}  # it had been published
    for language in site.languages:
        assert gone in site.html(language, "comparison/").ids()
