"""`make validate` fails on everything CI fails a data-only pull request for, reported file:line.

CI runs yamllint over data/ (the lint test) and checks every published link anchor (the
permalink tests). Each case below breaks a copy of the data the way a contributor might;
yamllint itself, run as CI runs it, says which lines are wrong, and validate must report
each of those lines too. Then the advice validate gives is applied, and validate passes.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from contributor_edits import (
    lines,
    mapping,
    parsed,
    problems,
    report,
    sequence,
    term_files,
    values_entries,
    write_lines,
)
from datafactory import REPO, copy_checked_data

from bpokpo import load_content
from bpokpo.cli import main
from bpokpo.style_check import lint_config

YAMLLINT = Path(sys.executable).parent / "yamllint"
MAX_LINE = int(lint_config(str(REPO)).rules["line-length"]["max"])


def yamllint_lines(project: Path) -> set[tuple[Path, int]]:
    """(file, line) of every problem `yamllint -s data` reports, run in the project as CI runs it."""
    result = subprocess.run(
        [str(YAMLLINT), "-s", "-f", "parsable", "data"], cwd=project, capture_output=True, text=True, check=False
    )
    found = set()
    for row in result.stdout.splitlines():
        file, line, *_ = row.split(":")
        found.add(((project / file).resolve(), int(line)))
    assert (result.returncode != 0) == bool(found), result.stdout + result.stderr
    return found


def first_term(data: Path) -> Path:
    return term_files(data)[0]


def crlf(data: Path) -> Path:
    path = first_term(data)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    return path


def trailing_spaces(data: Path) -> Path:
    path = data / "dimensions.yml"
    line = values_entries(path)[0].values[next(iter(values_entries(path)[0].values))].line
    text = lines(path)
    text[line - 1] += "  "
    write_lines(path, text)
    return path


def no_final_line_break(data: Path) -> Path:
    path = data / "site.yml"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n"), encoding="utf-8")
    return path


def long_line(data: Path) -> Path:
    """A term's English definition, made longer than the longest line allowed (it stays one valid text)."""
    path = first_term(data)
    node = mapping(mapping(parsed(path))["definition"])["en"]
    text = lines(path)
    line = text[node.line - 1]
    assert line.endswith('"'), line
    while len(text[node.line - 1]) <= MAX_LINE:
        text[node.line - 1] = text[node.line - 1][:-1] + ', and more besides"'
    write_lines(path, text)
    return path


def list_indented_twice(data: Path) -> Path:
    """A list under a key indented by 4 instead of 2 (YAML reads it the same; yamllint does not accept it)."""
    path = first_term(data)
    activities = sequence(mapping(parsed(path))["activities"])
    text = lines(path)
    start, end = activities[0].line, len(text)
    for number in range(start, end + 1):
        if text[number - 1].startswith("  "):
            text[number - 1] = "  " + text[number - 1]
    write_lines(path, text)
    return path


def spaces_after_colon(data: Path) -> Path:
    path = data / "dimensions.yml"
    text = lines(path)
    number = next(i for i, line in enumerate(text) if line.strip().startswith("- id: "))
    text[number] = text[number].replace("id: ", "id:   ", 1)
    write_lines(path, text)
    return path


def unquoted_yes(data: Path) -> Path:
    """yamllint's truthy rule; validate words it as a boolean where text belongs."""
    path = data / "dimensions.yml"
    entry = values_entries(path)[0]
    value = next(iter(entry.values.values()))
    english = mapping(value)["en"]
    text = lines(path)
    row = text[english.line - 1]
    quoted = row[english.column - 1 :].split('"')[1]
    text[english.line - 1] = row.replace(f'"{quoted}"', "yes", 1)
    write_lines(path, text)
    return path


STYLE_BREAKS: list[Callable[[Path], Path]] = [
    crlf,
    trailing_spaces,
    no_final_line_break,
    long_line,
    list_indented_twice,
    spaces_after_colon,
    unquoted_yes,
]


@pytest.mark.parametrize("break_style", STYLE_BREAKS, ids=[f.__name__ for f in STYLE_BREAKS])
def test_validate_reports_every_line_yamllint_fails(tmp_path: Path, break_style: Callable[[Path], Path]) -> None:
    data = copy_checked_data(tmp_path)
    assert yamllint_lines(tmp_path) == set() and problems(data) == []
    edited = break_style(data).resolve()
    flagged = yamllint_lines(tmp_path)
    assert flagged, "the edit should break a yamllint rule"
    found = problems(data)
    reported = {(Path(problem.file).resolve(), problem.line) for problem in found}
    assert flagged <= reported, report(found)
    for problem in found:
        assert Path(problem.file).resolve() == edited, report(found)
        assert problem.message and problem.fix and problem.column >= 1


