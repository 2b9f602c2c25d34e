"""The comparison as data files: JSON for programs, CSV for spreadsheets.

Both are views of the same dimension entries as the table and the infographic, with the
decision guide's questions; the JSON file also holds the glossary and every source, which
have CSV files of their own. The shapes are documented in README.md ("Downloads and data
exports"); change both together.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from bpokpo.glossary import glossary_entries
from bpokpo.model import VIEWS, Content, Dimension, Source
from bpokpo.views import dimension_value

JSON_FORMAT = "bpo-kpo-comparison"
JSON_VERSION = 1  # raise when a field changes meaning or goes away; adding a field keeps it

# Spreadsheet programs split a CSV on the list separator of the reader's locale: a semicolon
# where the decimal separator is a comma, as in Swedish. Other languages get a comma.
CSV_DELIMITERS = {"sv": ";"}
CSV_BOM = "\ufeff"  # marks the file as UTF-8, which Excel needs to read å, ä and ö
# A spreadsheet runs a cell that starts with =, +, - or @ as a formula (which can fetch
# addresses or start programs), and a leading tab or carriage return can hide such a start.
# OWASP's advice on CSV injection: put an apostrophe before such a cell, so it is read as
# text, and quote every cell, so a program that splits on another separator than the one
# written cannot start a new cell in the middle of one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A text as a CSV cell no spreadsheet runs as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_delimiter(language: str) -> str:
    return CSV_DELIMITERS.get(language, ",")


def comparison_data(content: Content, language: str) -> dict[str, Any]:
    """The comparison as plain JSON values, in display order."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "language": language,
        "title": content.pages["comparison"].title(language),
        "terms": [
            {
                "id": term.id,
                "abbreviation": term.abbreviation,
                "full_name": term.full_name(language),
                "definition": term.definition(language),
            }
            for term in content.terms
        ],
        "dimensions": [
            {
                "id": dimension.id,
                "label": dimension.label(language),
                "contrast": dimension.contrast(language),
                "shown_in": [view for view in VIEWS if view in dimension.shown_in],
                "values": {
                    term.id: list(value.items) if value.items else value.text
                    for term in content.terms
                    for value in (dimension_value(dimension, term, language),)
                },
            }
            | ({"question": _question(dimension, language)} if dimension.question else {})
            for dimension in content.dimensions
        ],
        "glossary": [
            {
                "id": entry.id,
                "term": entry.headword,
                "name": entry.name,
                "abbreviation": entry.abbreviation,
                "definition": entry.definition,
                "sources": [cited.id for cited in entry.citations],
                "from_article": entry.from_article,
            }
            for entry in glossary_entries(content, language)
        ],
        "sources": [_source(source, language, source in content.sources) for source in _all_sources(content)],
    }


def _question(dimension: Dimension, language: str) -> dict[str, Any]:
    assert dimension.question is not None
    return {
        "text": dimension.question.text(language),
        "answers": [{"text": answer.text(language), "term": answer.term_id} for answer in dimension.question.answers],
    }


def _all_sources(content: Content) -> tuple[Source, ...]:
    return (*content.sources, *content.public_sources)


def _source(source: Source, language: str, from_article: bool) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title(language),
        "publisher": source.publisher(language) if source.publisher else None,
        "url": source.url,
        "language": source.language,
        "read": source.read,
        "from_article": from_article,
    }


def comparison_json(content: Content, language: str) -> str:
    return json.dumps(comparison_data(content, language), ensure_ascii=False, indent=2) + "\n"


def _csv(rows: list[list[str]], language: str) -> str:
    """Every cell quoted, and one a spreadsheet would run as a formula made text (``csv_cell``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter(language), lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return CSV_BOM + buffer.getvalue()


def _answer(dimension: Dimension, term_id: str | None, language: str) -> str:
    """The text of the guide's answer that points to ``term_id`` (None: to no term), or ""."""
    answers = dimension.question.answers if dimension.question else ()
    return next((answer.text(language) for answer in answers if answer.term_id == term_id), "")


def comparison_csv(content: Content, language: str) -> str:
    """One row per dimension, one column per term; the first row names the columns.

    A list value (such as the services a term covers) is one cell, its items separated by commas.
    Then the guide's question about the dimension, the answer that points to each term, and the
    answer that points to none (empty where the dimension has no question).
    """
    ui = content.ui
    rows = [
        [
            "id",
            ui["dimension"](language),
            *(term.abbreviation for term in content.terms),
            ui["guide_questions"](language),
            *(f"{ui['guide_points_to'](language)} {term.abbreviation}" for term in content.terms),
            ui["guide_points_nowhere"](language),
        ]
    ]
    for dimension in content.dimensions:
        rows.append(
            [
                dimension.id,
                dimension.label(language),
                *(dimension_value(dimension, term, language).text for term in content.terms),
                dimension.question.text(language) if dimension.question else "",
                *(_answer(dimension, term.id, language) for term in content.terms),
                _answer(dimension, None, language),
            ]
        )
    return _csv(rows, language)


def glossary_csv(content: Content, language: str) -> str:
    """One row per glossary entry, in the page's order; sources as ids of sources.csv."""
    rows = [["id", "term", "name", "definition", "sources", "from_article"]]
    for entry in glossary_entries(content, language):
        sources = ", ".join(cited.id for cited in entry.citations)
        rows.append(
            [entry.id, entry.headword, entry.name, entry.definition, sources, "yes" if entry.from_article else ""]
        )
    return _csv(rows, language)


def sources_csv(content: Content, language: str) -> str:
    """One row per source: the source article first, then the public sources."""
    rows = [["id", "title", "publisher", "url", "language", "read", "from_article"]]
    for source in _all_sources(content):
        data = _source(source, language, source in content.sources)
        rows.append([str(data[key] or "") for key in rows[0][:-1]] + ["yes" if data["from_article"] else ""])
    return _csv(rows, language)
