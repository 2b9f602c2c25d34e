"""Validation of the guide's questions, the glossary, the buyer information and their sources: each
mistake is reported once, in the file and at the line where it was made, with how to fix it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from datafactory import (
    minimal_buying,
    minimal_dimensions,
    minimal_glossary,
    minimal_site,
    minimal_sources,
    minimal_term,
    write_data,
)

from bpokpo import load_content
from bpokpo.errors import DataError, DataErrors


def problems(tmp_path: Path, **changes: Any) -> list[DataError]:
    data = {
        "site": minimal_site(),
        "dimensions": minimal_dimensions(),
        "terms": [minimal_term("aaa", 1), minimal_term("bbb", 2)],
        "sources": minimal_sources(),
        "glossary": minimal_glossary(),
        "buying": minimal_buying(),
        **changes,
    }
    folder = write_data(
        tmp_path,
        data["site"],
        data["dimensions"],
        data["terms"],
        sources=data["sources"],
        glossary=data["glossary"],
        buying=data["buying"],
    )
    with pytest.raises(DataErrors) as failure:
        load_content(str(folder))
    return failure.value.errors


def only(errors: list[DataError]) -> DataError:
    assert len(errors) == 1, "\n".join(e.format() for e in errors)
    assert errors[0].fix
    return errors[0]


def line_of(tmp_path: Path, name: str, text: str) -> int:
    content = (tmp_path / name).read_text(encoding="utf-8")
    return content[: content.index(text)].count("\n") + 1


def test_the_minimal_data_is_valid(tmp_path: Path) -> None:
    content = load_content(
        str(
            write_data(tmp_path, minimal_site(), minimal_dimensions(), [minimal_term("aaa", 1), minimal_term("bbb", 2)])
        )
    )
    assert [d.id for d in content.questions()] == ["cost"]
    assert [answer.term_id for answer in content.questions()[0].question.answers] == ["aaa", "bbb", None]  # type: ignore[union-attr]


def test_an_answer_pointing_to_a_missing_term(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["question"]["answers"][1]["term"] = "zzz"
    error = only(problems(tmp_path, dimensions=dimensions))
    assert error.file.endswith("dimensions.yml")
    assert error.field == "dimensions[1].question.answers[1].term"
    assert error.line == line_of(tmp_path, "dimensions.yml", "term: zzz")
    assert "there is no term 'zzz'" in error.message and "aaa, bbb" in error.fix


def test_two_answers_pointing_to_the_same_term(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["question"]["answers"][1]["term"] = "aaa"
    error = only(problems(tmp_path, dimensions=dimensions))
    assert "already points to the term 'aaa'" in error.message
    assert error.field == "dimensions[1].question.answers[1]"


def test_two_answers_pointing_to_none(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    del dimensions["dimensions"][1]["question"]["answers"][0]["term"]
    assert "already points to none" in only(problems(tmp_path, dimensions=dimensions)).message


def test_a_question_needs_two_answers(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["question"]["answers"] = dimensions["dimensions"][1]["question"]["answers"][:1]
    assert "at least two answers" in only(problems(tmp_path, dimensions=dimensions)).message


def test_a_term_may_not_take_the_guides_reserved_ids(tmp_path: Path) -> None:
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"] = {"aaa": {"sv": "a", "en": "a"}, "none": {"sv": "b", "en": "b"}}
    dimensions["dimensions"][1]["question"]["answers"][1]["term"] = "none"
    error = only(problems(tmp_path, dimensions=dimensions, terms=[minimal_term("aaa", 1), minimal_term("none", 2)]))
    assert error.file.endswith("none.yml") and "reserved" in error.message


def test_a_fact_without_a_source_is_refused(tmp_path: Path) -> None:
    buying = minimal_buying()
    buying["sections"][0]["topics"][0]["facts"][0]["sources"] = []
    error = only(problems(tmp_path, buying=buying))
    assert error.file.endswith("buying.yml") and error.field == "sections[0].topics[0].facts[0].sources"
    assert "names no source" in error.message


def test_a_fact_must_name_its_sources(tmp_path: Path) -> None:
    buying = minimal_buying()
    del buying["sections"][0]["topics"][0]["manage"][0]["sources"]
    error = only(problems(tmp_path, buying=buying))
    assert "the required key 'sources' is missing" in error.message


def test_an_own_glossary_entry_needs_sources(tmp_path: Path) -> None:
    glossary = minimal_glossary()
    del glossary["entries"][1]["sources"]
    error = only(problems(tmp_path, glossary=glossary))
    assert error.file.endswith("glossary.yml") and "no fact without a source" in error.fix


def test_a_citation_of_a_missing_source(tmp_path: Path) -> None:
    buying = minimal_buying()
    buying["sections"][0]["topics"][0]["facts"][0]["sources"] = ["public-page", "nowhere"]
    error = only(problems(tmp_path, buying=buying))
    assert error.field == "sections[0].topics[0].facts[0].sources[1]"
    assert "there is no source 'nowhere'" in error.message and "data/sources.yml" in error.fix


def test_the_article_may_be_cited(tmp_path: Path) -> None:
    buying = minimal_buying()
    buying["sections"][0]["topics"][0]["facts"][0]["sources"] = ["article"]  # minimal_site's article
    folder = write_data(
        tmp_path, minimal_site(), minimal_dimensions(), [minimal_term("aaa", 1), minimal_term("bbb", 2)], buying=buying
    )
    assert load_content(str(folder)).buying.sections[0].topics[0].facts[0].source_ids == ("article",)


def test_a_source_nobody_cites(tmp_path: Path) -> None:
    sources = minimal_sources()
    sources["sources"].append({**sources["sources"][0], "id": "unused"})
    error = only(problems(tmp_path, sources=sources))
    assert error.file.endswith("sources.yml") and "no fact cites the source 'unused'" in error.message


def test_a_source_id_used_twice(tmp_path: Path) -> None:
    sources = minimal_sources()
    sources["sources"].append(dict(sources["sources"][0]))
    assert "already used in this file" in only(problems(tmp_path, sources=sources)).message


def test_a_source_read_date_is_quoted_text(tmp_path: Path) -> None:
    sources = minimal_sources()
    sources["sources"][0]["read"] = "30 November 2026"
    error = only(problems(tmp_path, sources=sources))
    assert error.field == "sources[0].read" and "YYYY-MM-DD" in error.message


def test_a_glossary_entry_for_a_missing_type(tmp_path: Path) -> None:
    glossary = minimal_glossary()
    glossary["entries"].append({"type": "offshore"})
    error = only(problems(tmp_path, glossary=glossary))
    assert "there is no type 'offshore'" in error.message


def test_an_abbreviation_explained_twice(tmp_path: Path) -> None:
    glossary = minimal_glossary()
    glossary["entries"].append({**glossary["entries"][1], "id": "another"})
    assert "the abbreviation 'SLA' is already explained" in only(problems(tmp_path, glossary=glossary)).message


def test_a_glossary_entry_listed_twice(tmp_path: Path) -> None:
    glossary = minimal_glossary()
    glossary["entries"].append({"term": "aaa"})
    assert "already has an entry 'aaa'" in only(problems(tmp_path, glossary=glossary)).message


def test_buying_recalls_a_missing_dimension(tmp_path: Path) -> None:
    buying = minimal_buying()
    buying["from_article"] = ["nowhere"]
    error = only(problems(tmp_path, buying=buying))
    assert error.field == "from_article[0]" and "no dimension with the id 'nowhere'" in error.message
