"""One parsed data file, checked against its schema, that knows which of its parts are sound."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bpokpo.document_paths import Path, node_at
from bpokpo.errors import DataError, display_path
from bpokpo.located_yaml import Located, load_located
from bpokpo.schema_check import DocumentKind, check_document, plain_value
from bpokpo.text_rules import text_problems


@dataclass
class DataFile:
    file: str  # as shown in messages, relative to the working directory
    root: Located
    invalid: set[Path] = field(default_factory=set)  # where the schema found problems
    _above_invalid: set[Path] = field(default_factory=set)  # every path that has a problem below it

    @property
    def stem(self) -> str:
        return os.path.splitext(os.path.basename(self.file))[0]

    def check(self, kind: DocumentKind, languages: tuple[str, ...], term_ids: Sequence[str] = ()) -> list[DataError]:
        """The schema's problems, then the text rules' problems in the parts the schema accepted."""
        errors, self.invalid = check_document(self.root, kind, self.file, languages, term_ids)
        self._above_invalid = {bad[:length] for bad in self.invalid for length in range(len(bad))}
        if kind == "redirects":  # page paths, not prose: their schema pattern is the whole rule
            return errors
        return errors + text_problems(self.root, self.file, self.invalid, placeholders=kind == "site")

    def sound(self, *path: str | int) -> bool:
        """True when no schema problem lies at, above or below ``path``: that part can be read."""
        if node_at(self.root, path) is None:
            return False
        # by sets, not by comparing with every problem: a file may have thousands of them
        at_or_above = any(path[:length] in self.invalid for length in range(len(path) + 1))
        return not at_or_above and path not in self._above_invalid

    def node(self, *path: str | int) -> Located:
        """The node at ``path`` (the file's root when that path does not exist), for locating a message."""
        return node_at(self.root, path) or self.root

    def value(self, *path: str | int) -> Any:
        node = node_at(self.root, path)
        return None if node is None else plain_value(node)

    def error(self, node: Located, field: str, message: str, fix: str, *, at_key: bool = False) -> DataError:
        line, column = (node.key_line, node.key_column) if at_key and node.key_line else (node.line, node.column)
        return DataError(self.file, line, column, field, message, fix)


def parse(path: str) -> DataFile | list[DataError]:
    shown_as = display_path(path)
    if not os.path.lexists(path):
        return [DataError(shown_as, 1, 1, "", "the file is missing", "restore it from the main branch")]
    parsed = load_located(path, shown_as)
    return parsed if isinstance(parsed, list) else DataFile(shown_as, parsed)
