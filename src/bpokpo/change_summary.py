"""What a change does to the content, for a reviewer: every text old → new, entries added or removed.

``make changes`` and CI's job summary compare the data of a pull request with the data of its
base. The files are compared as YAML, entry by entry (entries with an ``id`` are matched by
id, and an entry whose ``aliases`` hold a vanished id is that entry renamed), so a reordered
list or a renamed dimension shows as what it is, not as everything removed and added again.
Either side may be broken (the validator reports that): this reads whatever YAML it can.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bpokpo.change_anchors import AnchorChanges, anchor_changes
from bpokpo.change_base import Side
from bpokpo.located_yaml import load_plain

FALLBACK_LANGUAGES = ("sv", "en")


class Id(str):
    """An entry's id within a place (shown as code), as opposed to a key or a list position."""


Where = tuple[str, ...]  # the file, then keys, list positions (from 1) and ids (``Id``)


@dataclass(frozen=True)
class TextChange:
    """One text, in every language, before and after (an empty mapping: it did not exist)."""

    where: Where
    before: Mapping[str, str]
    after: Mapping[str, str]


@dataclass(frozen=True)
class FieldChange:
    """Any other value (an order, a list of views, an address), written out as plain text."""

    where: Where
    before: str | None
    after: str | None


@dataclass(frozen=True)
class EntryChanges:
    """Terms or dimensions added, removed or renamed (the old id kept under aliases:)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.renamed)


@dataclass(frozen=True)
class ContentChanges:
    base: str
    head: str
    languages: tuple[str, ...]
    terms: EntryChanges
    dimensions: EntryChanges
    dimension_order: tuple[tuple[str, ...], tuple[str, ...]] | None  # (before, after) when it changed
    texts: tuple[TextChange, ...]
    fields: tuple[FieldChange, ...]
    anchors: AnchorChanges | None  # None when either side's data does not validate
    unreadable: tuple[str, ...] = field(default=())  # files that are not YAML, on either side

    def __bool__(self) -> bool:
        return bool(
            self.terms
            or self.dimensions
            or self.dimension_order
            or self.texts
            or self.fields
            or (self.anchors and self.anchors)
        )


class _ById(dict[str, Any]):
    """A list of entries that have ids, keyed by id in list order, so entries are compared by id."""


class _Reader:
    def __init__(self, side: Side) -> None:
        self.side = side
        self.unreadable: list[str] = []

    def load(self, relative: str) -> Any:
        path = os.path.join(self.side.data_dir, relative)
        if not os.path.lexists(path):
            return None
        # the validator's own reader: a file it refuses (an alias bomb, a link) is not read on
        loaded = load_plain(path)
        if loaded is None:
            self.unreadable.append(f"{self.side.name}: data/{relative}")
        return _normalise(loaded)

    def terms(self) -> _ById:
        folder = os.path.join(self.side.data_dir, "terms")
        names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
        terms = _ById()
        for name in names:
            if name.endswith((".yml", ".yaml")):
                loaded = self.load(os.path.join("terms", name))
                term_id = loaded.get("id") if isinstance(loaded, dict) else None
                terms[term_id if isinstance(term_id, str) else os.path.splitext(name)[0]] = loaded
        return terms


def _normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key): _normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        if value and all(isinstance(item, dict) and isinstance(item.get("id"), str) for item in value):
            by_id = _ById()
            for item in value:
                by_id.setdefault(item["id"], _normalise(item))
            return by_id
        return [_normalise(item) for item in value]
    return value


def compare(base: Side, head: Side) -> ContentChanges:
    before, after = _Reader(base), _Reader(head)
    site_before, site_after = before.load("site.yml"), after.load("site.yml")
    languages = _languages(site_after) or _languages(site_before) or FALLBACK_LANGUAGES
    diff = _Diff(languages)
    diff.compare(site_before, site_after, ("site.yml",))
    dimensions_before = _entries(before.load("dimensions.yml"), "dimensions")
    dimensions_after = _entries(after.load("dimensions.yml"), "dimensions")
    diff.compare(dimensions_before, dimensions_after, ("dimensions.yml",))
    terms_before, terms_after = before.terms(), after.terms()
    diff.compare(terms_before, terms_after, ("terms",))
    diff.compare(before.load("redirects.yml"), after.load("redirects.yml"), ("redirects.yml",))
    return ContentChanges(
        base=base.name,
        head=head.name,
        languages=languages,
        terms=_entry_changes(terms_before, terms_after),
        dimensions=_entry_changes(dimensions_before, dimensions_after),
        dimension_order=_order_change(dimensions_before, dimensions_after),
        texts=tuple(diff.texts),
        fields=tuple(diff.fields),
        anchors=anchor_changes(base.data_dir, head.data_dir),
        unreadable=(*before.unreadable, *after.unreadable),
    )


def _languages(site: Any) -> tuple[str, ...]:
    codes = site.get("languages") if isinstance(site, dict) else None
    if isinstance(codes, list) and codes and all(isinstance(code, str) for code in codes):
        return tuple(codes)
    return ()


def _entries(document: Any, key: str) -> _ById:
    entries = document.get(key) if isinstance(document, dict) else None
    return entries if isinstance(entries, _ById) else _ById()


def _renames(before: _ById, after: _ById) -> dict[str, str]:
    """New id -> old id, for entries that keep a vanished id under aliases:."""
    renamed = {}
    for new_id, entry in after.items():
        aliases = entry.get("aliases") if isinstance(entry, dict) and new_id not in before else None
        for alias in aliases if isinstance(aliases, list) else ():
            if alias in before and alias not in after:
                renamed[new_id] = alias
                break
    return renamed


def _entry_changes(before: _ById, after: _ById) -> EntryChanges:
    renamed = _renames(before, after)
    return EntryChanges(
        added=tuple(key for key in after if key not in before and key not in renamed),
        removed=tuple(key for key in before if key not in after and key not in renamed.values()),
        renamed=tuple((old, new) for new, old in renamed.items()),
    )


def _order_change(before: _ById, after: _ById) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    renamed = _renames(before, after)
    kept_after = [renamed.get(key, key) for key in after if renamed.get(key, key) in before]
    kept_before = [key for key in before if key in kept_after]
    if kept_before == kept_after:
        return None
    return tuple(kept_before), tuple(key for key in after if renamed.get(key, key) in before)


class _Diff:
    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self.texts: list[TextChange] = []
        self.fields: list[FieldChange] = []

    def is_text(self, value: Any) -> bool:
        return (
            isinstance(value, dict)
            and not isinstance(value, _ById)
            and bool(value)
            and all(key in self.languages and isinstance(text, str) for key, text in value.items())
        )

    def compare(self, before: Any, after: Any, where: Where) -> None:
        if before == after:
            return
        if (before is None or self.is_text(before)) and (after is None or self.is_text(after)):
            self.texts.append(TextChange(where, dict(before or {}), dict(after or {})))
        elif isinstance(before, _ById) or isinstance(after, _ById):
            self._by_id(_as_by_id(before), _as_by_id(after), where)
        elif isinstance(before, dict) or isinstance(after, dict):
            old, new = _as_dict(before), _as_dict(after)
            if old is None or new is None:  # a mapping replaced by a value, or the other way round
                self.fields.append(FieldChange(where, _plain(before), _plain(after)))
                return
            for key in [*old, *(key for key in new if key not in old)]:
                self.compare(old.get(key), new.get(key), (*where, key))
        elif _texts_list(before) and _texts_list(after):
            old_list, new_list = before or [], after or []
            for index in range(max(len(old_list), len(new_list))):
                self.compare(
                    old_list[index] if index < len(old_list) else None,
                    new_list[index] if index < len(new_list) else None,
                    (*where, str(index + 1)),
                )
        elif where[-1] != "id":  # a changed id shows as an entry renamed, or removed and added
            self.fields.append(FieldChange(where, _plain(before), _plain(after)))

    def _by_id(self, before: _ById, after: _ById, where: Where) -> None:
        renamed = _renames(before, after)
        for key, entry in after.items():
            old_key = renamed.get(key, key)
            self.compare(before.get(old_key), entry, (*where, Id(key)))
        for key, entry in before.items():
            if key not in after and key not in renamed.values():
                self.compare(entry, None, (*where, Id(key)))


def _as_by_id(value: Any) -> _ById:
    return value if isinstance(value, _ById) else _ById()


def _as_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return {}
    return value if isinstance(value, dict) else None


def _texts_list(value: Any) -> bool:
    """A list of mappings (paragraphs, examples): compared position by position."""
    return value is None or (isinstance(value, list) and all(isinstance(item, dict) for item in value))


def _plain(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(_plain(item)) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_plain(item)}" for key, item in value.items())
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)
