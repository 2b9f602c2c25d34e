"""A built and served site for the page tests: the project's own, or a copy with a content edit.

The page tests take a ``site`` (see conftest.py) and derive everything they expect from its
data, so the same tests hold the unedited site and every edited one to the same properties.
"""

from __future__ import annotations

import functools
import http.server
import os
import socket
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from content_edits import EDITS
from htmlpage import HtmlPage
from sitepages import built_pages

from bpokpo import load_content
from bpokpo.anchor_registry import REGISTRY_DIR, RegisteredAnchor, read_registry
from bpokpo.model import Content
from bpokpo.page_redirects import PageRedirect, load_redirects
from bpokpo.site_build import build_site
from bpokpo.site_map import SitePage, site_pages

REPO = Path(__file__).resolve().parents[1]
UNEDITED = "data"  # the site as the repository's data makes it
EDITED = tuple(edit.name for edit in EDITS)
ALL_SITES = (UNEDITED, *EDITED)
LANGUAGES = ("sv", "en")  # of every site: the edits keep the languages


def in_languages(*, edited: tuple[str, ...] = EDITED) -> list[tuple[str, str]]:
    """(site, language) for the slower browser tests: the unedited site in every language, each edited
    one in Swedish, whose long compounds test a layout hardest."""
    return [(UNEDITED, language) for language in LANGUAGES] + [(name, LANGUAGES[0]) for name in edited]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass


@dataclass
class SiteUnderTest:
    """A project folder, its data, and its strict build served on a local port like any static host."""

    name: str
    project: Path
    out: Path
    port: int
    content: Content = field(init=False)
    registry: tuple[RegisteredAnchor, ...] = field(init=False)
    redirects: tuple[PageRedirect, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.content = load_content(str(self.project / "data"))
        self.registry = read_registry(str(self.project / REGISTRY_DIR))
        self.redirects = load_redirects(str(self.project / "data"), tuple(page.url for page in self.pages))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pages(self) -> tuple[SitePage, ...]:
        return site_pages(self.content)

    @property
    def languages(self) -> tuple[str, ...]:
        return self.content.languages

    def html(self, language: str, page_url: str) -> HtmlPage:
        return html_page(self.out / language / page_url / "index.html")

    def text(self, language: str, page_url: str) -> str:
        return self.html(language, page_url).shown_text()

    def built_pages(self, language: str) -> list[str]:
        """Paths of every HTML file of one language below the site root (``sv/comparison/``), 404 included."""
        return built_pages(self.out, language)


@functools.cache
def html_page(path: Path) -> HtmlPage:
    """Each built page is parsed once per run, however many tests read it."""
    return HtmlPage.read(path)


def build_and_serve(name: str, project: Path, out: Path) -> SiteUnderTest:
    """A strict build of both languages with the address it is served at as site_url, as in production
    (Material's language switch matches pages through each language's sitemap), then served."""
    port = free_port()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("NO_MKDOCS_2_WARNING", "1")
        for language in ("sv", "en"):
            env.setenv(f"SITE_URL_{language.upper()}", f"http://127.0.0.1:{port}/{language}/")
        build_site(str(project), str(out))
    serve(out, port)
    return SiteUnderTest(name, project, out, port)


def serve(out: Path, port: int) -> str:
    """Serve the folder ``out`` on ``port`` for the rest of the run, like any static host; its address."""
    handler = functools.partial(QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{port}"


def git_dated(project: Path) -> bool:
    """Whether the project's data is dated by git history (the repository) or by file times (a copy)."""
    return (project / ".git").exists() and os.path.samefile(project, REPO)
