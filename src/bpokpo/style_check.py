"""The data files' layout, checked by yamllint with the project's .yamllint.yml, as CI checks it.

CI runs yamllint over data/ (``make lint``, and the tests): Windows line breaks, spaces at
the end of a line, a missing final line break or an over-long line fail a pull request.
``make validate`` reports the same problems, in the same form as every other problem
(file:line:col, the field on that line, what is wrong and how to fix it), so a contributor
who runs it locally sees everything CI would fail on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache

from yamllint import linter
from yamllint.cli import find_project_config_filepath
from yamllint.config import YamlLintConfig
from yamllint.linter import LintProblem

from bpokpo.document_paths import Path, field_path, walk
from bpokpo.errors import DataError, display_path
from bpokpo.located_yaml import Located, parse_text, read_text

# Reported by the reader or the schema already, in words about the data: a syntax error,
# a key written twice, and yes/no/on/off read as booleans (always a type error here).
REPORTED_ELSEWHERE = frozenset({None, "key-duplicates", "truthy"})
WHOLE_FILE = frozenset({"new-lines", "new-line-at-end-of-file"})  # about the file, not the field on the line

_QUOTED_TEXT_FIX = (
    "continue the text on the next line, indented further than its key: "
    "inside double quotes a line break reads as a space"
)


def lint_config(project_dir: str) -> YamlLintConfig:
    """The project's .yamllint.yml, found as yamllint finds it; yamllint's defaults without one."""
    path = find_project_config_filepath(project_dir)
    return _config(path, os.stat(path).st_mtime if path else 0.0)


# Validation in one process (the tests; the fuzz test validates thousands of versions of the
# data, each differing from the last in a file or two) meets the same files again: their
# layout is checked once per text, under the same configuration.
@lru_cache(maxsize=8)
def _config(path: str | None, modified: float) -> YamlLintConfig:
    return YamlLintConfig(file=path) if path else YamlLintConfig("extends: default")


@lru_cache(maxsize=64)
def _layout_problems(text: str, path: str, config: YamlLintConfig) -> tuple[LintProblem, ...]:
    # the layout rules only: the reader has parsed the file already, so yamllint's own
    # syntax pass (a second parse, in pure Python) would find nothing
    return tuple(linter.get_cosmetic_problems(text, config, path))


def style_problems(data_dir: str, config: YamlLintConfig) -> list[DataError]:
    """Every yamllint problem in the YAML files below ``data_dir``, worded for a contributor."""
    problems: list[DataError] = []
    for path in _yaml_files(data_dir, config):
        # Only a file the validator's reader has read and accepted is handed to yamllint: a
        # link, an alias bomb or a file of any size meets the reader's checks first, and
        # those problems (a syntax error too) are the reader's to report.
        shown_as = display_path(path)
        text = read_text(path, shown_as)
        parsed = parse_text(text, shown_as) if isinstance(text, str) else None
        if not isinstance(parsed, Located):
            continue
        found = [problem for problem in _layout_problems(text, path, config) if problem.rule not in REPORTED_ELSEWHERE]
        for problem in found:
            message, fix = _wording(problem)
            field = _field_on_line(parsed, problem.line) if problem.rule not in WHOLE_FILE else ""
            problems.append(DataError(shown_as, problem.line, problem.column, field, message, fix))
    return problems


def _yaml_files(data_dir: str, config: YamlLintConfig) -> Iterator[str]:
    for folder, folders, names in os.walk(data_dir):
        folders.sort()
        for name in sorted(names):
            path = os.path.join(folder, name)
            if config.is_yaml_file(path) and not config.is_file_ignored(path):
                yield path


def _wording(problem: LintProblem) -> tuple[str, str]:
    """What is wrong and how to fix it, for each yamllint rule the project uses."""
    rule, desc = str(problem.rule), str(problem.desc)
    if rule == "new-lines":
        return (
            "the file has Windows line breaks (CRLF)",
            "save it with Unix line breaks (LF); in VS Code, click CRLF in the status bar and choose LF",
        )
    if rule == "trailing-spaces":
        return "the line ends with spaces", "remove the spaces at the end of the line"
    if rule == "new-line-at-end-of-file":
        return "the file does not end with a line break", "add a line break after the last line"
    if rule == "line-length" and (match := re.search(r"\((\d+) > (\d+) characters\)", desc)):
        return f"the line has {match[1]} characters; at most {match[2]} are allowed", _QUOTED_TEXT_FIX
    if rule == "indentation" and (match := re.search(r"expected (\d+) but found (\d+)", desc)):
        expected, found = int(match[1]), int(match[2])
        return (
            f"the line is indented by {found} spaces; {expected} are expected here",
            f"indent it by {expected} spaces, and the lines below that belong to it as much, "
            "like the other entries at this level",
        )
    if rule == "indentation":
        return desc.replace("wrong indentation", "the line is indented wrongly"), (
            "indent the entries of a list or mapping further than the key above them, in steps of 2 spaces"
        )
    if rule == "empty-lines":
        return desc, "remove the extra blank lines: at most 2 in a row, none at the start or the end of the file"
    if rule in ("colons", "commas", "hyphens", "braces", "brackets"):
        return desc, _SPACING_FIXES[rule]
    if rule in ("comments", "comments-indentation"):
        return desc, "start a comment with '# ' after at least one space, indented like the line below it"
    return desc, f"see the rule '{rule}' in .yamllint.yml"


_SPACING_FIXES = {
    "colons": "write the key, a colon and one space: label: …",
    "commas": "write a comma right after an item and one space after it: {sv: …, en: …}",
    "hyphens": "write one space after '-'",
    "braces": 'write at most one space inside braces: {sv: "…", en: "…"}',
    "brackets": 'write no space inside brackets: ["old-id", "older-id"]',
}


def _field_on_line(root: Located, line: int) -> str:
    """The field written on ``line``: the deepest key or value that starts there."""
    found: Path | None = None
    for path, node in walk(root):
        if line in (node.key_line, node.line) and (found is None or len(path) >= len(found)):
            found = path
    return field_path(found) if found else ""
