"""Ids, paths and codes are matched whole, and texts are one line: a trailing line break is not a loophole."""

from __future__ import annotations

from pathlib import Path

import pytest
from datafactory import minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import DataErrors, load_content
from bpokpo.page_redirects import load_redirects
from bpokpo.schema_patterns import compiled


def errors_for(folder: Path) -> list[str]:
    with pytest.raises(DataErrors) as failure:
        load_content(str(folder))
    return [error.format() for error in failure.value.errors]


def test_dollar_is_the_end_of_the_text() -> None:
    pattern = compiled("^[a-z]+(-[a-z]+)*$")
    assert pattern.search("compare") and not pattern.search("compare\n")
    assert compiled(r"^a\$$").search("a$") and not compiled(r"^a\$$").search("a$\n")


def test_a_redirect_from_a_path_with_a_final_line_break_is_refused(tmp_path: Path) -> None:
    (tmp_path / "redirects.yml").write_text('redirects:\n  - {from: "compare/\\n", to: "comparison/"}\n', "utf-8")
    with pytest.raises(DataErrors) as failure:
        load_redirects(str(tmp_path), ("", "comparison/"))
    [error] = failure.value.errors
    assert (error.line, error.field) == (2, "redirects[0].from") and "is not a page path" in error.message
    assert "\\n" in error.format() and "\n" not in error.format()


@pytest.mark.parametrize("where", ["id", "language", "alias"])
def test_an_id_or_code_with_a_final_line_break_is_refused(tmp_path: Path, where: str) -> None:
    site, dimensions = minimal_site(), minimal_dimensions()
    if where == "id":
        dimensions["dimensions"][1]["id"] = "cost\n"
        site["conclusion"]["dimensions"] = []
    elif where == "language":
        site["languages"] = ["sv", "en\n"]
    else:
        dimensions["dimensions"][1]["aliases"] = ["old-cost\n"]
    write_data(tmp_path, site, dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    messages = errors_for(tmp_path)
    assert any("\\n' is not a" in message for message in messages), messages


@pytest.mark.parametrize("text", ["two\nlines", "a\ttab"])
def test_a_text_is_one_line(tmp_path: Path, text: str) -> None:
    site = minimal_site()
    site["title"]["en"] = text
    write_data(tmp_path, site, minimal_dimensions(), [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    [message] = errors_for(tmp_path)
    assert "title.en: the text contains a line break or a tab (write it on one line, with single spaces)" in message
