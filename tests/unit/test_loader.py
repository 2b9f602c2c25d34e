"""The loader turns valid data into the model and reports bad data by file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from datafactory import minimal_data, minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import DataErrors, load_content


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(DataErrors) as failure:
        load_content(str(folder))
    return [error.format() for error in failure.value.errors]


def test_minimal_data_loads_into_the_model(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path)))
    assert content.languages == ("sv", "en")
    assert [term.id for term in content.terms] == ["aaa", "bbb"]
    # every dimension is in the table and the key differences; the infographic only where marked
    assert content.dimensions_in("table") == content.dimensions_in("key-differences") == content.dimensions
    assert [d.id for d in content.dimensions_in("infographic")] == ["full-form", "cost"]
    assert content.dimension("services").contrast("sv") == "They cover different work på svenska"
    assert content.dimension("cost").values["bbb"]("en") == "High in English"
    assert content.term("aaa").activities[0].examples[0]("sv") == "Example på svenska"


def test_terms_follow_their_order_not_their_file_names(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"] = {"zzz": {"sv": "a", "en": "a"}, "aaa": {"sv": "b", "en": "b"}}
    dimensions["dimensions"][1].pop("question")  # its answers point to the term bbb, not written here
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("zzz", 1), minimal_term("aaa", 2)])
    assert [term.id for term in load_content(str(tmp_path)).terms] == ["zzz", "aaa"]


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    minimal_data(tmp_path)
    (tmp_path / "terms" / "aaa.yml").write_text('id: "aaa"\norder: 1\nfull_name: {sv: "x", en: "y"\n', encoding="utf-8")
    [message] = errors_for(tmp_path)
    assert message.startswith(f"{tmp_path / 'terms' / 'aaa.yml'}:4:1:") or ":4:" in message
    assert "YAML syntax error" in message


def test_missing_translation_names_the_field(tmp_path: Path) -> None:
    minimal_data(tmp_path)
    path = tmp_path / "terms" / "bbb.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("  en: bbb definition in English\n", ""), encoding="utf-8")
    [message] = errors_for(tmp_path)
    assert "bbb.yml:" in message
    assert "definition.en: the required key 'en' is missing" in message


def test_unknown_key_points_at_the_key(tmp_path: Path) -> None:
    term = minimal_term("aaa", 1)
    term["colour"] = "blue"
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [term, minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    lines = (tmp_path / "terms" / "aaa.yml").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(lines, 1) if text.startswith("colour:"))
    assert f"aaa.yml:{line}:1: colour: unknown key 'colour'" in message


def test_duplicate_id_is_reported(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][2]["id"] = "cost"
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "dimensions.yml" in message
    assert "the id 'cost' is already used" in message


def test_term_without_a_value_for_a_dimension(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    del dimensions["dimensions"][1]["values"]["bbb"]
    write_data(tmp_path, minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "dimensions[1].values.bbb: there is no value for the term 'bbb'" in message


def test_every_problem_is_reported_in_one_run(tmp_path: Path) -> None:
    site = minimal_site()
    site["title"] = {"sv": "", "en": "Site"}
    dimensions = minimal_dimensions()
    dimensions["dimensions"][0]["shown_in"] = ["poster"]
    term = minimal_term("aaa", 1)
    term["abbreviation"] = True
    write_data(tmp_path, site, dimensions, [term, minimal_term("bbb", 2)])
    messages = errors_for(tmp_path)
    assert len(messages) == 3
    assert any("title.sv: the text is empty" in m for m in messages)
    assert any("'poster' is not an extra place a dimension can be shown in" in m for m in messages)
    assert any("abbreviation: expected text, found the boolean true" in m for m in messages)


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    minimal_data(tmp_path)
    path = tmp_path / "terms" / "aaa.yml"
    path.write_text(path.read_text(encoding="utf-8") + "order: 3\n", encoding="utf-8")
    [message] = errors_for(tmp_path)
    assert "the key 'order' appears twice" in message


@pytest.mark.parametrize(
    "value",
    [
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "{{ config }}",
        "{% raw %}",
        "`code`",
        "see javascript:void(0)",
    ],
)
def test_markup_in_text_is_refused(tmp_path: Path, value: str) -> None:
    term = minimal_term("aaa", 1)
    term["definition"]["en"] = value
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [term, minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "definition.en: the text contains" in message


def test_term_file_name_must_match_its_id(tmp_path: Path) -> None:
    minimal_data(tmp_path)
    (tmp_path / "terms" / "aaa.yml").rename(tmp_path / "terms" / "other.yml")
    messages = errors_for(tmp_path)
    assert any("other.yml:1:5: id: the id 'aaa' differs from the file name 'other.yml'" in m for m in messages)


def test_unquoted_yes_is_reported_as_a_boolean(tmp_path: Path) -> None:
    minimal_data(tmp_path)
    path = tmp_path / "dimensions.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("en: High in English", "en: yes"), encoding="utf-8")
    [message] = errors_for(tmp_path)
    assert "values.bbb.en: expected text, found the boolean true" in message
    assert "double quotes" in message
