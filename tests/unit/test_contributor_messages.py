"""Mistakes a contributor makes when editing YAML by hand, and messages a non-programmer can act on.

Each case breaks a copy of the real data at a place found by reading it, checks that
validate reports one problem at the right line and field, saying what is wrong and how to
fix it, then applies that fix as written and checks that validate passes again.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

from contributor_edits import (
    NEW_TERM,
    add_a_term,
    apply_indent_fix,
    lines,
    mapping,
    parsed,
    problems,
    report,
    sequence,
    shift_line,
    term_files,
    values_entries,
    write_lines,
)
from datafactory import copy_checked_data

from bpokpo.cli import main
from bpokpo.errors import DataError
from bpokpo.located_yaml import Located


def the_one_problem(data: Path) -> DataError:
    found = problems(data)
    assert len(found) == 1, report(found)
    return found[0]


def first_values_entry_lines(data: Path) -> tuple[Path, list[int]]:
    """dimensions.yml and the lines of the first dimension's values, one term a line."""
    path = data / "dimensions.yml"
    entry = values_entries(path)[0]
    value_lines = [node.key_line for node in entry.values.values()]
    assert len(set(value_lines)) == len(value_lines), "each term's value on its own line"
    return path, value_lines


def block_label(data: Path) -> tuple[Path, int]:
    """The first dimension's label, written as a block (``label:`` then one language a line); its line."""
    path = data / "dimensions.yml"
    label = mapping(sequence(mapping(parsed(path))["dimensions"])[0])["label"]
    texts = mapping(label)
    text = lines(path)
    if all(child.key_line == label.key_line for child in texts.values()):  # written inline: rewrite as a block
        indent = " " * (label.key_column - 1)
        block = [f"{indent}label:"] + [
            f"{indent}  {lang}: {json.dumps(t.value, ensure_ascii=False)}" for lang, t in texts.items()
        ]
        text[label.key_line - 1 : label.key_line] = block
        write_lines(path, text)
    assert problems(data) == []
    return path, label.key_line


