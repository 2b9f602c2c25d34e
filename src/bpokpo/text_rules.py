"""Rules for every text in the data: plain prose on one line, never empty, never markup.

Every string is escaped on output anyway; refusing markup here as well keeps a value from
becoming a live link, a tag or a template expression anywhere it might ever be used.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bpokpo.document_paths import Path, field_path
from bpokpo.errors import DataError
from bpokpo.located_yaml import Located
from bpokpo.placeholders import NAMES, PLACEHOLDER

# HTML tags, Markdown links and code, Jinja braces, and script links.
MARKUP = re.compile(r"[<>`\[\]{}]|javascript:", re.IGNORECASE)


def text_problems(root: Located, file: str, skip: set[Path], *, placeholders: bool = False) -> list[DataError]:
    """Every string of a document broken against the text rules (paths in ``skip`` are already reported).

    ``placeholders``: the document's texts may hold placeholders such as {terms} (data/site.yml).
    """
    return [
        problem
        for path, node in _strings(root, ())
        if path not in skip
        for problem in _problems(node, file, field_path(path), placeholders)
    ]


def _strings(node: Located, path: Path) -> Iterator[tuple[Path, Located]]:
    if isinstance(node.value, dict):
        for key, child in node.value.items():
            yield from _strings(child, (*path, key))
    elif isinstance(node.value, list):
        for index, child in enumerate(node.value):
            yield from _strings(child, (*path, index))
    elif isinstance(node.value, str):
        yield path, node


def _problems(node: Located, file: str, field: str, placeholders: bool) -> Iterator[DataError]:
    value = str(node.value)

    def problem(message: str, fix: str) -> DataError:
        return DataError(file, node.line, node.column, field, message, fix)

    known = [match for match in PLACEHOLDER.finditer(value) if match.group(1) in NAMES]
    unknown = [match.group(0) for match in PLACEHOLDER.finditer(value) if match.group(1) not in NAMES]
    listed = ", ".join(f"{{{name}}}" for name in NAMES)
    if placeholders:
        value = PLACEHOLDER.sub(lambda match: match.group(1) if match.group(1) in NAMES else match.group(0), value)
    if not value.strip():
        yield problem("the text is empty", "write the text, or remove the entry")
    elif placeholders and unknown and "{{" not in value and "{%" not in value:
        yield problem(f"'{unknown[0]}' is not a placeholder", f"use one of {listed}, or write the text out")
    elif known and not placeholders:
        yield problem(
            f"placeholders such as '{known[0].group(0)}' work only in data/site.yml",
            "write the text out",
        )
    elif match := MARKUP.search(value):
        yield problem(
            f"the text contains '{match.group(0)}', which could be read as markup",
            "write plain text: no HTML, Markdown links, template braces or javascript: links",
        )
    elif value != value.strip() or "  " in value:
        yield problem("the text has leading, trailing or double spaces", "remove the extra spaces")
    elif "\n" in value or "\t" in value:  # shown as a space on the page, but it breaks a line of a log or a CSV
        yield problem("the text contains a line break or a tab", "write it on one line, with single spaces")
