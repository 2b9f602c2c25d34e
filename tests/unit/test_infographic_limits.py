"""Text the infographic cannot show legibly, and more terms than it has room for, are validation errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from datafactory import REPO, minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import DataErrors, load_content
from bpokpo.cross_checks import INFOGRAPHIC_DIMENSION_LIMIT, INFOGRAPHIC_LABEL_LIMIT, INFOGRAPHIC_VALUE_LIMIT
from bpokpo.term_limit import TERM_LIMIT


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(DataErrors) as failure:
        load_content(str(folder))
    return [error.format() for error in failure.value.errors]


def line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text in line)


def test_a_label_over_the_limit_names_the_dimension_the_field_and_the_limit(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    long_label = "L" * (INFOGRAPHIC_LABEL_LIMIT + 1)
    dimensions["dimensions"][1]["label"]["en"] = long_label
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    line = line_of(tmp_path / "dimensions.yml", long_label)
    assert f"dimensions.yml:{line}:" in message
    assert "dimensions[1].label.en:" in message
    assert f"the label of 'cost' has {INFOGRAPHIC_LABEL_LIMIT + 1} characters" in message
    assert f"at most {INFOGRAPHIC_LABEL_LIMIT}" in message


def test_a_label_at_the_limit_is_accepted(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    label = ("Cost of the outsourced work " * 2)[:INFOGRAPHIC_LABEL_LIMIT].strip()
    label += "s" * (INFOGRAPHIC_LABEL_LIMIT - len(label))
    dimensions["dimensions"][1]["label"]["en"] = label
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    assert load_content(str(tmp_path)).dimension("cost").label("en") == label


def test_a_value_over_the_limit_names_the_term_and_the_limit(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"]["bbb"]["sv"] = "v" * (INFOGRAPHIC_VALUE_LIMIT + 5)
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "dimensions[1].values.bbb.sv:" in message
    assert f"the bbb value of 'cost' has {INFOGRAPHIC_VALUE_LIMIT + 5} characters" in message
    assert f"at most {INFOGRAPHIC_VALUE_LIMIT}" in message


def test_the_same_text_is_fine_outside_the_infographic(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    del dimensions["dimensions"][1]["shown_in"]  # in the table and the key differences only
    dimensions["dimensions"][1]["values"]["bbb"]["sv"] = "v" * (INFOGRAPHIC_VALUE_LIMIT + 5)
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    assert load_content(str(tmp_path)).dimension("cost").values["bbb"]("sv").startswith("vvv")


def test_a_full_name_too_long_for_the_infographic_is_reported_in_its_term_file(tmp_path: Path) -> None:
    term = minimal_term("bbb", 2)
    term["full_name"]["en"] = "F" * (INFOGRAPHIC_VALUE_LIMIT + 1)
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [minimal_term("aaa", 1), term])
    [message] = errors_for(tmp_path)
    assert "terms/bbb.yml:" in message and "full_name.en:" in message
    assert "(dimension 'full-form')" in message and f"at most {INFOGRAPHIC_VALUE_LIMIT}" in message


def test_a_definition_cannot_be_an_infographic_value(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][0]["from_term"] = "definition"
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "dimensions[0].from_term:" in message
    assert "'full-form' takes each term's definition, too long for the infographic" in message


def test_more_dimensions_than_one_page_holds_are_refused(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    extra = INFOGRAPHIC_DIMENSION_LIMIT
    for index in range(extra):
        dimensions["dimensions"].append(
            {
                "id": f"extra-{index}",
                "label": {"sv": f"Extra {index}", "en": f"Extra {index}"},
                "contrast": {"sv": f"Skillnad {index}", "en": f"Difference {index}"},
                "shown_in": ["infographic"],
                "values": {"aaa": {"sv": "a", "en": "a"}, "bbb": {"sv": "b", "en": "b"}},
            }
        )
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert f"{extra + 2} dimensions are marked for the infographic" in message
    assert f"at most {INFOGRAPHIC_DIMENSION_LIMIT}" in message


def terms_data(folder: Path, count: int) -> Path:
    dimensions = minimal_dimensions()
    ids = [letter * 3 for letter in "abcdefgh"[:count]]  # aaa and bbb first, as the fixture's other entries expect
    dimensions["dimensions"][1]["values"] = {term_id: {"sv": "Låg", "en": "Low"} for term_id in ids}
    return write_data(folder, minimal_site(), dimensions, [minimal_term(t, n) for n, t in enumerate(ids, 1)])


def test_the_most_terms_the_site_compares_are_accepted(tmp_path: Path) -> None:
    assert len(load_content(str(terms_data(tmp_path, TERM_LIMIT))).terms) == TERM_LIMIT


def test_a_term_past_the_limit_is_reported_in_its_own_file_with_what_to_do(tmp_path: Path) -> None:
    folder = terms_data(tmp_path, TERM_LIMIT + 1)
    [message] = errors_for(folder)
    last = sorted((folder / "terms").glob("*.yml"))[-1]  # the last column (order = position here)
    assert message.startswith(f"{last}:{line_of(last, 'order:')}:")
    assert f"there are {TERM_LIMIT + 1} term files; the site compares at most {TERM_LIMIT} terms" in message
    assert "(remove this file or another one from data/terms/" in message


def test_a_word_the_infographic_cannot_fit_names_the_dimension_the_value_and_the_word(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    word = "W" * 30  # no syllable break, wider than any line at 12 px
    dimensions["dimensions"][1]["values"]["bbb"]["en"] = f"A {word}"
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    line = line_of(tmp_path / "dimensions.yml", word)
    assert f"dimensions.yml:{line}:" in message and "dimensions[1].values.bbb.en:" in message
    assert f"the bbb value of 'cost' has the word '{word}', which does not fit" in message
    assert re.search(r"it is \d+ px wide, the line \d+ px", message) and "(12 px)" in message


def test_the_limit_is_stated_where_contributors_read() -> None:
    schema = json.loads((REPO / "src" / "bpokpo" / "schemas" / "term.schema.json").read_text(encoding="utf-8"))
    assert f"at most {TERM_LIMIT} terms" in schema["description"]
    assert f"up to **{TERM_LIMIT}**" in (REPO / "README.md").read_text(encoding="utf-8")
    contributing = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert f"at most **{TERM_LIMIT} terms**" in contributing and f"högst {TERM_LIMIT} termer" in contributing
