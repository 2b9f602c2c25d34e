"""The anchor registry only grows, and names every published anchor that no longer resolves."""

from __future__ import annotations

from pathlib import Path

import pytest
from datafactory import minimal_data, minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import DataErrors, load_content
from bpokpo.anchor_advice import anchor_problems, id_places
from bpokpo.anchor_registry import (
    add_new_anchors,
    lost_anchors,
    page_url_of,
    read_registry,
    registry_file,
    unregistered_anchors,
)
from bpokpo.cli import main
from bpokpo.model import Content
from bpokpo.page_redirects import PageRedirect


def registered(folder: Path) -> set[tuple[str, str]]:
    return {(anchor.page_url, anchor.id) for anchor in read_registry(str(folder))}


def cost_renamed_to_price(folder: Path, aliases: list[str]) -> Content:
    """The minimal data with the dimension 'cost' renamed to 'price'."""
    site = minimal_site()
    site["conclusion"]["dimensions"] = ["price"]
    dimensions = minimal_dimensions()
    dimensions["dimensions"][1]["id"] = "price"
    if aliases:
        dimensions["dimensions"][1]["aliases"] = aliases
    return load_content(str(write_data(folder, site, dimensions, [minimal_term("aaa", 1), minimal_term("bbb", 2)])))


def test_file_names_round_trip_to_page_paths() -> None:
    for url in ("", "comparison/", "terms/bpo/"):
        assert page_url_of(registry_file(url)) == url
    assert registry_file("") == "home.txt"


def test_adding_registers_every_published_anchor_once(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path / "data")))
    folder = tmp_path / "anchors"
    added = add_new_anchors(str(folder), content)
    assert ("comparison/", "cost") in registered(folder)
    assert ("comparison/", "difference-cost") in registered(folder)
    assert ("aaa/", "aaa-work") in registered(folder)
    assert ("", "aaa") in registered(folder)
    assert len(added) == len(registered(folder))
    assert unregistered_anchors(content, read_registry(str(folder))) == []
    assert add_new_anchors(str(folder), content) == []  # nothing new the second time
    header = (folder / "comparison.txt").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("# Published link anchors of the page /<language>/comparison/")


def test_adding_never_removes_an_anchor_that_is_gone(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path / "data")))
    folder = tmp_path / "anchors"
    folder.mkdir()
    (folder / "comparison.txt").write_text("# kept\nold-row", encoding="utf-8")  # no final newline
    add_new_anchors(str(folder), content)
    lines = (folder / "comparison.txt").read_text(encoding="utf-8").splitlines()
    assert lines[:3] == ["# kept", "old-row", "page-title"]
    assert ("comparison/", "old-row") in registered(folder)


def test_a_renamed_item_without_its_old_id_is_reported_with_the_fix(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path / "data")))
    folder = tmp_path / "anchors"
    add_new_anchors(str(folder), content)
    renamed = cost_renamed_to_price(tmp_path / "renamed", [])
    registry = read_registry(str(folder))
    lost_links = {(anchor.page_url, anchor.id) for anchor, _ in lost_anchors(renamed, registry, ())}
    assert lost_links == {("comparison/", "cost"), ("comparison/", "difference-cost"), ("choose/", "cost")}
    problems = anchor_problems(renamed, registry, (), id_places(str(tmp_path / "renamed")), str(folder))
    # the table row, its key difference and its question are one fix, said once; the new id is to be registered
    [lost] = [p for p in problems if p.file.endswith(("comparison.txt", "choose.txt"))]
    assert "/#cost was published" in lost.message
    assert "renamed to 'price'" in lost.fix and 'aliases: ["cost"]' in lost.fix and "dimensions.yml:" in lost.fix
    assert "never delete lines from anchors/" in lost.fix
    [new] = [p for p in problems if p is not lost]
    assert new.field.endswith(".id") and "make anchors" in new.fix
    assert "/comparison/#price" in new.message and "/choose/#price" in new.message


def test_an_old_id_kept_as_an_alias_still_resolves(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path / "data")))
    folder = tmp_path / "anchors"
    add_new_anchors(str(folder), content)
    renamed = cost_renamed_to_price(tmp_path / "renamed", ["cost"])
    assert lost_anchors(renamed, read_registry(str(folder)), ()) == []


def test_a_moved_page_resolves_through_its_redirect(tmp_path: Path) -> None:
    content = load_content(str(minimal_data(tmp_path / "data")))
    folder = tmp_path / "anchors"
    folder.mkdir()
    (folder / "compare.txt").write_text("cost\n", encoding="utf-8")
    registry = read_registry(str(folder))
    [gone] = [p for p in anchor_problems(content, registry, (), {}, str(folder)) if p.file.endswith("compare.txt")]
    assert "the page /compare/ is gone" in gone.message and "data/redirects.yml" in gone.fix
    assert lost_anchors(content, registry, (PageRedirect("compare/", "comparison/"),)) == []


def test_a_line_that_is_not_an_id_is_reported_with_its_place(tmp_path: Path) -> None:
    folder = tmp_path / "anchors"
    folder.mkdir()
    (folder / "comparison.txt").write_text("cost\n#ok\nNot An Id\n", encoding="utf-8")
    with pytest.raises(DataErrors) as failure:
        read_registry(str(folder))
    assert "comparison.txt:3:1: 'Not An Id' is not an anchor id" in failure.value.report()


def test_the_command_registers_then_fails_on_a_broken_anchor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = minimal_data(tmp_path / "data")
    folder = tmp_path / "anchors"
    assert main(["anchors", "--data", str(data), "--registry", str(folder)]) == 0
    assert "new anchors registered" in capsys.readouterr().out
    with open(folder / "comparison.txt", "a", encoding="utf-8") as registry:
        registry.write("vanished-row\n")
    assert main(["anchors", "--data", str(data), "--registry", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "No new anchors" in captured.out
    assert "The site data has 1 problem:" in captured.err
    assert "comparison.txt:" in captured.err and "/comparison/#vanished-row was published" in captured.err
    assert "Traceback" not in captured.err
