"""Counts, during one two-language build, how often the data is read and validated and how many pages are rendered.

The build runs exactly as ``bpokpo.site_build`` runs it; the counters wrap the
loader, the YAML parser and the page functions from outside, so the package carries
no benchmark code. Prints the counts as JSON.

Run as ``python -m bench.load_count --project DIR --out DIR``.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from bpokpo import loader, mkdocs_site, pages, site_build

DATA_LOADS = "data loaded and validated"
YAML_FILES = "YAML files parsed"
PAGES = "pages rendered"
PAGE_FUNCTIONS = ("home_page", "term_page", "comparison_page", "conclusion_page", "infographic_page")


def _counting(counts: Counter[str], name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def counted(*args: Any, **kwargs: Any) -> Any:
        counts[name] += 1
        return function(*args, **kwargs)

    return counted


def count_build(project: str, out: str) -> dict[str, int]:
    counts: Counter[str] = Counter()
    # Both functions are imported by name, so they are wrapped where they are called from.
    wrapped = [(mkdocs_site, "load_content", DATA_LOADS), (loader, "load_located", YAML_FILES)]
    wrapped += [(pages, name, PAGES) for name in PAGE_FUNCTIONS]
    for module, function, counter in wrapped:
        setattr(module, function, _counting(counts, counter, getattr(module, function)))
    site_build.build_site(project, out)
    return {DATA_LOADS: 0, YAML_FILES: 0, PAGES: 0, **counts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Count data loads and page renders in one build.")
    parser.add_argument("--project", required=True)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    print(json.dumps(count_build(os.path.abspath(arguments.project), os.path.abspath(arguments.out))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
