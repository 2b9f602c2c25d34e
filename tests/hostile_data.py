"""Data that passes validation and puts a numbered attack in every text field at once.

The fields come from the JSON Schemas (``src/bpokpo/schemas/``): every value whose schema
is a text (``common.schema.json#/$defs/text`` or ``plain``) gets a payload of its own, so a
field added to a schema later is attacked without a change here. Payload ``n`` carries its
number in every piece (``zq<n>``, ``alert(<n>)``), and ``HostileData.fields[n]`` says which
file, field and language it was written to, so a finding names its field.

What the pieces do if an output does not escape them:

- ``"'zq<n>``: leaves a double- or single-quoted attribute as a new attribute ``zq<n>``;
- ``" autofocus onfocus="alert(n)" zq<n>a="``: a script that runs on load, with no
  interaction, out of a double-quoted attribute; the same with single quotes;
- ``&lt;img src=y onerror=alert(n)&gt;`` and ``&lt;zq<n>&gt;``: a tag, once an output
  decodes ``&`` and something later reads the text as HTML (Material's search does);
- ``&#106;avascript&colon;alert(n)``: a script link, once decoded into an address.

Validation refuses ``<``, ``>``, backticks, brackets, braces and ``javascript:`` in data, so
these are the attacks that can reach an output through it. ``RAW_PIECES`` are the ones it
refuses; ``raw_pieces=True`` adds them for a build that bypasses the text rules, which proves
the outputs escape even what validation would have stopped.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datafactory import dump

from bpokpo.cross_checks import INFOGRAPHIC_LABEL_LIMIT, INFOGRAPHIC_VALUE_LIMIT
from bpokpo.model import TERM_FIELDS
from bpokpo.ui_strings import UI_KEYS

SCHEMAS = Path(__file__).resolve().parents[1] / "src" / "bpokpo" / "schemas"
LANGUAGES = ("sv", "en")
TERM_IDS = ("aaa", "bbb")
MARKER = "zq"  # every live element or attribute made from a payload has this in its name
# The data file each schema describes; a new schema needs its file here (the test says so).
SCHEMA_FILES = {
    "site.schema.json": ["site.yml"],
    "dimensions.schema.json": ["dimensions.yml"],
    "term.schema.json": [f"terms/{term_id}.yml" for term_id in TERM_IDS],
    "redirects.schema.json": ["redirects.yml"],
    "sources.schema.json": ["sources.yml"],
    "glossary.schema.json": ["glossary.yml"],
    "buying.schema.json": ["buying.yml"],
}
SOURCE_IDS = ("zq-source-1", "zq-source-2")  # every source must be cited
GLOSSARY_ID = "zq-glossary-1"
# Written after one text's payload, so that the words they stand for (site.yml words:) are shown too:
# two terms, one dimension in the infographic.
PLACEHOLDERS = " {terms} {terms_or} {term_count} {infographic_count}"


def pieces(number: int, *, raw: bool) -> list[str]:
    """The attacks of payload ``number``, most important first (a short field takes the first ones)."""
    tag = f"{MARKER}{number}"
    found = [
        f"\"'{tag}",  # out of a double- or a single-quoted attribute, as the attribute zq<n>
        f"&lt;{tag}&gt;",  # the element zq<n>, once decoded and read as HTML again
        f'" autofocus onfocus="alert({number})" {tag}a="',
        f"' autofocus onfocus='alert({number})' {tag}b='",
        f"&lt;img src=y onerror=alert({number})&gt;",
        f"&#106;avascript&colon;alert({number})",
        f"&amp;{tag}",
    ]
    if raw:
        found += [
            f"<{tag}c>",
            f"<img src=x onerror=alert({number})>",
            f"<script>alert({number})</script>",
            f"[{tag}d](javascript:alert({number}))",
            f"{{{{ {number} * 1000 }}}}",
            f"{{: onclick=alert({number}) }}",
        ]
    return found


def payload(number: int, limit: int | None = None, *, raw: bool = False, pattern: str | None = None) -> str:
    """Payload ``number``: as many of its pieces as fit in ``limit`` characters, one space apart.

    A field whose schema has a ``pattern`` gets the pieces the pattern lets through (the schema
    refuses the others in any build), or just its marker when none does.
    """
    allowed = [piece for piece in pieces(number, raw=raw) if pattern is None or re.search(pattern, piece)]
    text = ""
    for piece in allowed:
        longer = f"{text} {piece}" if text else piece
        if limit is None or len(longer) <= limit:
            text = longer
    return text or f"{MARKER}{number}"


@dataclass
class HostileData:
    """The data files (path below data/ -> content) and, for each payload number, where it went."""

    raw: bool = False
    files: dict[str, Any] = field(default_factory=dict)
    fields: dict[int, str] = field(default_factory=dict)  # number -> "file: field.path (language)"
    payloads: dict[int, str] = field(default_factory=dict)  # number -> the text written there
    citations: int = 0  # lists of source ids made so far

    def text(self, where: str, limit: int | None = None) -> dict[str, str]:
        return {language: self.plain(f"{where} ({language})", limit) for language in LANGUAGES}

    def plain(self, where: str, limit: int | None = None, pattern: str | None = None) -> str:
        number = len(self.fields) + 1
        self.fields[number] = where
        self.payloads[number] = payload(number, limit, raw=self.raw, pattern=pattern)
        return self.payloads[number]

    def write(self, data_dir: Path) -> None:
        for relative, content in self.files.items():
            path = data_dir / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(dump(content), "utf-8")


class _Schemas:
    """Resolves the schemas' references the way an editor does."""

    def __init__(self) -> None:
        self.documents = {path.name: json.loads(path.read_text("utf-8")) for path in SCHEMAS.glob("*.json")}

    def resolve(self, schema: dict[str, Any], document: str) -> tuple[dict[str, Any], str, str]:
        """The schema a ``$ref`` points at (siblings of the ``$ref`` kept), its document and the ref."""
        ref = schema.get("$ref", "")
        if not ref:
            return schema, document, ""
        target_document, _, pointer = ref.partition("#")
        target_document = target_document or document
        target: dict[str, Any] = self.documents[target_document]
        for step in pointer.strip("/").split("/"):
            target = target[step]
        merged = {**copy.deepcopy(target), **{k: v for k, v in schema.items() if k != "$ref"}}
        resolved, resolved_document, inner_ref = self.resolve(merged, target_document)
        return resolved, resolved_document, inner_ref or ref


