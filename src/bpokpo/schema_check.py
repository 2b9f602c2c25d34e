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
from functools import cache
from importlib import resources
from typing import Any, Literal

from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from bpokpo.document_paths import Path, field_path, node_at
from bpokpo.errors import DataError
from bpokpo.key_advice import KeyAdvice, advise_on_key
from bpokpo.located_yaml import Located
from bpokpo.missing_keys import missing_key_fix
from bpokpo.schema_paths import SchemaAt, SchemaPaths
from bpokpo.ui_strings import UI_KEYS

DocumentKind = Literal["site", "term", "dimensions", "redirects"]

COMMON = "common.schema.json"

# Default wording per JSON Schema keyword; a schema overrides it with "x-errors".
_DEFAULTS: dict[str, tuple[str, str]] = {
    "minItems": ("the list is empty", "add at least one entry"),
    "uniqueItems": ("an entry is listed twice", "keep each entry once"),
    "enum": ("'{value}' is not allowed here", "use one of: {allowed}"),
    "pattern": ("'{value}' does not have the expected form", "see the field's description in the schema"),
    "minimum": ("{value} is too small", "see the field's description in the schema"),
}
_TYPE_DEFAULTS: dict[str, tuple[str, str]] = {
    "array": ("expected a list, found {kind}", "start each entry on its own line with '- '"),
    "string": ("expected text, found {kind}", "{quote_fix}"),
    "integer": ("expected a whole number, found {kind}", "write a number such as 3"),
}


def schema_document(name: str) -> dict[str, Any]:
    """One schema file of the package, as written."""
    text = resources.files("bpokpo").joinpath("schemas", name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


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
def _validator(kind: DocumentKind, languages: tuple[str, ...]) -> Draft202012Validator:
    documents = _documents(kind, languages)
    registry: Registry[Any] = Registry().with_resource(
        COMMON, Resource.from_contents(documents[COMMON], default_specification=DRAFT202012)
    )
    return Draft202012Validator(documents[f"{kind}.schema.json"], registry=registry)


@cache
def schema_paths(kind: DocumentKind, languages: tuple[str, ...]) -> SchemaPaths:
    return SchemaPaths(_documents(kind, languages), f"{kind}.schema.json")


def plain_value(node: Located) -> Any:
    """The value without positions, as JSON Schema sees it."""
    if isinstance(node.value, dict):
        return {key: plain_value(child) for key, child in node.value.items()}
    if isinstance(node.value, list):
        return [plain_value(child) for child in node.value]
    return node.value


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
        schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
        keyword = str(error.validator)
        schemas = schema_paths(self.kind, self.languages)

        def made(at: Located, at_path: Path, message: str, fix: str, at_key: bool = False, **extra: str) -> DataError:
            line, column = (at.key_line, at.key_column) if at_key and at.key_line else (at.line, at.column)
            values = {
                "value": str(error.instance),
                "kind": at.kind,
                "languages": "{" + ", ".join(f"{language}: …" for language in self.languages) + "}",
                "allowed": ", ".join(str(item) for item in schema.get("enum", schema.get("properties", {}))),
                "required": ", ".join(schema.get("required", ())),
                "quote_fix": _quote_fix(at),
                "slug": _slug(error.instance),
                **extra,
            }
            return DataError(
                self.file, line, column, field_path(at_path), message.format(**values), fix.format(**values)
            )

        def wording(default: tuple[str, str]) -> tuple[str, str]:
            custom = schema.get("x-errors", {}).get(keyword)
            return (custom["message"], custom["fix"]) if custom else default

        if "propertyNames" in error.absolute_schema_path and isinstance(node.value, dict):
            key = str(error.instance)
            advice = self._key_advice(path, key, self.term_ids)
            if advice:
                return [
                    _Problem((*path, key), self._advised(node.value[key], (*path, key), advice), fills=advice.fills)
                ]
            message, fix = wording(_DEFAULTS.get(keyword, ("'{value}' is not a valid key", "check the spelling")))
            return [_Problem((*path, key), made(node.value.get(key, node), (*path, key), message, fix, at_key=True))]
        if keyword == "required" and isinstance(error.instance, dict):
            here = schemas.at(path)
            return [
                _Problem(
                    (*path, key),
                    made(
                        node,
                        (*path, key),
                        "the required key '{key}' is missing",
                        _literal(missing_key_fix(schemas, here, key, self.languages)) if here else f"add {key}:",
                        key=key,
                    ),
                    missing=(path, key),
                )
                for key in schema.get("required") or ()
                if key not in error.instance
            ]
        if keyword == "additionalProperties" and isinstance(node.value, dict):
            known = schema.get("properties", {})
            patterns = schema.get("patternProperties", {})
            message, fix = wording(("unknown key '{key}'", "use one of: {allowed}"))
            problems = []
            for key, child in node.value.items():
                if key in known or any(re.search(pattern, key) for pattern in patterns):
                    continue
                advice = self._key_advice(path, key, list(known))
                if advice:
                    problems.append(
                        _Problem((*path, key), self._advised(child, (*path, key), advice), fills=advice.fills)
                    )
                else:
                    problems.append(
                        _Problem((*path, key), made(child, (*path, key), message, fix, at_key=True, key=key))
                    )
            return problems
        if keyword == "type":
            expected = str(error.validator_value)
            default = _TYPE_DEFAULTS.get(expected, ("expected {expected}, found {kind}", "see the schema"))
            if expected == "object":
                default = self._mapping_expected(node, schemas.at(path))
            elif expected == "array" and isinstance(node.value, str):
                items = [item.strip() for item in node.value.split(",") if item.strip()]
                default = (
                    default[0],
                    "write it as a list in brackets: " + _literal(json.dumps(items, ensure_ascii=False)),
                )
            return [_Problem(path, made(node, path, *wording(default), expected=expected))]
        if keyword == "enum":
            message, fix = wording(_DEFAULTS["enum"])
            close = difflib.get_close_matches(str(error.instance), [str(item) for item in schema["enum"]], n=1)
            if close:
                fix = f'did you mean "{_literal(close[0])}"? ' + fix
            return [_Problem(path, made(node, path, message, fix))]
        # jsonschema's own wording as the last resort; its braces are not placeholders
        literal = _literal(str(error.message))
        return [
            _Problem(
                path, made(node, path, *wording(_DEFAULTS.get(keyword, (literal, "see the schema for this field"))))
            )
        ]

    def _key_advice(self, path: Path, key: str, allowed: Sequence[str]) -> KeyAdvice | None:
        schemas = schema_paths(self.kind, self.languages)
        return advise_on_key(self.root, schemas, path, key, allowed, self.term_ids)

    def _advised(self, at: Located, at_path: Path, advice: KeyAdvice) -> DataError:
        line, column = (at.key_line, at.key_column) if at.key_line else (at.line, at.column)
        return DataError(self.file, line, column, field_path(at_path), advice.message, advice.fix)

    def _mapping_expected(self, node: Located, here: SchemaAt | None) -> tuple[str, str]:
        keys = list(here.schema.get("required", ())) if here else []
        if here is not None and here.is_mapping_of_ids and self.term_ids:
            keys = list(self.term_ids)
        listed = _literal(", ".join(f"{key}:" for key in keys))
        if isinstance(node.value, list):
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
