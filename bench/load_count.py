"""What one two-language build does once and what it does per page, counted and timed.

The build runs exactly as ``bpokpo.site_build`` runs it; counters wrap the loader, the
YAML parser, the page functions and the macros plugin's per-language set-up from
outside, so the package carries no benchmark code. The time inside each is summed
(YAML parsing is part of loading the data). Prints the figures as JSON.

Run as ``python -m bench.load_count --project DIR --out DIR``.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from types import ModuleType
from typing import Any

from mkdocs_macros.plugin import MacrosPlugin

from bpokpo import located_yaml, mkdocs_site, pages, site_build

DATA_LOADS = "data loaded and validated"
YAML_FILES = "YAML files parsed"
PAGES = "pages rendered"
MACROS_SET_UP = "macros plugin set-up"
PAGE_FUNCTIONS = ("home_page", "term_page", "comparison_page", "conclusion_page", "infographic_page")


@dataclass
class Tally:
    count: int = 0
    seconds: float = 0.0


def _counting(tally: Tally, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def counted(*args: Any, **kwargs: Any) -> Any:
        tally.count += 1
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            tally.seconds += time.perf_counter() - start

    return counted


def _importers(function: Callable[..., Any]) -> list[ModuleType]:
    """The package's modules that hold ``function`` under its own name, the module defining it included."""
    return [
        module
        for name, module in sorted(sys.modules.items())
        if name.startswith("bpokpo") and getattr(module, function.__name__, None) is function
    ]


def count_build(project: str, out: str) -> dict[str, Tally]:
    tallies = {name: Tally() for name in (DATA_LOADS, YAML_FILES, PAGES, MACROS_SET_UP)}
    # The package's functions are imported by name, so they are wrapped where they are called from.
    wrapped: list[tuple[object, str, str]] = [
        (mkdocs_site, "load_content", DATA_LOADS),
        *((module, "load_located", YAML_FILES) for module in _importers(located_yaml.load_located)),
        (MacrosPlugin, "on_config", MACROS_SET_UP),
    ]
    wrapped += [(pages, name, PAGES) for name in PAGE_FUNCTIONS]
    for owner, function, name in wrapped:
        setattr(owner, function, _counting(tallies[name], getattr(owner, function)))
    site_build.build_site(project, out)
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Count and time data loads and page renders in one build.")
    parser.add_argument("--project", required=True)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    tallies = count_build(os.path.abspath(arguments.project), os.path.abspath(arguments.out))
    print(json.dumps({name: asdict(tally) for name, tally in tallies.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