def test_crlf_and_trailing_spaces_are_worded_for_a_person(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    crlf(data)
    trailing_spaces(data)
    found = report(problems(data))
    assert "the file has Windows line breaks (CRLF) (save it with Unix line breaks (LF)" in found
    assert "the line ends with spaces (remove the spaces at the end of the line)" in found
    assert "dimensions[" in found  # the field on the line, as every other problem names it


def test_the_long_line_advice_validates(tmp_path: Path) -> None:
    """Continue the quoted text on the next line, indented further than its key: the text stays the same."""
    data = copy_checked_data(tmp_path)
    path = long_line(data)
    before = load_content(str(data))  # the content is valid; only the line is too long
    [problem] = problems(data)
    assert "at most" in problem.message and problem.field == "definition.en"
    assert "continue the text on the next line" in problem.fix
    text = lines(path)
    row = text[problem.line - 1]
    cut = row.rindex(" ", 0, MAX_LINE)
    indent = len(row) - len(row.lstrip()) + 2
    text[problem.line - 1 : problem.line] = [row[:cut], " " * indent + row[cut + 1 :]]
    write_lines(path, text)
    assert problems(data) == []
    after = load_content(str(data))
    assert after.terms == before.terms


def renamed_dimension(data: Path) -> tuple[str, str, int]:
    """The first dimension with values gets a new id; returns the old id, the new one and its line."""
    path = data / "dimensions.yml"
    entry = values_entries(path)[0]
    old, new = entry.id, entry.id + "-renamed"
    text = lines(path)
    number = next(i for i, line in enumerate(text) if line.strip() == f'- id: "{old}"')
    text[number] = text[number].replace(f'"{old}"', f'"{new}"')
    write_lines(path, text)
    return old, new, number + 1


def test_a_renamed_dimension_is_a_broken_anchor_until_its_old_id_is_an_alias(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    old, new, line = renamed_dimension(data)
    load_content(str(data))  # valid content: only the anchors are wrong
    found = problems(data)
    lost = [p for p in found if p.file.endswith("comparison.txt")]
    unregistered = [p for p in found if p.file.endswith("dimensions.yml")]
    assert len(lost) == 1, report(found)  # the table row and its key difference: one fix
    assert f"#{old} was published" in lost[0].message
    assert f"renamed to '{new}'" in lost[0].fix and f'aliases: ["{old}"]' in lost[0].fix
    assert f"dimensions.yml:{line}" in lost[0].fix
    assert [p.line for p in unregistered] == [line] and "make anchors" in unregistered[0].fix
    assert f"#{new}" in unregistered[0].message

    # the advice: the old id under aliases:, then `make anchors`
    path = data / "dimensions.yml"
    text = lines(path)
    indent = text[line - 1].index("id:")
    text.insert(line, " " * indent + f'aliases: ["{old}"]')
    write_lines(path, text)
    assert [p.file.endswith("dimensions.yml") for p in problems(data)] == [True]  # only the registration left
    assert main(["anchors", "--data", str(data), "--registry", str(tmp_path / "anchors")]) == 0
    assert problems(data) == []


def test_an_anchor_removed_from_the_registry_by_hand_is_reported_as_not_registered(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    registry = tmp_path / "anchors" / "comparison.txt"
    entry = values_entries(data / "dimensions.yml")[0]
    text = lines(registry)
    text.remove(entry.id)
    write_lines(registry, text)
    [problem] = problems(data)
    assert problem.file.endswith("dimensions.yml") and problem.field.endswith(".id")
    assert f"/comparison/#{entry.id}" in problem.message
    assert problem.fix == "run `make anchors` and commit the changed files in anchors/"


def test_without_a_registry_validate_says_to_create_it(tmp_path: Path) -> None:
    data = copy_checked_data(tmp_path)
    for file in (tmp_path / "anchors").iterdir():
        file.unlink()
    (tmp_path / "anchors").rmdir()
    [problem] = problems(data)
    assert "link anchors is missing" in problem.message and "make anchors" in problem.fix
