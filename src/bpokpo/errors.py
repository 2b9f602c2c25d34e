"""Errors in the data files, reported the way a contributor can act on them."""

from __future__ import annotations

import os
from dataclasses import dataclass


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
        """``file:line:col: field: message (fix)``, the format editors and CI link to."""
        where = f"{self.file}:{self.line}:{self.column}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message} ({self.fix})"

    def github_annotation(self) -> str:
        """A GitHub Actions workflow command that marks the line in the pull request."""
        body = f"{self.field}: {self.message} ({self.fix})" if self.field else f"{self.message} ({self.fix})"
        body = body.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::error file={self.file},line={self.line},col={self.column}::{body}"


class DataErrors(Exception):
    """Every problem found in one validation run; raised once, after collecting all of them."""

    def __init__(self, errors: list[DataError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.file, e.line, e.column, e.field))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.errors)
        noun = "problem" if count == 1 else "problems"
        lines = [f"The site data has {count} {noun}:"]
        lines += [error.format() for error in self.errors]
        return "\n".join(lines)


def display_path(path: str) -> str:
    """A path relative to the working directory when it lies below it, as editors expect."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative
