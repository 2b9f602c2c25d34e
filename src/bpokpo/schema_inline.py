"""A schema with every ``$ref`` written out in place, for a faster validator.

The data files' schemas refer to each other's parts (``common.schema.json#/$defs/text``)
thousands of times in a large file, and looking a reference up costs more than checking the
value it leads to. None of the schemas refers to itself, so each reference can be replaced
by what it points at, once, when the validator is made. ``{"$ref": X, ...}`` becomes
``{"allOf": [X], ...}``: both apply, exactly as JSON Schema 2020-12 has it, and each error
still comes from the part of the schema (with its ``x-errors``) that found it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def inlined(schema: Any, document: Mapping[str, Any], documents: Mapping[str, Mapping[str, Any]]) -> Any:
    """``schema`` (a part of ``document``) with its references replaced; ``documents`` by file name."""
    if isinstance(schema, list):
        return [inlined(item, document, documents) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {key: inlined(value, document, documents) for key, value in schema.items() if key != "$ref"}
    if "$ref" in schema:
        name, _, pointer = str(schema["$ref"]).partition("#")
        target_document = documents[name] if name else document
        target: Any = target_document
        for step in filter(None, pointer.split("/")):
            target = target[step]
        result["allOf"] = [inlined(target, target_document, documents), *result.get("allOf", [])]
    return result
