"""Runs a command in a fresh process and measures its wall time, CPU time and peak memory.

CPU time and peak memory come from the kernel's accounting of that one process (and the
children it waited for) through ``wait4``, the figures ``/usr/bin/time -v`` prints,
so they are per run, not the largest of the session.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass

# ru_maxrss is in kilobytes on Linux and in bytes on macOS.
_MAXRSS_UNIT = 1 if sys.platform == "darwin" else 1024


@dataclass(frozen=True)
class Measured:
    seconds: float  # wall time
    cpu_seconds: float  # user + system time of the process and its children: less affected by a busy machine
    peak_bytes: int
    output: str


class CommandFailed(RuntimeError):
    pass


def run_measured(command: list[str], *, cwd: str, env: Mapping[str, str] | None = None) -> Measured:
    with tempfile.TemporaryFile(mode="w+") as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        log.seek(0)
        output = log.read()
    if process.returncode != 0:
        raise CommandFailed(f"{' '.join(command)} exited with {process.returncode}:\n{output}")
    return Measured(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * _MAXRSS_UNIT, output)


def bench_environment(**extra: str) -> dict[str, str]:
    """The environment every measured build runs in: the same as `make build`'s."""
    env = dict(os.environ)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env.update(extra)
    return env
