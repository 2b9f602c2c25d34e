"""The guide, glossary and buyer information pages and exports, as views of the data."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest
from datafactory import REPO, minimal_data
from htmlpage import HtmlPage

from bpokpo import load_content, pages
from bpokpo.citations import cited_source_ids
from bpokpo.exports import comparison_json, csv_delimiter, glossary_csv, sources_csv
from bpokpo.guide import NO_TERM
from bpokpo.model import Content, Text

REAL = load_content(str(REPO / "data"))
EVIL = Text({"sv": '<script>alert("sv")</script>', "en": '"><img src=x onerror=alert(1)>'})


@pytest.fixture
def content(tmp_path: Path) -> Content:
    return load_content(str(minimal_data(tmp_path)))


def parsed(markdown: str) -> HtmlPage:
    page = HtmlPage()
    page.feed(markdown)
    return page


@pytest.mark.parametrize("data", ["minimal", "real"])
@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_question_is_a_fieldset_of_radios_valued_by_term(content: Content, data: str, language: str) -> None:
    source = content if data == "minimal" else REAL
    page = parsed(pages.choose_page(source, language, "choose/"))
    fieldsets = [e for e in page.find("fieldset") if "bk-question" in e.classes]
    assert [f.attrs["id"] for f in fieldsets] == [d.id for d in source.questions()]
    assert len(page.find("legend")) == len(fieldsets)
    for dimension in source.questions():
        assert dimension.question is not None
        radios = [e for e in page.find("input") if e.attrs.get("name") == dimension.id]
        assert [r.attrs["value"] for r in radios] == [a.term_id or NO_TERM for a in dimension.question.answers]
        assert all(r.attrs["type"] == "radio" for r in radios)
        for radio, answer in zip(radios, dimension.question.answers, strict=True):
            if answer.term_id:
                assert radio.attrs["data-bk-term"] == source.term(answer.term_id).abbreviation
    text = " ".join(page.text)
    for dimension in source.questions():
        assert dimension.question is not None
        assert dimension.question.text(language) in text
        assert all(answer.text(language) in text for answer in dimension.question.answers)
    # each answer that points to a term links to the dimension's row of the comparison
    row_links = [a.attrs["href"] for a in page.inside("a", "span.bk-answer__target")]
    expected = [f"../comparison/#{d.id}" for d in source.questions() for a in d.question.answers if a.term_id]  # type: ignore[union-attr]
    assert row_links == expected
    result = [e for e in page.elements if "data-result" in e.attrs]
    assert len(result) == 1 and result[0].attrs["aria-live"] == "polite" and "hidden" in result[0].attrs


def test_the_guide_escapes_every_text(content: Content) -> None:
    dimension = content.questions()[0]
    assert dimension.question is not None
    question = dataclasses.replace(
        dimension.question,
        text=EVIL,
        answers=tuple(dataclasses.replace(a, text=EVIL) for a in dimension.question.answers),
    )
    evil = dataclasses.replace(dimension, label=EVIL, question=question)
    hostile = dataclasses.replace(
        content, dimensions=tuple(evil if d.id == dimension.id else d for d in content.dimensions)
    )
    for language in ("sv", "en"):
        output = pages.choose_page(hostile, language, "choose/")
        assert "<script" not in output and "<img" not in output


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_glossary_entry_has_its_anchor_definition_and_sources(language: str) -> None:
    page = parsed(pages.glossary_page(REAL, language, "glossary/"))
    entries = [e.attrs["id"] for e in page.find("div", "bk-glossary__entry")]
    assert sorted(entries) == sorted(entry.id for entry in REAL.glossary)
    text = " ".join(page.text)
    for entry in REAL.glossary:
        assert entry.definition(language) in text
        for source_id in entry.source_ids:
            assert REAL.source(source_id).url in [a.attrs.get("href") for a in page.find("a")]
    marked = [e for e in page.find("p", "bk-cite") if "bk-cite--article" in e.classes]
    assert len(marked) == sum(entry.from_article for entry in REAL.glossary)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_buyer_fact_shows_its_sources_beside_it(language: str) -> None:
    page = parsed(pages.buying_page(REAL, language, "buying/"))
    facts = page.find("li", "bk-fact")
    expected = sum(
        len(topic.facts) + len(topic.measures) + (topic.glossary_id is not None)
        for section in REAL.buying.sections
        for topic in section.topics
    )
    assert len(facts) == expected
    cites = page.find("p", "bk-cite")
    assert len(cites) == expected + (1 if REAL.buying.article_dimension_ids else 0)
    listed = [e.attrs["id"] for e in page.inside("li", "ul.bk-sources")]
    public = cited_source_ids(REAL, "buying")
    assert [i for i in listed if i.removeprefix("source-") in public] == [f"source-{i}" for i in public]
    text = " ".join(page.text)
    addresses = "".join(page.text)  # <wbr> cuts a printed address into pieces and adds nothing to it
    for source_id in public:
        source = REAL.source(source_id)
        assert source.url in addresses and source.title(language) in text and source.publisher(language) in text  # type: ignore[misc]
        assert source.read in text  # type: ignore[operator]
    markdown = pages.buying_page(REAL, language, "buying/")
    for section in REAL.buying.sections:  # each heading carries its anchor
        assert f"{{: #{section.id} }}" in markdown
        assert all(f"{{: #{topic.id} .bk-topic }}" in markdown for topic in section.topics)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_json_holds_questions_glossary_and_sources(language: str) -> None:
    data = json.loads(comparison_json(REAL, language))
    questions = {d["id"]: d["question"] for d in data["dimensions"] if "question" in d}
    assert list(questions) == [d.id for d in REAL.questions()]
    for dimension in REAL.questions():
        assert dimension.question is not None
        exported = questions[dimension.id]
        assert exported["text"] == dimension.question.text(language)
        assert [a["term"] for a in exported["answers"]] == [a.term_id for a in dimension.question.answers]
    assert sorted(e["id"] for e in data["glossary"]) == sorted(e.id for e in REAL.glossary)
    ids = [s["id"] for s in data["sources"]]
    assert ids == [s.id for s in (*REAL.sources, *REAL.public_sources)]
    for exported in data["sources"]:
        source = REAL.source(exported["id"])
        assert (exported["url"], exported["read"]) == (source.url, source.read)
    cited = {i for e in data["glossary"] for i in e["sources"]}
    assert cited <= set(ids)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_glossary_and_sources_csv(language: str) -> None:
    def rows(text: str) -> list[list[str]]:
        assert text.startswith("\ufeff")
        return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=csv_delimiter(language)))

    glossary = rows(glossary_csv(REAL, language))
    assert glossary[0][0] == "id" and sorted(r[0] for r in glossary[1:]) == sorted(e.id for e in REAL.glossary)
    by_id = {r[0]: r for r in glossary[1:]}
    for entry in REAL.glossary:
        assert by_id[entry.id][3] == entry.definition(language)
    sources = rows(sources_csv(REAL, language))
    assert [r[0] for r in sources[1:]] == [s.id for s in (*REAL.sources, *REAL.public_sources)]
    for row in sources[1:]:
        source = REAL.source(row[0])
        assert row[3] == (source.url or "") and row[5] == (source.read or "")
