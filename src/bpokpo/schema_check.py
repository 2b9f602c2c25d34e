"""Checks a data file against its JSON Schema and reports each problem at its line.

The schemas in ``schemas/`` are the ones editors use through the ``# yaml-language-server``
line at the top of each data file, so what an editor underlines and what CI reports
cannot drift apart. Two lists live in one place elsewhere and are filled in here: the site's
languages (from data/site.yml) and the interface string keys (from ``ui_strings.UI_KEYS``).
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any, Literal

from jsonschema import ValidationError

from bpokpo.document_paths import Path, field_path, node_at
from bpokpo.errors import MAX_LISTED_PER_FILE, DataError
from bpokpo.key_advice import advise_on_key
from bpokpo.located_yaml import Located
from bpokpo.missing_keys import missing_key_fix
from bpokpo.schema_files import COMMON, schema_document
from bpokpo.schema_inline import inlined
from bpokpo.schema_paths import SchemaPaths
from bpokpo.schema_patterns import SchemaValidator, compiled
from bpokpo.ui_strings import UI_KEYS

DocumentKind = Literal["site", "term", "dimensions", "redirects", "sources", "glossary", "buying"]

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
    "array": ("expected a list, found {kind}", "start each entry on its own line with '- '"),
    "string": ("expected text, found {kind}", "{quote_fix}"),
    "integer": ("expected a whole number, found {kind}", "write a number such as 3"),
}


@cache
def _documents(kind: DocumentKind, languages: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """The schema files for ``kind``, with the site's languages and interface keys filled in."""
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
    return {COMMON: common, f"{kind}.schema.json": top}


@cache
def _validator(kind: DocumentKind, languages: tuple[str, ...]) -> Any:
    documents = _documents(kind, languages)
    top = documents[f"{kind}.schema.json"]
    return SchemaValidator(inlined(top, top, documents))


@cache
def schema_paths(kind: DocumentKind, languages: tuple[str, ...]) -> SchemaPaths:
    return SchemaPaths(_documents(kind, languages), f"{kind}.schema.json")


def plain_value(node: Located) -> Any:
    """The value without positions, as JSON Schema sees it."""
    return node.plain()


def check_document(
    root: Located, kind: DocumentKind, file: str, languages: tuple[str, ...], term_ids: Sequence[str] = ()
) -> tuple[list[DataError], set[Path]]:
    """Every schema problem of one document, and the paths where they were found.

    ``term_ids`` lets a term's value that slipped out of its ``values:`` be recognised as one.
    """
    document = _Document(root, kind, file, languages, tuple(term_ids))
    found: list[_Problem] = []
    seen: set[tuple[Path, str]] = set()
    for error in _validator(kind, languages).iter_errors(plain_value(root)):
        if len(found) >= MAX_SCHEMA_ERRORS:  # a file far from its schema: the rest is not worth the time
            stopped = f"the check stopped after {len(found)} problems"
            found.append(_Problem((), DataError(file, root.line, root.column, "", stopped, _STOPPED)))
            break  # the path () marks the whole file as unsound, so nothing else reads it
        path: Path = tuple(error.absolute_path)
        if (path, error.validator) in seen and error.validator in ("required", "additionalProperties"):
            continue  # one error per missing or unknown key is made below, from the whole mapping
        seen.add((path, str(error.validator)))
        found += document.problems(error, node_at(root, path) or root, path)
    # A key reported as misplaced or misspelt is the missing one: say so once, where it is.
    filled = {problem.fills for problem in found if problem.fills}
    kept = [problem for problem in found if not (problem.missing and problem.missing in filled)]
    return [problem.error for problem in kept], {problem.path for problem in kept}


@dataclass(frozen=True)
class _Problem:
    path: Path  # the field it concerns
    error: DataError
    missing: tuple[Path, str] | None = None  # (mapping, key) of a missing required key
    fills: tuple[Path, str] | None = None  # (mapping, key) a misplaced or misspelt key stands for


@dataclass(frozen=True)
class _Document:
    root: Located
    kind: DocumentKind
    file: str
    languages: tuple[str, ...]
    term_ids: tuple[str, ...]

    def problems(self, error: ValidationError, node: Located, path: Path) -> list[_Problem]:
        """Each problem and the path it concerns: a missing or unknown key concerns that key, not its siblings."""
        return _Error(self, error, node, path).problems()


