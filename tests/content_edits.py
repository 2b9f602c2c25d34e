"""Legitimate content edits, each made on a copy of the project the way a contributor makes it.

Every edit here must leave a site that passes every check a pull request gets: validation,
the strict build of both languages, and the tests that look at the built pages (they run
over the unedited site and over each of these; see ``conftest.site``). CONTRIBUTING.md's
own examples are read from CONTRIBUTING.md itself, so the document and the tests cannot
drift apart.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bpokpo import load_content
from bpokpo.model import Content

REPO = Path(__file__).resolve().parents[1]
CONTRIBUTING = REPO / "CONTRIBUTING.md"
ITO_WALKTHROUGH = "Add a third term: ITO"
ADD_A_DIMENSION = "Add a dimension"
FIX_A_VALUE = "Fix a value"


@dataclass(frozen=True)
class ContentEdit:
    name: str  # also the test id
    what: str  # what a contributor did, for failure messages
    apply: Callable[[Path], None]  # edits the project copy in place


# --- CONTRIBUTING.md, read as a contributor reads it --------------------------------------


def contributing_section(heading: str) -> str:
    text = CONTRIBUTING.read_text(encoding="utf-8")
    marker = f"\n## {heading}\n"
    assert marker in text, f"CONTRIBUTING.md has no section '## {heading}' any more: the edit suite follows it"
    return text.split(marker, 1)[1].split("\n## ", 1)[0]


def contributing_blocks(heading: str, language: str) -> list[str]:
    """The ```language code blocks of one section of CONTRIBUTING.md, without their indentation."""
    blocks = []
    for indent, body in re.findall(rf"^([ ]*)```{language}\n(.*?)^\1```$", contributing_section(heading), re.S | re.M):
        blocks.append("".join(line.removeprefix(indent) for line in body.splitlines(keepends=True)))
    assert blocks, f"CONTRIBUTING.md's section '{heading}' has no ```{language} example any more"
    return blocks


# --- the commands a contributor runs --------------------------------------------------------


def bpokpo(project: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """``python -m bpokpo …`` in the project, as `make validate` and `make anchors` run it."""
    env = {key: value for key, value in os.environ.items() if key != "GITHUB_ACTIONS"}
    return subprocess.run(
        [sys.executable, "-m", "bpokpo", *arguments], cwd=project, capture_output=True, text=True, env=env, check=False
    )


def validate(project: Path) -> subprocess.CompletedProcess[str]:
    return bpokpo(project, "validate", "data")


def make_anchors(project: Path) -> None:
    result = bpokpo(project, "anchors")
    assert result.returncode == 0, f"make anchors failed:\n{result.stdout}{result.stderr}"


def assert_valid(project: Path, what: str) -> None:
    result = validate(project)
    assert result.returncode == 0, f"after {what}, make validate fails:\n{result.stderr}"


# --- editing YAML the way the files are written -----------------------------------------------


def read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


class _DataFileDumper(yaml.SafeDumper):
    """Writes YAML in the data files' layout (.yamllint.yml): a list indented below its key."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def write_yaml(path: Path, value: Any) -> None:
    """Rewrite a data file from a value, keeping its first line (the schema it names)."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    body = yaml.dump(value, Dumper=_DataFileDumper, allow_unicode=True, sort_keys=False, width=150)
    path.write_text(f"{first}\n{body}", encoding="utf-8")


def real_content() -> Content:
    return load_content(str(REPO / "data"))


# --- adding a term, as CONTRIBUTING's walkthrough says ------------------------------------------

# A line of `make validate` naming a dimension without a value for a term (step 2 of the walkthrough).
MISSING_VALUE = re.compile(
    r"^(?P<file>\S+):(?P<line>\d+):(?P<column>\d+): dimensions\[(?P<index>\d+)\]\.values\.(?P<term>[a-z0-9-]+): "
    r"there is no value for the term '(?P=term)' \(add (?P=term): \{sv: …, en: …\}, .*\)$"
)


def add_source(project: Path, source_yaml: str) -> None:
    """An entry at the end of data/sources.yml's list."""
    path = project / "data" / "sources.yml"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + source_yaml, encoding="utf-8")


