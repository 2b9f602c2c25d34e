"""The JSON and CSV downloads give back exactly the values of the data."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from datafactory import REPO, minimal_data, minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import load_content
from bpokpo.exports import JSON_FORMAT, JSON_VERSION, comparison_csv, comparison_json, csv_delimiter
from bpokpo.model import Content
from bpokpo.views import dimension_value

CONTENT = load_content(str(REPO / "data"))


def read_csv(text: str, language: str) -> list[list[str]]:
    assert text.startswith("\ufeff"), "a byte order mark tells spreadsheets the file is UTF-8"
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=csv_delimiter(language)))


@pytest.mark.parametrize("language", CONTENT.languages)
def test_json_round_trips_to_the_data(language: str) -> None:
    data = json.loads(comparison_json(CONTENT, language))
    assert (data["format"], data["version"], data["language"]) == (JSON_FORMAT, JSON_VERSION, language)
    assert [term["id"] for term in data["terms"]] == [term.id for term in CONTENT.terms]
    for exported, term in zip(data["terms"], CONTENT.terms, strict=True):
        assert exported["abbreviation"] == term.abbreviation
        assert exported["full_name"] == term.full_name(language)
        assert exported["definition"] == term.definition(language)
    assert [d["id"] for d in data["dimensions"]] == [d.id for d in CONTENT.dimensions]
    for exported, dimension in zip(data["dimensions"], CONTENT.dimensions, strict=True):
        assert exported["label"] == dimension.label(language)
        assert exported["contrast"] == dimension.contrast(language)
        assert set(exported["shown_in"]) == set(dimension.shown_in)
        for term in CONTENT.terms:
            value = dimension_value(dimension, term, language)
            assert exported["values"][term.id] == (list(value.items) if value.items else value.text)


def test_a_list_value_is_a_json_list_and_one_csv_cell(tmp_path: Path) -> None:
    """A dimension that shows each term's activities exports them as a list, and as one cell."""
    content = load_content(str(minimal_data(tmp_path)))
    [listing] = [d for d in content.dimensions if d.from_term == "activities"]
    term = content.terms[0]
    names = [activity.name("en") for activity in term.activities]
    exported = next(d for d in json.loads(comparison_json(content, "en"))["dimensions"] if d["id"] == listing.id)
    assert exported["values"][term.id] == names
    [row] = [row for row in read_csv(comparison_csv(content, "en"), "en") if row[0] == listing.id]
    assert row[2] == ", ".join(names)


@pytest.mark.parametrize("language", CONTENT.languages)
def test_csv_round_trips_to_the_data(language: str) -> None:
    rows = read_csv(comparison_csv(CONTENT, language), language)
    values = 2 + len(CONTENT.terms)  # the comparison's columns; the guide's question and answers follow
    assert rows[0][:values] == ["id", CONTENT.ui["dimension"](language), *(t.abbreviation for t in CONTENT.terms)]
    assert len(rows) == 1 + len(CONTENT.dimensions)
    for row, dimension in zip(rows[1:], CONTENT.dimensions, strict=True):
        assert row[:values] == [
            dimension.id,
            dimension.label(language),
            *(dimension_value(dimension, term, language).text for term in CONTENT.terms),
        ]


def test_csv_uses_the_list_separator_of_each_language_and_crlf() -> None:
    swedish, english = comparison_csv(CONTENT, "sv"), comparison_csv(CONTENT, "en")
    for text, language in ((swedish, "sv"), (english, "en")):
        names = [CONTENT.ui["dimension"](language), *(term.abbreviation for term in CONTENT.terms)]
        quoted = [f'"{name}"' for name in ["id", *names]]
        assert text.splitlines()[0].startswith("\ufeff" + csv_delimiter(language).join(quoted))
    assert swedish.count("\r\n") == english.count("\r\n") == 1 + len(CONTENT.dimensions)
    # every cell is quoted, so a program that splits on the other separator keeps each cell whole
    for line in (*swedish.splitlines(), *english.splitlines()):
        assert line.removeprefix("\ufeff").startswith('"') and line.endswith('"'), line


def test_a_separator_inside_a_value_is_quoted(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"]["aaa"] = {"sv": "Lågt; men", "en": "Low, but"}
    content = load_content(
        str(write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)]))
    )
    assert '"Lågt; men"' in comparison_csv(content, "sv") and '"Low, but"' in comparison_csv(content, "en")


def test_a_third_term_is_a_third_column(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"]["ccc"] = {"sv": "Mitt; emellan", "en": 'Middle, "quoted"'}
    terms = [minimal_term("aaa", 1), minimal_term("bbb", 2), minimal_term("ccc", 3)]
    content: Content = load_content(str(write_data(tmp_path, minimal_site(), dimensions, terms)))
    for language in ("sv", "en"):
        rows = read_csv(comparison_csv(content, language), language)
        assert rows[0][2:5] == ["AAA", "BBB", "CCC"]
        assert rows[2][4] == ("Mitt; emellan" if language == "sv" else 'Middle, "quoted"')
        assert json.loads(comparison_json(content, language))["dimensions"][1]["values"]["ccc"] == rows[2][4]
