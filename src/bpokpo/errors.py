"""Errors in the data files, reported the way a contributor can act on them."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from bpokpo.characters import UNWANTED


@dataclass(frozen=True)
class DataError:
    """One problem in one data file, located by line, column and field path."""

    file: str
    line: int  # 1-based
    column: int  # 1-based
    field: str  # dotted path such as ``dimensions[3].values.bpo.sv``
    message: str
    fix: str

    def format(self) -> str:
        """``file:line:col: field: message (fix)``, the format editors and CI link to.

        File names, fields and messages may quote the data: a line break or an invisible
        character in them is shown as an escape (``\\n``, ``\\u202e``), so one problem is one
        line of the log and no line of it can pass for a command to the CI runner.
        """
        where = f"{visible(self.file)}:{self.line}:{self.column}"
        field = f" {visible(self.field)}:" if self.field else ""
        return f"{where}:{field} {visible(self.message)} ({visible(self.fix)})"

    def github_annotation(self) -> str:
        """A GitHub Actions workflow command that marks the line in the pull request.

        Escaped as GitHub's workflow commands require: in the message %, CR and LF; in each
        property (the file name) also ':' and ','.
        """
        body = f"{self.field}: {self.message} ({self.fix})" if self.field else f"{self.message} ({self.fix})"
        file = _command_property(visible(self.file))
        return f"::error file={file},line={self.line},col={self.column}::{_command_data(visible(body))}"


_INVISIBLE = re.compile(rf"[\t\n]|{UNWANTED.pattern}")


def visible(text: str) -> str:
    """``text`` with tabs, line breaks and invisible characters written as escapes."""
    return _INVISIBLE.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def _command_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _command_property(text: str) -> str:
    return _command_data(text).replace(":", "%3A").replace(",", "%2C")


class DataErrors(Exception):
    """Every problem found in one validation run; raised once, after collecting all of them."""

    def __init__(self, errors: list[DataError]) -> None:
        self.count = len(errors)
        self.errors = _first_per_file(sorted(errors, key=lambda e: (e.file, e.line, e.column, e.field)))
        super().__init__(self.report())

    def report(self) -> str:
        noun = "problem" if self.count == 1 else "problems"
        lines = [f"The site data has {self.count:,} {noun}:"]
        lines += [error.format() for error in self.errors]
        return "\n".join(lines)


# A file made of mistakes could have thousands; past this many, a list helps nobody.
MAX_LISTED_PER_FILE = 50


def _first_per_file(errors: list[DataError]) -> list[DataError]:
    """The first MAX_LISTED_PER_FILE problems of each file, and a line saying how many more it has."""
    listed: list[DataError] = []
    per_file: dict[str, int] = {}
    for error in errors:
        per_file[error.file] = per_file.get(error.file, 0) + 1
        if per_file[error.file] <= MAX_LISTED_PER_FILE:
            listed.append(error)
    for file, count in per_file.items():
        if count > MAX_LISTED_PER_FILE:
            last = next(error for error in reversed(listed) if error.file == file)
            more = count - MAX_LISTED_PER_FILE
            listed.insert(
                listed.index(last) + 1,
                DataError(
                    file, last.line, last.column, "", f"and {more:,} more problems in this file", "fix these first"
                ),
            )
    return listed


def display_path(path: str) -> str:
    """A path relative to the working directory when it lies below it, as editors expect."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative
