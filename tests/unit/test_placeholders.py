"""Site texts count and name the terms from the data: placeholders, and validation of stale texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from datafactory import minimal_dimensions, minimal_site, minimal_term, write_data
from htmlpage import HtmlPage

from bpokpo import DataErrors, load_content, pages
from bpokpo.downloads import infographic_svg_file
from bpokpo.link_preview import link_preview, link_preview_tags
from bpokpo.placeholders import Counts, Words, render
from bpokpo.site_map import site_pages

SWEDISH = Words("och", "eller", ("noll", "en", "två", "tre", "fyra"))
ENGLISH = Words("and", "or", ("zero", "one", "two", "three", "four"))


def counts(*abbreviations: str) -> Counts:
    return Counts(abbreviations, infographic=3, key_differences=12)


@pytest.mark.parametrize(
    ("abbreviations", "swedish", "english"),
    [
        (("BPO",), "BPO", "BPO"),
        (("BPO", "KPO"), "BPO och KPO", "BPO and KPO"),
        (("BPO", "KPO", "ITO"), "BPO, KPO och ITO", "BPO, KPO and ITO"),
        (("BPO", "KPO", "ITO", "RPO"), "BPO, KPO, ITO och RPO", "BPO, KPO, ITO and RPO"),
    ],
)
def test_terms_are_joined_the_way_each_language_lists(
    abbreviations: tuple[str, ...], swedish: str, english: str
) -> None:
    assert render("{terms}", SWEDISH, counts(*abbreviations)) == swedish
    assert render("{terms}", ENGLISH, counts(*abbreviations)) == english
    assert render("{terms_or}?", ENGLISH, counts(*abbreviations)) == english.replace(" and ", " or ") + "?"


def test_counts_are_words_capitalised_at_a_sentence_start_and_digits_beyond_the_list() -> None:
    three = counts("A", "B", "C")
    assert render("{term_count} sätt. De {term_count} modellerna", SWEDISH, three) == "Tre sätt. De tre modellerna"
    assert render("The {infographic_count} key differences", ENGLISH, three) == "The three key differences"
    assert render("All {key_difference_count} of them", ENGLISH, three) == "All 12 of them"
    assert render("Why? {term_count} reasons", ENGLISH, three) == "Why? Three reasons"


def site_with(**texts: Any) -> dict[str, Any]:
    site = minimal_site()
    for dotted, value in texts.items():
        *parents, last = dotted.split("__")
        target = site
        for key in parents:
            target = target[key]
        target[last] = value
    return site


def three_terms(folder: Path, site: dict[str, Any]) -> Path:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"]["ccc"] = {"sv": "Mitt", "en": "Middle"}
    return write_data(folder, site, dimensions, [minimal_term(t, n) for n, t in enumerate(("aaa", "bbb", "ccc"), 1)])


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(DataErrors) as failure:
        load_content(str(folder))
    return [error.format() for error in failure.value.errors]


def test_every_text_of_the_site_is_rendered_in_its_language(tmp_path: Path) -> None:
    site = site_with(
        title={"sv": "{terms_or}?", "en": "{terms_or}?"},
        pages__infographic__title={
            "sv": "De {infographic_count} skillnaderna",
            "en": "The {infographic_count} differences",
        },
        ui__at_a_glance={"sv": "{terms} i överblick", "en": "{terms} at a glance"},
        sources=[{"id": "article", "title": {"sv": "Om {term_count} modeller", "en": "On {term_count} models"}}],
    )
    content = load_content(str(three_terms(tmp_path, site)))
    assert content.title("sv") == "AAA, BBB eller CCC?" and content.title("en") == "AAA, BBB or CCC?"
    assert content.pages["infographic"].title("sv") == "De två skillnaderna"  # full form and cost
    assert content.ui["at_a_glance"]("en") == "AAA, BBB and CCC at a glance"
    assert content.sources[0].title("en") == "On three models"
    assert content.terms[0].sources[0].title("sv") == "Om tre modeller"


def test_an_unknown_placeholder_names_the_known_ones(tmp_path: Path) -> None:
    site = site_with(title={"sv": "{term} eller inte", "en": "{{ terms }}"})
    messages = errors_for(three_terms(tmp_path, site))
    assert len(messages) == 2
    assert any("title.sv: '{term}' is not a placeholder (use one of {terms}, {terms_or}," in m for m in messages)
    assert any("title.en: the text contains '{', which could be read as markup" in m for m in messages)


def test_placeholders_work_only_in_the_site_text(tmp_path: Path) -> None:
    term = minimal_term("aaa", 1)
    term["definition"]["en"] = "One of {terms}"
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [term, minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert (
        "aaa.yml:" in message and "definition.en: placeholders such as '{terms}' work only in data/site.yml" in message
    )


def line_of(path: Path, fragment: str) -> int:
    return next(
        number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if fragment in line
    )


def test_a_list_of_terms_that_leaves_one_out_is_reported_at_its_line(tmp_path: Path) -> None:
    site = site_with(pages__comparison__title={"sv": "AAA och BBB jämförda", "en": "{terms} compared"})
    folder = three_terms(tmp_path, site)
    [message] = errors_for(folder)
    line = line_of(folder / "site.yml", "AAA och BBB jämförda")
    assert f"site.yml:{line}:" in message
    assert (
        "pages.comparison.title.sv: the text names AAA and BBB but not CCC, and the site compares AAA, BBB, CCC"
        in message
    )
    assert "(write {terms} (or {terms_or}) for the terms" in message


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ({"sv": "De två modellerna", "en": "{terms}"}, "två modellerna"),
        ({"sv": "{terms}", "en": "The two outsourcing models"}, "two outsourcing models"),
        ({"sv": "{terms}", "en": "The 2 models compared"}, "2 models"),
    ],
)
def test_a_number_of_models_that_is_not_the_number_of_terms_is_reported(
    tmp_path: Path, text: dict[str, str], said: str
) -> None:
    [message] = errors_for(three_terms(tmp_path, site_with(description=text)))
    assert (
        f"description.{'sv' if 'två' in said else 'en'}: the text says '{said}', but the site compares 3 terms"
        in message
    )
    assert "(write {term_count} for the number" in message


@pytest.mark.parametrize(
    "text",
    [
        {"sv": "De tio viktigaste skillnaderna", "en": "The {infographic_count} key differences"},
        {"sv": "{terms}", "en": "The 10 most important differences"},
    ],
)
def test_a_number_of_differences_the_data_does_not_have_is_reported(tmp_path: Path, text: dict[str, str]) -> None:
    site = minimal_site()
    site["words"]["numbers"] += [{"sv": word, "en": word} for word in ("sex", "sju", "åtta", "nio", "tio")]
    site["pages"]["infographic"]["title"] = text
    [message] = errors_for(three_terms(tmp_path, site))
    assert "pages.infographic.title." in message and "but the data has 2 and 3 of them" in message  # shown, all
    assert "(write {infographic_count} (the infographic's dimensions) or {key_difference_count}" in message


def test_matching_numbers_facts_about_two_terms_and_articles_pass(tmp_path: Path) -> None:
    site = minimal_site()
    # The conclusion and the intro state facts, which may be about two of the terms.
    site["conclusion"]["points"][0]["text"] = {"sv": "AAA och BBB är två modeller", "en": "AAA and BBB, two models"}
    site["intro"]["paragraphs"] = [{"sv": "Både AAA och BBB.", "en": "Both AAA and BBB."}]
    site["description"] = {"sv": "De tre modellerna och en modell till", "en": "The three models: one model each"}
    site["pages"]["infographic"]["title"] = {"sv": "De två skillnaderna", "en": "The 2 differences"}
    content = load_content(str(three_terms(tmp_path, site)))
    assert content.description("en") == "The three models: one model each"


def test_rendered_texts_stay_escaped_wherever_they_are_shown(tmp_path: Path) -> None:
    """An ampersand is all an abbreviation may bring into markup (quotes and < are refused below)."""
    site = site_with(
        title={"sv": "{terms_or}?", "en": "{terms_or}?"}, ui__at_a_glance={"sv": "{terms}", "en": "{terms}"}
    )
    terms = [minimal_term(t, n) for n, t in enumerate(("aaa", "bbb"), 1)]
    terms[0]["abbreviation"] = "R&D"
    content = load_content(str(write_data(tmp_path, site, minimal_dimensions(), terms)))
    assert content.title("en") == "R&D or BBB?"
    home = next(page for page in site_pages(content) if page.kind == "home")
    preview = str(
        link_preview_tags(link_preview(content, home, "en", {"sv": "https://x.org/sv/", "en": "https://x.org/en/"}))
    )
    assert '<meta property="og:site_name" content="R&amp;D or BBB?">' in preview
    assert "R&amp;D and BBB" in pages.home_page(content, "en", "")
    assert ">R&amp;D or BBB?</text>" in infographic_svg_file(content, "en")
    parsed = HtmlPage()
    parsed.feed(preview)
    assert parsed.meta("og:site_name") == "R&D or BBB?"


@pytest.mark.parametrize("abbreviation", ['A"B', "A'B", "A<B"])
def test_an_abbreviation_with_a_quote_or_markup_is_refused(tmp_path: Path, abbreviation: str) -> None:
    term = minimal_term("aaa", 1)
    term["abbreviation"] = abbreviation
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [term, minimal_term("bbb", 2)])
    messages = errors_for(tmp_path)
    assert any(f"abbreviation: '{abbreviation}' contains a quotation mark or a markup character" in m for m in messages)
