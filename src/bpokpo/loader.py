"""Read ``data/`` into the content model, collecting every problem before failing once.

Each file is checked against its JSON Schema (its shape, see ``schema_check``), every text
against the text rules (``text_rules``), and the files against each other (``cross_checks``).
Only then is the model built (``model_reader``), from parts that passed.
"""

from __future__ import annotations

import os
import re
from typing import Any

from bpokpo import cross_checks, reference_checks
from bpokpo.data_file import DataFile, parse
from bpokpo.errors import DataError, DataErrors, display_path
from bpokpo.infographic_check import DataFiles, layout_errors
from bpokpo.model import Content
from bpokpo.model_reader import (
    read_buying,
    read_dimension,
    read_glossary,
    read_public_sources,
    read_site_part,
    read_term,
)
from bpokpo.placeholders import Counts, render_texts, words_of
from bpokpo.reserved_names import reserved_names
from bpokpo.schema_files import schema_document
from bpokpo.site_text_checks import check_site_texts
from bpokpo.symlinks import symlink_errors

SITE_KEYS = ("languages", "title", "description", "sources", "intro", "conclusion", "pages", "ui")
FALLBACK_LANGUAGES = ("sv", "en")  # to go on checking the other files when site.yml's list is broken
# Every text must be written in every language: a list of hundreds would turn each text into
# hundreds of errors, so a list longer than its schema allows counts as broken (see above).
MAX_LANGUAGES = schema_document("site.schema.json")["properties"]["languages"]["maxItems"]


def _languages(site: DataFile | None) -> tuple[str, ...]:
    value = site.value("languages") if site else None
    if (
        isinstance(value, list)
        and 0 < len(value) <= MAX_LANGUAGES
        and all(isinstance(code, str) and re.fullmatch(r"[a-z]{2}", code) for code in value)
        and len(set(value)) == len(value)
    ):
        return tuple(value)
    return FALLBACK_LANGUAGES


def load_content(data_dir: str) -> Content:
    """Load and validate ``data_dir``; raise ``DataErrors`` listing every problem found."""
    links = symlink_errors(data_dir)
    if links:  # nothing is read through a link: its target may lie anywhere on the machine
        raise DataErrors(links)
    errors: list[DataError] = []

    def read(path: str) -> DataFile | None:
        parsed = parse(path)
        if isinstance(parsed, list):
            errors.extend(parsed)
            return None
        return parsed

    site = read(os.path.join(data_dir, "site.yml"))
    languages = _languages(site)
    terms_dir = os.path.join(data_dir, "terms")
    names = (
        sorted(n for n in os.listdir(terms_dir) if n.endswith((".yml", ".yaml"))) if os.path.isdir(terms_dir) else []
    )
    if not names:
        errors.append(
            DataError(
                display_path(terms_dir),
                1,
                1,
                "",
                "no term files found",
                "add one YAML file per term, e.g. data/terms/bpo.yml",
            )
        )
    term_files = [file for file in (read(os.path.join(terms_dir, name)) for name in names) if file]
    dimensions = read(os.path.join(data_dir, "dimensions.yml"))
    sources = read(os.path.join(data_dir, "sources.yml"))
    glossary = read(os.path.join(data_dir, "glossary.yml"))
    buying = read(os.path.join(data_dir, "buying.yml"))

    if site:
        errors += site.check("site", languages)
    for term_file in term_files:
        errors += term_file.check("term", languages)
    ids = cross_checks.term_ids(term_files, [os.path.splitext(n)[0] for n in names])
    misnamed = cross_checks.misnamed_terms(term_files)
    if dimensions:
        errors += dimensions.check("dimensions", languages, [*ids, *misnamed])
    for file, kind in ((sources, "sources"), (glossary, "glossary"), (buying, "buying")):
        if file:
            errors += file.check(kind, languages)  # type: ignore[arg-type]

    reserved = reserved_names(os.path.dirname(os.path.abspath(data_dir)))
    errors += cross_checks.check_terms(term_files, reserved, dimensions)
    if dimensions:
        errors += cross_checks.check_dimensions(dimensions, ids, misnamed)
        errors += cross_checks.check_infographic(dimensions, term_files)
    if site:
        errors += cross_checks.check_conclusion(site, dimensions)
        errors += check_site_texts(site, term_files, dimensions, languages)
    # a term whose id differs from its file name is one problem, reported above: its references are not more
    known_terms = [*ids, *misnamed]
    errors += _reference_problems(site, term_files, known_terms, dimensions, sources, glossary, buying, languages)
    errors += cross_checks.check_unique_ids(
        [*term_files, *([dimensions] if dimensions else []), *([site] if site else []), *([buying] if buying else [])]
    )

    if errors:
        raise DataErrors(errors)
    # a missing or unreadable file is an error above
    assert site is not None and dimensions is not None and sources and glossary and buying
    term_files.sort(key=lambda file: (file.value("order"), file.value("id")))
    entries = dimensions.value("dimensions")
    counts = Counts(
        abbreviations=tuple(file.value("abbreviation") for file in term_files),
        infographic=sum("infographic" in entry.get("shown_in", ()) for entry in entries),
        key_differences=len(entries),  # every dimension is a key difference
    )
    words = {language: words_of(site.value("words"), language) for language in languages}
    site_texts = render_texts(site.value(), languages, words, counts)
    parts: dict[str, Any] = {key: read_site_part(key, site_texts[key]) for key in SITE_KEYS}
    public_sources = read_public_sources(sources.value("sources"), languages)
    cited = {source.id: source for source in (*parts["sources"], *public_sources)}
    terms = tuple(read_term(file.value(), file.file, cited) for file in term_files)
    content = Content(
        terms=terms,
        dimensions=tuple(read_dimension(entry) for entry in entries),
        public_sources=public_sources,
        glossary=read_glossary(glossary.value("entries"), terms, languages),
        buying=read_buying(buying.value()),
        **parts,
    )
    # Only sound content can be laid out: what the infographic cannot show comes last.
    files = DataFiles(site, dimensions, {file.value("id"): file for file in term_files})
    layout_problems = layout_errors(content, files)
    if layout_problems:
        raise DataErrors(layout_problems)
    return content


def _reference_problems(
    site: DataFile | None,
    term_files: list[DataFile],
    terms: list[str],
    dimensions: DataFile | None,
    sources: DataFile | None,
    glossary: DataFile | None,
    buying: DataFile | None,
    languages: tuple[str, ...],
) -> list[DataError]:
    """The guide's questions, the glossary, the buyer information and the sources they cite."""
    errors: list[DataError] = []
    if dimensions:
        errors += reference_checks.check_questions(dimensions, terms, term_files)
    citing = [*term_files, *(file for file in (glossary, buying) if file)]
    known = reference_checks.source_ids(site, sources)
    for file in citing:
        errors += reference_checks.check_citations(file, known)
    if sources:
        errors += reference_checks.check_sources(site, sources, citing)
    if glossary:
        errors += reference_checks.check_glossary(glossary, term_files, terms, languages)
    if buying:
        errors += reference_checks.check_buying(buying, dimensions, glossary)
    return errors
