"""Live reload: the time from saving a change to a data file until the served page shows it.

Starts ``python -m bpokpo.site_serve`` on a copy of the project, then, run after run,
writes a new value into data/dimensions.yml and polls the served comparison page
until the value appears.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.processes import bench_environment
from bench.project_copy import REPO, copy_project

POLL_SECONDS = 0.05
GIVE_UP_SECONDS = 60.0
# A value of the real data, on the comparison page in both languages.
ORIGINAL_VALUE = '{sv: "Mindre komplex", en: "Less complex"}'


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(url: str, pattern: str, since: float) -> float:
    """Seconds from ``since`` until the page at ``url`` has a match for the regular expression ``pattern``."""
    while time.perf_counter() - since < GIVE_UP_SECONDS:
        page = fetch(url)
        if page is not None and re.search(pattern, page):
            return time.perf_counter() - since
        time.sleep(POLL_SECONDS)
    raise TimeoutError(f"{url} did not show {pattern!r} within {GIVE_UP_SECONDS:.0f} s")


def replace_value(dimensions_file: Path, old: str, new: str) -> float:
    """Write the changed file and return the moment the save finished."""
    text = dimensions_file.read_text(encoding="utf-8")
    if old not in text:
        raise ValueError(f"{old!r} is not in {dimensions_file}")
    with open(dimensions_file, "w", encoding="utf-8") as file:
        file.write(text.replace(old, new, 1))
    return time.perf_counter()


def measure_live_reload(runs: int) -> list[float]:
    with tempfile.TemporaryDirectory(prefix="bench-live-") as folder:
        project = copy_project(Path(folder) / "project")
        port = free_port()
        url = f"http://127.0.0.1:{port}/sv/comparison/"
        log = open(Path(folder) / "serve.log", "w+", encoding="utf-8")  # noqa: SIM115 - closed below
        server = subprocess.Popen(
            [sys.executable, "-m", "bpokpo.site_serve", "--project", str(project), "--port", str(port)],
            cwd=REPO,
            env=bench_environment(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # so that stopping it stops its build subprocess too
        )
        try:
            wait_for(url, "Mindre komplex", time.perf_counter())
            times = []
            current = ORIGINAL_VALUE
            for run in range(1, runs + 1):
                time.sleep(1.0)  # let the watcher settle, as between two saves by a person
                changed = f'{{sv: "Mindre komplex {run}", en: "Less complex {run}"}}'
                saved = replace_value(project / "data" / "dimensions.yml", current, changed)
                # the whole value, as a table cell shows it: not a longer number that starts the same
                times.append(wait_for(url, rf"Mindre komplex {run}\s*<", saved))
                current = changed
            return times
        except TimeoutError:
            log.seek(0)
            raise TimeoutError(log.read()[-3000:]) from None
        finally:
            # Ctrl-C, as a person stops it: the server then removes its temporary site folder.
            os.killpg(server.pid, signal.SIGINT)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
            log.close()
