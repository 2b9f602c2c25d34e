"""What to tell a contributor about a key that is not allowed where it stands.

Most such keys are not misspelt but mis-indented: a value for a term one level too far
left, ``en:`` that slipped out of its ``full_name:``, ``examples:`` pushed into a name.
YAML reads the indentation as meaning, so the key lands in another mapping. This finds the
mapping nearby where the key would be valid and says how far to move it; failing that, a
close spelling among the allowed keys.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from bpokpo.document_paths import Path, node_at
from bpokpo.located_yaml import Located
from bpokpo.schema_paths import SchemaPaths

LANGUAGE_NAMES = {"sv": "Swedish", "en": "English"}


@dataclass(frozen=True)
class KeyAdvice:
    message: str
    fix: str
    fills: tuple[Path, str] | None = None  # (mapping, key): the missing key this one is meant to be


def advise_on_key(
    root: Located,
    schemas: SchemaPaths,
    path: Path,
    key: str,
    allowed: Sequence[str],
    chosen_ids: Sequence[str],
) -> KeyAdvice | None:
    """Advice for ``key`` found in the mapping at ``path``, where the schema does not allow it."""
    mapping = node_at(root, path)
    if mapping is None or not isinstance(mapping.value, dict) or key not in mapping.value:
        return None
    here = mapping.value[key]
    what = _what(key, chosen_ids)
    placed = _inside_a_neighbour(root, schemas, path, key, chosen_ids) or _further_out(
        root, schemas, path, key, chosen_ids
    )
    if placed is not None:
        target_path, target, where = placed
        return KeyAdvice(
            f"{what} is indented wrongly: it belongs {where}",
            _move_fix(here, target, key),
            (target_path, key),
        )
    close = [name for name in allowed if name.lower() == key.lower()] or difflib.get_close_matches(
        key, list(allowed), n=1, cutoff=0.75
    )
    if close and close[0] not in mapping.value:
        return KeyAdvice(
            f"unknown key '{key}': did you mean '{close[0]}'?", f"rename {key}: to {close[0]}:", (path, close[0])
        )
    return None


def _what(key: str, chosen_ids: Sequence[str]) -> str:
    if key in chosen_ids:
        return f"'{key}' (a term id)"
    if key in LANGUAGE_NAMES:
        return f"'{key}' (the {LANGUAGE_NAMES[key]} text)"
    return f"'{key}'"


def _inside_a_neighbour(
    root: Located, schemas: SchemaPaths, path: Path, key: str, chosen_ids: Sequence[str]
) -> tuple[Path, Located, str] | None:
    """Too far left: a sibling mapping (the one just above first) or the last entry of a list just above."""
    mapping = node_at(root, path)
    assert mapping is not None and isinstance(mapping.value, dict)
    names = list(mapping.value)
    position = names.index(key)
    before = names[:position][::-1]
    for sibling in [*before, *names[position + 1 :]]:
        node = mapping.value[sibling]
        sibling_path = (*path, sibling)
        if isinstance(node.value, dict) or node.value is None:
            if key not in (node.value or {}) and schemas.accepts_key(schemas.at(sibling_path), key, chosen_ids):
                return sibling_path, node, f"under {sibling}: (line {node.key_line or node.line})"
        elif isinstance(node.value, list) and node.value and before and sibling == before[0]:
            last = node.value[-1]
            entry_path = (*sibling_path, len(node.value) - 1)
            if (
                isinstance(last.value, dict)
                and key not in last.value
                and schemas.accepts_key(schemas.at(entry_path), key, chosen_ids)
            ):
                return entry_path, last, f"in the last entry of {sibling}: above (line {last.line})"
    return None


def _further_out(
    root: Located, schemas: SchemaPaths, path: Path, key: str, chosen_ids: Sequence[str]
) -> tuple[Path, Located, str] | None:
    """Too far right: a mapping that encloses this one."""
    outer = list(path)
    while outer:
        outer.pop()
        target_path = tuple(outer)
        target = node_at(root, target_path)
        if target is None or not isinstance(target.value, dict) or key in target.value:
            continue  # a list, or a mapping that has the key already
        if schemas.accepts_key(schemas.at(target_path), key, chosen_ids):
            where = f"beside {next(iter(target.value))}:" if target.value else "one level up"
            return target_path, target, where + (f" (line {_first_key_line(target)})" if target.value else "")
    return None


def _first_key_line(mapping: Located) -> int:
    assert isinstance(mapping.value, dict)
    first = next(iter(mapping.value.values()))
    return first.key_line or first.line


def _move_fix(here: Located, target: Located, key: str) -> str:
    """How to move the key: by how many spaces, in line with which key; or into the braces."""
    children = list(target.value.items()) if isinstance(target.value, dict) else []
    if children and (children[0][1].key_line, children[0][1].key_column) != (target.line, target.column):
        # written inline, {sv: "…", en: "…"}: a block mapping starts where its first key does
        return f"write {key}: inside the braces {{…}} on line {target.line}, after a comma"
    if children:
        name, first = children[0]
        column, beside = first.key_column, f"in line with {name}: on line {first.key_line}"
    else:  # an empty mapping so far: its keys go two spaces right of the key that names it
        column, beside = (target.key_column or target.column) + 2, "below the key that names it"
    shift = column - here.key_column
    if shift == 0:
        return f"move it to the mapping it belongs to, {beside}"
    direction = "more" if shift > 0 else "less"
    spaces = abs(shift)
    return f"indent it by {spaces} space{'s' if spaces != 1 else ''} {direction}, {beside}"
