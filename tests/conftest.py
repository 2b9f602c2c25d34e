"""Shared fixtures: one strict build of both languages per test run, and a local server for it."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS, chromium_path
from datafactory import copy_project
from hostile_sites import HostileSite, build_hostile_site
from playwright.sync_api import Browser, Page
from sitepages import DESKTOP, MOBILE
from stress_data import write_stress_data

from bpokpo.site_build import build_site

REPO = Path(__file__).resolve().parents[1]
# CI sets this so that a missing browser fails the run instead of skipping browser tests.
REQUIRE_BROWSER = os.environ.get("BPOKPO_REQUIRE_BROWSER") == "1"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def site_port() -> int:
    return _free_port()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, site_port: int) -> Path:
    """The site as `make build` makes it: site/sv, site/en and the root redirect page.

    Its site_url is the address the tests serve it at, as in production, since
    Material's language switch matches pages through each language's sitemap.
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    out = tmp_path_factory.mktemp("site")
    with pytest.MonkeyPatch.context() as env:
        for language in ("sv", "en"):
            env.setenv(f"SITE_URL_{language.upper()}", f"http://127.0.0.1:{site_port}/{language}/")
        build_site(str(REPO), str(out))
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass


def _serve(directory: Path, port: int) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def site_url(built_site: Path, site_port: int) -> Iterator[str]:
    """The built site served on a free local port, like any static host would serve it."""
    yield from _serve(built_site, site_port)


@pytest.fixture(scope="session")
def validated_hostile_site(tmp_path_factory: pytest.TempPathFactory) -> HostileSite:
    """The site with an attack in every text field (tests/hostile_data.py), built through validation."""
    return build_hostile_site(tmp_path_factory.mktemp("hostile"), _free_port(), raw=False)


@pytest.fixture(scope="session")
def raw_hostile_site(tmp_path_factory: pytest.TempPathFactory) -> HostileSite:
    """The same with the text rules bypassed: every payload of the other, and those validation refuses."""
    return build_hostile_site(tmp_path_factory.mktemp("hostile-raw"), _free_port(), raw=True)


@pytest.fixture(params=["validated_hostile_site", "raw_hostile_site"])
def hostile_site(request: pytest.FixtureRequest) -> HostileSite:
    site: HostileSite = request.getfixturevalue(request.param)
    return site


@pytest.fixture(scope="session")
def raw_hostile_site_url(raw_hostile_site: HostileSite) -> Iterator[str]:
    yield from _serve(raw_hostile_site.out, raw_hostile_site.port)


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


# Items renamed and a page moved, as a later edit of the data would do: the site built from
# this copy must still honour every link published for the current one.
RENAMED_ITEMS = {"complexity": "complexity-level", "customer-service": "customer-care"}  # old id -> new id
MOVED_PAGES = {"compare/": "comparison/"}  # old path -> new path


def _rename_and_move(project: Path) -> None:
    files = [project / "data" / "dimensions.yml", *sorted((project / "data" / "terms").glob("*.yml"))]
    for old, new in RENAMED_ITEMS.items():
        for path in files:
            text = path.read_text(encoding="utf-8")
            entry = f'  - id: "{old}"\n'
            if entry in text:
                path.write_text(text.replace(entry, f'  - id: "{new}"\n    aliases: ["{old}"]\n'), encoding="utf-8")
                break
        else:
            raise AssertionError(f"no item with the id {old} in data/")
    moves = "".join(f'  - {{from: "{old}", to: "{new}"}}\n' for old, new in MOVED_PAGES.items())
    (project / "data" / "redirects.yml").write_text(f"redirects:\n{moves}", encoding="utf-8")


def _build_project(tmp_path_factory: pytest.TempPathFactory, project: Path) -> tuple[Path, int]:
    """A strict build of a changed copy of the project, and the port it is to be served at."""
    port = _free_port()
    out = tmp_path_factory.mktemp(f"{project.name}-site")
    with pytest.MonkeyPatch.context() as env:
        for language in ("sv", "en"):
            env.setenv(f"SITE_URL_{language.upper()}", f"http://127.0.0.1:{port}/{language}/")
        build_site(str(project), str(out))
    return out, port


@pytest.fixture(scope="session")
def moved_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A strict build of a copy of the project with RENAMED_ITEMS and MOVED_PAGES, and its port."""
    project = copy_project(tmp_path_factory.mktemp("moved"))
    _rename_and_move(project)
    return _build_project(tmp_path_factory, project)


@pytest.fixture(scope="session")
def moved_site_url(moved_site: tuple[Path, int]) -> Iterator[str]:
    yield from _serve(*moved_site)


@pytest.fixture(scope="session")
def stress_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with the stress data set (tests/stress_data.py)."""
    project = copy_project(tmp_path_factory.mktemp("stress"))
    write_stress_data(project / "data")
    return project


@pytest.fixture(scope="session")
def stress_site(tmp_path_factory: pytest.TempPathFactory, stress_project: Path) -> tuple[Path, int]:
    """A strict build of the stress project, and its port."""
    return _build_project(tmp_path_factory, stress_project)


@pytest.fixture(scope="session")
def stress_site_url(stress_site: tuple[Path, int]) -> Iterator[str]:
    yield from _serve(*stress_site)
