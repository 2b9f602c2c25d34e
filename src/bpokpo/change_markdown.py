"""The content changes as Markdown for a GitHub job summary, with every piece of data escaped.

The data comes from a pull request, so nothing in it may turn into markup in the summary:
each text has every ASCII punctuation character backslash-escaped (CommonMark renders such
a character as itself, so no emphasis, link, autolink, table cell break or HTML can start),
control and direction-changing characters removed, and line breaks made spaces. Ids are
shown as code, without the characters that could end the code span or the table cell (or
look like markup: ids never contain them).
"""

from __future__ import annotations

import string
import unicodedata

from bpokpo.change_anchors import AnchorChanges, Link
from bpokpo.change_summary import ContentChanges, EntryChanges, FieldChange, Id, TextChange, Where

NONE = "–"
_PUNCTUATION = frozenset(string.punctuation)


def text(value: str) -> str:
    """Data as literal text in Markdown."""
    cleaned = "".join(
        " " if character in "\r\n\t" else character
        for character in value
        if character in "\r\n\t" or unicodedata.category(character) not in ("Cc", "Cf")
    )
    return "".join("\\" + c if c in _PUNCTUATION else c for c in cleaned.strip()) or NONE


def code(value: str) -> str:
    """An id as inline code."""
    cleaned = "".join(c for c in value if c not in "`|\\<>&\r\n" and unicodedata.category(c) not in ("Cc", "Cf"))
    return f"`{cleaned}`" if cleaned.strip() else NONE


def place(where: Where) -> str:
    return " › ".join(code(part) if isinstance(part, Id) else text(part) for part in where)


def link(page_link: Link) -> str:
    url, anchor = page_link
    return code(f"/{url}#{anchor}")


def summary_markdown(changes: ContentChanges) -> str:
    lines = ["## Content changes", "", f"Compared with {code(changes.base)}.", ""]
    if not changes:
        lines += ["No term, dimension, text or link anchor changed.", ""]
    lines += _entries(changes)
    lines += _texts(changes.texts, changes.languages)
    lines += _fields(changes.fields)
    lines += _anchors(changes.anchors)
    if changes.unreadable:
        lines += [
            "Not compared, since the file is not valid YAML: " + ", ".join(text(f) for f in changes.unreadable),
            "",
        ]
    return "\n".join(lines)


def _entries(changes: ContentChanges) -> list[str]:
    items = _entry_lines("term", changes.terms) + _entry_lines("dimension", changes.dimensions)
    if changes.dimension_order:
        before, after = changes.dimension_order
        items.append(
            "- The order of the dimensions changed: "
            f"{', '.join(code(i) for i in before)} → {', '.join(code(i) for i in after)}"
        )
    return ["### Terms and dimensions", "", *items, ""] if items else []


def _entry_lines(kind: str, entries: EntryChanges) -> list[str]:
    lines = [f"- Added {kind} {code(entry)}" for entry in entries.added]
    lines += [f"- Removed {kind} {code(entry)}" for entry in entries.removed]
    lines += [
        f"- Renamed {kind} {code(old)} → {code(new)} (the old id is kept as an alias)" for old, new in entries.renamed
    ]
    return lines


def _texts(changes: tuple[TextChange, ...], languages: tuple[str, ...]) -> list[str]:
    if not changes:
        return []
    lines = ["### Texts", "", "| Where | Language | Before | After |", "| --- | --- | --- | --- |"]
    for change in changes:
        shown = [*languages, *(k for k in (*change.before, *change.after) if k not in languages)]
        first = True
        for language in dict.fromkeys(shown):
            old, new = change.before.get(language), change.after.get(language)
            if old is None and new is None:
                continue
            after = "(unchanged)" if old == new else (text(new) if new is not None else NONE)
            before = text(old) if old is not None else NONE
            lines.append(f"| {place(change.where) if first else ''} | {code(language)} | {before} | {after} |")
            first = False
    return [*lines, ""]


def _fields(changes: tuple[FieldChange, ...]) -> list[str]:
    if not changes:
        return []
    lines = ["### Other fields", "", "| Where | Before | After |", "| --- | --- | --- |"]
    for change in changes:
        before = text(change.before) if change.before is not None else NONE
        after = text(change.after) if change.after is not None else NONE
        lines.append(f"| {place(change.where)} | {before} | {after} |")
    return [*lines, ""]


def _anchors(changes: AnchorChanges | None) -> list[str]:
    if changes is None:
        return ["### Link anchors", "", "Not compared: the data on one side does not validate (`make validate`).", ""]
    if not changes:
        return []
    lines = ["### Link anchors", ""]
    if changes.added:
        lines.append("- Added: " + ", ".join(link(item) for item in changes.added))
    for old, new in changes.aliased:
        lines.append(f"- Kept as an alias: {link(old)} now lands on {link(new)}")
    if changes.lost:
        lines.append("- **Lost** (published links that no longer land anywhere): " + ", ".join(map(link, changes.lost)))
    for old_url, new_url in changes.moved_pages:
        lines.append(f"- Moved page: {code('/' + old_url)} → {code('/' + new_url)}")
    return [*lines, ""]
