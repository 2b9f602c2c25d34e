"""Rules between the decision guide's questions, the glossary, the buyer information and their sources.

A schema sees one file; these rules need several: an answer points to a term that exists,
a glossary entry names a term or type that exists, every fact and every term cites sources that exist,
every public source is cited, and the glossary page's anchors are unique. Like
``cross_checks``, they read only the parts of each file that passed the schema.
"""

from __future__ import annotations

from collections.abc import Iterator

from bpokpo.anchors import GLOSSARY_SECTION_IDS
from bpokpo.data_file import DataFile
from bpokpo.document_paths import Path, field_path
from bpokpo.errors import DataError

# The guide's radio values and result states besides the term ids: a term may not take them.
GUIDE_RESERVED = ("none", "tie")


def _entries(file: DataFile, key: str) -> range:
    entries = file.value(key)
    return range(len(entries) if isinstance(entries, list) else 0)


def check_questions(dimensions: DataFile, terms: list[str], term_files: list[DataFile]) -> Iterator[DataError]:
    """Each answer points to a term that exists; a term at most once, and at most one answer to none."""
    asked = False
    for index in _entries(dimensions, "dimensions"):
        path: Path = ("dimensions", index, "question", "answers")
        if not dimensions.sound(*path):
            continue
        asked = True
        seen: set[str | None] = set()
        answers = dimensions.value(*path)
        unanswered = [term for term in terms if term not in {answer.get("term") for answer in answers}]
        for number, answer in enumerate(answers):
            where = dimensions.node(*path, number)
            field = field_path((*path, number))
            term_id = answer.get("term")
            if term_id is not None and term_id not in terms:
                yield dimensions.error(
                    dimensions.node(*path, number, "term"),
                    f"{field}.term",
                    f"there is no term '{term_id}'",
                    _renamed_term_fix(unanswered, "answer points to")
                    + f"use the id of a term file in data/terms/: {', '.join(terms)}; "
                    "leave term: out for an answer that points to none",
                )
            elif term_id in seen:
                what = f"the term '{term_id}'" if term_id else "none (no term:)"
                yield dimensions.error(
                    where,
                    field,
                    f"another answer to this question already points to {what}",
                    "give each term one answer per question, and at most one answer without term:",
                )
            seen.add(term_id)
    if not asked:
        return
    for file in term_files:
        if file.sound("id") and file.value("id") in GUIDE_RESERVED:
            yield file.error(
                file.node("id"),
                "id",
                f"the id '{file.value('id')}' is reserved: the decision guide uses it for an answer or a result",
                "choose another id (and rename the file to match)",
            )


def _renamed_term_fix(candidates: list[str], what: str) -> str:
    """When one term alone is left out, an unknown id is most likely its former id: say so first."""
    if len(candidates) != 1:
        return ""
    return f'if this {what} {candidates[0]}, write term: "{candidates[0]}"; otherwise '


def source_ids(site: DataFile | None, sources: DataFile | None) -> set[str]:
    """Every id a fact may cite: the source article's (data/site.yml) and the public sources."""
    ids: set[str] = set()
    for file in (site, sources):
        if file is None:
            continue
        for index in _entries(file, "sources"):
            if file.sound("sources", index, "id"):
                ids.add(file.value("sources", index, "id"))
    return ids


def check_sources(site: DataFile | None, sources: DataFile, citing: list[DataFile]) -> Iterator[DataError]:
    """Source ids are unique across both files, and each public source is cited by a fact."""
    taken = set()
    if site is not None:
        taken = {site.value("sources", i, "id") for i in _entries(site, "sources") if site.sound("sources", i, "id")}
    cited = {source_id for file in citing for _, source_id in _citations(file)}
    seen: set[str] = set()
    for index in _entries(sources, "sources"):
        if not sources.sound("sources", index, "id"):
            continue
        source_id = sources.value("sources", index, "id")
        node = sources.node("sources", index, "id")
        field = f"sources[{index}].id"
        if source_id in seen or source_id in taken:
            where = "data/site.yml" if source_id in taken else "this file"
            yield sources.error(
                node, field, f"the source id '{source_id}' is already used in {where}", "give each source its own id"
            )
        elif source_id not in cited:
            yield sources.error(
                node,
                field,
                f"no fact cites the source '{source_id}'",
                "cite it in sources: of a term file, or of a fact in data/buying.yml or data/glossary.yml; "
                "or remove it",
            )
        seen.add(source_id)


def _citations(file: DataFile) -> Iterator[tuple[Path, str]]:
    """(path of the sources list item, source id) of every citation in a file's sound parts."""

    def walk(value: object, path: Path) -> Iterator[tuple[Path, str]]:
        if isinstance(value, dict):
            for key, child in value.items():
                # a list of ids cites; data/site.yml's and data/sources.yml's lists of entries define
                if key == "sources" and isinstance(child, list):
                    for number, source_id in enumerate(child):
                        if isinstance(source_id, str):
                            yield (*path, key, number), source_id
                else:
                    yield from walk(child, (*path, key))
        elif isinstance(value, list):
            for number, child in enumerate(value):
                yield from walk(child, (*path, number))

    for path, source_id in walk(file.value(), ()):
        if file.sound(*path):
            yield path, source_id


