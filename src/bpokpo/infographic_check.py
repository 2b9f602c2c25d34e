"""What the infographic cannot show at its smallest type, reported at the text's own line.

The layouts adapt before they give up (see ``infographic_table`` and ``infographic_cards``):
only a word that fits its line in no arrangement, even at 12 px and hyphenated at its
syllable breaks, or a slide whose content overflows its height at 12 px, is an error. The
check lays out every shape that is published (the page's landscape and portrait shapes,
the document download and the slide) in every language, so it sees what readers would see.
"""

from __future__ import annotations

from dataclasses import dataclass

from bpokpo.data_file import DataFile
from bpokpo.document_paths import Path, field_path
from bpokpo.errors import DataError
from bpokpo.infographic import infographic_for
from bpokpo.infographic_model import MIN_TYPE_SIZE, LayoutProblem, Shape
from bpokpo.model import Content

# The shapes readers get, and whether they carry their own title and source line.
PUBLISHED: tuple[tuple[Shape, bool], ...] = (("landscape", True), ("portrait", False), ("slide", True))


@dataclass(frozen=True)
class DataFiles:
    site: DataFile
    dimensions: DataFile
    terms: dict[str, DataFile]  # by term id


def layout_errors(content: Content, files: DataFiles) -> list[DataError]:
    """One error per text and word that does not fit, in the narrowest place it must go."""
    found: dict[tuple[object, ...], tuple[LayoutProblem, str]] = {}
    for language in content.languages:
        for shape, titled in PUBLISHED:
            for problem in infographic_for(content, language, "", shape, titled=titled).problems:
                overflow = problem.overflow
                key = (problem.where, language, overflow.word if overflow else None)
                known = found.get(key)
                if known is None or (
                    overflow and known[0].overflow and overflow.available < known[0].overflow.available
                ):
                    found[key] = (problem, language)
    errors = [_error(content, files, problem, language) for problem, language in found.values()]
    return list(dict.fromkeys(errors))  # a text both languages share (an abbreviation) is reported once


def _error(content: Content, files: DataFiles, problem: LayoutProblem, language: str) -> DataError:
    file, path, what = _located(content, files, problem, language)
    node = file.node(*path)
    overflow = problem.overflow
    if overflow is None:
        shown = len(content.dimensions_in("infographic"))
        return file.error(
            node,
            field_path(path),
            f"{problem.detail} cannot hold its {shown} dimensions in the {language} version, "
            f"even with its smallest type ({MIN_TYPE_SIZE:g} px)",
            "shorten the longest values, or remove infographic from the shown_in of a dimension",
        )
    part = "" if overflow.part == overflow.word else f" (its part '{overflow.part}', as hyphenated)"
    return file.error(
        node,
        field_path(path),
        f"{what} has the word '{overflow.word}', which does not fit {problem.detail} even with its "
        f"smallest type ({MIN_TYPE_SIZE:g} px): it is {overflow.width:.0f} px wide{part}, "
        f"the line {overflow.available:.0f} px",
        "use a shorter word, or shorten the text",
    )


def _located(content: Content, files: DataFiles, problem: LayoutProblem, language: str) -> tuple[DataFile, Path, str]:
    """The file, the field path and a description of the text a problem is in."""
    kind, *ids = problem.where
    if kind in ("value", "label"):
        dimension_id = ids[0]
        index = next(i for i, d in enumerate(content.dimensions) if d.id == dimension_id)
        dimension = content.dimensions[index]
        if kind == "label":
            return files.dimensions, ("dimensions", index, "label", language), f"the label of '{dimension_id}'"
        term_id = ids[1]
        what = f"the {term_id} value of '{dimension_id}'"
        if dimension.from_term is not None:
            return files.terms[term_id], (dimension.from_term, language), f"{what} (its {dimension.from_term})"
        return files.dimensions, ("dimensions", index, "values", term_id, language), what
    if kind == "heading":
        return files.terms[ids[0]], ("abbreviation",), "the abbreviation"
    if kind == "title":
        return files.site, ("pages", "infographic", "title", language), "the infographic's title"
    if kind == "kicker":
        return files.site, ("title", language), "the site's title"
    if kind == "caption":
        return files.site, ("ui", "dimension", language), "the label column's caption"
    if kind == "source":
        return files.site, ("sources",), "the source line (the sources' titles and the page's address)"
    return files.dimensions, ("dimensions",), "the infographic"
