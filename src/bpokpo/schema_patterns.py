"""JSON Schema ``pattern`` as JSON Schema means it: ``$`` is the end of the text.

JSON Schema patterns are ECMA-262 regular expressions, where ``$`` matches only at the very
end (editors check them that way). Python's ``$`` also matches before a final line break,
so ``re.search("^[a-z]+$", "compare\\n")`` succeeds: a redirect from ``"compare/\\n"`` would
pass and write a folder whose name ends in a line break. Here every ``$`` of a schema
pattern becomes ``\\Z``, so a value is matched whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, validators

_UNESCAPED_END = re.compile(r"(?<!\\)\$")


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` with ECMA-262's meaning of ``$``."""
    return re.compile(_UNESCAPED_END.sub(r"\\Z", pattern))


def _pattern(validator: Any, pattern: str, instance: Any, schema: dict[str, Any]) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not compiled(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


SchemaValidator = validators.extend(Draft202012Validator, {"pattern": _pattern})
