"""Which part of a data file's schema governs a given place in the file.

The validator's messages need more than the error at hand: where else a misplaced key
would be valid, and what shape a missing field takes. This follows a path through the
schema files (``$ref`` included), the way the validator does, and answers those questions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Schema = dict[str, Any]


@dataclass(frozen=True)
class SchemaAt:
    """The subschema at one place, with the document its ``#`` references point into."""

    schema: Schema
    document: str  # schema file name, e.g. "common.schema.json"

    @property
    def properties(self) -> Schema:
        properties = self.schema.get("properties")
        return properties if isinstance(properties, dict) else {}

    @property
    def is_mapping_of_ids(self) -> bool:
        """A mapping whose keys are ids chosen in the data (such as a dimension's values per term)."""
        return isinstance(self.schema.get("additionalProperties"), dict) and not self.properties

    @property
    def kind(self) -> str:
        """ "object", "array", "string", "integer", or "enum" for a choice among fixed values."""
        if "enum" in self.schema:
            return "enum"
        return str(self.schema.get("type", ""))


class SchemaPaths:
    """Follows document paths through one top-level schema and the schemas it refers to."""

    def __init__(self, documents: dict[str, Schema], top: str) -> None:
        self._documents = documents
        self._top = top

    def resolve(self, schema: Schema, document: str) -> SchemaAt:
        """Follow ``$ref`` (possibly several) and keep the referring schema's own keywords on top."""
        seen = 0
        while isinstance(schema.get("$ref"), str) and seen < 20:
            seen += 1
            reference = schema["$ref"]
            file, _, pointer = reference.partition("#")
            document = file or document
            target: Any = self._documents[document]
            for part in (step for step in pointer.split("/") if step):
                target = target[part]
            own = {key: value for key, value in schema.items() if key != "$ref"}
            schema = {**target, **own}
        return SchemaAt(schema, document)

    def at(self, path: Sequence[str | int]) -> SchemaAt | None:
        """The subschema governing the value at ``path``, or None where the schema has nothing to say."""
        here = self.resolve(self._documents[self._top], self._top)
        for step in path:
            child = self.child(here, step)
            if child is None:
                return None
            here = child
        return here

    def child(self, here: SchemaAt, step: str | int) -> SchemaAt | None:
        schema = here.schema
        if isinstance(step, int):
            items = schema.get("items")
            return self.resolve(items, here.document) if isinstance(items, dict) else None
        if step in here.properties:
            return self.resolve(here.properties[step], here.document)
        for pattern, child in (schema.get("patternProperties") or {}).items():
            if re.search(pattern, step):
                return self.resolve(child, here.document)
        extra = schema.get("additionalProperties")
        return self.resolve(extra, here.document) if isinstance(extra, dict) else None

    def accepts_key(self, here: SchemaAt | None, key: str, chosen_ids: Sequence[str]) -> bool:
        """True when a mapping governed by ``here`` may hold ``key``.

        Keys of a mapping of ids (such as ``values``) count only when they are one of
        ``chosen_ids`` (the term ids), so a stray word is not taken for one.
        """
        if here is None or here.kind not in ("object", ""):
            return False
        if key in here.properties:
            return True
        return here.is_mapping_of_ids and key in chosen_ids
