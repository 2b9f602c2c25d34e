"""Rules that span files or entries, which a schema for one file cannot state.

Unique ids and orders, a value for every term in every dimension, references to ids that
exist, and the infographic's length limits. They read only the parts of each file that
passed the schema, so a schema problem is never reported a second time in other words.
"""

from __future__ import annotations

from collections.abc import Iterator

from bpokpo.anchors import DIFFERENCE_PREFIX, SECTION_IDS
from bpokpo.data_file import DataFile
from bpokpo.document_paths import Path, field_path
from bpokpo.errors import DataError
from bpokpo.located_yaml import Located
from bpokpo.term_limit import TERM_LIMIT

# The infographic wraps its text; these limits keep each band to two or three lines, so all
# of it stays legible on a 360 px screen and prints on one A4 page.
INFOGRAPHIC_LABEL_LIMIT = 32  # characters per label
INFOGRAPHIC_VALUE_LIMIT = 40  # characters per value
INFOGRAPHIC_DIMENSION_LIMIT = 12  # dimensions marked for the infographic
# Term fields short enough to be an infographic value (a definition or a list is not).
INFOGRAPHIC_TERM_FIELDS = ("full_name",)


def term_ids(term_files: list[DataFile], stems: list[str]) -> list[str]:
    """The id of every term file; the file name stands in for an id that could not be read.

    Every term file counts, even one with problems, so that its own errors are not echoed
    as "no term" errors in dimensions.yml.
    """
    ids = {file.stem: file.value("id") if file.sound("id") else file.stem for file in term_files}
    return [ids.get(stem, stem) for stem in stems]


def misnamed_terms(term_files: list[DataFile]) -> dict[str, str]:
    """File name -> id, for term files whose id differs from their name (reported once, in the file)."""
    return {file.stem: file.value("id") for file in term_files if file.sound("id") and file.value("id") != file.stem}


def check_terms(
    term_files: list[DataFile], reserved: dict[str, str], dimensions: DataFile | None = None
) -> Iterator[DataError]:
    """No more terms than the site is laid out for; each term's id matches its file name and is
    free; orders and abbreviations are unique."""
    yield from _term_count(term_files)
    orders: dict[int, str] = {}
    abbreviations: dict[str, str] = {}
    for file in term_files:
        if file.sound("id") and file.value("id") in reserved:
            term_id = file.value("id")
            yield file.error(
                file.node("id"),
                "id",
                f"the id '{term_id}' is taken: the build writes {term_id}/ for {reserved[term_id]}",
                "choose another id, and name the file after it",
            )
        if file.sound("abbreviation"):
            abbreviation = file.value("abbreviation")
            if abbreviation.casefold() in abbreviations:
                yield file.error(
                    file.node("abbreviation"),
                    "abbreviation",
                    f"the abbreviation '{abbreviation}' is also the one of the term "
                    f"'{abbreviations[abbreviation.casefold()]}'",
                    "give each term its own: it heads the term's column and names its page",
                )
            abbreviations.setdefault(abbreviation.casefold(), file.stem)
        if file.sound("id") and file.value("id") != file.stem:
            yield _misnamed(file, dimensions)
        if file.sound("order"):
            order = file.value("order")
            if order in orders:
                yield file.error(
                    file.node("order"),
                    "order",
                    f"the order {order} is also used by the term '{orders[order]}'",
                    "give each term its own order number",
                )
            orders.setdefault(order, file.stem)


def _term_count(term_files: list[DataFile]) -> Iterator[DataError]:
    """More terms than TERM_LIMIT: an error in each term file past the limit, the last in column order."""
    if len(term_files) <= TERM_LIMIT:
        return

    def column(file: DataFile) -> tuple[int, str]:
        order = file.value("order") if file.sound("order") else None
        return (order if isinstance(order, int) else 0, file.stem)

    for file in sorted(term_files, key=column)[TERM_LIMIT:]:
        yield file.error(
            file.node("order") if file.sound("order") else file.root,
            "order" if file.sound("order") else "",
            f"there are {len(term_files)} term files; the site compares at most {TERM_LIMIT} terms "
            f"(the infographic has room for {TERM_LIMIT} columns), and this one comes after them",
            f"remove this file or another one from data/terms/, to keep {TERM_LIMIT} terms",
        )


