"""Synthetic data of a chosen size that passes the site's own validation.

The site text (data/site.yml) is the real one; the terms and dimensions are generated,
shaped like the real ones: three dimensions take their values from the terms (full
name, definition, activities) and the rest carry one short value per term. Every one is a
table row and a key difference (with its contrast sentence); ten are in the infographic,
as in the real data.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from bench.project_copy import REPO

FROM_TERM_FIELDS = ("full_name", "definition", "activities")
# The infographic shows at most 12 dimensions (the validator's limit): as in the real data,
# the full name and the first value dimensions, ten in all.
INFOGRAPHIC_DIMENSIONS = 10


def real_dimension_count(repo: Path = REPO) -> int:
    with open(repo / "data" / "dimensions.yml", encoding="utf-8") as file:
        return len(yaml.safe_load(file)["dimensions"])


def _text(sv: str, en: str) -> dict[str, str]:
    return {"sv": sv, "en": en}


def synthetic_term(number: int, source_id: str) -> dict[str, Any]:
    """A term citing ``source_id``, a source of the site text."""
    term_id = f"model-{number:02d}"
    abbreviation = f"M{number:02d}"
    return {
        "id": term_id,
        "order": number,
        "abbreviation": abbreviation,
        "full_name": _text(f"Outsourcingmodell nummer {number}", f"Outsourcing model number {number}"),
        "definition": _text(
            f"Modell {number} lägger ut en bestämd sorts arbete på en extern leverantör med egen personal.",
            f"Model {number} hands a given kind of work to an outside provider with its own staff.",
        ),
        "characteristics": [
            _text(f"Kännetecken {index} för modell {number}.", f"Trait {index} of model {number}.") for index in (1, 2)
        ],
        "types": [
            {
                "id": f"{term_id}-type-{index}",
                "name": _text(f"Typ {index}", f"Type {index}"),
                "description": _text(f"Variant {index} av modell {number}.", f"Variant {index} of model {number}."),
            }
            for index in (1, 2, 3)
        ],
        "activities": [
            {
                "id": f"{term_id}-work-{index}",
                "name": _text(f"Arbetsområde {index}", f"Line of work {index}"),
                "examples": [_text(f"Exempel {index}", f"Example {index}")],
            }
            for index in (1, 2, 3, 4)
        ],
        "sources": [source_id],
    }


def synthetic_dimension(number: int, term_ids: list[str]) -> dict[str, Any]:
    dimension: dict[str, Any] = {
        "id": f"aspect-{number:04d}",
        "label": _text(f"Aspekt nummer {number}", f"Aspect number {number}"),
        "contrast": _text(
            f"Modellerna skiljer sig åt i aspekt {number}.", f"The models differ from each other in aspect {number}."
        ),
    }
    if number <= len(FROM_TERM_FIELDS):
        field = FROM_TERM_FIELDS[number - 1]
        if field == "full_name":
            dimension["shown_in"] = ["infographic"]
        dimension["from_term"] = field
        return dimension
    if number < len(FROM_TERM_FIELDS) + INFOGRAPHIC_DIMENSIONS:
        dimension["shown_in"] = ["infographic"]
    dimension["values"] = {
        term_id: _text(f"Värde {number} för {term_id}", f"Value {number} for {term_id}") for term_id in term_ids
    }
    return dimension


def write_synthetic_data(data_dir: Path, dimension_count: int, term_count: int, repo: Path = REPO) -> Path:
    """Replace ``data_dir`` with real site text and generated terms and dimensions."""
    if dimension_count <= len(FROM_TERM_FIELDS) or term_count < 1:
        raise ValueError("need more dimensions than the three taken from the terms, and at least one term")
    with open(repo / "data" / "site.yml", encoding="utf-8") as file:
        site = yaml.safe_load(file)
    terms = [synthetic_term(number, site["sources"][0]["id"]) for number in range(1, term_count + 1)]
    term_ids = [term["id"] for term in terms]
    dimensions = [synthetic_dimension(number, term_ids) for number in range(1, dimension_count + 1)]
    site["conclusion"]["dimensions"] = [dimensions[-1]["id"]]

    if data_dir.exists():
        shutil.rmtree(data_dir)
    (data_dir / "terms").mkdir(parents=True)
    _dump(data_dir / "site.yml", site)
    _dump(data_dir / "dimensions.yml", {"dimensions": dimensions})
    # The real sources, buyer information and glossary, less what names the real terms and dimensions.
    loaded = {}
    for name in ("sources", "glossary", "buying"):
        with open(repo / "data" / f"{name}.yml", encoding="utf-8") as file:
            loaded[name] = yaml.safe_load(file)
    loaded["glossary"]["entries"] = [entry for entry in loaded["glossary"]["entries"] if "id" in entry]
    loaded["buying"].pop("from_article", None)
    for section in loaded["buying"]["sections"]:
        for topic in section["topics"]:
            topic.pop("glossary", None)
    for name, value in loaded.items():
        _dump(data_dir / f"{name}.yml", value)
    for term in terms:
        _dump(data_dir / "terms" / f"{term['id']}.yml", term)
    return data_dir


def _dump(path: Path, value: Any) -> None:
    path.write_text(yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
