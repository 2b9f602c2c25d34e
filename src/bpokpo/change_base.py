"""What a change is compared with: a commit of the repository, or a folder.

``make changes BASE=…`` takes a branch, tag or commit (the data and anchors/ of that commit
are read from git, without touching the working tree) or a folder: a project folder holding
data/, or a data folder itself. Anything else is an error, never an empty base (which would
list everything as added).
"""

from __future__ import annotations

import os
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

DATA_DIR = "data"
ANCHORS_DIR = "anchors"
DATA_MARKERS = ("site.yml", "dimensions.yml", "terms")


class BaseNotFound(Exception):
    """The base given is neither a commit nor a folder with the site's data."""


@dataclass(frozen=True)
class Side:
    """One side of a comparison: its data folder, its anchor registry, and how to name it."""

    data_dir: str
    anchors_dir: str
    name: str  # e.g. "main (60913a8)" or "../old-copy/data"


def folder_side(path: str) -> Side:
    """A project folder (holding data/) or a data folder."""
    if os.path.isdir(os.path.join(path, DATA_DIR)):
        return Side(os.path.join(path, DATA_DIR), os.path.join(path, ANCHORS_DIR), path)
    if any(os.path.exists(os.path.join(path, marker)) for marker in DATA_MARKERS):
        return Side(path, os.path.join(os.path.dirname(os.path.abspath(path)), ANCHORS_DIR), path)
    raise BaseNotFound(f"'{path}' is a folder, but holds no site data (no data/ folder, no dimensions.yml)")


@contextmanager
def base_side(base: str, repository: str = ".") -> Iterator[Side]:
    """The base of a comparison; a commit's files are unpacked into a temporary folder for the duration."""
    if os.path.isdir(base):
        yield folder_side(base)
        return
    commit = _commit(base, repository)
    with tempfile.TemporaryDirectory(prefix="bpokpo-base-") as folder:
        for name in (DATA_DIR, ANCHORS_DIR):
            if _git(repository, "cat-file", "-e", f"{commit}:{name}").returncode == 0:
                _unpack(repository, commit, name, folder)
        if not os.path.isdir(os.path.join(folder, DATA_DIR)):
            raise BaseNotFound(f"the commit {commit[:7]} ('{base}') has no {DATA_DIR}/ folder")
        yield Side(os.path.join(folder, DATA_DIR), os.path.join(folder, ANCHORS_DIR), f"{base} ({commit[:7]})")


def _commit(base: str, repository: str) -> str:
    hint = (
        f"'{base}' is neither a commit nor a folder: give a branch, tag or commit of this repository "
        "(such as main or HEAD~1), or a folder holding the site data"
    )
    if not base or base.startswith("-"):
        raise BaseNotFound(hint)
    try:
        found = _git(repository, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{base}^{{commit}}")
    except FileNotFoundError:
        raise BaseNotFound(hint + " (git is not installed, so only a folder can be compared)") from None
    if found.returncode != 0 and "/" not in base:  # a branch this clone only has as origin's
        found = _git(repository, "rev-parse", "--verify", "--quiet", "--end-of-options", f"origin/{base}^{{commit}}")
    if found.returncode != 0:
        raise BaseNotFound(hint)
    return found.stdout.strip()


def _git(repository: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", repository, *arguments], capture_output=True, text=True, check=False)


def _unpack(repository: str, commit: str, name: str, folder: str) -> None:
    archive = os.path.join(folder, f"{name}.tar")
    with open(archive, "wb") as out:
        subprocess.run(["git", "-C", repository, "archive", "--format=tar", commit, "--", name], stdout=out, check=True)
    with tarfile.open(archive) as tar:
        tar.extractall(folder, filter="data")  # no links out of the folder, no special files
    os.remove(archive)
