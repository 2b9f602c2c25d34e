"""What validation prints can be trusted: one problem a line, GitHub annotations escaped, no forged commands."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from datafactory import REPO, minimal_dimensions, minimal_site, minimal_term, write_data

from bpokpo import DataErrors, load_content
from bpokpo.cli import main
from bpokpo.errors import MAX_LISTED_PER_FILE, DataError

FORGED = "\n::warning file=README.md,line=1::forged"


def test_a_line_break_or_an_invisible_character_from_the_data_is_shown_as_an_escape() -> None:
    error = DataError(f"data/terms/x{FORGED}.yml", 3, 4, f"values.x{FORGED}", f"'a\u202eb{FORGED}' is odd", "fix\r\nit")
    line = error.format()
    assert "\n" not in line and "\r" not in line and "\u202e" not in line
    assert line.startswith("data/terms/x\\n::warning file=README.md,line=1::forged.yml:3:4: ")
    assert "'a\\u202eb\\n::warning" in line and "(fix\\r\\nit)" in line


def test_an_annotation_escapes_its_message_and_its_properties_as_github_requires() -> None:
    error = DataError("data/a,b:c%.yml", 3, 4, "id", "100% wrong, really: yes", "fix it")
    assert (
        error.github_annotation()
        == "::error file=data/a%2Cb%3Ac%25.yml,line=3,col=4::id: 100%25 wrong, really: yes (fix it)"
    )


def test_no_file_name_can_forge_a_workflow_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data)
    (data / "terms" / f"kpo{FORGED}.yml").write_text((data / "terms" / "kpo.yml").read_text(encoding="utf-8"))
    assert main(["validate", str(data)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines() + err.splitlines()
    assert [line for line in lines if line.startswith("::error file=")]
    assert not [line for line in lines if line.startswith("::warning")], lines
    commands = [line for line in lines if line.startswith("::")]
    assert all(re.match(r"::error file=[^,:]*,line=\d+,col=\d+::", line) for line in commands), commands


def test_a_file_with_many_problems_lists_the_first_ones_and_says_how_many_more(tmp_path: Path) -> None:
    site = minimal_site()
    site["intro"]["examples"] = [{"sv": "  ", "en": "  "} for _ in range(40)]  # 80 empty texts
    write_data(tmp_path, site, minimal_dimensions(), [minimal_term("aaa", 1), minimal_term("bbb", 2)])
    with pytest.raises(DataErrors) as failure:
        load_content(str(tmp_path))
    assert failure.value.count == 80
    listed = failure.value.errors
    assert len(listed) == MAX_LISTED_PER_FILE + 1
    assert listed[-1].message == f"and {80 - MAX_LISTED_PER_FILE} more problems in this file"
    assert failure.value.report().startswith("The site data has 80 problems:")
