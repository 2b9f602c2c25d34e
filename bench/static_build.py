"""Builds the site from its pages saved as static Markdown (see ``bench.static_pages``).

Each language is built as ``bpokpo.site_build`` builds it, from the same configuration
file and with the same hooks (navigation, term page files, downloads, redirects, edit
links and link previews), but from docs-static/<language>/ and without the macros
plugin. The two builds differ only in how the pages' Markdown comes about.

Run as ``python -m bench.static_build --project DIR --out DIR`` so each build is a fresh process.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from bpokpo.mkdocs_site import content_for
from bpokpo.root_page import write_root_page

STATIC_DOCS = "docs-static"  # as in bench.static_pages


def build_static_site(project: Path, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for docs in sorted(path for path in (project / STATIC_DOCS).iterdir() if path.is_dir()):
        language = docs.name
        config = load_config(
            str(project / f"mkdocs.{language}.yml"),
            site_dir=str(out / language),
            docs_dir=str(docs),
            plugins={"search": {"lang": language}},  # the language's own, without macros
            strict=True,
        )
        build(config)
    write_root_page(str(out), content_for(str(project / "data")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the site from its pages saved as static Markdown.")
    parser.add_argument("--project", required=True, help="a project copy with docs-static/ written")
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.getLogger("mkdocs").addHandler(logging.StreamHandler())
    build_static_site(Path(arguments.project).resolve(), Path(arguments.out).resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
