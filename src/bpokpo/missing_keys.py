"""How to add a key that is missing: its shape, with placeholders, never another entry's text.

A schema's examples are real texts of other entries; proposed as a fix, one would be
pasted in as is, and the site would state a wrong fact. So the fix shows the form to
fill in (``{sv: "…", en: "…"}``, a quoted id, a number) and says what goes in it.
"""

from __future__ import annotations

import json

from bpokpo.anchors import SLUG
from bpokpo.key_advice import LANGUAGE_NAMES
from bpokpo.schema_paths import SchemaAt, SchemaPaths


def missing_key_fix(schemas: SchemaPaths, mapping: SchemaAt, key: str, languages: tuple[str, ...]) -> str:
    """``add label: {sv: "…", en: "…"}`` and the like, for ``key`` of the mapping governed by ``mapping``."""
    child = schemas.child(mapping, key)
    if child is None:
        return f"add {key}: to this entry"
    if key in languages and mapping.properties.keys() == set(languages):
        return f'add {key}: "…" with the {LANGUAGE_NAMES.get(key, key)} text'
    return f"add {key}: {_shape(schemas, child, languages)}"


def _shape(schemas: SchemaPaths, here: SchemaAt, languages: tuple[str, ...]) -> str:
    if _is_text(here, languages):
        return _text(languages)
    kind = here.kind
    if kind == "enum":
        return "with one of: " + ", ".join(str(item) for item in here.schema["enum"])
    if kind == "integer":
        return "and a whole number"
    if kind == "string":
        if here.schema.get("pattern") == SLUG.pattern:
            return '"…" with an id: lowercase letters a-z, digits and single hyphens'
        return '"…"'
    if kind == "array":
        items = schemas.child(here, 0)
        if items is not None and _is_text(items, languages):
            return f"and below it one line per entry: - {_text(languages)}"
        if items is not None and items.kind == "enum":
            return '["…"] with any of: ' + ", ".join(str(item) for item in items.schema["enum"])
        if items is not None and items.kind == "string" and items.schema.get("pattern") != SLUG.pattern:
            examples = here.schema.get("examples")  # codes such as languages, not another entry's text
            return json.dumps(examples[0], ensure_ascii=False) if examples else '["…"]'
        if items is not None and items.kind == "object":
            required = ", ".join(f"{name}:" for name in items.schema.get("required", ()))
            return f"and below it one entry per item, each starting with '- ' and holding {required}"
        return "and below it one line per entry, each starting with '- '"
    if kind == "object":
        keys = ", ".join(f"{name}:" for name in here.schema.get("required", ()))
        return f"and below it, indented by 2 spaces, {keys}" if keys else "and below it, indented by 2 spaces, its keys"
    return "and its value"


def _is_text(here: SchemaAt, languages: tuple[str, ...]) -> bool:
    return here.kind == "object" and set(here.properties) == set(languages) and bool(languages)


def _text(languages: tuple[str, ...]) -> str:
    return "{" + ", ".join(f'{language}: "…"' for language in languages) + "}"
