"""How much the data may hold: the sizes the pages, the infographic and the build are made for.

A data file is read only after its size, its nesting and the number of its values are known
to be within these bounds, so no file, however it is made, can make validation or the build
slow. The limits on texts and dimensions are written in the JSON Schemas, where editors show
them; they are read from there, so the schema and the reader cannot disagree.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from bpokpo.schema_files import COMMON, schema_document

# The largest data file: about sixteen times today's largest (buying.yml, 16 KB), room for
# every dimension a page is built for (see max_dimensions) in every language.
MAX_FILE_BYTES = 256 * 1024
# Mappings and lists inside each other. The deepest data is eight levels (buying.yml: sections,
# a section, its topics, a topic, its facts, a fact, its text, below the file's own mapping).
MAX_DEPTH = 12
# Keys, texts, numbers, lists and mappings in one file: every value YAML reads counts once.
# The most dimensions the pages are built for, each with a value and a guide answer for each
# of the most terms the site compares, a contrast and three former ids, are about 11,800;
# today's largest file has 614. Validation time grows with this number, not with the bytes.
MAX_VALUES = 15_000


@cache
def max_text_length() -> int:
    """The most characters any single value may have: the schema's limit for a text."""
    plain: dict[str, Any] = schema_document(COMMON)["$defs"]["plain"]
    return int(plain["maxLength"])


@cache
def max_dimensions() -> int:
    """How many dimensions the comparison pages are built for (dimensions.schema.json)."""
    dimensions: dict[str, Any] = schema_document("dimensions.schema.json")["properties"]["dimensions"]
    return int(dimensions["maxItems"])
