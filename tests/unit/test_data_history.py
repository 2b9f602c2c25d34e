"""When data last changed: git history when there is one, the file's time otherwise, never a crash."""

from __future__ import annotations

import os
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bpokpo.data_history import DataHistory

COMMITTED = "2024-03-05T10:20:30+01:00"
LATER = "2025-01-02T03:04:05+00:00"
FILE_TIME = datetime(2023, 6, 7, 8, 9, 10, tzinfo=UTC)


def git(folder: Path, *arguments: str, date: str = COMMITTED) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Editor",
        "GIT_AUTHOR_EMAIL": "editor@example.org",
        "GIT_COMMITTER_NAME": "Editor",
        "GIT_COMMITTER_EMAIL": "editor@example.org",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    subprocess.run(["git", "-C", str(folder), *arguments], check=True, capture_output=True, env=env)


def data_folder(root: Path) -> Path:
    data = root / "data"
    (data / "terms").mkdir(parents=True)
    for name in ("site.yml", "dimensions.yml", "terms/bpo.yml"):
        (data / name).write_text("x: 1\n", encoding="utf-8")
        os.utime(data / name, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    return data


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    data = data_folder(root)
    git(root, "init", "-q")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Content")
    (data / "dimensions.yml").write_text("x: 2\n", encoding="utf-8")
    git(root, "commit", "-q", "-am", "Change dimensions", date=LATER)
    return root


def test_dates_come_from_the_last_commit_of_each_file(repository: Path) -> None:
    history = DataHistory(str(repository / "data"))
    assert history.changed("site.yml") == datetime.fromisoformat(COMMITTED)
    assert history.changed("terms/bpo.yml") == datetime.fromisoformat(COMMITTED)
    assert history.changed("dimensions.yml") == datetime.fromisoformat(LATER)
    assert history.last_changed(["site.yml", "dimensions.yml"]) == datetime.fromisoformat(LATER)


def test_an_uncommitted_edit_is_dated_by_the_file(repository: Path) -> None:
    path = repository / "data" / "site.yml"
    path.write_text("x: 333\n", encoding="utf-8")
    os.utime(path, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    assert DataHistory(str(repository / "data")).changed("site.yml") == FILE_TIME


def test_a_shallow_clone_uses_the_files_times(repository: Path, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth", "1", repository.as_uri(), str(clone)], check=True, capture_output=True
    )
    for path in (clone / "data").rglob("*.yml"):
        os.utime(path, (FILE_TIME.timestamp(), FILE_TIME.timestamp()))
    history = DataHistory(str(clone / "data"))
    assert history.committed == {}
    assert history.changed("site.yml") == FILE_TIME


def test_a_copy_without_git_uses_the_files_times(tmp_path: Path) -> None:
    data = data_folder(tmp_path / "copy")
    history = DataHistory(str(data))
    assert history.committed == {}
    assert history.last_changed(["site.yml", "terms/bpo.yml"]) == FILE_TIME


def test_no_git_program_at_all(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repository / "no-such-folder"))
    history = DataHistory(str(repository / "data"))
    assert history.committed == {}
    assert history.changed("dimensions.yml") is not None


def test_a_missing_file_has_no_date(tmp_path: Path) -> None:
    data = data_folder(tmp_path / "copy")
    history = DataHistory(str(data))
    assert history.changed("terms/ito.yml") is None
    assert history.last_changed(["terms/ito.yml"]) is None
