"""The limits are stated where contributors read them, and exceeding each one is an error at its line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from datafactory import REPO, minimal_dimensions, minimal_site, minimal_term, text, write_data

from bpokpo import DataErrors, load_content
from bpokpo.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES, max_dimensions, max_text_length
from bpokpo.term_limit import TERM_LIMIT

SCHEMAS = REPO / "src" / "bpokpo" / "schemas"
ABBREVIATION_LIMIT = json.loads((SCHEMAS / "term.schema.json").read_text("utf-8"))["properties"]["abbreviation"][
    "maxLength"
]


def test_the_readme_and_the_security_notes_state_every_limit() -> None:
    for name in ("README.md", "SECURITY.md"):
        text = re.sub(r"\s+", " ", (REPO / name).read_text(encoding="utf-8"))
        for stated in (
            f"{MAX_FILE_BYTES // 1024} KB",
            f"{MAX_VALUES:,} values",
            f"{MAX_DEPTH} levels",
            f"{max_text_length():,} characters",
            f"{max_dimensions()} dimensions",
        ):
            assert stated in text, f"{name} does not say {stated!r}"


def test_the_schemas_state_the_limits_they_check() -> None:
    common = json.loads((SCHEMAS / "common.schema.json").read_text(encoding="utf-8"))
    assert f"{max_text_length():,} characters" in common["$defs"]["plain"]["description"]
    dimensions = json.loads((SCHEMAS / "dimensions.schema.json").read_text(encoding="utf-8"))
    assert f"at most {max_dimensions()}" in dimensions["properties"]["dimensions"]["description"]


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(DataErrors) as failure:
        load_content(str(folder))
    return [error.format() for error in failure.value.errors]


def test_more_dimensions_than_the_pages_are_built_for_is_an_error(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    extra = dimensions["dimensions"][1]
    dimensions["dimensions"] += [
        {key: value for key, value in extra.items() if key != "shown_in"} | {"id": f"extra-{number}"}
        for number in range(max_dimensions())
    ]
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert f"dimensions.yml:2:1: dimensions: there are more than {max_dimensions()} dimensions" in message


def test_the_limit_itself_is_allowed(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    extra = dimensions["dimensions"][1]
    count = max_dimensions() - len(dimensions["dimensions"])
    dimensions["dimensions"] += [
        {key: value for key, value in extra.items() if key != "shown_in"} | {"id": f"extra-{number}"}
        for number in range(count)
    ]
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    assert len(load_content(str(tmp_path)).dimensions) == max_dimensions()


def test_a_long_abbreviation_is_an_error(tmp_path: Path) -> None:
    term = minimal_term("aaa", 1)
    term["abbreviation"] = "A" * (ABBREVIATION_LIMIT + 1)
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [term, minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert f"abbreviation: the abbreviation has more than {ABBREVIATION_LIMIT} characters" in message


def test_more_languages_than_allowed_is_one_error_not_one_per_text(tmp_path: Path) -> None:
    site = minimal_site()
    site["languages"] = [f"{a}{b}" for a in "abc" for b in "abcd"]  # 12
    write_data(tmp_path, site, minimal_dimensions(), [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "languages: more than 10 languages are listed" in message


def test_a_dimension_list_with_nothing_for_the_infographic_is_an_error(tmp_path: Path) -> None:
    """The infographic page and its downloads would have nothing to draw (the layout once crashed on it)."""
    dimensions = minimal_dimensions()
    for dimension in dimensions["dimensions"]:
        dimension.pop("shown_in", None)
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "dimensions.yml:2:1: dimensions: no dimension is marked for the infographic" in message


def test_data_at_every_limit_at_once_stays_within_the_readers_bounds(tmp_path: Path) -> None:
    """The most terms and dimensions, each dimension with a value and a guide answer for every term and
    former ids: the reader's bounds on values, size and nesting never bite before the documented limits do."""
    term_ids = [letter * 3 for letter in "abcdefghij"[:TERM_LIMIT]]  # aaa, bbb, … as the glossary expects
    long_text = {"sv": " ".join(["språk"] * 6), "en": " ".join(["words"] * 6)}  # 35 characters: a value in full
    dimensions = {
        "dimensions": [
            {
                "id": f"aspect-{number}",
                "label": text(f"Aspect {number}"),
                "contrast": text(f"How the terms differ in aspect {number}"),
                **({"shown_in": ["infographic"]} if number == 0 else {}),
                "aliases": [f"old-aspect-{number}-{version}" for version in range(3)],
                "values": {term_id: long_text for term_id in term_ids},
                "question": {
                    "text": text(f"Question {number}"),
                    "answers": [{"term": term_id, "text": long_text} for term_id in term_ids] + [{"text": long_text}],
                },
            }
            for number in range(max_dimensions())
        ]
    }
    site = minimal_site()
    site["conclusion"]["dimensions"] = ["aspect-1"]
    terms = [minimal_term(term_id, order) for order, term_id in enumerate(term_ids, start=1)]
    write_data(tmp_path, site, dimensions, terms)
    content = load_content(str(tmp_path))
    assert (len(content.terms), len(content.dimensions)) == (TERM_LIMIT, max_dimensions())
