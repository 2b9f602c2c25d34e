"""The problem messages CONTRIBUTING.md shows as examples are what `make validate` says.

Each example is reproduced by the edit it describes, in the file it names; line and column
numbers are left out of the comparison, since any edit above them moves them.
"""

from __future__ import annotations

import re
from pathlib import Path

from contributor_edits import lines, mapping, parsed, problems, shift_line, write_lines
from datafactory import REPO, copy_checked_data

EXAMPLES = [
    line
    for line in (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8").splitlines()
    if re.match(r"data/\S+:\d+:\d+: ", line)
]


def example(field: str) -> str:
    [found] = [line for line in EXAMPLES if re.match(rf"data/\S+:\d+:\d+: {re.escape(field)}: ", line)]
    return found


def without_position(message: str) -> str:
    return re.sub(r"^(\S+?):\d+:\d+:", r"\1:", re.sub(r"\(line \d+\)|on line \d+", "(line)", message))


def reported(data: Path) -> list[str]:
    return [without_position(problem.format()).replace(f"{data.parent}/", "") for problem in problems(data)]


def test_the_unquoted_no_example(tmp_path: Path) -> None:
    shown = example("abbreviation")
    file = shown.split(":")[0]
    data = copy_checked_data(tmp_path)
    path = tmp_path / file
    node = mapping(parsed(path))["abbreviation"]
    text = lines(path)
    text[node.line - 1] = text[node.line - 1][: node.column - 1] + "no"
    write_lines(path, text)
    assert reported(data) == [without_position(shown)]


def test_the_wrong_indentation_example(tmp_path: Path) -> None:
    shown = example("en")
    file = shown.split(":")[0]
    data = copy_checked_data(tmp_path)
    path = tmp_path / file
    english = mapping(mapping(parsed(path))["full_name"])["en"]
    shift_line(path, english.key_line, -(english.key_column - 1))
    assert reported(data) == [without_position(shown)]
