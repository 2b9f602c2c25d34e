"""Each term names the sources of its own facts, so a new term is never credited to another term's source."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from datafactory import minimal_dimensions, minimal_site, minimal_sources, minimal_term, write_data

from bpokpo import DataErrors, load_content


def data_with(tmp_path: Path, aaa_sources: Any) -> Path:
    aaa, bbb = minimal_term("aaa", 1), minimal_term("bbb", 2)
    aaa["sources"] = aaa_sources
    return write_data(tmp_path, minimal_site(), minimal_dimensions(), [aaa, bbb])


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(DataErrors) as failure:
        load_content(str(folder))
    return [error.format() for error in failure.value.errors]


def line_of(path: Path, fragment: str) -> int:
    return next(
        number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if fragment in line
    )


def test_a_term_cites_the_source_article_or_a_public_source_by_id(tmp_path: Path) -> None:
    public = minimal_sources()["sources"][0]
    content = load_content(str(data_with(tmp_path, [public["id"], "article"])))
    aaa, bbb = content.terms
    assert [source.id for source in aaa.sources] == [public["id"], "article"]
    assert aaa.sources[0] == content.source(public["id"])  # title, publisher, address and all
    assert aaa.sources[1] == content.sources[0]
    assert bbb.sources == (content.sources[0],)  # a term is credited only with what it cites


def test_a_term_without_sources_is_told_to_name_them(tmp_path: Path) -> None:
    term = minimal_term("aaa", 1)
    del term["sources"]
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [term, minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "terms/aaa.yml:1:1: sources: the required key 'sources' is missing" in message


def test_an_empty_list_of_sources_is_refused(tmp_path: Path) -> None:
    [message] = errors_for(data_with(tmp_path, []))
    assert "terms/aaa.yml:" in message and "sources: " in message and "names no source" in message


def test_a_source_that_does_not_exist_is_reported_at_its_line(tmp_path: Path) -> None:
    folder = data_with(tmp_path, ["artcle"])
    [message] = errors_for(folder)
    line = line_of(folder / "terms" / "aaa.yml", "artcle")
    assert f"terms/aaa.yml:{line}:" in message
    assert "sources[0]: there is no source 'artcle'" in message


def test_a_public_source_cited_only_by_a_term_is_cited(tmp_path: Path) -> None:
    """A source that only a term cites is not reported as cited by nothing."""
    sources = minimal_sources()
    own = {**sources["sources"][0], "id": "aaa-handbook", "url": "https://example.org/handbook"}
    sources["sources"].append(own)
    aaa, bbb = minimal_term("aaa", 1), minimal_term("bbb", 2)
    aaa["sources"] = ["aaa-handbook"]
    content = load_content(str(write_data(tmp_path, minimal_site(), minimal_dimensions(), [aaa, bbb], sources=sources)))
    assert content.terms[0].sources == (content.source("aaa-handbook"),)
    del aaa["sources"][0]
    aaa["sources"] = ["article"]
    messages = errors_for(
        write_data(tmp_path / "uncited", minimal_site(), minimal_dimensions(), [aaa, bbb], sources=sources)
    )
    assert any("no fact cites the source 'aaa-handbook'" in message for message in messages)
