"""`make serve PORT=…`: a busy port is one line saying what to do; a failed build becomes a page."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator

import pytest
from datafactory import REPO

from bpokpo.build_problem import problem_page, read_build_output


@pytest.fixture
def busy_port() -> Iterator[int]:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        yield int(taken.getsockname()[1])


def own_lines(stderr: str) -> list[str]:
    """What the command said, without make's own report of the exit code."""
    return [line for line in stderr.strip().splitlines() if not line.startswith("make")]


def test_a_busy_port_is_one_line_with_the_way_out(busy_port: int) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bpokpo.site_serve", "--port", str(busy_port)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    [line] = own_lines(result.stderr)
    assert line == (
        f"Port {busy_port} is already in use on 127.0.0.1: stop the server running there, "
        f"or serve on another port with make serve PORT={busy_port + 1}"
    )


def test_make_serve_takes_its_port(busy_port: int) -> None:
    if shutil.which("make") is None:
        pytest.fail("make is required: the README's commands use it")
    result = subprocess.run(
        ["make", "-s", "serve", f"PORT={busy_port}"], cwd=REPO, capture_output=True, text=True, timeout=300
    )
    assert result.returncode != 0
    [line] = own_lines(result.stderr)
    assert line.startswith(f"Port {busy_port} is already in use") and "Traceback" not in result.stderr


def test_a_failed_build_reads_as_a_list_of_located_problems() -> None:
    output = (
        "The site data has 2 problems:\n"
        "data/dimensions.yml:27:9: dimensions[3].id: '<b>x</b>' is not a valid id (use \"x\")\n"
        "data/terms/bpo.yml:6:8: order: expected a whole number, found text (write a number)\n"
        "Fix these in data/ and build again.\n"
    )
    problem = read_build_output(output)
    assert problem.headline == "The site data has 2 problems"
    assert [item.where for item in problem.items] == ["data/dimensions.yml:27:9", "data/terms/bpo.yml:6:8"]
    assert problem.items[0].text.startswith("dimensions[3].id: '<b>x</b>'")
    assert problem.other_lines == ()
    page = problem_page(problem)
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
    assert "<h1>The site data has 2 problems</h1>" in page


def test_anything_else_a_build_prints_is_kept_as_it_was() -> None:
    problem = read_build_output("ERROR   -  Error reading page 'x.md': <oops>\nAborted with 1 error\n")
    assert problem.headline == "The site could not be built" and problem.items == ()
    assert problem.other_lines == ("ERROR   -  Error reading page 'x.md': <oops>", "Aborted with 1 error")
    assert "&lt;oops&gt;" in problem_page(problem)
