"""A stress data set for the layout tests: five terms and the longest texts the data allows.

Made from the project's own data, so it has every page and field the real site has: terms
are added until there are five, and every text of data/dimensions.yml and data/terms/ is
replaced by one exactly as long as its field allows, made of long words (Swedish compounds
such as "kunskapsprocessoutsourcingleverantörsavtal", long English words). How long a field
may be is read from the JSON Schemas when the test runs (``maxLength`` anywhere on the way
from the file's schema to the field), so the set follows the schema; then the validator's
infographic limits apply. A field the schema does not bound gets the length in
``UNBOUNDED_LENGTHS``. The result must pass validation like any contributor's data.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bpokpo.cross_checks import INFOGRAPHIC_LABEL_LIMIT, INFOGRAPHIC_VALUE_LIMIT
from bpokpo.loader import load_content

SCHEMAS = Path(__file__).resolve().parents[1] / "src" / "bpokpo" / "schemas"
TERM_COUNT = 5
PLAIN_TEXT = "common.schema.json#/$defs/plain"  # the schema type of every text a reader sees
# Characters for a field the schema sets no maximum for, by the field's name.
UNBOUNDED_LENGTHS = {
    "abbreviation": 8,
    "label": 60,
    "name": 60,
    "full_name": 80,
    "values": 80,
    "definition": 300,
    "description": 200,
}
UNBOUNDED_DEFAULT = 200
WORDS = {
    "sv": [
        "kunskapsprocessoutsourcingleverantörsavtal",
        "informationssäkerhetsgranskningen",
        "och",
        "leverantörsavtalsförhandlingarna",
        "för",
        "kvalitetssäkringsprocesserna",
        "i",
        "verksamhetsutvecklingsavdelningen",
    ],
    "en": [
        "internationalisation",
        "of",
        "knowledge-process-outsourcing",
        "telecommunications",
        "and",
        "responsibilities",
        "for",
        "counterintelligence",
    ],
}


@dataclass
class Filler:
    """Texts of an exact length from the long words, each starting at the next word."""

    start: Iterator[int] = field(default_factory=itertools.count)

    def text(self, language: str, length: int) -> str:
        words = WORDS.get(language, WORDS["en"])
        offset = next(self.start)
        text = ""
        for index in itertools.count(offset):
            text = f"{text} {words[index % len(words)]}".strip()
            if len(text) >= length:
                break
        text = text[:length]
        # No trailing space or hyphen: the text rules refuse the one, and the other reads badly.
        return text[:-1] + "x" if text[-1] in " -" else text


@cache
def _schema_file(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    return schema


def _pointer(file: str, pointer: str) -> dict[str, Any]:
    node: Any = _schema_file(file)
    for part in pointer.strip("/").split("/") if pointer.strip("/") else []:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    assert isinstance(node, dict)
    return node


@dataclass(frozen=True)
class SchemaNode:
    file: str
    node: dict[str, Any]
    ref: str = ""  # the reference that led here, as "file#pointer"


def _applicable(nodes: list[SchemaNode]) -> list[SchemaNode]:
    """The nodes and everything they reference or combine with allOf, recursively."""
    found: list[SchemaNode] = []
    pending = list(nodes)
    while pending:
        current = pending.pop()
        found.append(current)
        reference = current.node.get("$ref")
        if isinstance(reference, str):
            file, _, pointer = reference.partition("#")
            file = file or current.file
            pending.append(SchemaNode(file, _pointer(file, pointer), f"{file}#{pointer}"))
        for part in current.node.get("allOf", []):
            pending.append(SchemaNode(current.file, part))
    return found


def _children(nodes: list[SchemaNode], key: str | int) -> list[SchemaNode]:
    children = []
    for current in nodes:
        node = current.node
        if isinstance(key, int):
            if isinstance(node.get("items"), dict):
                children.append(SchemaNode(current.file, node["items"]))
        elif key in node.get("properties", {}):
            children.append(SchemaNode(current.file, node["properties"][key]))
        else:
            children += [
                SchemaNode(current.file, sub)
                for pattern, sub in node.get("patternProperties", {}).items()
                if re.search(pattern, key)
            ]
            if isinstance(node.get("additionalProperties"), dict):
                children.append(SchemaNode(current.file, node["additionalProperties"]))
    return children


def max_length(nodes: list[SchemaNode], field_name: str) -> int:
    """The longest text the schema nodes allow, or the length chosen here when they set none."""
    limits = [node.node["maxLength"] for node in nodes if isinstance(node.node.get("maxLength"), int)]
    if limits:
        return min(limits)
    return UNBOUNDED_LENGTHS.get(field_name, UNBOUNDED_DEFAULT)


@dataclass
class Stretcher:
    """Replaces every plain text with one as long as its field allows."""

    term_ids: frozenset[str]
    filler: Filler = field(default_factory=Filler)
    abbreviations: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def stretch(
        self, value: Any, schema: list[SchemaNode], caps: dict[str, int], path: tuple[str | int, ...] = ()
    ) -> Any:
        """``value`` with its texts stretched; ``caps`` lowers the limit of some fields (by name)."""
        nodes = _applicable(schema)
        if isinstance(value, dict):
            return {key: self.stretch(child, _children(nodes, key), caps, (*path, key)) for key, child in value.items()}
        if isinstance(value, list):
            return [
                self.stretch(child, _children(nodes, index), caps, (*path, index)) for index, child in enumerate(value)
            ]
        if isinstance(value, str) and any(node.ref == PLAIN_TEXT for node in nodes):
            # The field's name: the last key that is neither a language nor a term id.
            names = [part for part in path if isinstance(part, str) and part not in WORDS and part not in self.term_ids]
            name = names[-1] if names else ""
            limit = min(max_length(nodes, name), caps.get(name, max_length(nodes, name)))
            if name == "abbreviation":  # unique, as a column header must be
                number = str(next(self.abbreviations))
                return ("STRESSED" * limit)[: limit - len(number)] + number
            language = str(path[-1]) if path and path[-1] in WORDS else "en"
            return self.filler.text(language, limit)
        return value


def _root(schema_file: str) -> list[SchemaNode]:
    return [SchemaNode(schema_file, _schema_file(schema_file))]


class _Dumper(yaml.SafeDumper):
    """Writes every value in full: no anchors or aliases, which contributors never use either."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _schema_of(path: Path) -> str:
    """The schema file a data file names on its first line (yaml-language-server's comment)."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.search(r"\$schema=\S*?([\w.-]+\.schema\.json)", first)
    assert match, f"{path}: the first line names no schema"
    return match.group(1)


def _write(data: Path, path: Path, schema_file: str, content: Any) -> None:
    up = "../" * len(path.relative_to(data).parts)
    header = f"# yaml-language-server: $schema={up}src/bpokpo/schemas/{schema_file}\n"
    path.write_text(
        header + yaml.dump(content, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000), "utf-8"
    )


def write_stress_data(data: Path) -> None:
    """Turn the data folder ``data`` (a copy of the project's) into the stress data set."""
    term_files = sorted((data / "terms").glob("*.yml"))
    term_schema = _schema_of(term_files[0])
    terms = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in term_files]
    for number in range(len(terms) + 1, TERM_COUNT + 1):
        terms.append(_added_term(terms[: len(term_files)], number))
    dimensions_path = data / "dimensions.yml"
    dimensions_schema = _schema_of(dimensions_path)
    dimensions = yaml.safe_load(dimensions_path.read_text(encoding="utf-8"))
    for entry in dimensions["dimensions"]:
        for term in terms:
            if "values" in entry:
                entry["values"].setdefault(term["id"], copy.deepcopy(next(iter(entry["values"].values()))))
    stretcher = Stretcher(frozenset(term["id"] for term in terms))
    schema = _children(_children(_applicable(_root(dimensions_schema)), "dimensions"), 0)
    infographic_caps = {"label": INFOGRAPHIC_LABEL_LIMIT, "values": INFOGRAPHIC_VALUE_LIMIT}
    stretched = [
        stretcher.stretch(entry, schema, infographic_caps if "infographic" in entry.get("shown_in", ()) else {})
        for entry in dimensions["dimensions"]
    ]
    _write(data, dimensions_path, dimensions_schema, {**dimensions, "dimensions": stretched})
    # A full name the infographic shows keeps to the infographic's limit for values.
    shows_full_name = any(
        entry.get("from_term") == "full_name" and "infographic" in entry.get("shown_in", ()) for entry in stretched
    )
    term_caps = {"full_name": INFOGRAPHIC_VALUE_LIMIT} if shows_full_name else {}
    for path in term_files:
        path.unlink()
    for term in terms:
        _write(
            data,
            data / "terms" / f"{term['id']}.yml",
            term_schema,
            stretcher.stretch(term, _root(term_schema), term_caps),
        )
    load_content(str(data))  # the stress set is valid data, or this names what the data rules now refuse


def _added_term(terms: list[dict[str, Any]], number: int) -> dict[str, Any]:
    """A copy of the last of ``terms`` with ids of its own, placed after all of them."""
    term = copy.deepcopy(terms[-1])
    term_id = f"stress-{number}"
    term.update(id=term_id, order=max(t["order"] for t in terms) + number)
    term.pop("aliases", None)
    for group in ("activities", "types"):
        for item in term.get(group, []):
            item["id"] = f"{term_id}-{item['id']}"
            item.pop("aliases", None)
    return term