class _Error:
    """One error of the schema validator, at one place of one document, in a contributor's words."""

    def __init__(self, document: _Document, error: ValidationError, node: Located, path: Path) -> None:
        self.document = document
        self.error = error
        self.node = node
        self.path = path
        self.schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
        self.keyword = str(error.validator)
        self.schemas = schema_paths(document.kind, document.languages)

    def problems(self) -> list[_Problem]:
        mapping = self.node.value if isinstance(self.node.value, dict) else None
        if "propertyNames" in self.error.absolute_schema_path and mapping is not None:
            key = str(self.error.instance)
            default = self.wording(_DEFAULTS.get(self.keyword, ("'{value}' is not a valid key", "check the spelling")))
            return [self.unknown_key(key, mapping.get(key, self.node), self.document.term_ids, default)]
        if self.keyword == "required" and isinstance(self.error.instance, dict):
            return self.missing_keys(self.error.instance)
        if self.keyword == "additionalProperties" and mapping is not None:
            known = self.schema.get("properties", {})
            patterns = self.schema.get("patternProperties", {})
            default = self.wording(("unknown key '{key}'", "use one of: {allowed}"))
            unknown = [
                (key, child)
                for key, child in mapping.items()
                if key not in known and not any(compiled(pattern).search(key) for pattern in patterns)
            ]
            # advice on each costs a look through the document: not for more than a file lists
            listed = unknown[:MAX_LISTED_PER_FILE]
            return [self.unknown_key(key, child, list(known), default) for key, child in listed]
        if self.keyword == "type":
            expected = str(self.error.validator_value)
            return [_Problem(self.path, self.made(self.node, self.path, *self.type_wording(), expected=expected))]
        if self.keyword == "enum":
            message, fix = self.wording(_DEFAULTS["enum"])
            choices = [str(item) for item in self.schema["enum"]]
            close = difflib.get_close_matches(str(self.error.instance), choices, n=1)
            if close:
                fix = f'did you mean "{_literal(close[0])}"? ' + fix
            return [_Problem(self.path, self.made(self.node, self.path, message, fix))]
        # jsonschema's own wording as the last resort; its braces are not placeholders
        default = (_literal(str(self.error.message)), "see the schema for this field")
        return [
            _Problem(self.path, self.made(self.node, self.path, *self.wording(_DEFAULTS.get(self.keyword, default))))
        ]

    def wording(self, default: tuple[str, str]) -> tuple[str, str]:
        """The schema's own x-errors wording for this keyword, or ``default``."""
        custom = self.schema.get("x-errors", {}).get(self.keyword)
        return (custom["message"], custom["fix"]) if custom else default

    @cached_property
    def common_values(self) -> dict[str, str]:
        """Worked out once per validator error, not once per key it concerns: a mapping of
        thousands of unknown keys is one error, and its text would otherwise be made for each."""
        return {
            "value": str(self.error.instance),
            "languages": "{" + ", ".join(f"{language}: …" for language in self.document.languages) + "}",
            "allowed": ", ".join(str(item) for item in self.schema.get("enum", self.schema.get("properties", {}))),
            "required": ", ".join(self.schema.get("required", ())),
            "slug": _slug(self.error.instance),
            "limit": str(self.error.validator_value),
        }

    def made(self, at: Located, at_path: Path, message: str, fix: str, at_key: bool = False, **extra: str) -> DataError:
        line, column = (at.key_line, at.key_column) if at_key and at.key_line else (at.line, at.column)
        values = {**self.common_values, "kind": at.kind, "quote_fix": _quote_fix(at), **extra}
        field = field_path(at_path)
        return DataError(self.document.file, line, column, field, message.format(**values), fix.format(**values))

    def unknown_key(self, key: str, at: Located, allowed: Sequence[str], default: tuple[str, str]) -> _Problem:
        """A key not allowed here: misplaced (where it belongs), misspelt (its likely spelling), or else unknown."""
        document = self.document
        schemas = schema_paths(document.kind, document.languages)
        advice = advise_on_key(document.root, schemas, self.path, key, allowed, document.term_ids)
        key_path = (*self.path, key)
        if advice is None:
            return _Problem(key_path, self.made(at, key_path, *default, at_key=True, key=key))
        line, column = (at.key_line, at.key_column) if at.key_line else (at.line, at.column)
        problem = DataError(document.file, line, column, field_path(key_path), advice.message, advice.fix)
        return _Problem(key_path, problem, fills=advice.fills)

    def missing_keys(self, instance: dict[str, Any]) -> list[_Problem]:
        here = self.schemas.at(self.path)
        problems = []
        for key in self.schema.get("required") or ():
            if key in instance:
                continue
            fix = missing_key_fix(self.schemas, here, key, self.document.languages) if here else f"add {key}:"
            message = "the required key '{key}' is missing"
            made = self.made(self.node, (*self.path, key), message, _literal(fix), key=key)
            problems.append(_Problem((*self.path, key), made, missing=(self.path, key)))
        return problems

    def type_wording(self) -> tuple[str, str]:
        expected = str(self.error.validator_value)
        message, fix = _TYPE_DEFAULTS.get(expected, ("expected {expected}, found {kind}", "see the schema"))
        if expected == "object":
            message, fix = self.mapping_expected()
        elif expected == "array" and isinstance(self.node.value, str):
            items = [item.strip() for item in self.node.value.split(",") if item.strip()]
            fix = "write it as a list in brackets: " + _literal(json.dumps(items, ensure_ascii=False))
        return self.wording((message, fix))

    def mapping_expected(self) -> tuple[str, str]:
        here = self.schemas.at(self.path)
        keys = list(here.schema.get("required", ())) if here else []
        if here is not None and here.is_mapping_of_ids and self.document.term_ids:
            keys = list(self.document.term_ids)
        listed = _literal(", ".join(f"{key}:" for key in keys))
        if isinstance(self.node.value, list):
            return (
                f"expected a mapping of keys ({listed}), found a list" if keys else "expected a mapping, found a list",
                "remove the '- ' in front of the keys below this line",
            )
        return (
            f"expected a mapping with the keys {listed}, found {{kind}}"
            if keys
            else "expected a mapping, found {kind}",
            "write the keys on the lines below, indented by 2 spaces",
        )


def _literal(text: str) -> str:
    """Text to pass through ``str.format`` unchanged."""
    return text.replace("{", "{{").replace("}", "}}")


def _quote_fix(node: Located) -> str:
    """How to make a value text: what to write depends on what YAML read instead."""
    value = node.value
    if value is None:
        return 'write the text in double quotes after the colon: "…"'
    if isinstance(value, bool):
        return 'put the text in double quotes, e.g. "no": unquoted, YAML reads yes, no, on and off as true or false'
    if isinstance(value, (dict, list)):
        return "write one text in double quotes here"
    return _literal(f'put the text in double quotes: "{value}"')


def _slug(value: object) -> str:
    """An id close to ``value``: lowercase, with hyphens for spaces and other characters."""
    words = re.sub(r"<[^>]*>", " ", str(value))  # markup is no part of what was meant
    slug = re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")
    return f'"{slug}"' if slug else 'such as "call-centre"'
