"""The comparison as data files: JSON for programs, CSV for spreadsheets.

Both are views of the same dimension entries as the table and the infographic. The JSON
shape is documented in README.md ("Downloads and data exports"); change both together.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from bpokpo.model import VIEWS, Content
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
                "shown_in": [view for view in VIEWS if view in dimension.shown_in],
                "values": {
                    term.id: list(value.items) if value.items else value.text
                    for term in content.terms
                    for value in (dimension_value(dimension, term, language),)
                },
            }
            for dimension in content.dimensions
        ],
    }


def comparison_json(content: Content, language: str) -> str:
    return json.dumps(comparison_data(content, language), ensure_ascii=False, indent=2) + "\n"


def comparison_csv(content: Content, language: str) -> str:
    """One row per dimension, one column per term; the first row names the columns.

    A list value (such as the services a term covers) is one cell, its items separated by commas.
    Every cell is quoted, and one a spreadsheet would run as a formula is made text (``csv_cell``).
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter(language), lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    rows = [["id", content.ui["dimension"](language), *(term.abbreviation for term in content.terms)]]
    rows += [
        [
            dimension.id,
            dimension.label(language),
            *(dimension_value(dimension, term, language).text for term in content.terms),
        ]
        for dimension in content.dimensions
    ]
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return CSV_BOM + buffer.getvalue()
