"""The JSON Schema files of the package (``schemas/``), as written."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

COMMON = "common.schema.json"


@cache
def _schema_text(name: str) -> str:
    return resources.files("bpokpo").joinpath("schemas", name).read_text(encoding="utf-8")


def schema_document(name: str) -> dict[str, Any]:
    """One schema file of the package, as written (a fresh copy each time)."""
    loaded: dict[str, Any] = json.loads(_schema_text(name))
    return loaded
