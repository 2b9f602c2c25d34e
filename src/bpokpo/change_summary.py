"""What a change does to the content: terms and dimensions added, removed or changed.

CI compares the data folder of a pull request with the one of its base and writes this as
the job summary, so a reviewer sees the change in content terms, not only as a YAML diff.
Either folder may be broken or missing (the validator reports that): this reads what it can.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any

from bpokpo.located_yaml import load_plain


@dataclass(frozen=True)
class Changes:
    """Ids added, removed and changed (with the fields that changed) of one kind of entry."""

    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[tuple[str, tuple[str, ...]], ...]

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True)
class ContentChanges:
    terms: Changes
    dimensions: Changes
    site: tuple[str, ...]  # top-level keys of site.yml that changed
    dimension_order_changed: bool


def _load(path: str) -> Any:
    """The file through the validator's own reader: a file it refuses counts as unreadable."""
    return load_plain(path) if os.path.lexists(path) else None


def _terms(data_dir: str) -> dict[str, Any]:
    folder = os.path.join(data_dir, "terms")
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {
        os.path.splitext(name)[0]: _load(os.path.join(folder, name))
        for name in names
        if name.endswith((".yml", ".yaml"))
    }


def _dimensions(data_dir: str) -> dict[str, Any]:
    loaded = _load(os.path.join(data_dir, "dimensions.yml"))
    entries = loaded.get("dimensions") if isinstance(loaded, dict) else None
    if not isinstance(entries, list):
        return {}
    return {str(entry["id"]): entry for entry in entries if isinstance(entry, dict) and "id" in entry}


def _site(data_dir: str) -> dict[str, Any]:
    loaded = _load(os.path.join(data_dir, "site.yml"))
    return loaded if isinstance(loaded, dict) else {}


def changed_fields(before: Any, after: Any, prefix: str = "") -> tuple[str, ...]:
    """Dotted paths of what differs, down to the entries of ``values`` (one per term)."""
    if before == after:
        return ()
    if isinstance(before, dict) and isinstance(after, dict) and prefix.count(".") < 2:
        fields: list[str] = []
        for key in [*before, *(key for key in after if key not in before)]:
            fields += changed_fields(before.get(key), after.get(key), f"{prefix}{key}." if prefix else f"{key}.")
        return tuple(fields)
    return (prefix.rstrip("."),) if prefix else ("(whole entry)",)


def _compare(before: dict[str, Any], after: dict[str, Any]) -> Changes:
    return Changes(
        added=tuple(key for key in after if key not in before),
        removed=tuple(key for key in before if key not in after),
        changed=tuple(
            (key, changed_fields(before[key], after[key]))
            for key in after
            if key in before and before[key] != after[key]
        ),
    )


def compare(base_dir: str, head_dir: str) -> ContentChanges:
    base_site, head_site = _site(base_dir), _site(head_dir)
    base_dimensions, head_dimensions = _dimensions(base_dir), _dimensions(head_dir)
    common = [key for key in head_dimensions if key in base_dimensions]
    return ContentChanges(
        terms=_compare(_terms(base_dir), _terms(head_dir)),
        dimensions=_compare(base_dimensions, head_dimensions),
        site=tuple(
            key
            for key in [*base_site, *(key for key in head_site if key not in base_site)]
            if base_site.get(key) != head_site.get(key)
        ),
        dimension_order_changed=common != [key for key in base_dimensions if key in head_dimensions],
    )


def _code(text: str) -> str:
    """An id as inline code; data from a pull request cannot break out of it."""
    return "`" + re.sub(r"[`|\\<>\r\n]", "", text) + "`"


def _list(items: tuple[str, ...]) -> str:
    return ", ".join(_code(item) for item in items) if items else "–"


def _changed(items: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    if not items:
        return "–"
    return "; ".join(f"{_code(key)} ({', '.join(_code(field) for field in fields)})" for key, fields in items)


def summary_markdown(changes: ContentChanges) -> str:
    lines = ["## Content changes", ""]
    if not (changes.terms or changes.dimensions or changes.site or changes.dimension_order_changed):
        return "\n".join([*lines, "No term, dimension or site text changed.", ""])
    lines += ["| | Added | Removed | Changed |", "| --- | --- | --- | --- |"]
    for title, kind in (("Terms", changes.terms), ("Dimensions", changes.dimensions)):
        lines.append(f"| {title} | {_list(kind.added)} | {_list(kind.removed)} | {_changed(kind.changed)} |")
    lines += ["", f"Site text changed: {_list(changes.site)}"]
    if changes.dimension_order_changed:
        lines.append("The order of the dimensions changed.")
    return "\n".join([*lines, ""])
