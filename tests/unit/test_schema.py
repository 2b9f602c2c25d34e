"""The JSON Schemas: valid, documented field by field, referenced by every data file, and in step with the code."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml
from datafactory import REPO
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from bpokpo.model import EVERY_DIMENSION_VIEWS, PAGE_KEYS, TERM_FIELDS, VIEWS

SCHEMAS = REPO / "src" / "bpokpo" / "schemas"
DATA_FILES = {
    "data/site.yml": "site.schema.json",
    "data/dimensions.yml": "dimensions.schema.json",
    "data/redirects.yml": "redirects.schema.json",
    "data/sources.yml": "sources.schema.json",
    "data/glossary.yml": "glossary.schema.json",
    "data/buying.yml": "buying.schema.json",
    **{f"data/terms/{path.name}": "term.schema.json" for path in sorted((REPO / "data" / "terms").glob("*.yml"))},
}


def schema(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return loaded


def registry() -> Registry[Any]:
    """The schema files as an editor resolves them: relative references between files."""
    return Registry().with_resources(
        (path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8"))))
        for path in SCHEMAS.glob("*.json")
    )


@pytest.mark.parametrize("name", sorted(path.name for path in SCHEMAS.glob("*.json")))
def test_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    Draft202012Validator.check_schema(schema(name))


@pytest.mark.parametrize("data_file", DATA_FILES)
def test_data_file_names_its_schema_on_the_first_line(data_file: str) -> None:
    first = (REPO / data_file).read_text(encoding="utf-8").splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, f"{data_file}: first line is {first!r}"
    target = ((REPO / data_file).parent / match.group(1)).resolve()
    assert target == (SCHEMAS / DATA_FILES[data_file]).resolve()


def test_editor_settings_map_the_same_schemas() -> None:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    mapping = settings["yaml.schemas"]
    assert mapping == {
        "src/bpokpo/schemas/site.schema.json": "data/site.yml",
        "src/bpokpo/schemas/dimensions.schema.json": "data/dimensions.yml",
        "src/bpokpo/schemas/term.schema.json": "data/terms/*.yml",
        "src/bpokpo/schemas/redirects.schema.json": "data/redirects.yml",
        "src/bpokpo/schemas/sources.schema.json": "data/sources.yml",
        "src/bpokpo/schemas/glossary.schema.json": "data/glossary.yml",
        "src/bpokpo/schemas/buying.schema.json": "data/buying.yml",
    }
    for path in mapping:
        assert (REPO / path).is_file()


@pytest.mark.parametrize("data_file", DATA_FILES)
def test_real_data_passes_the_schema_files_as_an_editor_reads_them(data_file: str) -> None:
    validator = Draft202012Validator(schema(DATA_FILES[data_file]), registry=registry())
    data = yaml.safe_load((REPO / data_file).read_text(encoding="utf-8"))
    assert [error.message for error in validator.iter_errors(data)] == []


def _resolve(node: dict[str, Any], here: str) -> tuple[dict[str, Any], str]:
    """A property's schema merged with what its $ref points at, as an editor shows it, and its file."""
    if "$ref" not in node:
        return node, here
    file, _, pointer = node["$ref"].partition("#")
    target: Any = schema(file or here)
    for part in pointer.strip("/").split("/"):
        target = target[part]
    resolved, where = _resolve(target, file or here)
    return {**resolved, **{k: v for k, v in node.items() if k != "$ref"}}, where


def _fields(node: dict[str, Any], here: str, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    node, here = _resolve(node, here)
    for key, child in node.get("properties", {}).items():
        yield f"{path}.{key}", _resolve(child, here)[0]
        yield from _fields(child, here, f"{path}.{key}")
    for keyword in ("items", "additionalProperties"):
        if isinstance(node.get(keyword), dict):
            yield from _fields(node[keyword], here, f"{path}[]")


@pytest.mark.parametrize(
    "name",
    [
        "site.schema.json",
        "term.schema.json",
        "dimensions.schema.json",
        "sources.schema.json",
        "glossary.schema.json",
        "buying.schema.json",
    ],
)
def test_every_field_has_a_title_a_description_and_an_example(name: str) -> None:
    missing = [
        f"{path}: {', '.join(k for k in ('title', 'description', 'examples') if k not in field)}"
        for path, field in _fields(schema(name), name, name.split(".")[0])
        if not all(k in field for k in ("title", "description", "examples"))
    ]
    assert not missing, "\n".join(missing)


def test_schema_lists_match_the_model() -> None:
    dimension = schema("dimensions.schema.json")["$defs"]["dimension"]["properties"]
    # the data names only the views a dimension is in besides those that show every dimension
    assert set(dimension["shown_in"]["items"]["enum"]) == set(VIEWS) - EVERY_DIMENSION_VIEWS
    assert tuple(dimension["from_term"]["enum"]) == TERM_FIELDS
    pages = schema("site.schema.json")["properties"]["pages"]
    assert tuple(pages["required"]) == PAGE_KEYS
    assert tuple(pages["properties"]) == PAGE_KEYS


def test_schema_languages_are_the_site_languages() -> None:
    """Editors check the languages written in the schema; the validator uses site.yml's."""
    site = yaml.safe_load((REPO / "data" / "site.yml").read_text(encoding="utf-8"))
    text = schema("common.schema.json")["$defs"]["text"]
    assert text["required"] == site["languages"]
    assert list(text["properties"]) == site["languages"]
