"""A description of the machine a benchmark ran on, for bench/RESULTS.md."""

from __future__ import annotations

import datetime
import os
import platform
import sys
from importlib.metadata import version


def _first_line_with(path: str, prefix: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as file:
            for line in file:
                if line.startswith(prefix):
                    return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def describe_machine() -> list[tuple[str, str]]:
    memory = _first_line_with("/proc/meminfo", "MemTotal")
    memory_text = f"{int(memory.split()[0]) / 2**20:.1f} GiB" if memory else "unknown"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("Date (UTC)", datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M")),
        ("Cores available (nproc)", str(cores)),
        ("CPU model", _first_line_with("/proc/cpuinfo", "model name") or platform.processor() or "unknown"),
        ("Memory", memory_text),
        ("Load average at start (1, 5, 15 min)", load_average()),
        ("Operating system", platform.platform()),
        ("Python", sys.version.split()[0]),
        ("MkDocs, Material, macros plugin", ", ".join(version(name) for name in _PACKAGES)),
    ]


def load_average() -> str:
    """Other work on the machine slows the wall times: this says how busy it was."""
    if not hasattr(os, "getloadavg"):
        return "unknown"
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


_PACKAGES = ("mkdocs", "mkdocs-material", "mkdocs-macros-plugin")
