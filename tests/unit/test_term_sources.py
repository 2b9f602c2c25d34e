"""Each term names the sources of its own facts; a source is written out once, and references resolve."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from datafactory import minimal_dimensions, minimal_site, minimal_term, text, write_data

from bpokpo import DataErrors, load_content

OWN = {"id": "aaa-handbook", "title": text("Handbook"), "url": "https://example.org/handbook"}


def data_with(tmp_path: Path, aaa_sources: Any, bbb_sources: Any = None) -> Path:
    aaa, bbb = minimal_term("aaa", 1), minimal_term("bbb", 2)
    aaa["sources"] = aaa_sources
    if bbb_sources is not None:
        bbb["sources"] = bbb_sources
    return write_data(tmp_path, minimal_site(), minimal_dimensions(), [aaa, bbb])


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(DataErrors) as failure:
        load_content(str(folder))
    return [error.format() for error in failure.value.errors]


def line_of(path: Path, fragment: str) -> int:
    return next(
        number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if fragment in line
    )


def test_a_term_cites_a_source_of_the_site_by_id_or_its_own_in_full(tmp_path: Path) -> None:
    content = load_content(str(data_with(tmp_path, [{"id": "article"}, OWN])))
    aaa, bbb = content.terms
    assert [source.id for source in aaa.sources] == ["article", "aaa-handbook"]
    assert aaa.sources[0] == content.sources[0]  # the site's source itself, title and all
    assert aaa.sources[1].title("sv") == "Handbook på svenska"
    assert aaa.sources[1].url == "https://example.org/handbook"
    assert bbb.sources == (content.sources[0],)  # a term is credited only with what it cites


def test_a_term_without_sources_is_told_to_name_them(tmp_path: Path) -> None:
    term = minimal_term("aaa", 1)
    del term["sources"]
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [term, minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "terms/aaa.yml:1:1: sources: the required key 'sources' is missing (add sources:" in message


def test_an_empty_list_of_sources_is_refused(tmp_path: Path) -> None:
    [message] = errors_for(data_with(tmp_path, []))
    assert "terms/aaa.yml:" in message and "sources: the list of sources is empty" in message


def test_a_reference_to_an_unknown_source_names_the_ones_there_are(tmp_path: Path) -> None:
    folder = data_with(tmp_path, [{"id": "artcle"}])
    [message] = errors_for(folder)
    line = line_of(folder / "terms" / "aaa.yml", "artcle")
    assert f"terms/aaa.yml:{line}:" in message
    assert "sources[0]: there is no source 'artcle' in data/site.yml" in message
    assert "refer to a source of data/site.yml by its id (article)" in message


def test_a_source_of_the_site_written_out_again_is_refused(tmp_path: Path) -> None:
    [message] = errors_for(data_with(tmp_path, [{"id": "article", "title": text("Article again")}]))
    assert "sources[0]: the source 'article' is already listed in data/site.yml" in message
    assert '(refer to it by its id alone (- {id: "article"})' in message


def test_one_source_written_out_in_two_term_files_is_refused(tmp_path: Path) -> None:
    messages = errors_for(data_with(tmp_path, [OWN], [OWN]))
    assert len(messages) == 1
    assert "terms/bbb.yml:" in messages[0]
    assert "the source 'aaa-handbook' is also written out in" in messages[0] and "terms/aaa.yml" in messages[0]
    assert "list it once under sources: in data/site.yml" in messages[0]


def test_a_source_listed_twice_and_an_address_without_a_title(tmp_path: Path) -> None:
    messages = errors_for(
        data_with(tmp_path, [{"id": "article"}, {"id": "article"}, {"id": "x", "url": "https://x.org/a"}])
    )
    assert len(messages) == 2
    assert any("sources[1]: the source 'article' is listed twice (keep it once)" in m for m in messages)
    assert any("sources[2]: the source 'x' has an address but no title" in m for m in messages)
