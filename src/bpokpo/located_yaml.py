"""YAML parsed safely into values that remember where they were written.

PyYAML's ``safe_load`` forgets line numbers. Contributors need them, so this composes
the document with the same safe loader and keeps the position of every value. It also
rejects duplicate keys, which ``safe_load`` would silently let the last one win.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from bpokpo.errors import DataError

Scalar = str | int | float | bool | None | object


@dataclass(frozen=True)
class Located:
    """A parsed YAML value and the 1-based line and column where it starts."""

    value: Scalar | list[Located] | dict[str, Located]
    line: int
    column: int
    key_line: int = 0  # where the mapping key naming this value sits, when there is one
    key_column: int = 0

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


def _convert(node: yaml.Node, loader: yaml.SafeLoader) -> Located:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.MappingNode):
        mapping: dict[str, Located] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key_text = key if isinstance(key, str) else str(key)
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
    return Located(loader.construct_object(node, deep=True), line, column)


def load_located(path: str, shown_as: str) -> Located | DataError:
    """Parse one YAML file; a syntax error comes back as a DataError, never raised."""
    try:
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
    except UnicodeDecodeError as error:
        return DataError(shown_as, 1, 1, "", f"the file is not valid UTF-8 ({error.reason})", "save it as UTF-8")
    parsed = _parse(text, shown_as, _FAST_LOADER)
    if isinstance(parsed, DataError) and _FAST_LOADER is not yaml.SafeLoader:
        return _parse(text, shown_as, yaml.SafeLoader)
    return parsed


def _parse(text: str, shown_as: str, loader_class: type[yaml.SafeLoader]) -> Located | DataError:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return DataError(shown_as, 1, 1, "", "the file is empty", "add the content the file is meant to hold")
        return _convert(node, loader)
    except _DuplicateKey as duplicate:
        mark = duplicate.node.start_mark
        return DataError(
            shown_as,
            mark.line + 1,
            mark.column + 1,
            duplicate.key,
            f"the key '{duplicate.key}' appears twice in the same mapping",
            "keep one of them; YAML would silently drop the other",
        )
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = error.problem or "the YAML cannot be read"
        return DataError(
            shown_as,
            line,
            column,
            "",
            f"YAML syntax error: {problem}",
            "check indentation and quoting on this line and the one above; "
            "quote text that contains ': ' or starts with a special character",
        )
    except yaml.YAMLError as error:
        return DataError(shown_as, 1, 1, "", f"YAML error: {error}", "check the file's YAML syntax")
    finally:
        loader.dispose()
