"""The site's pages saved as static Markdown: the baseline for the generation overhead.

``capture_static_pages`` builds the site once as usual and keeps, for every page of
every language, the Markdown the macros plugin hands on to MkDocs (the page, its facts
footer) and the page's front matter as the macros left it (the stub's own, plus the
title and description from the data), term pages included. It writes them into
docs-static/<language>/ of the project copy, beside the other files of docs/.
``bench.static_build`` builds the site from those files.

Run as ``python -m bench.static_pages --project DIR`` (a build of its own, not timed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from mkdocs_macros.plugin import MacrosPlugin

from bpokpo.site_build import build_site

STATIC_DOCS = "docs-static"  # inside the project copy: one folder per language


def static_page(markdown: str, meta: dict[str, Any]) -> str:
    """A Markdown file with ``meta`` as its front matter.

    A title escaped for Material's templates is Markup, a kind of str that YAML cannot write: it
    is written as the text it holds, which is what Material prints either way.
    """
    plain = {key: str(value) if isinstance(value, str) else value for key, value in meta.items()}
    front_matter = yaml.safe_dump(plain, allow_unicode=True, sort_keys=True, width=1000)
    return f"---\n{front_matter}---\n\n{markdown}"


def capture_static_pages(project: Path) -> Path:
    """Build ``project`` once, saving every page's Markdown as the macros produced it; return docs-static."""
    static = project / STATIC_DOCS
    shutil.rmtree(static, ignore_errors=True)
    pages: dict[tuple[str, str], str] = {}
    produce = MacrosPlugin.on_page_markdown

    def keep(plugin: MacrosPlugin, markdown: str, page: Any, config: Any, **kwargs: Any) -> str:
        produced = str(produce(plugin, markdown, page, config, **kwargs))
        pages[(str(config["theme"]["language"]), page.file.src_uri)] = static_page(produced, page.meta)
        return produced

    setattr(MacrosPlugin, "on_page_markdown", keep)  # noqa: B010 - a method swapped for the capture
    try:
        with tempfile.TemporaryDirectory(prefix="bench-capture-") as out:
            build_site(str(project), out)
    finally:
        setattr(MacrosPlugin, "on_page_markdown", produce)  # noqa: B010
    for language in sorted({language for language, _ in pages}):
        # Everything that is not a page stub (stylesheets, scripts, favicon) as it is.
        shutil.copytree(project / "docs", static / language, ignore=shutil.ignore_patterns("*.md"))
    for (language, source), text in pages.items():
        path = static / language / source
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return static


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Save the site's pages as static Markdown in docs-static/.")
    parser.add_argument("--project", required=True, help="a copy of the project (see bench.project_copy)")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    capture_static_pages(Path(arguments.project).resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
