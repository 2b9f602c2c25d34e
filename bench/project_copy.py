"""A copy of everything a build reads, so a benchmark can change data without touching the repository."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROJECT_FOLDERS = ("data", "docs", "overrides")
PROJECT_FILES = ("mkdocs.yml", "mkdocs.sv.yml", "mkdocs.en.yml", "macros.py", "mkdocs_hooks.py")


def copy_project(target: Path) -> Path:
    for name in PROJECT_FOLDERS:
        shutil.copytree(REPO / name, target / name)
    for name in PROJECT_FILES:
        shutil.copy2(REPO / name, target / name)
    return target
