"""Each term names the sources of its own facts, so a new term is never credited to another's source.

A term's source either refers by id alone to a source listed in data/site.yml (the article
BPO and KPO come from), or is the term's own, with a title and an address. A source is
written out once: in data/site.yml when several files cite it, else in its term's file.
"""

from __future__ import annotations

from collections.abc import Iterator

from bpokpo.data_file import DataFile
from bpokpo.errors import DataError


def check_term_sources(term_files: list[DataFile], site: DataFile | None) -> Iterator[DataError]:
    site_ids = _site_source_ids(site)
    defined: dict[str, str] = {}  # id -> the term file that writes it out
    for file in term_files:
        entries = file.value("sources")
        if not file.sound("sources") or not isinstance(entries, list):
            continue
        listed: set[str] = set()
        for index, entry in enumerate(entries):
            source_id = entry["id"]
            node = file.node("sources", index, "id")
            field = f"sources[{index}]"
            if source_id in listed:
                yield file.error(node, field, f"the source '{source_id}' is listed twice", "keep it once")
            listed.add(source_id)
            if "title" not in entry:
                yield from _reference_problems(file, index, site_ids)
            elif site_ids and source_id in site_ids:
                yield file.error(
                    node,
                    field,
                    f"the source '{source_id}' is already listed in data/site.yml",
                    f'refer to it by its id alone (- {{id: "{source_id}"}}), or give this source another id',
                )
            elif source_id in defined and defined[source_id] != file.file:
                yield file.error(
                    node,
                    field,
                    f"the source '{source_id}' is also written out in {defined[source_id]}",
                    "list it once under sources: in data/site.yml and refer to it by its id alone in both term files",
                )
            else:
                defined.setdefault(source_id, file.file)


def _reference_problems(file: DataFile, index: int, site_ids: list[str] | None) -> Iterator[DataError]:
    """An entry without a title refers to a source of data/site.yml."""
    entry = file.value("sources", index)
    source_id = entry["id"]
    node, field = file.node("sources", index, "id"), f"sources[{index}]"
    if "url" in entry:
        yield file.error(
            node,
            field,
            f"the source '{source_id}' has an address but no title",
            'add title: {sv: "…", en: "…"} saying what the source is',
        )
    elif site_ids is not None and source_id not in site_ids:
        yield file.error(
            node,
            field,
            f"there is no source '{source_id}' in data/site.yml",
            'give the source a title: {sv: "…", en: "…"} and its url: here, '
            f"or refer to a source of data/site.yml by its id ({', '.join(site_ids) or 'none yet'})",
        )


def _site_source_ids(site: DataFile | None) -> list[str] | None:
    """The ids of data/site.yml's sources; None when that list cannot be read (reported there)."""
    entries = site.value("sources") if site else None
    if site is None or not isinstance(entries, list):
        return None
    return [str(site.value("sources", i, "id")) for i in range(len(entries)) if site.sound("sources", i, "id")]
