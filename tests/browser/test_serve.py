"""`make serve` in Chromium: a data error shows on the open page, and the page recovers on the next good save.

The server runs on a copy of the project, on a free port. The test only edits the data file;
every reload of the page is the live reload's own.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from datafactory import REPO, copy_project
from playwright.sync_api import Page, expect

from bpokpo import load_content

pytestmark = pytest.mark.browser

# A rebuild of both languages, on a busy two-core machine.
REBUILD_MS = 180_000


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_line(lines: queue.Queue[str | None], marker: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    seen: list[str] = []
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if line is None:
            pytest.fail("the server stopped:\n" + "".join(seen))
        seen.append(line)
        if marker in line:
            return
    pytest.fail(f"no {marker!r} from the server:\n" + "".join(seen))


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    project = copy_project(tmp_path / "project")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "bpokpo.site_serve", "--project", str(project), "--port", str(port)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,  # so that stopping it stops its build process too
    )
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert server.stdout is not None
        for line in server.stdout:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    try:
        wait_for_line(lines, "Serving on", REBUILD_MS / 1000)
        yield project, f"http://127.0.0.1:{port}"
    finally:
        os.killpg(server.pid, signal.SIGINT)  # as a person stops it: the server removes its temporary site
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def test_a_data_error_shows_in_the_browser_and_the_page_recovers(page: Page, served: tuple[Path, str]) -> None:
    project, url = served
    dimension = load_content(str(project / "data")).dimensions_in("table")[0]
    path = project / "data" / "dimensions.yml"
    original = path.read_text(encoding="utf-8")
    entry = f'- id: "{dimension.id}"'
    line = original[: original.index(entry)].count("\n") + 1
    row = page.locator(f"tr[id='{dimension.id}']")
    problems = page.locator("ol.bk-problems > li")

    page.goto(f"{url}/sv/comparison/")
    expect(row).to_be_attached()

    path.write_text(original.replace(entry, '- id: "<b>Not an id</b>"', 1), encoding="utf-8")
    expect(page.locator("h1")).to_have_text("The site data has 1 problem", timeout=REBUILD_MS)
    expect(problems).to_have_count(1)
    expect(problems.first.locator("code")).to_have_text(re.compile(rf"^data/dimensions\.yml:{line}:\d+$"))
    expect(problems.first).to_contain_text("'<b>Not an id</b>' is not a valid id")  # shown as text
    expect(page.locator("main b")).to_have_count(0)
    expect(row).not_to_be_attached()

    path.write_text(original, encoding="utf-8")
    expect(row).to_be_attached(timeout=REBUILD_MS)
    expect(problems).to_have_count(0)
    expect(page).to_have_url(f"{url}/sv/comparison/")
