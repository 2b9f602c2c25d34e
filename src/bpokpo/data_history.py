"""When each data file last changed: from git history, or from the file itself without it.

A page shows the date its facts last changed. That is the date of the last commit that
touched one of its data files. Git cannot tell it in a copy without ``.git`` or in a shallow
clone (where every file seems to change in the one commit there is), nor for a file edited
but not committed yet: then the file's modification time is the best date there is.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from datetime import UTC, datetime

GIT_TIMEOUT = 20  # seconds; the history of data/ is small


class DataHistory:
    """Last-change dates of the files in one data folder, paths relative to that folder."""

    def __init__(self, data_dir: str) -> None:
        self.data_dir = data_dir
        self.committed = _committed_dates(data_dir)

    def changed(self, relative_path: str) -> datetime | None:
        path = os.path.join(self.data_dir, relative_path)
        if relative_path in self.committed:
            return self.committed[relative_path]
        try:
            return datetime.fromtimestamp(int(os.stat(path).st_mtime), tz=UTC)
        except OSError:
            return None

    def last_changed(self, relative_paths: Iterable[str]) -> datetime | None:
        """The latest change among ``relative_paths``; None when none of them can be dated."""
        dates = [date for date in map(self.changed, relative_paths) if date is not None]
        return max(dates) if dates else None


def _git(data_dir: str, *arguments: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", data_dir, *arguments],
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout if result.returncode == 0 else None


def _committed_dates(data_dir: str) -> dict[str, datetime]:
    """The last commit date of each committed, unmodified file; empty when git cannot say."""
    if _git(data_dir, "rev-parse", "--is-shallow-repository") != "false\n":
        return {}  # no repository, no git, or a shallow clone
    # The main line's history, a merge counted as the change it brought: when the published
    # facts changed, not when a branch was written.
    log = _git(
        data_dir,
        "log",
        "--first-parent",
        "--diff-merges=first-parent",
        "--format=%x00%cI",
        "--name-only",
        "--relative",
        "--",
        ".",
    )
    edited = _git(data_dir, "diff", "--name-only", "--relative", "HEAD", "--", ".")
    if log is None or edited is None:
        return {}
    dates: dict[str, datetime] = {}
    current: datetime | None = None
    for line in log.splitlines():
        if line.startswith("\0"):
            current = datetime.fromisoformat(line[1:])
        elif line and current is not None:
            dates.setdefault(line, current)  # the log runs newest first
    for path in edited.splitlines():
        dates.pop(path, None)
    return dates