def test_a_term_value_one_level_too_far_left_says_where_it_belongs(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path, value_lines = first_values_entry_lines(data)
    shift_line(path, value_lines[-1], -2)
    problem = the_one_problem(data)
    assert (problem.line, problem.column) == (value_lines[-1], value_lines[-1] and problem.column)
    assert "(a term id) is indented wrongly: it belongs under values:" in problem.message
    assert "spelling" not in problem.format()
    assert "indent it by 2 spaces more, in line with" in problem.fix
    apply_indent_fix(path, problem)
    assert problems(data) == []


def test_a_language_that_slipped_out_of_its_text_says_where_it_belongs(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path, line = block_label(data)
    shift_line(path, line + 2, -2)  # the second language, now beside label:
    problem = the_one_problem(data)
    assert problem.line == line + 2
    assert re.search(
        r"'\w+' \(the \w+ text\) is indented wrongly: it belongs under label: \(line \d+\)", problem.message
    )
    assert "indent it by 2 spaces more" in problem.fix
    apply_indent_fix(path, problem)
    assert problems(data) == []


def test_a_key_one_level_too_far_right_says_where_it_belongs(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path, line = block_label(data)
    shift_line(path, line + 3, 2)  # the key after the label's languages, now inside the label
    problem = the_one_problem(data)
    assert problem.line == line + 3
    assert "is indented wrongly: it belongs beside id:" in problem.message
    assert "indent it by 2 spaces less, in line with id:" in problem.fix
    apply_indent_fix(path, problem)
    assert problems(data) == []


def test_a_misspelt_key_is_named_with_its_likely_spelling_and_reported_once(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path = data / "dimensions.yml"
    text = lines(path)
    number = next(i for i, row in enumerate(text) if row.strip().startswith("label:"))
    text[number] = text[number].replace("label:", "lable:", 1)
    write_lines(path, text)
    problem = the_one_problem(data)  # not also "label is missing"
    assert problem.line == number + 1 and problem.field.endswith(".lable")
    assert problem.message == "unknown key 'lable': did you mean 'label'?"
    assert problem.fix == "rename lable: to label:"
    text[number] = text[number].replace("lable:", "label:", 1)
    write_lines(path, text)
    assert problems(data) == []


def data_texts(data: Path) -> Iterator[str]:
    """Every text of the data in any language (the values of sv:, en:, ...)."""

    def strings(node: Located, key: str = "") -> Iterator[str]:
        if isinstance(node.value, dict):
            for name, child in node.value.items():
                yield from strings(child, name)
        elif isinstance(node.value, list):
            for child in node.value:
                yield from strings(child)
        elif isinstance(node.value, str) and key in languages:
            yield node.value

    languages = [str(code.value) for code in sequence(mapping(parsed(data / "site.yml"))["languages"])]

    for path in [data / "site.yml", data / "dimensions.yml", *term_files(data)]:
        yield from strings(parsed(path))


def test_a_missing_field_shows_its_shape_never_another_entrys_text(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    texts = {text for text in data_texts(data) if len(text) >= 3}
    path = data / "dimensions.yml"
    first = sequence(mapping(parsed(path))["dimensions"])[0]
    label = mapping(first)["label"]
    term_path = term_files(data)[0]
    full_name = mapping(parsed(term_path))["full_name"]
    last_line = max(child.line for child in mapping(full_name).values())
    text = lines(path)
    del text[label.key_line - 1]
    write_lines(path, text)
    term_text = lines(term_path)
    del term_text[full_name.key_line - 1 : last_line]
    write_lines(term_path, term_text)
    found = problems(data)
    assert len(found) == 2, report(found)
    for problem in found:
        assert "is missing" in problem.message
        assert re.fullmatch(r'add (label|full_name): \{sv: "…", en: "…"\}', problem.fix), problem.fix
        assert not [text for text in texts if text in problem.fix], problem.fix


def test_a_missing_language_names_the_language_to_add(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path, line = block_label(data)
    text = lines(path)
    language = text[line + 1].split(":")[0].strip()
    del text[line + 1]
    write_lines(path, text)
    problem = the_one_problem(data)
    assert problem.field.endswith(f"label.{language}")
    assert re.fullmatch(rf'add {language}: "…" with the \w+ text', problem.fix), problem.fix


def test_a_list_where_a_mapping_belongs(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path, value_lines = first_values_entry_lines(data)
    text = lines(path)
    for line in value_lines:
        row = text[line - 1]
        text[line - 1] = row.replace(row.lstrip(), "- " + row.lstrip(), 1)
    write_lines(path, text)
    problem = the_one_problem(data)
    assert problem.line == value_lines[0] and problem.field.endswith(".values")
    assert "expected a mapping of keys" in problem.message and "found a list" in problem.message
    assert problem.fix == "remove the '- ' in front of the keys below this line"
    for line in value_lines:
        text[line - 1] = text[line - 1].replace("- ", "", 1)
    write_lines(path, text)
    assert problems(data) == []


def test_views_written_as_text_are_shown_as_a_list(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path = data / "dimensions.yml"
    shown_in = mapping(sequence(mapping(parsed(path))["dimensions"])[0])["shown_in"]
    views = [str(view.value) for view in sequence(shown_in)]
    text = lines(path)
    row = text[shown_in.line - 1]
    text[shown_in.line - 1] = row[: shown_in.column - 1] + ", ".join(views)
    write_lines(path, text)
    problem = the_one_problem(data)
    assert problem.message == "expected a list, found text"
    listed = "[" + ", ".join(f'"{view}"' for view in views) + "]"
    assert problem.fix == f"write it as a list in brackets: {listed}"
    text[shown_in.line - 1] = row[: shown_in.column - 1] + listed
    write_lines(path, text)
    assert problems(data) == []


def test_a_value_for_a_term_without_a_file_names_the_missing_file(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path, value_lines = first_values_entry_lines(data)
    text = lines(path)
    row = text[value_lines[-1] - 1]
    indent = row[: len(row) - len(row.lstrip())]
    text.insert(value_lines[-1], f'{indent}{NEW_TERM}: {{sv: "Ny", en: "New"}}')
    write_lines(path, text)
    problem = the_one_problem(data)
    assert problem.line == value_lines[-1] + 1 and problem.field.endswith(f".values.{NEW_TERM}")
    assert f"data/terms/{NEW_TERM}.yml is missing" in problem.message
    assert f"create data/terms/{NEW_TERM}.yml" in problem.fix


def test_a_new_term_file_named_unlike_its_id_is_renamed_and_nothing_else(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    term = add_a_term(data, tmp_path / "anchors")
    misnamed = term.with_name("misnamed.yml")
    term.rename(misnamed)
    problem = the_one_problem(data)
    assert problem.file.endswith("misnamed.yml") and problem.field == "id"
    assert problem.fix == f"rename the file to {NEW_TERM}.yml"
    misnamed.rename(misnamed.with_name(f"{NEW_TERM}.yml"))
    assert problems(data) == []


def test_a_published_terms_changed_id_can_be_set_back(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path = term_files(data)[0]
    old = path.stem
    text = lines(path)
    number = next(i for i, row in enumerate(text) if row == f'id: "{old}"')
    text[number] = f'id: "{old}-renamed"'
    write_lines(path, text)
    problem = the_one_problem(data)  # not one problem per dimension
    assert problem.line == number + 1
    assert f"rename the file to {old}-renamed.yml" in problem.fix and f'set id: "{old}" back' in problem.fix
    text[number] = f'id: "{old}"'
    write_lines(path, text)
    assert problems(data) == []


def test_renaming_a_published_term_by_following_each_piece_of_advice_ends_valid(tmp_path: Path) -> None:
    """The rename of a term, done only by doing what each message says, in the order they come."""
    data = copy_checked_data(tmp_path)
    path = term_files(data)[0]
    old = path.stem
    new = f"{old}-renamed"
    text = lines(path)
    text[text.index(f'id: "{old}"')] = f'id: "{new}"'
    write_lines(path, text)

    # 1. the file's name
    problem = the_one_problem(data)
    assert f"rename the file to {new}.yml" in problem.fix
    path = path.rename(path.with_name(f"{new}.yml"))

    # 2. the values in dimensions.yml, and the guide's answers and glossary entries that name the term:
    # each says to use the new id
    found = problems(data)
    values = [p for p in found if p.field.startswith("dimensions[") and ".values." in p.field]
    assert values and all(p.fix == f"if this is the value for {new}, write {new}: instead of {old}:" for p in values)
    references = [p for p in found if p.field.endswith(".term")]
    assert all(f'{new}, write term: "{new}"' in p.fix for p in references), report(found)
    assert len(values) + len(references) == len(found), report(found)
    for problem in [*values, *references]:
        old_text, new_text = (f"{old}:", f"{new}:") if problem in values else (f'"{old}"', f'"{new}"')
        edit_line(Path(problem.file), problem.line, old_text, new_text)

    # 3. the published links: an alias for the term, a redirect for its page, then `make anchors`
    found = problems(data)
    alias = [p for p in found if f'aliases: ["{old}"]' in p.fix]
    redirect = [p for p in found if "redirects:" in p.fix]
    assert len(alias) == 1 and f"renamed to '{new}'" in alias[0].fix, report(found)
    assert len(redirect) == 1 and f'{{from: "{old}/", to: "{new}/"}}' in redirect[0].fix, report(found)
    where = re.search(r"\((\S+):(\d+)\)", alias[0].fix)
    assert where and os.path.samefile(where[1], path)
    text = lines(path)
    text.insert(int(where[2]), f'aliases: ["{old}"]')
    write_lines(path, text)
    redirects = data / "redirects.yml"
    rule = re.search(r"(\{from: .*?\})", redirect[0].fix)
    assert rule
    text = [row for row in lines(redirects) if not row.startswith("redirects:")]
    write_lines(redirects, [*text[:-1], "redirects:", f"  - {rule[1]}", ""])
    assert all("make anchors" in p.fix for p in problems(data)), report(problems(data))
    assert main(["anchors", "--data", str(data), "--registry", str(tmp_path / "anchors")]) == 0
    assert problems(data) == []


def edit_line(path: Path, line: int, old: str, new: str) -> None:
    text = lines(path)
    assert old in text[line - 1], (text[line - 1], old)
    text[line - 1] = text[line - 1].replace(old, new, 1)
    write_lines(path, text)


def quoted_in(fix: str) -> str:
    """The text a fix proposes in double quotes (its last one)."""
    found = re.findall(r'"([^"…]+)"', fix)
    assert found, fix
    return str(found[-1])


def test_an_id_written_as_words_is_given_as_an_id(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path = data / "dimensions.yml"
    first = mapping(sequence(mapping(parsed(path))["dimensions"])[0])["id"]
    old = str(first.value)
    words = old.replace("-", " ").capitalize()
    edit_line(path, first.line, f'"{old}"', f'"{words}"')
    problem = the_one_problem(data)
    assert problem.message == f"'{words}' is not a valid id"
    assert quoted_in(problem.fix) == old
    edit_line(path, first.line, f'"{words}"', f'"{quoted_in(problem.fix)}"')
    assert problems(data) == []


def test_a_misspelt_choice_is_given_its_likely_spelling(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path = data / "dimensions.yml"
    entries = sequence(mapping(parsed(path))["dimensions"])
    node = next(mapping(entry)["from_term"] for entry in entries if "from_term" in mapping(entry))
    right = str(node.value)
    wrong = right[:2] + right[3:]
    edit_line(path, node.line, f'"{right}"', f'"{wrong}"')
    problem = the_one_problem(data)
    assert problem.fix.startswith(f'did you mean "{right}"?')
    edit_line(path, node.line, f'"{wrong}"', f'"{right}"')
    assert problems(data) == []


def test_a_number_where_text_belongs_is_to_be_quoted(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path = data / "dimensions.yml"
    value = next(iter(values_entries(path)[0].values.values()))
    english = mapping(value)["en"]
    row = lines(path)[english.line - 1]
    old = row[english.column - 1 :].split('"')[1]
    edit_line(path, english.line, f'"{old}"', "2024")
    problem = the_one_problem(data)
    assert problem.message == "expected text, found the number 2024"
    assert problem.fix == 'put the text in double quotes: "2024"'
    edit_line(path, english.line, "2024", f'"{quoted_in(problem.fix)}"')
    assert problems(data) == []


def test_a_term_id_in_capitals_is_given_in_lowercase(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    path, value_lines = first_values_entry_lines(data)
    term_id = lines(path)[value_lines[0] - 1].split(":")[0].strip()
    edit_line(path, value_lines[0], f"{term_id}:", f"{term_id.upper()}:")
    problem = the_one_problem(data)
    assert problem.fix == f"rename {term_id.upper()}: to {term_id}:"
    edit_line(path, value_lines[0], f"{term_id.upper()}:", f"{term_id}:")
    assert problems(data) == []


def test_a_term_file_saved_one_folder_too_high_is_named(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    term = term_files(data)[0]
    moved = term.rename(data / term.name)
    [stray] = [p for p in problems(data) if p.file.endswith(f"data/{term.name}")]
    assert stray.message == "the site does not read this file"
    assert f"move it to data/terms/{term.name}" in stray.fix
    moved.rename(term)
    assert problems(data) == []
