"""Site texts that say what the site covers must not go stale when the data changes.

The texts that describe the site itself (its title and description, the page titles and
descriptions, the interface strings) are checked for a number next to what the data counts
("the ten key differences", "de två modellerna") that no longer matches it, and for a list
of terms that leaves some of them out ("BPO and KPO" once there are three). Both are written
with placeholders ({infographic_count}, {terms}, …) instead, so they follow the data.

Other texts (the intro, the conclusion, the sources) state facts from the sources, which
may well be about two particular terms, and are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bpokpo.data_file import DataFile
from bpokpo.document_paths import Path, field_path
from bpokpo.errors import DataError
from bpokpo.located_yaml import Located
from bpokpo.placeholders import PLACEHOLDER

SCOPE_KEYS = ("title", "description", "pages", "ui")

# What a number in a text may count, per language: a pattern for the words after the number
# (up to two of them, then the counted noun), and which counts it may equal.
COUNTED: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"(?:outsourcing\s+)?models?\b", "terms"),
        (r"(?:[\w-]+\s+){0,2}?differences?\b", "differences"),
    ),
    "sv": (
        (r"(?:outsourcing-?)?modell(?:er|erna)?\b", "terms"),
        (r"(?:[\w-]+\s+){0,2}?skillnad(?:er|erna)?\b", "differences"),
    ),
}


@dataclass(frozen=True)
class _Facts:
    abbreviations: tuple[str, ...] | None  # None when a term file could not be read
    differences: frozenset[int] | None  # the infographic's count and the key differences' count
    number_words: dict[str, tuple[str, ...]]  # language -> words for 0, 1, 2, …


def check_site_texts(
    site: DataFile, term_files: list[DataFile], dimensions: DataFile | None, languages: tuple[str, ...]
) -> Iterator[DataError]:
    facts = _Facts(_abbreviations(term_files), _difference_counts(dimensions), _number_words(site, languages))
    for key in SCOPE_KEYS:
        for path, node in _texts(site.node(key), (key,), languages):
            if site.sound(*path):
                yield from _count_problems(site, path, node, facts)
                yield from _term_list_problems(site, path, node, facts)


def _count_problems(site: DataFile, path: Path, node: Located, facts: _Facts) -> Iterator[DataError]:
    language = str(path[-1])
    numbers = [word for count, word in enumerate(facts.number_words.get(language, ())) if count >= 2]
    number = "|".join([r"\d+", *(re.escape(word) for word in sorted(numbers, key=len, reverse=True))])
    text = PLACEHOLDER.sub("", str(node.value))
    for noun, counted in COUNTED.get(language, ()):
        for match in re.finditer(rf"(?<!\w)({number})\s+{noun}", text, re.IGNORECASE):
            said = _number_value(match.group(1), facts.number_words.get(language, ()))
            if counted == "terms" and facts.abbreviations is not None and said != len(facts.abbreviations):
                yield site.error(
                    node,
                    field_path(path),
                    f"the text says '{match.group(0)}', but the site compares {len(facts.abbreviations)} terms",
                    "write {term_count} for the number, or {terms} for the terms, so that the text follows the data",
                )
            elif counted == "differences" and facts.differences is not None and said not in facts.differences:
                shown = " and ".join(str(count) for count in sorted(facts.differences))
                yield site.error(
                    node,
                    field_path(path),
                    f"the text says '{match.group(0)}', but the data has {shown} of them",
                    "write {infographic_count} (the infographic's dimensions) or {key_difference_count} "
                    "(the key differences) for the number, so that the text follows the data",
                )


def _term_list_problems(site: DataFile, path: Path, node: Located, facts: _Facts) -> Iterator[DataError]:
    if facts.abbreviations is None:
        return
    text = str(node.value)
    named = [a for a in facts.abbreviations if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", text)]
    missing = [a for a in facts.abbreviations if a not in named]
    if len(named) >= 2 and missing:
        yield site.error(
            node,
            field_path(path),
            f"the text names {' and '.join(named)} but not {' and '.join(missing)}, "
            f"and the site compares {', '.join(facts.abbreviations)}",
            "write {terms} (or {terms_or}) for the terms, so that the text follows the data; or name every term",
        )


def _number_value(said: str, words: tuple[str, ...]) -> int:
    if said.isdigit():
        return int(said)
    return [word.lower() for word in words].index(said.lower())


def _texts(node: Located, path: Path, languages: tuple[str, ...]) -> Iterator[tuple[Path, Located]]:
    """Every text in one language below ``node``, with its path."""
    if isinstance(node.value, dict):
        for key, child in node.value.items():
            if key in languages and isinstance(child.value, str):
                yield (*path, key), child
            else:
                yield from _texts(child, (*path, key), languages)
    elif isinstance(node.value, list):
        for index, child in enumerate(node.value):
            yield from _texts(child, (*path, index), languages)


def _abbreviations(term_files: list[DataFile]) -> tuple[str, ...] | None:
    """The terms' abbreviations in display order; None when a term file cannot tell."""
    if not all(file.sound("abbreviation") and file.sound("order") for file in term_files):
        return None
    ordered = sorted(term_files, key=lambda file: (file.value("order"), file.stem))
    return tuple(str(file.value("abbreviation")) for file in ordered)


def _difference_counts(dimensions: DataFile | None) -> frozenset[int] | None:
    """The infographic's number of dimensions and the key differences' (every dimension)."""
    entries = dimensions.value("dimensions") if dimensions else None
    if dimensions is None or not isinstance(entries, list):
        return None
    if not all(
        dimensions.value("dimensions", index, "shown_in") is None or dimensions.sound("dimensions", index, "shown_in")
        for index in range(len(entries))
    ):
        return None
    shown = [dimensions.value("dimensions", index, "shown_in") or () for index in range(len(entries))]
    return frozenset({sum("infographic" in views for views in shown), len(entries)})


def _number_words(site: DataFile, languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    if not site.sound("words", "numbers"):
        return {}
    numbers = site.value("words", "numbers")
    return {language: tuple(str(number[language]) for number in numbers) for language in languages}
