"""Page weight: everything each page loads in Chromium, in bytes raw and gzipped, and where from.

The built site is served by a plain static server on a free port; each page opens in a
fresh browser context (an empty cache, as for a first visit) and waits until the
network is idle. Every response body counts, with its gzip size computed here
(level 6, a common server default) rather than trusted from headers. A request to any
other host is counted and aborted, so the figure never depends on the network.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Request, Route, sync_playwright

# Started as the browser tests start it.
from tests.chromium import CHROMIUM, CHROMIUM_ARGS, chromium_path

GZIP_LEVEL = 6


@dataclass(frozen=True)
class PageWeight:
    language: str
    path: str
    requests: int
    raw_bytes: int
    gzip_bytes: int
    other_host_requests: tuple[str, ...]


def gzip_size(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - signature of the base class
        pass


@contextmanager
def serve(folder: Path, port: int) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()


def measure_page_weights(site: Path, port: int, pages: list[tuple[str, str]]) -> list[PageWeight]:
    """``pages``: (language, path below the language root) pairs, e.g. ("sv", "comparison/")."""
    executable = chromium_path()
    if executable is None:
        raise FileNotFoundError(f"Chromium not found at {CHROMIUM}: install it or set CHROMIUM_PATH")
    results = []
    with serve(site, port) as origin, sync_playwright() as playwright:
        own_host = urlsplit(origin).netloc
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            for language, path in pages:
                results.append(_measure_page(browser, own_host, f"{origin}/{language}/{path}", language, path))
        finally:
            browser.close()
    return results


def _measure_page(browser: Browser, own_host: str, url: str, language: str, path: str) -> PageWeight:
    context = browser.new_context()
    page = context.new_page()
    other_hosts: list[str] = []
    requests: list[Request] = []

    def route(route: Route) -> None:
        if urlsplit(route.request.url).netloc == own_host:
            route.continue_()
        else:
            other_hosts.append(route.request.url)
            route.abort()

    # On the context, so that requests of the page's workers (the search index) count too.
    context.route("**/*", route)
    context.on("requestfinished", lambda request: requests.append(request))
    page.goto(url, wait_until="networkidle")
    raw = compressed = 0
    for request in requests:
        response = request.response()
        if response is None:
            continue
        body = response.body()
        raw += len(body)
        compressed += gzip_size(body)
    context.close()
    return PageWeight(language, path, len(requests) + len(other_hosts), raw, compressed, tuple(other_hosts))
