"""`make changes`: what a change does to the content, for a reviewer, in Markdown a job summary can show.

Each case edits a copy of the project at places found by reading the data, and compares it
with the unchanged data.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from contributor_edits import (
    NEW_TERM,
    add_a_term,
    lines,
    mapping,
    parsed,
    sequence,
    term_files,
    values_entries,
    write_lines,
)
from datafactory import REPO, copy_checked_data

from bpokpo.change_base import BaseNotFound, base_side, folder_side
from bpokpo.change_markdown import summary_markdown
from bpokpo.change_summary import ContentChanges, Id, compare
from bpokpo.cli import main

BPOKPO = Path(sys.executable).parent / "bpokpo"


def changes_after_edit(tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of the project: the base and the one to edit (its data folder is returned second)."""
    copy_checked_data(tmp_path / "base")
    return tmp_path / "base", copy_checked_data(tmp_path / "head")


def changes(base: Path, head_data: Path) -> ContentChanges:
    return compare(folder_side(str(base)), folder_side(str(head_data.parent)))


def table_rows(markdown: str) -> list[list[str]]:
    """The cells of every table row, split at pipes that are not escaped."""
    return [re.split(r"(?<!\\)\|", row)[1:-1] for row in markdown.splitlines() if row.startswith("|")]


def test_no_change_says_so(tmp_path: Path) -> None:
    base, head = changes_after_edit(tmp_path)
    found = changes(base, head)
    assert not found and found.anchors is not None and not found.anchors
    assert "No term, dimension, text or link anchor changed." in summary_markdown(found)


def test_a_changed_value_is_shown_old_and_new_beside_its_other_language(tmp_path: Path) -> None:
    base, head = changes_after_edit(tmp_path)
    path = head / "dimensions.yml"
    entry = values_entries(path)[0]
    term_id, value = next(iter(entry.values.items()))
    texts = {language: str(node.value) for language, node in mapping(value).items()}
    language, other = list(texts)[-1], list(texts)[0]
    text = lines(path)
    row = mapping(value)[language].line - 1
    text[row] = text[row].replace(f'"{texts[language]}"', f'"{texts[language]} (reworded)"', 1)
    write_lines(path, text)
    found = changes(base, head)
    [change] = found.texts
    assert change.where == ("dimensions.yml", Id(entry.id), "values", term_id)
    assert change.before == texts and change.after == {**texts, language: f"{texts[language]} (reworded)"}
    rows = table_rows(summary_markdown(found))
    cells = [[cell.strip() for cell in row] for row in rows[2:]]
    assert [cell[1] for cell in cells] == [f"`{other}`", f"`{language}`"]
    assert cells[0][3] == "(unchanged)"
    assert cells[1][3].endswith("\\(reworded\\)")


def test_a_new_term_lists_its_texts_and_anchors(tmp_path: Path) -> None:
    base, head = changes_after_edit(tmp_path)
    add_a_term(head, head.parent / "anchors")
    found = changes(base, head)
    assert found.terms.added == (NEW_TERM,) and not found.terms.removed
    assert ("terms", Id(NEW_TERM), "full_name") in [change.where for change in found.texts]
    assert all(change.before == {} for change in found.texts if change.where[1] == NEW_TERM)
    values = [change for change in found.texts if change.where[-1] == NEW_TERM]
    assert len(values) == len(values_entries(head / "dimensions.yml"))
    assert found.anchors is not None
    assert (f"{NEW_TERM}/", "page-title") in found.anchors.added and ("", NEW_TERM) in found.anchors.added
    assert not found.anchors.lost
    assert f"- Added term `{NEW_TERM}`" in summary_markdown(found)


def test_a_removed_term_is_listed_even_though_the_data_no_longer_validates(tmp_path: Path) -> None:
    base, head = changes_after_edit(tmp_path)
    removed = term_files(head)[-1]
    removed.unlink()
    found = changes(base, head)
    assert found.terms.removed == (removed.stem,)
    assert found.anchors is None
    assert "Not compared: the data on one side does not validate" in summary_markdown(found)


def renamed_first_dimension(head: Path, keep_alias: bool) -> tuple[str, str]:
    path = head / "dimensions.yml"
    old = values_entries(path)[0].id
    new = f"{old}-renamed"
    text = lines(path)
    number = next(i for i, row in enumerate(text) if row.strip() == f'- id: "{old}"')
    indent = text[number].index("id:")
    text[number] = text[number].replace(f'"{old}"', f'"{new}"')
    if keep_alias:
        text.insert(number + 1, " " * indent + f'aliases: ["{old}"]')
    write_lines(path, text)
    return old, new


