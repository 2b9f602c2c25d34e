"""Code and data style: the same checks `make lint` runs, so a pull request sees them fail."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PYTHON_PATHS = ["src", "tests", "bench", "macros.py", "mkdocs_hooks.py"]


@pytest.mark.parametrize(
    "command",
    [
        [str(BIN / "ruff"), "check", *PYTHON_PATHS],
        [str(BIN / "ruff"), "format", "--check", *PYTHON_PATHS],
        [str(BIN / "mypy")],
        [
            str(BIN / "yamllint"),
            "-s",
            "data",
            "mkdocs.yml",
            "mkdocs.sv.yml",
            "mkdocs.en.yml",
            ".yamllint.yml",
            ".github",
            ".pre-commit-config.yaml",
        ],
    ],
    ids=["ruff", "ruff-format", "mypy", "yamllint"],
)
def test_lint(command: list[str]) -> None:
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