def hostile_data(*, raw: bool = False) -> HostileData:
    """Every data file, every text field a payload, every cross-file rule kept."""
    data = HostileData(raw=raw)
    schemas = _Schemas()
    ids = _Ids()
    for schema_name, files in SCHEMA_FILES.items():
        for relative in files:
            data.files[relative] = _Builder(data, schemas, ids, relative).build(schemas.documents[schema_name])
    return data


class _Ids:
    def __init__(self) -> None:
        self.count = 0

    def new(self) -> str:
        self.count += 1
        return f"{MARKER}-id-{self.count}"


class _Builder:
    """One data file from its schema: a payload in each text, a fresh id in each id."""

    def __init__(self, data: HostileData, schemas: _Schemas, ids: _Ids, file: str) -> None:
        self.data, self.schemas, self.ids, self.file = data, schemas, ids, file

    def build(self, schema: dict[str, Any]) -> Any:
        document = next(name for name, files in SCHEMA_FILES.items() if self.file in files)
        return self.value(schema, document, ())

    def value(self, schema: dict[str, Any], document: str, path: tuple[str | int, ...]) -> Any:
        special = self.special(path)
        if special is not None:
            return special
        schema, document, ref = self.schemas.resolve(schema, document)
        where = f"{self.file}: " + ".".join(str(step) for step in path)
        if ref.endswith("/text"):
            return self.data.text(where, self.limit(path))
        if ref.endswith("/plain") or (schema.get("type") == "string" and "pattern" not in schema and not ref):
            limit = min(filter(None, (self.limit(path), schema.get("maxLength"))), default=None)
            return self.data.plain(where, limit, schema.get("pattern"))
        if ref.endswith("/source_ids"):
            if self.file.startswith("terms/"):  # a term's own sources, listed at the foot of its page
                return list(SOURCE_IDS)
            # one source the first time (a citation reads "Source: …"), then both
            self.data.citations += 1
            return list(SOURCE_IDS[: 1 if self.data.citations == 1 else 2])
        if ref.endswith("/id"):
            return self.ids.new()
        if "enum" in schema:
            return schema["enum"][0]
        if "oneOf" in schema and "type" not in schema:  # one of several shapes: the first
            return self.value({**schema["oneOf"][0]}, document, path)
        kind = schema.get("type")
        if kind == "object":
            properties = schema.get("properties", {})
            return {key: self.value(sub, document, (*path, key)) for key, sub in properties.items()}
        if kind == "array":
            return [self.value(schema["items"], document, (*path, index)) for index in range(2)]
        if kind == "integer":
            return max(1, int(schema.get("minimum", 1)))
        raise AssertionError(f"{where}: no rule for making a {kind} ({schema}); add one to tests/hostile_data.py")

    def limit(self, path: tuple[str | int, ...]) -> int | None:
        """The infographic's length limits, on the one dimension it shows."""
        if self.file == "dimensions.yml" and path[:2] == ("dimensions", 0):
            return INFOGRAPHIC_LABEL_LIMIT if path[2:3] == ("label",) else INFOGRAPHIC_VALUE_LIMIT
        return None

    def special(self, path: tuple[str | int, ...]) -> Any:
        """Values a rule between files fixes: languages, term ids, the dimension list, addresses."""
        if self.file == "site.yml":
            if path == ("languages",):
                return list(LANGUAGES)
            if path == ("ui",):
                return {key: self.data.text(f"site.yml: ui.{key}") for key in UI_KEYS}
            if path == ("words", "numbers"):
                # The words for 0, 1 and 2. Nothing here counts zero, so the word for it is never shown
                # and carries no payload; the others are shown through PLACEHOLDERS.
                return [
                    dict.fromkeys(LANGUAGES, "zq-zero"),
                    *(self.data.text(f"site.yml: words.numbers.{n}") for n in (1, 2)),
                ]
            if path == ("intro", "paragraphs", 0):
                return {
                    language: text + PLACEHOLDERS
                    for language, text in self.data.text("site.yml: intro.paragraphs.0").items()
                }
            if path == ("conclusion", "dimensions"):
                return ["zq-dimension-1", "zq-dimension-4"]
            if len(path) == 3 and path[0] == "sources" and path[2] == "url":
                return f"https://example.org/source-{path[1]}"
        if self.file.startswith("terms/"):
            term_id = self.file.removeprefix("terms/").removesuffix(".yml")
            if path == ("id",):
                return term_id
            if path == ("order",):
                return TERM_IDS.index(term_id) + 1
        if self.file == "dimensions.yml" and path == ("dimensions",):
            return list(self.dimensions())
        if self.file == "redirects.yml" and path == ("redirects",):
            return [{"from": "zq-old-page/", "to": "comparison/"}]
        if self.file == "sources.yml" and len(path) == 3:
            fixed = {"id": SOURCE_IDS[int(path[1])], "url": "https://example.org/public"}
            fixed |= {"language": "en", "read": "2026-11-30"}
            return fixed.get(str(path[2]))
        if self.file == "dimensions.yml" and path[2:4] == ("question", "answers") and path[-1] == "term":
            return TERM_IDS[int(path[4]) % len(TERM_IDS)]  # each answer points to a term of its own
        if self.file == "glossary.yml" and path == ("entries",):
            return self.glossary()
        if self.file == "buying.yml":
            if path == ("from_article",):
                return ["zq-dimension-1"]
            if path and path[-1] == "glossary":
                return GLOSSARY_ID
        return None

    def glossary(self) -> list[dict[str, Any]]:
        """An entry taken from a term, one from a type, and one with its own texts (every field)."""
        entry = self.schemas.documents["glossary.schema.json"]["$defs"]["entry"]
        own: dict[str, Any] = {"id": GLOSSARY_ID}
        for key, schema in entry["properties"].items():
            if key not in ("term", "type", "id"):
                path = ("entries", 2, key)
                if key == "forms":  # a word to link where a page first uses it: one inside the home page's lead
                    lead = self.data.files["site.yml"]["description"]
                    own[key] = {lang: [re.search(rf"{MARKER}\d+", lead[lang]).group()] for lang in LANGUAGES}  # type: ignore[union-attr]
                else:
                    own[key] = self.value(schema, "glossary.schema.json", path)
        first_type = self.data.files["terms/aaa.yml"]["types"][0]["id"]
        return [{"term": TERM_IDS[0]}, {"type": first_type}, own]

    def dimensions(self) -> Iterator[dict[str, Any]]:
        """The first dimension also in the infographic (with short texts), then one with values of
        its own, then one per term field (from_term)."""
        schema = self.schemas.documents["dimensions.schema.json"]["$defs"]["dimension"]
        also_shown = schema["properties"]["shown_in"]["items"]["enum"]  # besides the table and the list
        kinds: list[tuple[list[str], str | None]] = [(list(also_shown), None), ([], None)]
        kinds += [([], term_field) for term_field in TERM_FIELDS]
        for index, (views, from_term) in enumerate(kinds):
            path: tuple[str | int, ...] = ("dimensions", index)
            entry: dict[str, Any] = {"id": f"zq-dimension-{index + 1}", **({"shown_in": views} if views else {})}
            entry["label"] = self.value(schema["properties"]["label"], "dimensions.schema.json", (*path, "label"))
            if from_term:
                entry["from_term"] = from_term
            else:
                entry["values"] = {
                    term_id: self.data.text(f"dimensions.yml: dimensions.{index}.values.{term_id}", self.limit(path))
                    for term_id in TERM_IDS
                }
            entry["aliases"] = [self.ids.new()]
            for key, sub in schema["properties"].items():  # any other field, such as the guide's question
                if key not in (*entry, "values", "from_term", "shown_in"):
                    entry[key] = self.value(sub, "dimensions.schema.json", (*path, key))
            yield entry