def _misnamed(file: DataFile, dimensions: DataFile | None) -> DataError:
    """A term file whose name is not its id: the id is what the rest of the data uses, so rename the file.

    When the file's name is already in use as a term (dimensions.yml has values for it),
    the id was changed in an existing term: renaming the file then renames the term, which
    has more steps; ``make validate`` lists each of them after the rename.
    """
    term_id, stem = file.value("id"), file.stem
    message = f"the id '{term_id}' differs from the file name '{file.stem}.yml'"
    if stem not in _value_keys(dimensions):
        return file.error(file.node("id"), "id", message, f"rename the file to {term_id}.yml")
    return file.error(
        file.node("id"),
        "id",
        message + f"; the term '{stem}' is published at /{stem}/",
        f"to rename the term, rename the file to {term_id}.yml, then make validate lists what else a new id needs; "
        f'if the id was changed by mistake, set id: "{stem}" back',
    )


def _value_keys(dimensions: DataFile | None) -> set[str]:
    entries = dimensions.value("dimensions") if dimensions else None
    if dimensions is None or not isinstance(entries, list):
        return set()
    keys: set[str] = set()
    for index in range(len(entries)):
        values = dimensions.value("dimensions", index, "values")
        if isinstance(values, dict):
            keys.update(str(key) for key in values)
    return keys


def check_dimensions(
    dimensions: DataFile, terms: list[str], misnamed: dict[str, str] | None = None
) -> Iterator[DataError]:
    """Per dimension: one value per term, and the infographic's limits.

    ``misnamed`` maps the file name of a term file whose id differs from it to that id; a
    value keyed by either counts as the term's, since the file's own error says what to do.
    """
    entries = dimensions.value("dimensions")
    for index in range(len(entries) if isinstance(entries, list) else 0):
        if not dimensions.sound("dimensions", index):
            continue
        path: Path = ("dimensions", index)
        if dimensions.value(*path, "values") is not None:
            yield from _values_per_term(dimensions, (*path, "values"), terms, misnamed or {})
        if "infographic" in (dimensions.value(*path, "shown_in") or ()):
            yield from _infographic_lengths(dimensions, path)
            yield from _infographic_term_field(dimensions, path)


def check_infographic(dimensions: DataFile, term_files: list[DataFile]) -> Iterator[DataError]:
    """What one dimension entry cannot show alone: how many are marked, and values from term files."""
    entries = dimensions.value("dimensions")
    shown = [
        index
        for index in range(len(entries) if isinstance(entries, list) else 0)
        if dimensions.sound("dimensions", index)
        and "infographic" in (dimensions.value("dimensions", index, "shown_in") or ())
    ]
    every_entry_read = isinstance(entries, list) and all(
        dimensions.sound("dimensions", index) for index in range(len(entries))
    )
    if every_entry_read and not shown:  # the infographic page and downloads would have nothing to draw
        yield dimensions.error(
            dimensions.node("dimensions"),
            "dimensions",
            "no dimension is marked for the infographic",
            "add infographic to the shown_in of the dimensions it should show",
        )
    if len(shown) > INFOGRAPHIC_DIMENSION_LIMIT:
        yield dimensions.error(
            dimensions.node("dimensions"),
            "dimensions",
            f"{len(shown)} dimensions are marked for the infographic; it fits at most {INFOGRAPHIC_DIMENSION_LIMIT}",
            "remove infographic from the shown_in of the least important ones",
        )
    for index in shown:
        if dimensions.value("dimensions", index, "from_term") != "full_name":
            continue
        dimension_id = dimensions.value("dimensions", index, "id")
        for term in term_files:
            if not term.sound("full_name"):
                continue
            for language, text in term.value("full_name").items():
                if len(text) > INFOGRAPHIC_VALUE_LIMIT:
                    yield term.error(
                        term.node("full_name", language),
                        f"full_name.{language}",
                        f"the full name has {len(text)} characters; the infographic shows it "
                        f"(dimension '{dimension_id}') and fits at most {INFOGRAPHIC_VALUE_LIMIT}",
                        "shorten it, or remove infographic from that dimension's shown_in",
                    )


def _infographic_term_field(dimensions: DataFile, path: Path) -> Iterator[DataError]:
    from_term = dimensions.value(*path, "from_term")
    if from_term is not None and from_term not in INFOGRAPHIC_TERM_FIELDS:
        yield dimensions.error(
            dimensions.node(*path, "from_term"),
            field_path((*path, "from_term")),
            f"the dimension '{dimensions.value(*path, 'id')}' takes each term's {from_term}, "
            "too long for the infographic",
            "remove infographic from shown_in, or use from_term: full_name",
        )


