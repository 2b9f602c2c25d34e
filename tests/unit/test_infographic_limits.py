"""Text the infographic cannot show legibly is a validation error naming the entry and the limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from datafactory import minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import DataErrors, load_content
from bpokpo.cross_checks import INFOGRAPHIC_DIMENSION_LIMIT, INFOGRAPHIC_LABEL_LIMIT, INFOGRAPHIC_VALUE_LIMIT


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
    dimensions["dimensions"][1]["label"]["en"] = "L" * INFOGRAPHIC_LABEL_LIMIT
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    assert load_content(str(tmp_path)).dimension("cost").label("en") == "L" * INFOGRAPHIC_LABEL_LIMIT


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
