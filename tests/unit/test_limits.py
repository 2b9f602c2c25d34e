"""The limits are stated where contributors read them, and exceeding each one is an error at its line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from datafactory import REPO, minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import DataErrors, load_content
from bpokpo.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES, max_dimensions, max_text_length

SCHEMAS = REPO / "src" / "bpokpo" / "schemas"


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
        {**extra, "id": f"extra-{number}", "shown_in": ["table"]} for number in range(max_dimensions())
    ]
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert f"dimensions.yml:2:1: dimensions: there are more than {max_dimensions()} dimensions" in message


def test_the_limit_itself_is_allowed(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    extra = dimensions["dimensions"][1]
    count = max_dimensions() - len(dimensions["dimensions"])
    dimensions["dimensions"] += [{**extra, "id": f"extra-{number}", "shown_in": ["table"]} for number in range(count)]
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    assert len(load_content(str(tmp_path)).dimensions) == max_dimensions()


def test_a_long_abbreviation_is_an_error(tmp_path: Path) -> None:
    term = minimal_term("aaa", 1)
    term["abbreviation"] = "ABBREVIATED"
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [term, minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "abbreviation: the abbreviation has more than 10 characters" in message


def test_more_languages_than_allowed_is_one_error_not_one_per_text(tmp_path: Path) -> None:
    site = minimal_site()
    site["languages"] = [f"{a}{b}" for a in "abc" for b in "abcd"]  # 12
    write_data(tmp_path, site, minimal_dimensions(), [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "languages: more than 10 languages are listed" in message
