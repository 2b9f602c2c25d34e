"""``bpokpo validate`` and ``bpokpo changes``: exit codes, messages and GitHub annotations."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from datafactory import REPO, copy_fixture_data

from bpokpo.cli import main


def broken_copy(tmp_path: Path) -> Path:
    data = copy_fixture_data(tmp_path)
    path = data / "terms" / "beta.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("order: 2", 'order: "two"'), encoding="utf-8")
    site = data / "site.yml"
    site.write_text(site.read_text(encoding="utf-8").replace('en: "Sources"', 'en: ""'), encoding="utf-8")
    return data


def test_valid_data_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(REPO / "data")]) == 0
    assert "valid" in capsys.readouterr().out


def test_every_problem_is_listed_and_the_exit_code_is_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    data = broken_copy(tmp_path)
    assert main(["validate", str(data)]) == 1
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[0] == "The site data has 2 problems:"
    assert any(
        line.startswith(f"{data}/site.yml:") and ": ui.sources.en: the text is empty (" in line for line in lines
    )
    assert any(
        line.startswith(f"{data}/terms/beta.yml:") and ": order: expected a whole number, found text (" in line
        for line in lines
    )
    assert "::error" not in out


def test_github_annotations_when_running_in_actions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    data = broken_copy(tmp_path)
    beta = (data / "terms" / "beta.yml").read_text(encoding="utf-8").splitlines()
    line = next(number for number, text in enumerate(beta, 1) if text.startswith("order:"))
    assert main(["validate", str(data)]) == 1
    annotations = [text for text in capsys.readouterr().out.splitlines() if text.startswith("::error ")]
    assert len(annotations) == 2
    assert f"::error file={data}/terms/beta.yml,line={line},col=8::order: expected a whole number" in "\n".join(
        annotations
    )


def test_the_installed_command_and_the_module_agree(tmp_path: Path) -> None:
    data = broken_copy(tmp_path)
    env = {**os.environ, "GITHUB_ACTIONS": "false"}
    command = Path(sys.executable).parent / "bpokpo"
    for argv in ([str(command)], [sys.executable, "-m", "bpokpo"]):
        result = subprocess.run([*argv, "validate", str(data)], capture_output=True, text=True, env=env, check=False)
        assert result.returncode == 1
        assert "The site data has 2 problems:" in result.stderr
        assert "Traceback" not in result.stderr


def test_make_validate_checks_the_real_data() -> None:
    if shutil.which("make") is None:
        pytest.fail("make is required: the README's commands use it")
    result = subprocess.run(["make", "-s", "validate"], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "data: valid" in result.stdout


def test_changes_prints_a_markdown_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    head = tmp_path / "head"
    shutil.copytree(REPO / "data", head)
    removed = sorted((head / "terms").glob("*.yml"))[-1]
    removed.unlink()
    assert main(["changes", str(REPO / "data"), str(head)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## Content changes")
    assert f"- Removed term `{removed.stem}`" in out
