"""Runs a command in a fresh process and measures its wall time, CPU time and peak memory.

CPU time and peak memory come from the kernel's accounting of that one process (and the
children it waited for), as ``/usr/bin/time -v`` reports them. Like ``time``, a small
launcher process starts the command and reads the figures from ``wait4``: a process
started straight from the benchmark would count the benchmark's own memory at the
moment it started, since Linux carries the parent's peak across fork and exec.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass

# ru_maxrss is in kilobytes on Linux and in bytes on macOS.
_MAXRSS_UNIT = 1 if sys.platform == "darwin" else 1024

# Started as `python -S -c LAUNCHER FIGURES_FILE COMMAND...`: a bare interpreter of a few
# megabytes, which times the command and writes wall seconds, CPU seconds and ru_maxrss.
LAUNCHER = """\
import os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(sys.argv[1], "w") as figures:
    figures.write(f"{wall} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")
sys.exit(os.waitstatus_to_exitcode(status) & 0xFF)
"""


@dataclass(frozen=True)
class Measured:
    seconds: float  # wall time
    cpu_seconds: float  # user + system time of the process and its children: less affected by a busy machine
    peak_bytes: int
    output: str


class CommandFailed(RuntimeError):
    pass


def run_measured(command: list[str], *, cwd: str, env: Mapping[str, str] | None = None) -> Measured:
    with tempfile.TemporaryDirectory(prefix="bench-run-") as folder:
        figures_file = os.path.join(folder, "figures")
        log_file = os.path.join(folder, "output")
        with open(log_file, "w+", encoding="utf-8") as log:
            result = subprocess.run(
                [sys.executable, "-S", "-c", LAUNCHER, figures_file, *command],
                cwd=cwd,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=False,
            )
            log.seek(0)
            output = log.read()
        if result.returncode != 0:
            raise CommandFailed(f"{' '.join(command)} exited with {result.returncode}:\n{output}")
        with open(figures_file, encoding="utf-8") as figures:
            wall, cpu, maxrss = figures.read().split()
    return Measured(float(wall), float(cpu), int(maxrss) * _MAXRSS_UNIT, output)


def bench_environment(**extra: str) -> dict[str, str]:
    """The environment every measured build runs in: the same as `make build`'s."""
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.update(extra)
    return env