def check_citations(file: DataFile, known: set[str]) -> Iterator[DataError]:
    """Every source a fact cites exists."""
    for path, source_id in _citations(file):
        if source_id not in known:
            yield file.error(
                file.node(*path),
                field_path(path),
                f"there is no source '{source_id}'",
                "add it to data/sources.yml (title, publisher, url, language, read) or cite an existing one",
            )


def check_glossary(
    glossary: DataFile, term_files: list[DataFile], term_ids: list[str], languages: tuple[str, ...]
) -> Iterator[DataError]:
    """Entries name terms and types that exist; anchors and abbreviations are unique on the glossary page.

    ``term_ids`` holds every term, even one whose file has problems: those are reported in that
    file, and not echoed here as a missing term. Types are only checked when every term file is sound.
    """
    terms = {file.value("id"): file for file in term_files if file.sound("id")}
    types_known = len(term_files) == len(term_ids) and all(
        file.sound("types") or file.value("types") is None for file in term_files
    )
    types = {
        file.value("types", i, "id")
        for file in term_files
        for i in _entries(file, "types")
        if file.sound("types", i, "id")
    }
    anchors: dict[str, str] = {}
    abbreviations: dict[str, str] = {}
    for index in _entries(glossary, "entries"):
        if not glossary.sound("entries", index):
            continue
        entry = glossary.value("entries", index)
        field = f"entries[{index}]"
        key = next(k for k in ("term", "type", "id") if k in entry)
        anchor = entry[key]
        node = glossary.node("entries", index, key)
        if key == "term" and anchor not in term_ids:
            listed = {glossary.value("entries", i).get("term") for i in _entries(glossary, "entries")}
            fix = _renamed_term_fix([term for term in term_ids if term not in listed], "entry is for")
            yield glossary.error(
                node,
                f"{field}.term",
                f"there is no term '{anchor}'",
                fix + f"use a term id: {', '.join(sorted(terms))}",
            )
            continue
        if key == "type" and anchor not in types and types_known:
            yield glossary.error(
                node,
                f"{field}.type",
                f"there is no type '{anchor}'",
                f"use the id of a type in data/terms/: {', '.join(sorted(types))}",
            )
            continue
        if anchor in anchors:
            yield glossary.error(
                node,
                f"{field}.{key}",
                f"the glossary already has an entry '{anchor}' ({anchors[anchor]})",
                "list each term once; give an own entry another id",
            )
            continue
        if anchor in GLOSSARY_SECTION_IDS:
            yield glossary.error(
                node,
                f"{field}.{key}",
                f"the id '{anchor}' is reserved for a section of the glossary page",
                "choose another id",
            )
        anchors.setdefault(anchor, field)
        term_file = terms.get(anchor) if key == "term" else None
        abbreviation = term_file.value("abbreviation") if term_file else entry.get("abbreviation")
        for text in abbreviation.values() if isinstance(abbreviation, dict) else [abbreviation]:
            if isinstance(text, str) and text in abbreviations:
                yield glossary.error(
                    node,
                    field,
                    f"the abbreviation '{text}' is already explained by {abbreviations[text]}",
                    "explain each abbreviation once",
                )
            elif isinstance(text, str):
                abbreviations[text] = field
    yield from _forms_languages(glossary, languages)


def _forms_languages(glossary: DataFile, languages: tuple[str, ...]) -> Iterator[DataError]:
    for index in _entries(glossary, "entries"):
        forms = glossary.value("entries", index, "forms")
        if not isinstance(forms, dict) or not glossary.sound("entries", index, "forms"):
            continue
        for language in forms:
            if language not in languages:
                yield glossary.error(
                    glossary.node("entries", index, "forms", language),
                    f"entries[{index}].forms.{language}",
                    f"'{language}' is not a language of the site",
                    f"use the languages of data/site.yml: {', '.join(languages)}",
                    at_key=True,
                )


def check_buying(buying: DataFile, dimensions: DataFile | None, glossary: DataFile | None) -> Iterator[DataError]:
    """Recalled dimensions and glossary entries opening a topic exist."""
    known: set[str] = set()
    if dimensions is not None:
        # every id written, also of an entry with other problems (reported there, not echoed here)
        known = {
            dimensions.value("dimensions", i, "id")
            for i in _entries(dimensions, "dimensions")
            if isinstance(dimensions.value("dimensions", i, "id"), str)
        }
    if dimensions is not None and buying.sound("from_article"):
        for index, dimension_id in enumerate(buying.value("from_article")):
            if dimension_id not in known:
                yield buying.error(
                    buying.node("from_article", index),
                    f"from_article[{index}]",
                    f"there is no dimension with the id '{dimension_id}'",
                    "use an id from data/dimensions.yml",
                )
    if glossary is None:
        return
    entries: set[str] = set()
    for index in _entries(glossary, "entries"):
        entry = glossary.value("entries", index)
        if isinstance(entry, dict):
            entries.update(str(entry[k]) for k in ("term", "type", "id") if k in entry)
    for s_index in _entries(buying, "sections"):
        topics = buying.value("sections", s_index, "topics")
        for t_index in range(len(topics) if isinstance(topics, list) else 0):
            path: Path = ("sections", s_index, "topics", t_index, "glossary")
            if buying.sound(*path) and buying.value(*path) not in entries:
                yield buying.error(
                    buying.node(*path),
                    field_path(path),
                    f"there is no glossary entry '{buying.value(*path)}'",
                    "use the id of an entry in data/glossary.yml (a term:, type: or id:)",
                )
