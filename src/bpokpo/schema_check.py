"""Checks a data file against its JSON Schema and reports each problem at its line.

The schemas in ``schemas/`` are the ones editors use through the ``# yaml-language-server``
line at the top of each data file, so what an editor underlines and what CI reports
cannot drift apart. Two lists live in one place elsewhere and are filled in here: the site's
languages (from data/site.yml) and the interface string keys (from ``ui_strings.UI_KEYS``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any, Literal

from jsonschema import ValidationError

from bpokpo.errors import DataError
from bpokpo.located_yaml import Located
from bpokpo.schema_files import COMMON, schema_document
from bpokpo.schema_inline import inlined
from bpokpo.schema_patterns import SchemaValidator, compiled
from bpokpo.ui_strings import UI_KEYS

DocumentKind = Literal["site", "term", "dimensions", "redirects"]
Path = tuple[str | int, ...]

# Enough to show what is wrong with a file; more would only cost time (and each is listed anyway
# only up to errors.MAX_LISTED_PER_FILE).
MAX_SCHEMA_ERRORS = 200
_STOPPED = "fix these, then validate again: the file seems to be far from what its schema describes"

# Default wording per JSON Schema keyword; a schema overrides it with "x-errors".
_DEFAULTS: dict[str, tuple[str, str]] = {
    "minItems": ("the list is empty", "add at least one entry"),
    "uniqueItems": ("an entry is listed twice", "keep each entry once"),
    "enum": ("'{value}' is not allowed here", "use one of: {allowed}"),
    "pattern": ("'{value}' does not have the expected form", "see the field's description in the schema"),
    "minimum": ("{value} is too small", "see the field's description in the schema"),
    "maxLength": ("the text has more than {limit} characters", "shorten it"),
    "maxItems": ("the list has more than {limit} entries", "see the field's description in the schema"),
}
_TYPE_DEFAULTS: dict[str, tuple[str, str]] = {
    "object": ("expected a mapping with the keys {required}, found {kind}", "indent the keys below this line"),
    "array": ("expected a list, found {kind}", "start each entry on its own line with '- '"),
    "string": ("expected text, found {kind}", 'put the text in double quotes, e.g. "no"'),
    "integer": ("expected a whole number, found {kind}", "write a number such as 3"),
}


@cache
def _validator(kind: DocumentKind, languages: tuple[str, ...]) -> Any:
    common = copy.deepcopy(schema_document(COMMON))
    text = common["$defs"]["text"]
    text["properties"] = {language: {"$ref": "#/$defs/plain"} for language in languages}
    text["required"] = list(languages)
    top = copy.deepcopy(schema_document(f"{kind}.schema.json"))
    if kind == "site":
        ui = top["properties"]["ui"]
        ui["properties"] = {key: {"$ref": f"{COMMON}#/$defs/text"} for key in UI_KEYS}
        ui["required"] = list(UI_KEYS)
        ui["additionalProperties"] = False
    return SchemaValidator(inlined(top, top, {COMMON: common}))


def plain_value(node: Located) -> Any:
    """The value without positions, as JSON Schema sees it."""
    return node.plain()


def node_at(root: Located, path: Sequence[str | int]) -> Located | None:
    """The node at ``path``, or None when the document does not have that shape."""
    node: Located | None = root
    for step in path:
        value = node.value if node else None
        if isinstance(value, dict) and isinstance(step, str):
            node = value.get(step)
        elif isinstance(value, list) and isinstance(step, int):
            node = value[step] if 0 <= step < len(value) else None
        else:
            return None
    return node


def field_path(path: Sequence[str | int]) -> str:
    """``dimensions[3].values.bpo.sv``: the way the error messages name a field."""
    field = ""
    for step in path:
        field += f"[{step}]" if isinstance(step, int) else (f".{step}" if field else step)
    return field


def check_document(
    root: Located, kind: DocumentKind, file: str, languages: tuple[str, ...]
) -> tuple[list[DataError], set[Path]]:
    """Every schema problem of one document, and the paths where they were found."""
    errors: list[DataError] = []
    paths: set[Path] = set()
    seen: set[tuple[Path, str]] = set()
    for error in _validator(kind, languages).iter_errors(plain_value(root)):
        if len(errors) >= MAX_SCHEMA_ERRORS:  # a file far from its schema: the rest is not worth the time
            errors.append(
                DataError(file, root.line, root.column, "", f"the check stopped after {len(errors)} problems", _STOPPED)
            )
            paths.add(())  # nothing of the file counts as sound
            break
        path: Path = tuple(error.absolute_path)
        if (path, error.validator) in seen and error.validator in ("required", "additionalProperties"):
            continue  # one error per missing or unknown key is made below, from the whole mapping
        seen.add((path, str(error.validator)))
        for where, problem in _data_errors(error, node_at(root, path) or root, path, file, languages):
            paths.add(where)
            errors.append(problem)
    return errors, paths


def _data_errors(
    error: ValidationError, node: Located, path: Path, file: str, languages: tuple[str, ...]
) -> Iterator[tuple[Path, DataError]]:
    """Each problem and the path it concerns: a missing or unknown key concerns that key, not its siblings."""
    schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    keyword = str(error.validator)
    # Worked out once per schema error, not once per key it concerns: a mapping of thousands
    # of unknown keys is one error, and its text would otherwise be made for every key.
    common = {
        "value": str(error.instance),
        "languages": "{" + ", ".join(f"{language}: …" for language in languages) + "}",
        "allowed": ", ".join(str(item) for item in schema.get("enum", schema.get("properties", {}))),
        "required": ", ".join(schema.get("required", ())),
        "limit": str(error.validator_value),
    }

    def made(
        at: Located, at_path: Path, message: str, fix: str, at_key: bool = False, **extra: str
    ) -> tuple[Path, DataError]:
        line, column = (at.key_line, at.key_column) if at_key and at.key_line else (at.line, at.column)
        values = {**common, "kind": at.kind, **extra}
        problem = DataError(file, line, column, field_path(at_path), message.format(**values), fix.format(**values))
        return at_path, problem

    def wording(default: tuple[str, str]) -> tuple[str, str]:
        custom = schema.get("x-errors", {}).get(keyword)
        return (custom["message"], custom["fix"]) if custom else default

    if "propertyNames" in error.absolute_schema_path and isinstance(node.value, dict):
        key = str(error.instance)
        message, fix = wording(_DEFAULTS.get(keyword, ("'{value}' is not a valid key", "check the spelling")))
        yield made(node.value.get(key, node), (*path, key), message, fix, at_key=True)
    elif keyword == "required" and isinstance(error.instance, dict):
        for key in schema.get("required") or ():
            if key not in error.instance:
                yield made(
                    node, (*path, key), "the required key '{key}' is missing", _add_key_fix(schema, key), key=key
                )
    elif keyword == "additionalProperties" and isinstance(node.value, dict):
        known = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        message, fix = wording(("unknown key '{key}'", "use one of: {allowed}; check the spelling"))
        for key, child in node.value.items():
            if key not in known and not any(compiled(pattern).search(key) for pattern in patterns):
                yield made(child, (*path, key), message, fix, at_key=True, key=key)
    elif keyword == "type":
        expected = str(error.validator_value)
        default = _TYPE_DEFAULTS.get(expected, ("expected {expected}, found {kind}", "see the schema"))
        yield made(node, path, *wording(default), expected=expected)
    else:
        # jsonschema's own wording as the last resort; its braces are not placeholders
        literal = str(error.message).replace("{", "{{").replace("}", "}}")
        yield made(node, path, *wording(_DEFAULTS.get(keyword, (literal, "see the schema for this field"))))


def _add_key_fix(schema: dict[str, Any], key: str) -> str:
    """How to add a missing key, with an example from the schema when it has one."""
    examples = schema.get("properties", {}).get(key, {}).get("examples")
    if examples:
        example = json.dumps(examples[0], ensure_ascii=False).replace("{", "{{").replace("}", "}}")
        return f"add {key}: {example}"
    return f"add '{key}:' to this entry"
