"""YAML parsed safely into values that remember where they were written.

PyYAML's ``safe_load`` forgets line numbers. Contributors need them, so this composes
the document with the same safe loader and keeps the position of every value. It also
rejects duplicate keys, which ``safe_load`` would silently let the last one win.

Nothing is built before the file has passed the checks of ``yaml_prescan``: it is read
without following a symbolic link, only up to ``limits.MAX_FILE_BYTES``, decoded as UTF-8,
and its YAML events are checked one by one, so a hostile file costs no more than a plain one.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from bpokpo.errors import DataError
from bpokpo.limits import MAX_FILE_BYTES
from bpokpo.yaml_prescan import TAB_FIX, TAB_MESSAGE, Refusal, file_characters, scan

Scalar = str | int | float | bool | None | object


@dataclass(frozen=True)
class Located:
    """A parsed YAML value and the 1-based line and column where it starts."""

    value: Scalar | list[Located] | dict[str, Located]
    line: int
    column: int
    key_line: int = 0  # where the mapping key naming this value sits, when there is one
    key_column: int = 0

    def plain(self) -> Any:
        """The value without positions: what ``yaml.safe_load`` would have given."""
        if isinstance(self.value, dict):
            return {key: child.plain() for key, child in self.value.items()}
        if isinstance(self.value, list):
            return [child.plain() for child in self.value]
        return self.value

    @property
    def kind(self) -> str:
        """The YAML kind a contributor would recognise, for error messages."""
        value = self.value
        if isinstance(value, dict):
            return "a mapping"
        if isinstance(value, list):
            return "a list"
        if value is None:
            return "an empty value"
        if isinstance(value, bool):
            return f"the boolean {str(value).lower()}"
        if isinstance(value, (int, float)):
            return f"the number {value}"
        if isinstance(value, str):
            return "text"
        return f"a {type(value).__name__}"


# libyaml (bundled with PyYAML's wheels) parses about four times faster than the pure-Python
# parser, which took a fifth of a whole build at 1,200 dimensions. Its syntax-error messages are
# vaguer, so a file that fails to parse is parsed again in Python for the message.
_FAST_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DuplicateKey(Exception):
    def __init__(self, key: str, node: yaml.Node) -> None:
        self.key = key
        self.node = node


class _Unreadable(Exception):
    """A scalar YAML resolves to a type it then cannot build, such as the date 2024-02-30."""

    def __init__(self, node: yaml.Node, reason: str) -> None:
        self.node = node
        self.reason = reason


# What YAML reads an unquoted value as, in a contributor's words.
_TYPE_NAMES = {"timestamp": "a date", "int": "a number", "float": "a number", "bool": "true or false"}


def _scalar(node: yaml.Node, loader: yaml.SafeLoader) -> Scalar:
    try:
        value: Scalar = loader.construct_object(node, deep=True)
    except (ValueError, ArithmeticError) as error:
        raise _Unreadable(node, str(error)) from None
    return value


def _key(node: yaml.Node) -> str:
    """A key as written: ``no:`` is the key 'no' (not YAML 1.1's false), ``1:`` the key '1'."""
    return str(node.value)


def _convert(node: yaml.Node, loader: yaml.SafeLoader) -> Located:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Located] = {}
        for key_node, value_node in node.value:
            key_text = _key(key_node)
            if key_text in mapping:
                raise _DuplicateKey(key_text, key_node)
            value = _convert(value_node, loader)
            mapping[key_text] = Located(
                value.value,
                value.line,
                value.column,
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
        return Located(mapping, line, column)
    if isinstance(node, yaml.SequenceNode):
        return Located([_convert(item, loader) for item in node.value], line, column)
    return Located(_scalar(node, loader), line, column)


def load_located(path: str, shown_as: str) -> Located | list[DataError]:
    """Parse one YAML file; every problem comes back as a DataError, never raised."""
    text = read_text(path, shown_as)
    if isinstance(text, DataError):
        return [text]
    return parse_text(text, shown_as)


def load_plain(path: str) -> Any:
    """The file's values without positions, or None when it is missing, unreadable or refused."""
    parsed = load_located(path, path)
    return None if isinstance(parsed, list) else parsed.plain()


def read_text(path: str, shown_as: str) -> str | DataError:
    """The file's text: a regular file (not a symbolic link), at most MAX_FILE_BYTES, in UTF-8."""

    def problem(message: str, fix: str, line: int = 1, column: int = 1) -> DataError:
        return DataError(shown_as, line, column, "", message, fix)

    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        if error.errno == errno.ELOOP:
            return problem("the file is a symbolic link", "replace it with the file itself")
        return problem(f"the file cannot be read ({error.strerror})", "restore it from the main branch")
    with os.fdopen(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return problem("this is not a regular file", "replace it with a YAML file")
        data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        return problem(
            f"the file is larger than {MAX_FILE_BYTES // 1024} KB",
            "shorten it: the site is built for far less (see the limits in README.md)",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = data.rfind(b"\n", 0, error.start) + 1
        column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
        return problem(
            f"byte 0x{data[error.start]:02X} is not UTF-8 text ({error.reason})",
            "save the file as UTF-8, or retype the character at this place",
            data.count(b"\n", 0, error.start) + 1,
            column,
        )
    return text.removeprefix("\ufeff")  # a byte order mark may start a UTF-8 file


def parse_text(text: str, shown_as: str) -> Located | list[DataError]:
    """Check the text (``yaml_prescan``), then build its values with their positions.

    ``make validate`` reads each file for its layout, its content and its anchors: the same
    text is checked and built once (the values are frozen, so they can be shared).
    """
    parsed = _parse_once(text, shown_as, _FAST_LOADER.__name__)  # (a test swaps the parser)
    return list(parsed) if isinstance(parsed, tuple) else parsed


@lru_cache(maxsize=32)
def _parse_once(text: str, shown_as: str, parser: str) -> Located | tuple[DataError, ...]:
    parsed = _parse_checked(text, shown_as)
    return tuple(parsed) if isinstance(parsed, list) else parsed


def forget_parsed() -> None:
    """Parse every text again from now on (a benchmark's runs must not share the work)."""
    _parse_once.cache_clear()


def _parse_checked(text: str, shown_as: str) -> Located | list[DataError]:
    refused = file_characters(text)  # the YAML reader itself stops at the first of these
    try:
        refused = refused or scan(text, _FAST_LOADER)
    except yaml.MarkedYAMLError as error:
        return [_syntax_error(text, shown_as, error)]
    except yaml.YAMLError as error:
        return [DataError(shown_as, 1, 1, "", f"YAML error: {error}", "check the file's YAML syntax")]
    if refused:
        return [DataError(shown_as, r.line, r.column, "", r.message, r.fix) for r in _in_order(refused)]
    return _compose(text, shown_as)


def _in_order(refusals: list[Refusal]) -> list[Refusal]:
    return sorted(refusals, key=lambda refusal: (refusal.line, refusal.column))


def _syntax_error(text: str, shown_as: str, error: yaml.MarkedYAMLError) -> DataError:
    """libyaml's error in the words of the pure-Python parser, which names the character it found.

    Only the text up to the error's line is parsed again, so this stays fast in a large file.
    """
    mark = error.problem_mark or error.context_mark
    if _FAST_LOADER is not yaml.SafeLoader and mark is not None:
        end = text.find("\n", mark.index)
        try:
            scan(text[: len(text) if end < 0 else end + 1], yaml.SafeLoader)
        except yaml.MarkedYAMLError as precise:
            precise_mark = precise.problem_mark or precise.context_mark
            if precise_mark is not None and precise_mark.line == mark.line:
                error, mark = precise, precise_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = error.problem or "the YAML cannot be read"
    if "'\\t'" in problem:
        return DataError(shown_as, line, column, "", TAB_MESSAGE, TAB_FIX)
    if "another document" in problem:
        return DataError(
            shown_as,
            line,
            column,
            "",
            "a second YAML document starts here ('---'); a data file holds one",
            "remove the '---' line, and move what follows into the one document",
        )
    return DataError(
        shown_as,
        line,
        column,
        "",
        f"YAML syntax error: {problem}",
        "check indentation and quoting on this line and the one above; "
        "quote text that contains ': ' or starts with a special character",
    )


def _compose(text: str, shown_as: str) -> Located | list[DataError]:
    loader = _FAST_LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return [DataError(shown_as, 1, 1, "", "the file is empty", "add the content the file is meant to hold")]
        return _convert(node, loader)
    except _DuplicateKey as duplicate:
        mark = duplicate.node.start_mark
        return [
            DataError(
                shown_as,
                mark.line + 1,
                mark.column + 1,
                duplicate.key,
                f"the key '{duplicate.key}' appears twice in the same mapping",
                "keep one of them; YAML would silently drop the other",
            )
        ]
    except _Unreadable as unreadable:
        mark = unreadable.node.start_mark
        kind = _TYPE_NAMES.get(str(unreadable.node.tag).rsplit(":", 1)[-1], "a value")
        return [
            DataError(
                shown_as,
                mark.line + 1,
                mark.column + 1,
                "",
                f"'{unreadable.node.value}' reads as {kind} but is not one ({unreadable.reason})",
                f'put it in double quotes if it is text: "{unreadable.node.value}"',
            )
        ]
    except yaml.MarkedYAMLError as error:
        return [_syntax_error(text, shown_as, error)]
    except yaml.YAMLError as error:
        return [DataError(shown_as, 1, 1, "", f"YAML error: {error}", "check the file's YAML syntax")]
    finally:
        loader.dispose()
