"""The YAML reader refuses what no data file needs, each at its line with what to do, before building anything."""

from __future__ import annotations

import os
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.hostile_inputs import alias_bomb
from bpokpo.errors import DataError
from bpokpo.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_VALUES, max_text_length
from bpokpo.located_yaml import Located, load_located, parse_text


def problems(text: str) -> list[DataError]:
    parsed = parse_text(text, "data/x.yml")
    assert isinstance(parsed, list), f"accepted: {parsed}"
    assert parsed and all(error.file == "data/x.yml" and error.fix for error in parsed)
    return parsed


def accepted(text: str) -> Located:
    parsed = parse_text(text, "data/x.yml")
    assert not isinstance(parsed, list), [error.format() for error in parsed]
    return parsed


@dataclass(frozen=True)
class Refused:
    name: str
    text: str
    line: int
    message: str  # a fragment of the message


REFUSED = [
    Refused("anchor", 'title: "a"\nsources: &list\n  - x\n', 2, "an anchor (&list)"),
    Refused("alias", 'a: "x"\nb: *x\n', 2, "an alias (*x)"),
    Refused("merge key", "a: {x: 1}\nb:\n  <<: {y: 2}\n", 3, "a merge key (<<)"),
    Refused("tag", 'a: 1\nb: !!python/object:os.system "ls"\n', 2, "a tag (tag:yaml.org,2002:python/object:os.system)"),
    Refused("tag on a mapping", "a: !!map {x: 1}\n", 1, "a tag (tag:yaml.org,2002:map)"),
    Refused("local tag", "a: !secret x\n", 1, "a tag (!secret)"),
    Refused("list as a key", "? [a, b]\n: 1\n", 1, "a list or mapping is used as a key"),
    Refused("flow nesting", "a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n", 1, "nested more than"),
    Refused(
        "block nesting",
        "".join("  " * depth + f"k{depth}:\n" for depth in range(MAX_DEPTH + 2)) + "  " * (MAX_DEPTH + 2) + "v\n",
        MAX_DEPTH + 1,  # where the mapping one level too deep starts: k<MAX_DEPTH>
        "nested more than",
    ),
    Refused("NUL byte", 'a: 1\nb: "x\x00y"\n', 2, "U+0000 (a control character)"),
    Refused("escaped bell in a value", 'a: 1\nb: "\\u0007"\n', 2, "the value contains the character U+0007"),
    Refused("right-to-left override", 'id: "ab\u202ec"\n', 1, "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    Refused("escaped override", 'id: "ab\\u202ec"\n', 1, "U+202E (RIGHT-TO-LEFT OVERRIDE)"),
    Refused("override in a comment", "a: 1  # is \u202e\u2066 here\n", 1, "U+202E"),
    Refused("zero-width space in a key", '"ke\u200by": 1\n', 1, "U+200B (ZERO WIDTH SPACE)"),
    Refused("escaped zero-width joiner", 'a: "x\\u200dy"\n', 1, "U+200D (ZERO WIDTH JOINER)"),
    Refused("noncharacter", 'a: "\\ufdd0"\n', 1, "U+FDD0"),
    Refused("language tag (ASCII smuggling)", 'a: "x\U000e0041"\n', 1, "U+E0041 (TAG LATIN CAPITAL LETTER A)"),
    Refused("line separator", 'a: "x\\L"\n', 1, "U+2028 (LINE SEPARATOR)"),
    Refused("next line", "a: 1\x85b: 2\n", 1, "U+0085"),
    Refused("escaped carriage return", 'a: "x\\ry"\n', 1, "U+000D"),
    Refused("escaped lone surrogate", 'a: "\\ud800"\n', 1, "YAML syntax error"),
    Refused(
        "text too long", f'a: 1\nb: "{"x" * (max_text_length() + 1)}"\n', 2, f"has {max_text_length() + 1:,} characters"
    ),
    Refused("key too long", f"{'k' * (max_text_length() + 1)}: 1\n", 1, "characters"),
    Refused("too many values", "a: [" + ", ".join(["1"] * MAX_VALUES) + "]\n", 1, f"more than {MAX_VALUES:,} values"),
    Refused("tab indentation", "a:\n\tb: 1\n", 2, "tab character: indent with spaces"),
    Refused("tab after spaces", "a:\n  \tb: 1\n", 2, "tab character: indent with spaces"),
    Refused("a date that is not one", "a: 1\nb: 2024-02-30\n", 2, "'2024-02-30' reads as a date but is not one"),
    Refused("second document", "a: 1\n---\nb: 2\n", 2, "a second YAML document starts here"),
    Refused("empty file", "", 1, "the file is empty"),
]


@pytest.mark.parametrize("case", REFUSED, ids=[case.name for case in REFUSED])
def test_refused_at_its_line_with_what_to_do(case: Refused) -> None:
    first = problems(case.text)[0]
    assert first.line == case.line, first.format()
    assert case.message in first.message, first.format()


def test_an_alias_bomb_costs_nothing() -> None:
    """Nine levels would be a billion values; the first anchor stops the file before anything is built."""
    tracemalloc.start()
    errors = problems(alias_bomb(9))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert errors[0].line == 1 and "an anchor (&a0)" in errors[0].message
    assert any("an alias (*a0)" in error.message for error in errors)
    assert peak < 5 * 2**20


def test_every_refusal_in_a_file_is_listed_up_to_a_bound() -> None:
    text = "".join(f"k{n}: &a{n} {n}\n" for n in range(100))
    errors = problems(text)
    assert [error.line for error in errors] == list(range(1, 21))


def test_a_tab_inside_a_quoted_value_is_yaml_and_is_read() -> None:
    """YAML allows a tab there; the text rules then ask for one line with single spaces."""
    root = accepted('a: "x\ty"\n')
    assert isinstance(root.value, dict) and root.value["a"].value == "x\ty"


def test_limits_are_inclusive() -> None:
    accepted("a: " + "[" * (MAX_DEPTH - 1) + "1" + "]" * (MAX_DEPTH - 1) + "\n")
    accepted(f'a: "{"x" * max_text_length()}"\n')
    accepted("a: [" + ", ".join(["1"] * (MAX_VALUES - 3)) + "]\n")


def test_keys_are_read_as_written() -> None:
    """YAML 1.1 reads the key no as false; a term id no must stay 'no'."""
    root = accepted("no: 1\nyes: 2\n1: 3\n")
    assert isinstance(root.value, dict) and list(root.value) == ["no", "yes", "1"]


def test_a_byte_that_is_not_utf8_is_reported_at_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(b'a: "one"\nb: "two"\nc: "thr\xe9e"\nd: "four"\n')
    [error] = load_located(str(path), "data/x.yml")
    assert (error.line, error.column) == (3, 8)
    assert "byte 0xE9 is not UTF-8 text" in error.message and "save the file as UTF-8" in error.fix


def test_a_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    [error] = load_located(str(path), "data/x.yml")
    assert error.line == 1 and f"larger than {MAX_FILE_BYTES // 1024} KB" in error.message
    path.write_bytes(b"#" * (MAX_FILE_BYTES - 8) + b"\na: 1\n")
    assert not isinstance(load_located(str(path), "data/x.yml"), list)


def test_a_byte_order_mark_at_the_start_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\n")
    root = load_located(str(path), "data/x.yml")
    assert isinstance(root, Located) and isinstance(root.value, dict) and list(root.value) == ["a"]


def test_a_symbolic_link_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.yml"
    secret.write_text('token: "s3cret"\n', encoding="utf-8")
    (tmp_path / "x.yml").symlink_to(secret)
    [error] = load_located(str(tmp_path / "x.yml"), "data/x.yml")
    assert "symbolic link" in error.message and "s3cret" not in error.format()


def test_a_named_pipe_is_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.yml")
    [error] = load_located(str(tmp_path / "x.yml"), "data/x.yml")
    assert "not a regular file" in error.message
