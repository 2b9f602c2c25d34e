"""Read ``data/`` into the content model, collecting every problem before failing once."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from typing import TypeVar

from bpokpo.anchors import DIFFERENCE_PREFIX, SECTION_IDS, SLUG
from bpokpo.errors import DataError, DataErrors, display_path
from bpokpo.located_yaml import Located, load_located
from bpokpo.model import (
    PAGE_KEYS,
    TERM_FIELDS,
    VIEWS,
    Activity,
    Conclusion,
    ConclusionPoint,
    Content,
    Dimension,
    Intro,
    PageText,
    Source,
    Term,
    TermType,
    Text,
    View,
)
from bpokpo.ui_strings import UI_KEYS

T = TypeVar("T")

# Markup has no place in data: every string is escaped on output, and refusing markup
# here also keeps a value from becoming a live link or a template expression anywhere.
MARKUP = re.compile(r"[<>`\[\]{}]|javascript:", re.IGNORECASE)

# The infographic wraps its text; these limits keep each band to two or three lines, so all
# of it stays legible on a 360 px screen and prints on one A4 page.
INFOGRAPHIC_LABEL_LIMIT = 32  # characters per label
INFOGRAPHIC_VALUE_LIMIT = 40  # characters per value
INFOGRAPHIC_DIMENSION_LIMIT = 12  # dimensions marked for the infographic
# Term fields short enough to be an infographic value (a definition or a list is not).
INFOGRAPHIC_TERM_FIELDS = ("full_name",)


class FileReader:
    """Walks one parsed file, turning values into model types and recording problems."""

    def __init__(self, shown_as: str, languages: tuple[str, ...], errors: list[DataError]) -> None:
        self.file = shown_as
        self.languages = languages
        self.errors = errors

    def fail(self, node: Located, field: str, message: str, fix: str, *, at_key: bool = False) -> None:
        line, column = (node.key_line, node.key_column) if at_key and node.key_line else (node.line, node.column)
        self.errors.append(DataError(self.file, line, column, field, message, fix))

    def mapping(
        self, node: Located, field: str, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Located] | None:
        if not isinstance(node.value, dict):
            self.fail(
                node,
                field,
                f"expected a mapping with the keys {', '.join(required)}, found {node.kind}",
                "indent the keys below this line as in the other entries",
            )
            return None
        mapping = node.value
        allowed = required + optional
        for key, value in mapping.items():
            if key not in allowed:
                self.fail(
                    value,
                    _join(field, key),
                    f"unknown key '{key}'",
                    f"use one of: {', '.join(allowed)}; check the spelling",
                    at_key=True,
                )
        for key in required:
            if key not in mapping:
                self.fail(
                    node, _join(field, key), f"the required key '{key}' is missing", f"add '{key}:' to this entry"
                )
        return mapping

    def text(self, node: Located, field: str) -> Text | None:
        if not isinstance(node.value, dict):
            languages = ", ".join(f"{language}: …" for language in self.languages)
            self.fail(
                node, field, f"expected the text in every language, found {node.kind}", f"write it as {{{languages}}}"
            )
            return None
        mapping = self.mapping(node, field, self.languages)
        if mapping is None:
            return None
        values: dict[str, str] = {}
        for language in self.languages:
            if language in mapping:
                value = self.plain(mapping[language], _join(field, language))
                if value is not None:
                    values[language] = value
        if len(values) != len(self.languages):
            return None
        return Text(values)

    def plain(self, node: Located, field: str) -> str | None:
        """A string of prose: not empty, and free of markup."""
        value = node.value
        if not isinstance(value, str):
            self.fail(node, field, f"expected text, found {node.kind}", 'put the text in double quotes, e.g. "no"')
            return None
        if not value.strip():
            self.fail(node, field, "the text is empty", "write the text, or remove the entry")
            return None
        match = MARKUP.search(value)
        if match:
            self.fail(
                node,
                field,
                f"the text contains '{match.group(0)}', which could be read as markup",
                "write plain text: no HTML, Markdown links, template braces or javascript: links",
            )
            return None
        if value != value.strip() or "  " in value:
            self.fail(node, field, "the text has leading, trailing or double spaces", "remove the extra spaces")
            return None
        return value

    def slug(self, node: Located, field: str) -> str | None:
        value = node.value
        if not isinstance(value, str) or not SLUG.match(value):
            self.fail(
                node,
                field,
                f"'{value}' is not a valid id",
                "use lowercase letters a-z, digits and single hyphens, e.g. 'call-centre'",
            )
            return None
        return value

    def items(self, node: Located, field: str, *, allow_empty: bool = False) -> list[tuple[str, Located]]:
        if not isinstance(node.value, list):
            self.fail(node, field, f"expected a list, found {node.kind}", "start each entry on its own line with '- '")
            return []
        if not node.value and not allow_empty:
            self.fail(node, field, "the list is empty", "add at least one entry")
        return [(f"{field}[{index}]", item) for index, item in enumerate(node.value)]

    def each(
        self, node: Located, field: str, read: Callable[[Located, str], T | None], *, allow_empty: bool = False
    ) -> tuple[T, ...]:
        results = [read(item, path) for path, item in self.items(node, field, allow_empty=allow_empty)]
        return tuple(result for result in results if result is not None)

    def aliases(self, mapping: dict[str, Located], field: str) -> tuple[str, ...]:
        if "aliases" not in mapping:
            return ()
        return self.each(mapping["aliases"], _join(field, "aliases"), self.slug, allow_empty=True)


def _child(node: Located, *keys: str) -> Located:
    """The value at ``keys`` below ``node``, which the caller has already validated."""
    for key in keys:
        assert isinstance(node.value, dict)
        node = node.value[key]
    return node


def _join(field: str, key: str) -> str:
    return f"{field}.{key}" if field else key


def _read_languages(node: Located | None, shown_as: str, errors: list[DataError]) -> tuple[str, ...]:
    fallback = ("sv", "en")
    if node is None or not isinstance(node.value, dict) or "languages" not in node.value:
        errors.append(
            DataError(
                shown_as,
                1,
                1,
                "languages",
                "the list of site languages is missing",
                'add languages: ["sv", "en"] at the top',
            )
        )
        return fallback
    languages_node = node.value["languages"]
    if not isinstance(languages_node.value, list) or not languages_node.value:
        errors.append(
            DataError(
                shown_as,
                languages_node.line,
                languages_node.column,
                "languages",
                "expected a list of language codes",
                'write languages: ["sv", "en"]',
            )
        )
        return fallback
    languages: list[str] = []
    for index, item in enumerate(languages_node.value):
        if not isinstance(item.value, str) or not re.fullmatch(r"[a-z]{2}", item.value) or item.value in languages:
            errors.append(
                DataError(
                    shown_as,
                    item.line,
                    item.column,
                    f"languages[{index}]",
                    f"'{item.value}' is not a new two-letter language code",
                    "use codes such as sv or en, each once",
                )
            )
        else:
            languages.append(item.value)
    return tuple(languages) or fallback


def _read_site(reader: FileReader, node: Located) -> dict[str, object] | None:
    top = reader.mapping(
        node, "", ("languages", "title", "description", "sources", "intro", "conclusion", "pages", "ui")
    )
    if top is None:
        return None
    site: dict[str, object] = {}
    if "title" in top:
        site["title"] = reader.text(top["title"], "title")
    if "description" in top:
        site["description"] = reader.text(top["description"], "description")
    if "sources" in top:
        site["sources"] = reader.each(top["sources"], "sources", lambda n, f: _read_source(reader, n, f))
    if "intro" in top:
        site["intro"] = _read_intro(reader, top["intro"])
    if "conclusion" in top:
        site["conclusion"] = _read_conclusion(reader, top["conclusion"])
    if "pages" in top:
        pages = reader.mapping(top["pages"], "pages", PAGE_KEYS)
        if pages is not None:
            site["pages"] = {key: _read_page(reader, pages[key], f"pages.{key}") for key in PAGE_KEYS if key in pages}
    if "ui" in top:
        ui = reader.mapping(top["ui"], "ui", UI_KEYS)
        if ui is not None:
            site["ui"] = {key: reader.text(ui[key], f"ui.{key}") for key in UI_KEYS if key in ui}
    return site


def _read_source(reader: FileReader, node: Located, field: str) -> Source | None:
    mapping = reader.mapping(node, field, ("id", "title"))
    if mapping is None or "id" not in mapping or "title" not in mapping:
        return None
    source_id, title = reader.slug(mapping["id"], f"{field}.id"), reader.text(mapping["title"], f"{field}.title")
    return Source(source_id, title) if source_id and title else None


def _read_page(reader: FileReader, node: Located, field: str) -> PageText | None:
    mapping = reader.mapping(node, field, ("title", "description"))
    if mapping is None or len(mapping) < 2:
        return None
    title, description = (
        reader.text(mapping["title"], f"{field}.title"),
        reader.text(mapping["description"], f"{field}.description"),
    )
    return PageText(title, description) if title and description else None


def _read_intro(reader: FileReader, node: Located) -> Intro | None:
    keys = ("heading", "paragraphs", "examples_heading", "examples")
    mapping = reader.mapping(node, "intro", keys)
    if mapping is None or any(key not in mapping for key in keys):
        return None
    heading = reader.text(mapping["heading"], "intro.heading")
    paragraphs = reader.each(mapping["paragraphs"], "intro.paragraphs", reader.text)
    examples_heading = reader.text(mapping["examples_heading"], "intro.examples_heading")
    examples = reader.each(mapping["examples"], "intro.examples", reader.text)
    if heading is None or examples_heading is None:
        return None
    return Intro(heading, paragraphs, examples_heading, examples)


def _read_conclusion(reader: FileReader, node: Located) -> Conclusion | None:
    mapping = reader.mapping(node, "conclusion", ("heading", "points"), ("dimensions",))
    if mapping is None or "heading" not in mapping or "points" not in mapping:
        return None
    heading = reader.text(mapping["heading"], "conclusion.heading")

    def point(item: Located, field: str) -> ConclusionPoint | None:
        fields = reader.mapping(item, field, ("id", "text"))
        if fields is None or len(fields) < 2:
            return None
        point_id, text = reader.slug(fields["id"], f"{field}.id"), reader.text(fields["text"], f"{field}.text")
        return ConclusionPoint(point_id, text) if point_id and text else None

    points = reader.each(mapping["points"], "conclusion.points", point)
    dimension_ids: tuple[str, ...] = ()
    if "dimensions" in mapping:
        dimension_ids = reader.each(mapping["dimensions"], "conclusion.dimensions", reader.slug, allow_empty=True)
    return Conclusion(heading, points, dimension_ids) if heading else None


def _read_term(reader: FileReader, node: Located, stem: str) -> Term | None:
    required = ("id", "order", "abbreviation", "full_name", "definition", "activities")
    mapping = reader.mapping(node, "", required, ("characteristics", "types", "aliases"))
    if mapping is None or any(key not in mapping for key in required):
        return None
    term_id = reader.slug(mapping["id"], "id")
    if term_id is not None and term_id != stem:
        reader.fail(
            mapping["id"],
            "id",
            f"the id '{term_id}' differs from the file name '{stem}.yml'",
            f'rename the file to {term_id}.yml or set id: "{stem}"',
        )
    order_node = mapping["order"]
    order = order_node.value if isinstance(order_node.value, int) and not isinstance(order_node.value, bool) else None
    if order is None:
        reader.fail(
            order_node,
            "order",
            f"expected a whole number, found {order_node.kind}",
            "give the term's column position, e.g. order: 3",
        )
    abbreviation = reader.plain(mapping["abbreviation"], "abbreviation")
    full_name = reader.text(mapping["full_name"], "full_name")
    definition = reader.text(mapping["definition"], "definition")
    characteristics: tuple[Text, ...] = ()
    if "characteristics" in mapping:
        characteristics = reader.each(mapping["characteristics"], "characteristics", reader.text, allow_empty=True)

    def term_type(item: Located, field: str) -> TermType | None:
        fields = reader.mapping(item, field, ("id", "name", "description"), ("aliases",))
        if fields is None or any(key not in fields for key in ("id", "name", "description")):
            return None
        type_id, name, description = (
            reader.slug(fields["id"], f"{field}.id"),
            reader.text(fields["name"], f"{field}.name"),
            reader.text(fields["description"], f"{field}.description"),
        )
        return (
            TermType(type_id, name, description, reader.aliases(fields, field))
            if type_id and name and description
            else None
        )

    def activity(item: Located, field: str) -> Activity | None:
        fields = reader.mapping(item, field, ("id", "name"), ("examples", "aliases"))
        if fields is None or "id" not in fields or "name" not in fields:
            return None
        activity_id, name = reader.slug(fields["id"], f"{field}.id"), reader.text(fields["name"], f"{field}.name")
        examples = reader.each(fields["examples"], f"{field}.examples", reader.text) if "examples" in fields else ()
        return Activity(activity_id, name, examples, reader.aliases(fields, field)) if activity_id and name else None

    types = reader.each(mapping["types"], "types", term_type) if "types" in mapping else ()
    activities = reader.each(mapping["activities"], "activities", activity)
    if None in (term_id, order, abbreviation, full_name, definition):
        return None
    assert term_id is not None and order is not None and abbreviation is not None
    assert full_name is not None and definition is not None
    return Term(
        term_id,
        order,
        abbreviation,
        full_name,
        definition,
        characteristics,
        types,
        activities,
        reader.file,
        reader.aliases(mapping, ""),
    )


def _read_dimensions(reader: FileReader, node: Located, term_ids: tuple[str, ...]) -> tuple[Dimension, ...]:
    top = reader.mapping(node, "", ("dimensions",))
    if top is None or "dimensions" not in top:
        return ()

    def dimension(item: Located, field: str) -> Dimension | None:
        fields = reader.mapping(item, field, ("id", "label", "shown_in"), ("values", "from_term", "aliases"))
        if fields is None or any(key not in fields for key in ("id", "label", "shown_in")):
            return None
        dimension_id = reader.slug(fields["id"], f"{field}.id")
        label = reader.text(fields["label"], f"{field}.label")
        shown_in = _read_views(reader, fields["shown_in"], f"{field}.shown_in")
        values: dict[str, Text] = {}
        from_term = None
        if ("values" in fields) == ("from_term" in fields):
            reader.fail(
                item,
                field,
                "a dimension needs exactly one of 'values' and 'from_term'",
                "give one value per term under values:, or from_term: full_name, definition or activities",
            )
        elif "from_term" in fields:
            node = fields["from_term"]
            if node.value in TERM_FIELDS:
                from_term = node.value
            else:
                reader.fail(
                    node,
                    f"{field}.from_term",
                    f"'{node.value}' is not a term field",
                    f"use one of: {', '.join(TERM_FIELDS)}",
                )
        else:
            values = _read_values(reader, fields["values"], f"{field}.values", term_ids)
        if dimension_id is None or label is None or shown_in is None:
            return None
        if label and "infographic" in shown_in:
            _check_infographic_lengths(reader, fields, field, dimension_id, label, values)
            if from_term is not None and from_term not in INFOGRAPHIC_TERM_FIELDS:
                reader.fail(
                    fields["from_term"],
                    f"{field}.from_term",
                    f"the dimension '{dimension_id}' takes each term's {from_term}, too long for the infographic",
                    "remove infographic from shown_in, or use from_term: full_name",
                )
        return Dimension(dimension_id, label, shown_in, values, from_term, reader.aliases(fields, field))

    return reader.each(top["dimensions"], "dimensions", dimension)


def _read_views(reader: FileReader, node: Located, field: str) -> frozenset[View] | None:
    views: set[View] = set()
    for path, item in reader.items(node, field):
        if item.value in VIEWS:
            views.add(item.value)
        else:
            reader.fail(item, path, f"'{item.value}' is not a view", f"use any of: {', '.join(VIEWS)}")
    return frozenset(views) if views else None


def _read_values(reader: FileReader, node: Located, field: str, term_ids: tuple[str, ...]) -> dict[str, Text]:
    mapping = reader.mapping(node, field, term_ids)
    if mapping is None:
        return {}
    values = {
        term_id: reader.text(mapping[term_id], f"{field}.{term_id}") for term_id in term_ids if term_id in mapping
    }
    return {term_id: text for term_id, text in values.items() if text is not None}


def _check_infographic_lengths(
    reader: FileReader,
    fields: dict[str, Located],
    field: str,
    dimension_id: str,
    label: Text,
    values: dict[str, Text],
) -> None:
    for language, text in label.by_language.items():
        if len(text) > INFOGRAPHIC_LABEL_LIMIT:
            reader.fail(
                _child(fields["label"], language),
                f"{field}.label.{language}",
                f"the label of '{dimension_id}' has {len(text)} characters; "
                f"the infographic fits at most {INFOGRAPHIC_LABEL_LIMIT}",
                "shorten it, or remove infographic from shown_in",
            )
    for term_id, value in values.items():
        for language, text in value.by_language.items():
            if len(text) > INFOGRAPHIC_VALUE_LIMIT:
                reader.fail(
                    _child(fields["values"], term_id, language),
                    f"{field}.values.{term_id}.{language}",
                    f"the {term_id} value of '{dimension_id}' has {len(text)} characters; "
                    f"the infographic fits at most {INFOGRAPHIC_VALUE_LIMIT}",
                    "shorten it, or remove infographic from shown_in",
                )


def _anchor_ids(
    content_terms: tuple[Term, ...], dimensions: tuple[Dimension, ...], conclusion: Conclusion | None
) -> Iterator[tuple[str, str]]:
    """Every id a reader can link to, with the file that defines it."""
    for term in content_terms:
        yield term.id, term.source_file
        yield from ((alias, term.source_file) for alias in term.aliases)
        items: tuple[TermType | Activity, ...] = (*term.types, *term.activities)
        for item in items:
            yield item.id, term.source_file
            yield from ((alias, term.source_file) for alias in item.aliases)
    for dimension in dimensions:
        yield dimension.id, "dimensions"
        yield from ((alias, "dimensions") for alias in dimension.aliases)
    if conclusion:
        yield from ((point.id, "site") for point in conclusion.points)


def load_content(data_dir: str) -> Content:
    """Load and validate ``data_dir``; raise ``DataErrors`` listing every problem found."""
    errors: list[DataError] = []
    site_path = os.path.join(data_dir, "site.yml")
    dimensions_path = os.path.join(data_dir, "dimensions.yml")
    terms_dir = os.path.join(data_dir, "terms")

    def parse(path: str) -> tuple[Located | None, str]:
        shown_as = display_path(path)
        if not os.path.isfile(path):
            errors.append(DataError(shown_as, 1, 1, "", "the file is missing", "restore it from the main branch"))
            return None, shown_as
        parsed = load_located(path, shown_as)
        if isinstance(parsed, DataError):
            errors.append(parsed)
            return None, shown_as
        return parsed, shown_as

    site_node, site_file = parse(site_path)
    languages = _read_languages(site_node, site_file, errors)
    site = _read_site(FileReader(site_file, languages, errors), site_node) if site_node else None

    terms: list[Term] = []
    term_files = (
        sorted(name for name in os.listdir(terms_dir) if name.endswith((".yml", ".yaml")))
        if os.path.isdir(terms_dir)
        else []
    )
    if not term_files:
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
    for name in term_files:
        node, shown_as = parse(os.path.join(terms_dir, name))
        if node is not None:
            term = _read_term(FileReader(shown_as, languages, errors), node, os.path.splitext(name)[0])
            if term is not None:
                terms.append(term)
    terms.sort(key=lambda term: (term.order, term.id))
    # Every term file counts, even one with problems, so its own errors are not echoed
    # as "unknown term" errors in dimensions.yml.
    term_ids = tuple(term.id for term in terms) + tuple(
        stem for stem in (os.path.splitext(name)[0] for name in term_files) if stem not in {term.id for term in terms}
    )

    dimensions_node, dimensions_file = parse(dimensions_path)
    dimensions = (
        _read_dimensions(FileReader(dimensions_file, languages, errors), dimensions_node, term_ids)
        if dimensions_node
        else ()
    )

    conclusion = site.get("conclusion") if site else None
    _check_cross_references(
        errors,
        terms,
        dimensions,
        conclusion if isinstance(conclusion, Conclusion) else None,
        site_file,
        dimensions_file,
        dimensions_node,
    )

    if errors or site is None or any(value is None for value in site.values()):
        if not errors:  # a part failed to read without saying why: never build a half site
            errors.append(
                DataError(
                    site_file, 1, 1, "", "the file could not be read completely", "compare it with the main branch"
                )
            )
        raise DataErrors(errors)
    return Content(
        languages=languages,
        terms=tuple(terms),
        dimensions=dimensions,
        **site,  # type: ignore[arg-type]
    )


def _check_cross_references(
    errors: list[DataError],
    terms: list[Term],
    dimensions: tuple[Dimension, ...],
    conclusion: Conclusion | None,
    site_file: str,
    dimensions_file: str,
    dimensions_node: Located | None,
) -> None:
    orders: dict[int, str] = {}
    for term in terms:
        if term.order in orders:
            errors.append(
                DataError(
                    term.source_file,
                    1,
                    1,
                    "order",
                    f"the order {term.order} is also used by the term '{orders[term.order]}'",
                    "give each term its own order number",
                )
            )
        orders[term.order] = term.id
    files = {"dimensions": dimensions_file, "site": site_file}
    seen: dict[str, str] = {}
    for anchor, where in _anchor_ids(tuple(terms), dimensions, conclusion):
        file = files.get(where, where)
        if anchor in seen:
            errors.append(
                DataError(
                    file,
                    1,
                    1,
                    "id",
                    f"the id '{anchor}' is already used in {seen[anchor]}",
                    "ids are link anchors and must be unique across the site: choose another",
                )
            )
        elif anchor in SECTION_IDS or anchor.startswith(DIFFERENCE_PREFIX):
            errors.append(
                DataError(
                    file, 1, 1, "id", f"the id '{anchor}' is reserved for a section of the site", "choose another id"
                )
            )
        seen.setdefault(anchor, file)
    known = {dimension.id for dimension in dimensions}
    if conclusion:
        for index, dimension_id in enumerate(conclusion.dimension_ids):
            if dimension_id not in known:
                errors.append(
                    DataError(
                        site_file,
                        1,
                        1,
                        f"conclusion.dimensions[{index}]",
                        f"there is no dimension with the id '{dimension_id}'",
                        "use an id from data/dimensions.yml",
                    )
                )
    _check_infographic_totals(errors, terms, dimensions, dimensions_file)


def _check_infographic_totals(
    errors: list[DataError], terms: list[Term], dimensions: tuple[Dimension, ...], dimensions_file: str
) -> None:
    """What one dimension entry cannot show alone: values taken from term files, and the count."""
    shown = [dimension for dimension in dimensions if "infographic" in dimension.shown_in]
    if len(shown) > INFOGRAPHIC_DIMENSION_LIMIT:
        errors.append(
            DataError(
                dimensions_file,
                1,
                1,
                "dimensions",
                f"{len(shown)} dimensions are marked for the infographic; "
                f"it fits at most {INFOGRAPHIC_DIMENSION_LIMIT}",
                "remove infographic from the shown_in of the least important ones",
            )
        )
    for dimension in shown:
        if dimension.from_term != "full_name":
            continue
        for term in terms:
            for language, text in term.full_name.by_language.items():
                if len(text) > INFOGRAPHIC_VALUE_LIMIT:
                    errors.append(
                        DataError(
                            term.source_file,
                            1,
                            1,
                            f"full_name.{language}",
                            f"the full name has {len(text)} characters; the infographic shows it "
                            f"(dimension '{dimension.id}') and fits at most {INFOGRAPHIC_VALUE_LIMIT}",
                            "shorten it, or remove infographic from that dimension's shown_in",
                        )
                    )