def _values_per_term(
    dimensions: DataFile, path: Path, terms: list[str], misnamed: dict[str, str]
) -> Iterator[DataError]:
    values = dimensions.node(*path)
    assert isinstance(values.value, dict)
    given = {misnamed.get(key, key) for key in values.value}
    missing = [term_id for term_id in terms if term_id not in given]
    unknown = [key for key in values.value if misnamed.get(key, key) not in terms]
    if len(missing) == 1 and len(unknown) == 1:  # a misspelt or renamed term id: one message, at the key
        key, term_id = unknown[0], missing[0]
        yield dimensions.error(
            values.value[key],
            field_path((*path, key)),
            f"there is no term '{key}'; the term '{term_id}' has no value here",
            f"if this is the value for {term_id}, write {term_id}: instead of {key}:",
            at_key=True,
        )
        return
    for term_id in missing:
        yield dimensions.error(
            values,
            field_path((*path, term_id)),
            f"there is no value for the term '{term_id}'",
            f"add {term_id}: {{sv: …, en: …}}, the value for the term in data/terms/{term_id}.yml",
        )
    for key in unknown:
        yield dimensions.error(
            values.value[key],
            field_path((*path, key)),
            f"there is no term '{key}': data/terms/{key}.yml is missing",
            f"create data/terms/{key}.yml for the term (see CONTRIBUTING.md, Add a third term), or remove this value",
            at_key=True,
        )


def _infographic_lengths(dimensions: DataFile, path: Path) -> Iterator[DataError]:
    checks = [((*path, "label"), INFOGRAPHIC_LABEL_LIMIT, "label")]
    values = dimensions.value(*path, "values") or {}
    checks += [((*path, "values", term_id), INFOGRAPHIC_VALUE_LIMIT, f"{term_id} value") for term_id in values]
    dimension_id = dimensions.value(*path, "id")
    for text_path, limit, what in checks:
        for language, text in dimensions.value(*text_path).items():
            if len(text) > limit:
                yield dimensions.error(
                    dimensions.node(*text_path, language),
                    field_path((*text_path, language)),
                    f"the {what} of '{dimension_id}' has {len(text)} characters; the infographic fits at most {limit}",
                    "shorten it, or remove infographic from shown_in",
                )


def check_conclusion(site: DataFile, dimensions: DataFile | None) -> Iterator[DataError]:
    entries = dimensions.value("dimensions") if dimensions else None
    if not site.sound("conclusion", "dimensions") or dimensions is None or not isinstance(entries, list):
        return
    known = {
        dimensions.value("dimensions", index, "id")
        for index in range(len(entries))
        if dimensions.node("dimensions", index, "id") is not dimensions.root
    }
    for index, dimension_id in enumerate(site.value("conclusion", "dimensions")):
        if dimension_id not in known:
            yield site.error(
                site.node("conclusion", "dimensions", index),
                f"conclusion.dimensions[{index}]",
                f"there is no dimension with the id '{dimension_id}'",
                "use an id from data/dimensions.yml",
            )


def check_unique_ids(files: list[DataFile]) -> Iterator[DataError]:
    """Ids are link anchors: each must be unique across the site and not a section's anchor."""
    seen: dict[str, str] = {}
    for file in files:
        for path, node in _ids(file.root, ()):
            if not file.sound(*path):
                continue
            anchor = str(node.value)
            field = field_path(path)
            if anchor in seen:
                yield file.error(
                    node,
                    field,
                    f"the id '{anchor}' is already used in {seen[anchor]}",
                    "ids are link anchors and must be unique across the site: choose another",
                )
            elif anchor in SECTION_IDS or anchor.startswith(DIFFERENCE_PREFIX):
                yield file.error(
                    node, field, f"the id '{anchor}' is reserved for a section of the site", "choose another id"
                )
            seen.setdefault(anchor, file.file)


def _ids(node: Located, path: Path) -> Iterator[tuple[Path, Located]]:
    """Every id and alias in a file, in file order (the ids of sources are prefixed on the page, so not anchors)."""
    if path[:1] == ("sources",):
        return
    if isinstance(node.value, dict):
        for key, child in node.value.items():
            if key == "id" and isinstance(child.value, str):
                yield (*path, key), child
            elif key == "aliases" and isinstance(child.value, list):
                yield from (((*path, key, index), alias) for index, alias in enumerate(child.value))
            else:
                yield from _ids(child, (*path, key))
    elif isinstance(node.value, list):
        for index, child in enumerate(node.value):
            yield from _ids(child, (*path, index))