def add_term(project: Path, term_yaml: str, value: Callable[[int], dict[str, str]]) -> str:
    """The term file, a value at each line `make validate` names, then `make anchors`, as CONTRIBUTING's
    walkthrough says. ``value(n)`` is the term's value in the n-th dimension."""
    term_id = str(yaml.safe_load(term_yaml)["id"])
    (project / "data" / "terms" / f"{term_id}.yml").write_text(term_yaml, encoding="utf-8")
    reported = validate(project)
    problems = [line for line in reported.stderr.splitlines() if line.startswith("data/")]
    missing = [match for line in problems if (match := MISSING_VALUE.match(line))]
    assert missing and len(missing) == len(problems) and all(match["term"] == term_id for match in missing), (
        f"make validate should list each dimension without a value for {term_id}, and nothing else:\n{reported.stderr}"
    )
    for match in sorted(missing, key=lambda found: -int(found["line"])):  # bottom up: line numbers stay right
        path = project / match["file"]
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        text = value(int(match["index"]))
        indent = " " * (int(match["column"]) - 1)
        lines.insert(int(match["line"]) - 1, f'{indent}{term_id}: {{sv: "{text["sv"]}", en: "{text["en"]}"}}\n')
        path.write_text("".join(lines), encoding="utf-8")
    reported = validate(project)
    assert reported.returncode != 0 and "make anchors" in reported.stderr, (
        f"with every value in, make validate should ask for make anchors:\n{reported.stderr}"
    )
    make_anchors(project)
    assert_valid(project, f"adding {term_id}, a value for it at each line make validate named, and make anchors")
    return term_id


def contributing_ito(project: Path) -> None:
    """CONTRIBUTING's ITO walkthrough, word for word: its source, its ito.yml, then the steps it lists."""
    source_yaml, term_yaml = contributing_blocks(ITO_WALKTHROUGH, "yaml")
    [sample] = contributing_blocks(ITO_WALKTHROUGH, "text")
    assert MISSING_VALUE.match(sample.strip()), (
        f"CONTRIBUTING's sample line of make validate no longer reads like its real output:\n{sample}"
    )
    add_source(project, source_yaml)
    add_term(project, term_yaml, lambda index: {"sv": f"ITO-värde {index + 1}", "en": f"ITO value {index + 1}"})


def example_source(source_id: str, title: str) -> str:
    """An entry of data/sources.yml for test data: a source at example.org."""
    return (
        f'  - id: "{source_id}"\n    title: "{title}"\n    publisher: {{sv: "Testförlaget", en: "Test Press"}}\n'
        f'    url: "https://example.org/{source_id}"\n    language: "en"\n    read: "2026-11-30"\n'
    )


FOURTH_SOURCE = example_source("rpo-test-source", "Recruitment process outsourcing, a test source")
FOURTH_TERM = """\
# yaml-language-server: $schema=../../src/bpokpo/schemas/term.schema.json
# A fourth term, with every optional part, as a contributor would add it after ITO.
id: "rpo"
order: 4
abbreviation: "RPO"
full_name:
  sv: "Outsourcing av rekryteringsprocesser"
  en: "Recruitment process outsourcing"
definition:
  sv: "Att lägga ut hela eller delar av rekryteringen på en extern leverantör."
  en: "Handing all or part of recruitment to an outside provider."
characteristics:
  - sv: "Leverantören arbetar ofta under kundens varumärke."
    en: "The provider often works under the client's brand."
types:
  - id: "end-to-end-rpo"
    name: {sv: "Hela processen", en: "End to end"}
    description:
      sv: "Leverantören sköter rekryteringen från behov till anställning."
      en: "The provider runs recruitment from need to hire."
  - id: "project-rpo"
    name: {sv: "Projekt", en: "Project"}
    description:
      sv: "Leverantören rekryterar för ett avgränsat projekt."
      en: "The provider recruits for one defined project."
activities:
  - id: "candidate-sourcing"
    name: {sv: "Kandidatsökning", en: "Candidate sourcing"}
    examples:
      - {sv: "Annonsering", en: "Job advertising"}
      - {sv: "Direktsökning", en: "Headhunting"}
  - id: "screening"
    name: {sv: "Urval och intervjuer", en: "Screening and interviews"}
sources: ["rpo-test-source"]
"""


def fourth_term(project: Path) -> None:
    """ITO as CONTRIBUTING adds it, then a fourth term the same way."""
    contributing_ito(project)
    add_source(project, FOURTH_SOURCE)
    add_term(project, FOURTH_TERM, lambda index: {"sv": f"RPO-värde {index + 1}", "en": f"RPO value {index + 1}"})


# --- dimensions ---------------------------------------------------------------------------------


