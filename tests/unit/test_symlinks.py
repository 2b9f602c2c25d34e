"""A symbolic link in any folder the site is built from stops validation or the build, before it is followed."""

from __future__ import annotations

from pathlib import Path

import pytest
from datafactory import copy_project, minimal_data
from mkdocs.exceptions import Abort

from bpokpo import DataErrors, load_content
from bpokpo.site_build import build_site

SECRET = "s3cret-token"


def outside(tmp_path: Path) -> Path:
    """A file outside the project, as a link in a pull request could point at."""
    target = tmp_path / "outside" / "secret.yml"
    target.parent.mkdir()
    target.write_text(f'id: "{SECRET}"\n', encoding="utf-8")
    return target


@pytest.mark.parametrize("link", ["terms/ccc.yml", "site.yml", "terms"])
def test_a_link_in_data_is_refused_before_anything_is_read_through_it(tmp_path: Path, link: str) -> None:
    data = minimal_data(tmp_path / "data")
    target = outside(tmp_path)
    path = data / link
    if path.is_dir():
        path.rename(tmp_path / "moved-terms")
        path.symlink_to(tmp_path / "moved-terms", target_is_directory=True)
    else:
        path.unlink(missing_ok=True)
        path.symlink_to(target)
    with pytest.raises(DataErrors) as failure:
        load_content(str(data))
    [error] = failure.value.errors
    assert error.file.endswith(link) and "this is a symbolic link" in error.message
    assert SECRET not in failure.value.report()


def test_the_data_folder_itself_may_not_be_a_link(tmp_path: Path) -> None:
    real = minimal_data(tmp_path / "real")
    (tmp_path / "data").symlink_to(real, target_is_directory=True)
    with pytest.raises(DataErrors, match="this is a symbolic link"):
        load_content(str(tmp_path / "data"))


@pytest.mark.parametrize("folder", ["docs", "overrides"])
def test_a_link_among_the_build_inputs_stops_the_build(tmp_path: Path, folder: str) -> None:
    project = copy_project(tmp_path / "project")
    (project / folder / "leak.txt").symlink_to(outside(tmp_path))
    with pytest.raises(Abort) as failure:
        build_site(str(project), str(tmp_path / "site"))
    assert f"{folder}/leak.txt:1:1: this is a symbolic link" in str(failure.value)
    assert not list((tmp_path / "site").rglob("leak.txt"))
