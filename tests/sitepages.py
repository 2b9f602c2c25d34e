"""What the browser tests walk through and watch: the built pages, what a page asked of the network and
the console, and axe-core's verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import ConsoleMessage, Page, Request, expect

REPO = Path(__file__).resolve().parents[1]
AXE_SCRIPT = REPO / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices: no rule is left out.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
MOBILE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def built_pages(site: Path, language: str) -> list[str]:
    """Paths of every HTML page of one language, relative to the site root (``sv/comparison/``):
    taken from the built site itself, so a page added later is checked without touching the tests."""
    return sorted(
        file.relative_to(site).as_posix().removesuffix("index.html") for file in (site / language).rglob("*.html")
    )


@dataclass
class PageWatch:
    """Every request, console error or warning and uncaught exception of one browser page."""

    origin: str
    requests: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)

    def attach(self, page: Page) -> None:
        page.on("request", self._on_request)
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.console.append(f"uncaught: {error}"))

    def _on_request(self, request: Request) -> None:
        self.requests.append(request.url)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.console.append(f"{message.type}: {message.text} ({message.location.get('url', '')})")

    def foreign_requests(self) -> list[str]:
        """Requests to any host but the local server (data: and blob: URLs never leave the page)."""
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme not in ("data", "blob") and not url.startswith(self.origin + "/")
        ]


def axe_violations(page: Page) -> list[str]:
    """axe-core's violations on the page as loaded, one line per rule and element."""
    if not AXE_SCRIPT.exists():
        pytest.fail(f"{AXE_SCRIPT} is missing: run `make test`, or `npm ci` first")
    page.add_script_tag(path=str(AXE_SCRIPT))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        AXE_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} {node['failureSummary']}"
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


def open_for_instant_navigation(page: Page, url: str) -> None:
    """Loads ``url`` and waits until Material's instant navigation takes its links, marking the
    window so a test can tell a page changed in place from one loaded afresh.

    Instant navigation takes only the links its sitemap.xml lists, which it fetches after the
    page has loaded: a click before that arrives is an ordinary, full page load.
    """
    with page.expect_response(lambda response: response.url.endswith("/sitemap.xml")):
        page.goto(url)
    page.evaluate("window.loadedOnce = true")


def open_by_instant_navigation(page: Page, site_url: str, language: str, title: str, url: str) -> None:
    """Opens the page at ``url`` from the home page through its navigation link named ``title``,
    changed in place by Material's instant navigation rather than loaded afresh."""
    open_for_instant_navigation(page, f"{site_url}/{language}/")
    page.locator(".md-sidebar--primary").get_by_role("link", name=title, exact=True).click()
    expect(page).to_have_url(f"{site_url}/{language}/{url}")
    assert page.evaluate("window.loadedOnce === true"), "the page was fully reloaded, not changed in place"
