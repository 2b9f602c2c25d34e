"""Edits a contributor makes to a copy of the data, found from the data itself, and the check after them.

Nothing here names today's ids, texts or line numbers: each edit finds its place by
reading the copy (the first dimension with values, the first term file, ...), so the
tests that use it keep working whatever the data says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bpokpo.cli import main
from bpokpo.errors import DataError
from bpokpo.located_yaml import Located, load_located
from bpokpo.validation import validate_data

NEW_TERM = "zzz-new-term"


def problems(data: Path) -> list[DataError]:
    """What `make validate` reports for ``data`` (with anchors/ and .yamllint.yml beside it)."""
    return validate_data(str(data)).problems


def report(found: list[DataError]) -> str:
    return "\n".join(problem.format() for problem in found)


def parsed(path: Path) -> Located:
    root = load_located(str(path), str(path))
    assert isinstance(root, Located), root
    return root


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def write_lines(path: Path, text_lines: list[str]) -> None:
    path.write_text("\n".join(text_lines), encoding="utf-8")


def mapping(node: Located) -> dict[str, Located]:
    assert isinstance(node.value, dict), node
    return node.value


def sequence(node: Located) -> list[Located]:
    assert isinstance(node.value, list), node
    return node.value


@dataclass(frozen=True)
class ValuesEntry:
    """A dimension with its own values, written one term a line (``  bpo: {sv: …, en: …}``)."""

    index: int
    id: str
    values: dict[str, Located]  # term id -> its value, in file order


def values_entries(dimensions_file: Path) -> list[ValuesEntry]:
    entries = sequence(mapping(parsed(dimensions_file))["dimensions"])
    found = []
    for index, entry in enumerate(entries):
        fields = mapping(entry)
        if "values" in fields:
            found.append(ValuesEntry(index, str(fields["id"].value), mapping(fields["values"])))
    return found


def term_files(data: Path) -> list[Path]:
    return sorted((data / "terms").glob("*.yml"))


def shift_line(path: Path, line: int, spaces: int) -> None:
    """Indent line ``line`` (1-based) by ``spaces`` more (fewer when negative)."""
    text_lines = lines(path)
    text = text_lines[line - 1]
    text_lines[line - 1] = " " * spaces + text if spaces > 0 else text[-spaces:]
    assert spaces > 0 or text.startswith(" " * -spaces)
    write_lines(path, text_lines)


def apply_indent_fix(path: Path, problem: DataError) -> None:
    """Do what a fix "indent it by N spaces more|less" says, to the line it is on."""
    match = re.search(r"indent it by (\d+) spaces? (more|less)", problem.fix)
    assert match, problem.format()
    spaces = int(match[1]) * (1 if match[2] == "more" else -1)
    shift_line(path, problem.line, spaces)


def first_source(data: Path) -> str:
    """The id of data/site.yml's first source (the source article), which a new term may cite."""
    site = mapping(parsed(data / "site.yml"))
    return str(mapping(sequence(site["sources"])[0])["id"].value)


def add_a_term(data: Path, registry: Path) -> Path:
    """A new term, as CONTRIBUTING describes: its file, a value in every dimension, `make anchors`."""
    orders = [int(mapping(parsed(path))["order"].value) for path in term_files(data)]
    term = data / "terms" / f"{NEW_TERM}.yml"
    term.write_text(
        f'id: "{NEW_TERM}"\norder: {max(orders) + 1}\nabbreviation: "NT"\n'
        'full_name: {sv: "Ny term", en: "New term"}\n'
        'definition: {sv: "En ny term.", en: "A new term."}\n'
        f'activities:\n  - id: "{NEW_TERM}-work"\n    name: {{sv: "Arbete", en: "Work"}}\n'
        f'sources: ["{first_source(data)}"]\n',
        encoding="utf-8",
    )
    path = data / "dimensions.yml"
    text = lines(path)
    for entry in reversed(values_entries(path)):
        last = max(node.key_line for node in entry.values.values())
        row = text[last - 1]
        indent = row[: len(row) - len(row.lstrip())]
        text.insert(last, f'{indent}{NEW_TERM}: {{sv: "Ny", en: "New"}}')
    write_lines(path, text)
    assert main(["anchors", "--data", str(data), "--registry", str(registry)]) == 0
    assert problems(data) == [], report(problems(data))
    return term
