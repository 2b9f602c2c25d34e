"""Small data folders for unit tests, written from Python values so each test shows its change."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import yaml

from bpokpo.model import PAGE_KEYS
from bpokpo.ui_strings import UI_KEYS

REPO = Path(__file__).resolve().parents[1]
# A small, complete data set in the real files' style, for tests that edit data on purpose.
FIXTURE_DATA = REPO / "tests" / "fixtures" / "data"


def text(word: str) -> dict[str, str]:
    return {"sv": f"{word} på svenska", "en": f"{word} in English"}


def minimal_site() -> dict[str, Any]:
    page = {"title": text("Title"), "description": text("Description")}
    return {
        "languages": ["sv", "en"],
        "title": text("Site"),
        "description": text("About"),
        "sources": [{"id": "article", "title": text("Article")}],
        "intro": {
            "heading": text("Intro"),
            "paragraphs": [text("Paragraph")],
            "examples_heading": text("Examples"),
            "examples": [text("Example")],
        },
        "conclusion": {
            "points": [{"id": "point", "text": text("Point")}],
            "dimensions": ["cost"],
        },
        "pages": {key: copy.deepcopy(page) for key in PAGE_KEYS},
        "ui": {key: text(key) for key in UI_KEYS},
        "words": {"and": {"sv": "och", "en": "and"}, "or": {"sv": "eller", "en": "or"}, "numbers": numbers()},
    }


def numbers() -> list[dict[str, str]]:
    """Number words from zero to five: enough for small data, and a larger count shows as digits."""
    swedish, english = ("noll", "en", "två", "tre", "fyra", "fem"), ("zero", "one", "two", "three", "four", "five")
    return [{"sv": sv, "en": en} for sv, en in zip(swedish, english, strict=True)]


def minimal_term(term_id: str, order: int) -> dict[str, Any]:
    return {
        "id": term_id,
        "order": order,
        "abbreviation": term_id.upper(),
        "full_name": text(f"{term_id} full name"),
        "definition": text(f"{term_id} definition"),
        "activities": [{"id": f"{term_id}-work", "name": text("Work"), "examples": [text("Example")]}],
        "sources": ["article"],
    }


def minimal_dimensions() -> dict[str, Any]:
    return {
        "dimensions": [
            {
                "id": "full-form",
                "label": text("Full form"),
                "contrast": text("The names differ"),
                "shown_in": ["infographic"],
                "from_term": "full_name",
            },
            {
                "id": "cost",
                "label": text("Cost"),
                "contrast": text("One costs less than the other"),
                "shown_in": ["infographic"],
                "values": {"aaa": text("Low"), "bbb": text("High")},
                "question": {
                    "text": text("Cost question"),
                    "answers": [
                        {"term": "aaa", "text": text("Cheap")},
                        {"term": "bbb", "text": text("Dear")},
                        {"text": text("Not sure")},
                    ],
                },
            },
            {
                "id": "services",
                "label": text("Services"),
                "contrast": text("They cover different work"),
                "from_term": "activities",
            },
        ]
    }


def minimal_sources() -> dict[str, Any]:
    return {
        "sources": [
            {
                "id": "public-page",
                "title": "A public page",
                "publisher": text("Publisher"),
                "url": "https://example.org/page",
                "language": "en",
                "read": "2026-11-30",
            }
        ]
    }


def minimal_glossary() -> dict[str, Any]:
    return {
        "entries": [
            {"term": "aaa"},
            {
                "id": "sla",
                "abbreviation": "SLA",
                "name": text("Service level agreement"),
                "definition": text("Agreement on service levels"),
                "sources": ["public-page"],
            },
        ]
    }


def minimal_buying() -> dict[str, Any]:
    fact = {"text": text("A fact"), "sources": ["public-page"]}
    topic = {"id": "savings", "heading": text("Savings"), "facts": [fact], "manage": [copy.deepcopy(fact)]}
    return {"sections": [{"id": "benefits", "heading": text("Benefits"), "topics": [topic]}]}


class _WrittenOut(yaml.SafeDumper):
    """Writes a value used twice out twice: the validator refuses YAML's anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(value: Any) -> str:
    return yaml.dump(value, Dumper=_WrittenOut, allow_unicode=True, sort_keys=False, width=10_000)


def write_data(
    folder: Path,
    site: dict[str, Any],
    dimensions: dict[str, Any],
    terms: list[dict[str, Any]],
    *,
    sources: dict[str, Any] | None = None,
    glossary: dict[str, Any] | None = None,
    buying: dict[str, Any] | None = None,
) -> Path:
    (folder / "terms").mkdir(parents=True, exist_ok=True)
    files = {
        "site.yml": site,
        "dimensions.yml": dimensions,
        "sources.yml": minimal_sources() if sources is None else sources,
        "glossary.yml": minimal_glossary() if glossary is None else glossary,
        "buying.yml": minimal_buying() if buying is None else buying,
    }
    for name, value in files.items():
        (folder / name).write_text(dump(value), encoding="utf-8")
    for term in terms:
        (folder / "terms" / f"{term['id']}.yml").write_text(dump(term), encoding="utf-8")
    return folder


def minimal_data(folder: Path) -> Path:
    return write_data(folder, minimal_site(), minimal_dimensions(), [minimal_term("aaa", 1), minimal_term("bbb", 2)])


def copy_project(target: Path) -> Path:
    """A copy of everything a build and `make validate` read, for tests that change data."""
    for name in ("data", "docs", "overrides", "anchors"):
        shutil.copytree(REPO / name, target / name)
    for name in ("mkdocs.yml", "mkdocs.sv.yml", "mkdocs.en.yml", "macros.py", "mkdocs_hooks.py", ".yamllint.yml"):
        shutil.copy2(REPO / name, target / name)
    return target


def copy_fixture_data(target: Path) -> Path:
    """The test data set (tests/fixtures) with what `make validate` checks it against; returns its data folder."""
    shutil.copytree(FIXTURE_DATA, target / "data")
    shutil.copytree(FIXTURE_DATA.parent / "anchors", target / "anchors")
    shutil.copy2(REPO / ".yamllint.yml", target / ".yamllint.yml")
    return target / "data"


def copy_checked_data(target: Path) -> Path:
    """data/ with what `make validate` checks it against (anchors/, .yamllint.yml); returns the data folder."""
    shutil.copytree(REPO / "data", target / "data")
    shutil.copytree(REPO / "anchors", target / "anchors")
    shutil.copy2(REPO / ".yamllint.yml", target / ".yamllint.yml")
    return target / "data"