def test_a_dimension_renamed_the_documented_way_is_a_rename_and_its_links_are_kept(tmp_path: Path) -> None:
    base, head = changes_after_edit(tmp_path)
    old, new = renamed_first_dimension(head, keep_alias=True)
    found = changes(base, head)
    assert found.dimensions.renamed == ((old, new),) and not found.dimensions.added
    assert not found.texts  # same label and values: nothing to reread
    assert found.anchors is not None and not found.anchors.lost
    assert (("comparison/", old), ("comparison/", new)) in found.anchors.aliased
    assert ("comparison/", new) in found.anchors.added
    markdown = summary_markdown(found)
    assert f"- Renamed dimension `{old}` → `{new}`" in markdown
    assert f"- Kept as an alias: `/comparison/#{old}` now lands on `/comparison/#{new}`" in markdown


def test_a_dimension_renamed_without_an_alias_loses_its_links(tmp_path: Path) -> None:
    base, head = changes_after_edit(tmp_path)
    old, new = renamed_first_dimension(head, keep_alias=False)
    found = changes(base, head)
    assert found.dimensions.added == (new,) and found.dimensions.removed == (old,)
    assert found.anchors is not None and ("comparison/", old) in found.anchors.lost
    assert "**Lost**" in summary_markdown(found)


def test_reordered_dimensions_are_noticed(tmp_path: Path) -> None:
    base, head = changes_after_edit(tmp_path)
    path = head / "dimensions.yml"
    entries = sequence(mapping(parsed(path))["dimensions"])
    first, second, third = (entry.line for entry in entries[:3])
    text = lines(path)
    # entries start at "- id:" (one line above their first key's value); swap the first two
    block_one, block_two = text[first - 1 : second - 1], text[second - 1 : third - 1]
    text[first - 1 : third - 1] = block_two + block_one
    write_lines(path, text)
    found = changes(base, head)
    assert found.dimension_order is not None
    before, after = found.dimension_order
    assert before[:2] == after[:2][::-1]
    assert not found.texts and not found.dimensions
    assert "The order of the dimensions changed" in summary_markdown(found)


def test_data_cannot_inject_markdown_or_html_into_the_summary(tmp_path: Path) -> None:
    base, head = changes_after_edit(tmp_path)
    path = head / "dimensions.yml"
    value = next(iter(values_entries(path)[0].values.values()))
    english = mapping(value)["en"]
    text = lines(path)
    row = text[english.line - 1]
    old = row[english.column - 1 :].split('"')[1]
    hostile = "x | <img src=x onerror=alert(1)> [a](javascript:alert(1)) **b** `c` https://example.org @someone"
    text[english.line - 1] = row.replace(f'"{old}"', '"' + hostile.replace('"', "") + '"', 1)
    text.append('  - id: "y` | <b>"')
    write_lines(path, text)
    markdown = summary_markdown(changes(base, head))
    for row in table_rows(markdown):
        assert len(row) in (3, 4), row  # no cell was split by a pipe from the data
    assert "<" not in markdown.replace("\\<", "")
    assert "](" not in markdown and "**" not in markdown.replace("**Lost**", "")
    assert "https://" not in markdown and "`c`" not in markdown
    assert "\\<img src\\=x onerror\\=alert\\(1\\)\\>" in markdown


def test_a_base_that_is_neither_a_commit_nor_a_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BaseNotFound), base_side("--output=x"):
        pass
    for base in ("no-such-branch-or-folder", str(tmp_path)):
        result = subprocess.run([str(BPOKPO), "changes", base], cwd=REPO, capture_output=True, text=True, check=False)
        assert result.returncode == 2, result.stdout + result.stderr
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
        assert "neither a commit nor a folder" in result.stderr or "holds no site data" in result.stderr


def test_make_changes_passes_its_base_and_refuses_a_wrong_one() -> None:
    if shutil.which("make") is None:
        pytest.fail("make is required: the README's commands use it")
    result = subprocess.run(
        ["make", "-s", "changes", "BASE=no-such-branch-or-folder"], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode != 0 and "'no-such-branch-or-folder' is neither a commit nor a folder" in result.stderr
    result = subprocess.run(["make", "-s", "changes", "BASE=data"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("## Content changes\n\nCompared with `data`.")


def git(repository: Path, *arguments: str) -> str:
    environment = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    result = subprocess.run(
        ["git", "-C", str(repository), *arguments], capture_output=True, text=True, env=environment, check=True
    )
    return result.stdout.strip()


def test_the_default_base_is_the_main_branch_read_from_git(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = copy_checked_data(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "data", "anchors")
    git(tmp_path, "commit", "-q", "-m", "base")
    commit = git(tmp_path, "rev-parse", "--short=7", "HEAD")
    git(tmp_path, "checkout", "-q", "-b", "change")
    removed = term_files(data)[-1]
    removed.unlink()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        assert main(["changes"]) == 0
    finally:
        os.chdir(cwd)
    out = capsys.readouterr().out
    assert f"Compared with `main ({commit})`." in out
    assert f"- Removed term `{removed.stem}`" in out
    assert removed.exists() is False and (tmp_path / "data").is_dir()  # the working tree is untouched
