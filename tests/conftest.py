"""Shared fixtures: the sites the page tests look at, each built strictly and served once per run.

``site`` is the unedited site and, in turn, a copy of the project after each legitimate
content edit in content_edits.py. A test that takes ``site`` runs on all of them unless it
is marked ``@pytest.mark.sites(...)`` with the names it needs; ``project`` is the same copy
before its build, for tests that only read its data.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS, chromium_path
from content_edits import EDITS
from datafactory import copy_project
from hostile_sites import HostileSite, build_hostile_site
from playwright.sync_api import Browser, Page
from site_under_test import ALL_SITES, REPO, UNEDITED, SiteUnderTest, build_and_serve, free_port, serve
from sitepages import DESKTOP, MOBILE
from stress_data import write_stress_data

# CI sets this so that a missing browser fails the run instead of skipping browser tests.
REQUIRE_BROWSER = os.environ.get("BPOKPO_REQUIRE_BROWSER") == "1"

_projects: dict[str, Path] = {}
_sites: dict[str, SiteUnderTest] = {}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    for name in ("site", "project"):
        if name in metafunc.fixturenames and not _parametrized(metafunc, name):
            marker = metafunc.definition.get_closest_marker("sites")
            names = marker.args if marker else ALL_SITES
            metafunc.parametrize(name, names, indirect=True, scope="session")


def _parametrized(metafunc: pytest.Metafunc, name: str) -> bool:
    """Whether the test parametrizes ``name`` itself (with other arguments, say)."""
    for marker in metafunc.definition.iter_markers("parametrize"):
        names = marker.args[0]
        if name in ([part.strip() for part in names.split(",")] if isinstance(names, str) else names):
            return True
    return False


def edited_project(name: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository itself, or a copy of it with the named content edit made."""
    if name == UNEDITED:
        return REPO
    if name not in _projects:
        [edit] = [edit for edit in EDITS if edit.name == name]
        project = copy_project(tmp_path_factory.mktemp(name) / "project")
        edit.apply(project)
        _projects[name] = project
    return _projects[name]


@pytest.fixture(scope="session")
def project(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return edited_project(str(request.param), tmp_path_factory)


@pytest.fixture(scope="session")
def site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> SiteUnderTest:
    name = str(request.param)
    if name not in _sites:
        project = edited_project(name, tmp_path_factory)
        _sites[name] = build_and_serve(name, project, tmp_path_factory.mktemp(f"{name}-site"))
    return _sites[name]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, object]) -> dict[str, object]:
    """Debian's Chromium, never a downloaded browser, with the network-quiet flags it needs here."""
    executable = chromium_path()
    if executable is None:
        message = (
            f"Chromium not found at {CHROMIUM}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH"
        )
        if REQUIRE_BROWSER:
            pytest.fail(message)
        pytest.skip(message)
    return {
        **browser_type_launch_args,
        "executable_path": executable,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture
def site_url(site: SiteUnderTest) -> str:
    """The address the site under test is served at."""
    return site.url


@pytest.fixture
def built_site(site: SiteUnderTest) -> Path:
    """The folder the site under test is built in."""
    return site.out


@pytest.fixture
def desktop(browser: Browser) -> Iterator[Page]:
    """A desktop browser window (DESKTOP)."""
    context = browser.new_context(viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser: Browser) -> Iterator[Page]:
    """A phone (MOBILE) with a touch screen."""
    context = browser.new_context(viewport=MOBILE, has_touch=True, is_mobile=True)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def unedited_site(tmp_path_factory: pytest.TempPathFactory) -> SiteUnderTest:
    """The site as the repository's data makes it, for tests that look at it alone."""
    if UNEDITED not in _sites:
        _sites[UNEDITED] = build_and_serve(UNEDITED, REPO, tmp_path_factory.mktemp(f"{UNEDITED}-site"))
    return _sites[UNEDITED]


@pytest.fixture(scope="session")
def stress_site(tmp_path_factory: pytest.TempPathFactory) -> SiteUnderTest:
    """A copy of the project with the stress data set (tests/stress_data.py), built and served."""
    project = copy_project(tmp_path_factory.mktemp("stress") / "project")
    write_stress_data(project / "data")
    return build_and_serve("stress", project, tmp_path_factory.mktemp("stress-site"))


@pytest.fixture(scope="session")
def validated_hostile_site(tmp_path_factory: pytest.TempPathFactory) -> HostileSite:
    """The site with an attack in every text field (tests/hostile_data.py), built through validation."""
    return build_hostile_site(tmp_path_factory.mktemp("hostile"), free_port(), raw=False)


@pytest.fixture(scope="session")
def raw_hostile_site(tmp_path_factory: pytest.TempPathFactory) -> HostileSite:
    """The same with the text rules bypassed: every payload of the other, and those validation refuses."""
    return build_hostile_site(tmp_path_factory.mktemp("hostile-raw"), free_port(), raw=True)


@pytest.fixture(params=["validated_hostile_site", "raw_hostile_site"])
def hostile_site(request: pytest.FixtureRequest) -> HostileSite:
    site: HostileSite = request.getfixturevalue(request.param)
    return site


@pytest.fixture(scope="session")
def raw_hostile_site_url(raw_hostile_site: HostileSite) -> str:
    return serve(raw_hostile_site.out, raw_hostile_site.port)