def dimension_entries(text: str) -> list[tuple[int, int]]:
    """(start, end) of each entry's text in dimensions.yml, with the comment lines just above it."""
    starts = [match.start() for match in re.finditer(r"^(?:  #.*\n)*  - id: ", text, re.M)]
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def contributing_dimension_examples(project: Path) -> None:
    """CONTRIBUTING's "Fix a value" (each value its example shows, set in that dimension) and
    "Add a dimension" (its entry, at the end), then `make anchors`."""
    path = project / "data" / "dimensions.yml"
    [fixed] = contributing_blocks(FIX_A_VALUE, "yaml")
    [example] = yaml.safe_load(fixed)
    text = path.read_text(encoding="utf-8")
    [(start, end)] = [(s, e) for s, e in dimension_entries(text) if f'  - id: "{example["id"]}"\n' in text[s:e]]
    entry = text[start:end]
    for line in fixed.splitlines():
        term = re.match(r"^\s+([a-z0-9-]+): \{sv: ", line)
        if term and term[1] in example["values"]:
            [old] = re.findall(rf"^ +{term[1]}: .*$", entry, re.M)
            entry = entry.replace(old, line)
    [added] = contributing_blocks(ADD_A_DIMENSION, "yaml")
    path.write_text((text[:start] + entry + text[end:]).rstrip("\n") + "\n\n" + added, encoding="utf-8")
    make_anchors(project)
    assert_valid(project, "CONTRIBUTING's dimension examples and make anchors")


def contributing_dimension_ids() -> tuple[str, str]:
    """The ids of the dimension CONTRIBUTING fixes a value of, and of the one it adds."""
    [fixed] = contributing_blocks(FIX_A_VALUE, "yaml")
    [added] = contributing_blocks(ADD_A_DIMENSION, "yaml")
    return str(yaml.safe_load(fixed)[0]["id"]), str(yaml.safe_load(added)[0]["id"])


def dimensions_reordered(project: Path) -> None:
    path = project / "data" / "dimensions.yml"
    data = read_yaml(path)
    before = [entry["id"] for entry in data["dimensions"]]
    data["dimensions"].reverse()
    assert [entry["id"] for entry in data["dimensions"]] != before
    write_yaml(path, data)
    assert_valid(project, "reversing the order of the dimensions")


# A page moved and items renamed as CONTRIBUTING says ("Links never break"): old ids kept.
MOVED_PAGES = {"compare/": "comparison/"}  # an old path -> the page it moved to


def referenced(content: Content) -> set[str]:
    """Dimension ids other data refers to (the conclusion and the buyer information recall them)."""
    return {*content.conclusion.dimension_ids, *content.buying.article_dimension_ids}


@dataclass(frozen=True)
class Renamed:
    old: str
    new: str
    page_url: str  # the page the item is on, e.g. "comparison/"


def renamed_items() -> tuple[Renamed, ...]:
    """A dimension (a table row and a key difference) and an activity, both chosen from the data."""
    content = real_content()
    dimension = next(d for d in content.dimensions if not d.aliases and d.id not in referenced(content))
    term = next(t for t in content.terms if t.activities and not t.activities[0].aliases)
    activity = term.activities[0]
    return (
        Renamed(dimension.id, f"{dimension.id}-renamed", "comparison/"),
        Renamed(activity.id, f"{activity.id}-renamed", f"{term.id}/"),
    )


def renamed_and_moved(project: Path) -> None:
    files = [project / "data" / "dimensions.yml", *sorted((project / "data" / "terms").glob("*.yml"))]
    for item in renamed_items():
        entry = f'  - id: "{item.old}"\n'
        [path] = [path for path in files if entry in path.read_text(encoding="utf-8")]
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(entry, f'  - id: "{item.new}"\n    aliases: ["{item.old}"]\n'), encoding="utf-8")
    moves = "".join(f'  - {{from: "{old}", to: "{new}"}}\n' for old, new in MOVED_PAGES.items())
    redirects = project / "data" / "redirects.yml"
    redirects.write_text(redirects.read_text(encoding="utf-8").replace("redirects: []\n", f"redirects:\n{moves}"))
    make_anchors(project)
    assert_valid(project, "renaming items and moving a page, and make anchors")


def removed_dimension_id(project: Path) -> str:
    """A dimension that is not one of the source's facts; CONTRIBUTING's new one, published first, if none is."""
    from test_source_facts import SOURCE_DIMENSIONS

    content = load_content(str(project / "data"))
    guarded = {fact.id for fact in SOURCE_DIMENSIONS}
    candidates = [
        d.id
        for d in content.dimensions
        if d.id not in guarded and not set(d.aliases) & guarded and d.id not in referenced(content)
    ]
    if candidates:
        return candidates[-1]
    contributing_dimension_examples(project)  # it is published: make anchors registers it
    return contributing_dimension_ids()[1]


