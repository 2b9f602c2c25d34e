"""A term id or a moved page's old path may not take a name the build writes; each one is refused at its line."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from datafactory import REPO, minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import DataErrors, load_content
from bpokpo.page_redirects import load_redirects
from bpokpo.reserved_names import reserved_names
from bpokpo.site_map import FIXED_PAGES

RESERVED = reserved_names(str(REPO))


def project(tmp_path: Path, term_id: str) -> Path:
    """A project with the real docs/ and a second term called ``term_id``."""
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["values"] = {"aaa": {"sv": "a", "en": "a"}, term_id: {"sv": "b", "en": "b"}}
    return write_data(tmp_path / "data", minimal_site(), dimensions, [minimal_term("aaa", 1), minimal_term(term_id, 2)])


@pytest.mark.parametrize("name", sorted(RESERVED))
def test_a_term_may_not_take_a_name_the_build_writes(tmp_path: Path, name: str) -> None:
    data = project(tmp_path, name)
    with pytest.raises(DataErrors) as failure:
        load_content(str(data))
    [error] = [error for error in failure.value.errors if "is taken" in error.message]
    assert error.file.endswith(f"terms/{name}.yml") and error.line == 1
    assert f"the id '{name}' is taken: the build writes {name}/ for {RESERVED[name]}" in error.message


@pytest.mark.parametrize("name", sorted(RESERVED))
def test_a_moved_page_may_not_have_lived_in_a_folder_the_build_writes(tmp_path: Path, name: str) -> None:
    (tmp_path / "data").mkdir()
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    (tmp_path / "data" / "redirects.yml").write_text(
        f'redirects:\n  - {{from: "old/", to: ""}}\n  - {{from: "{name}/old/", to: "comparison/"}}\n', encoding="utf-8"
    )
    with pytest.raises(DataErrors) as failure:
        load_redirects(str(tmp_path / "data"), ("", "comparison/"))
    [error] = failure.value.errors
    assert (error.line, error.field) == (3, "redirects[1].from")
    assert f"'{name}/old/' lies in {name}/, which the build writes for {RESERVED[name]}" in error.message


def test_a_moved_page_may_not_lie_below_a_page() -> None:
    with pytest.raises(DataErrors, match=r"'bpo/old/' lies in bpo/, which the build writes for the page bpo/"):
        load_redirects_of('redirects:\n  - {from: "bpo/old/", to: ""}\n', ("", "bpo/"))


def load_redirects_of(text: str, pages: tuple[str, ...]) -> object:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "redirects.yml").write_text(text, encoding="utf-8")
        return load_redirects(folder, pages)


def test_a_page_added_to_docs_is_reserved_at_once(tmp_path: Path) -> None:
    """A page or folder added later is covered without a change to the list."""
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    (tmp_path / "docs" / "press-kit.md").write_text("# Press kit\n", encoding="utf-8")
    (tmp_path / "docs" / "media").mkdir()
    names = reserved_names(str(tmp_path))
    assert names["press-kit"] == "docs/press-kit.md" and names["media"] == "docs/media"
    assert "press-kit" not in reserved_names(str(REPO))


def test_the_site_maps_pages_the_theme_the_downloads_and_the_search_are_reserved() -> None:
    pages = {source.removesuffix(".md") for _, source in FIXED_PAGES}
    assert pages | {"index", "assets", "downloads", "search"} <= RESERVED.keys()


def test_two_terms_may_not_share_an_abbreviation(tmp_path: Path) -> None:
    first, second = minimal_term("aaa", 1), minimal_term("bbb", 2)
    second["abbreviation"] = first["abbreviation"].lower()
    write_data(tmp_path, minimal_site(), minimal_dimensions(), [first, second])
    with pytest.raises(DataErrors) as failure:
        load_content(str(tmp_path))
    [error] = failure.value.errors
    assert error.file.endswith("terms/bbb.yml") and error.field == "abbreviation"
    assert "the abbreviation 'aaa' is also the one of the term 'aaa'" in error.message