def dimension_removed(project: Path) -> None:
    """Remove a dimension the documented way: its id goes to the one that replaces it, as an alias."""
    removed = removed_dimension_id(project)
    path = project / "data" / "dimensions.yml"
    data = read_yaml(path)
    index = next(i for i, entry in enumerate(data["dimensions"]) if entry["id"] == removed)
    entry = data["dimensions"].pop(index)
    heir = data["dimensions"][max(index - 1, 0)]  # the one before it, as near in meaning as any
    heir["aliases"] = [*heir.get("aliases", []), entry["id"], *entry.get("aliases", [])]
    write_yaml(path, data)
    make_anchors(project)
    assert_valid(project, f"removing the dimension '{removed}', and make anchors")


# --- every text reworded ----------------------------------------------------------------------

_LOWER, _UPPER = "abcdefghijklmnopqrstuvwxyzåäö", "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
_NEXT_LETTER = str.maketrans(_LOWER + _UPPER, _LOWER[1:] + _LOWER[0] + _UPPER[1:] + _UPPER[0])
_PLACEHOLDER = re.compile(r"(\{[a-z_]+\})")


def reword(text: str) -> str:
    """Each letter replaced by the next one: every word changes, no length does (limits still hold)."""
    return "".join(
        part if _PLACEHOLDER.fullmatch(part) else part.translate(_NEXT_LETTER) for part in _PLACEHOLDER.split(text)
    )


def _is_text(value: Any, languages: list[str]) -> bool:
    """A text in every language ({sv: …, en: …}), or words per language (a glossary entry's forms)."""
    return isinstance(value, dict) and bool(value) and set(value) == set(languages)


# Plain strings that are texts: an abbreviation, and a public source's title (written as published).
PLAIN_TEXTS = ("abbreviation", "title")


def _reworded(value: Any, languages: list[str]) -> Any:
    if _is_text(value, languages):
        return {language: _reworded_words(words) for language, words in value.items()}
    if isinstance(value, dict):
        return {
            key: reword(child) if key in PLAIN_TEXTS and isinstance(child, str) else _reworded(child, languages)
            for key, child in value.items()
        }
    if isinstance(value, list):
        return [_reworded(child, languages) for child in value]
    return value


def _reworded_words(words: Any) -> Any:
    return [reword(word) for word in words] if isinstance(words, list) else reword(words)


def every_text_reworded(project: Path) -> None:
    data = project / "data"
    languages = read_yaml(data / "site.yml")["languages"]
    files = [path for path in sorted(data.glob("*.yml")) if path.name != "redirects.yml"]
    for path in [*files, *sorted((data / "terms").glob("*.yml"))]:
        before = read_yaml(path)
        after = _reworded(before, languages)
        # a text of placeholders alone ("{terms_or}?") changes with the abbreviations it lists
        unchanged = [
            text
            for text in _texts(after, languages)
            if text in set(_texts(before, languages)) and any(c.isalpha() for c in _PLACEHOLDER.sub("", text))
        ]
        assert not unchanged, f"{path.name}: not reworded: {unchanged}"
        write_yaml(path, after)
    assert_valid(project, "rewording every text")


def _texts(value: Any, languages: list[str]) -> list[str]:
    if _is_text(value, languages):
        return [word for words in value.values() for word in (words if isinstance(words, list) else [words])]
    if isinstance(value, dict):
        plain = [child for key, child in value.items() if key in PLAIN_TEXTS and isinstance(child, str)]
        return [*plain, *_texts(list(value.values()), languages)]
    if isinstance(value, list):
        return [text for child in value for text in _texts(child, languages)]
    return []


EDITS: tuple[ContentEdit, ...] = (
    ContentEdit(
        "ito", "CONTRIBUTING's walkthrough: a third term, ITO, with its own activities and sources", contributing_ito
    ),
    ContentEdit("fourth-term", "a fourth term after ITO, with types, activities and its own sources", fourth_term),
    ContentEdit(
        "new-dimension",
        "CONTRIBUTING's examples: a value fixed and a new dimension in table, key differences and infographic",
        contributing_dimension_examples,
    ),
    ContentEdit("reworded", "every text of the data reworded, in both languages", every_text_reworded),
    ContentEdit("reordered", "the dimensions in the opposite order", dimensions_reordered),
    ContentEdit(
        "renamed", "a dimension and an activity renamed and a page moved, the documented way", renamed_and_moved
    ),
    ContentEdit("dimension-removed", "a dimension that is not from the source removed, its id kept", dimension_removed),
)
