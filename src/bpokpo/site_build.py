"""Builds every language of the site into one folder, in one process.

Both builds share the loaded data (see ``mkdocs_site.content_for``). The result is
``<out>/sv/``, ``<out>/en/`` and, at the root, a page that sends readers to the
default language, keeping the ``#fragment``.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, MkDocsException

from bpokpo.mkdocs_site import content_for
from bpokpo.root_page import write_root_page

LANGUAGES = ("sv", "en")  # the first is the default, as in data/site.yml


def build_site(project_dir: str, out_dir: str, *, languages: tuple[str, ...] = LANGUAGES) -> None:
    os.makedirs(out_dir, exist_ok=True)
    for language in languages:
        config = load_config(
            os.path.join(project_dir, f"mkdocs.{language}.yml"),
            site_dir=os.path.join(out_dir, language),
            strict=True,
        )
        build(config)
    write_root_page(out_dir, content_for(os.path.join(project_dir, "data")))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build every language of the site, strictly.")
    parser.add_argument("--project", default=".", help="the repository folder (default: .)")
    parser.add_argument("--out", default="site", help="the output folder (default: site)")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    handler.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        build_site(os.path.abspath(arguments.project), os.path.abspath(arguments.out))
    except Abort as abort:
        print(abort.format_message() if hasattr(abort, "format_message") else abort, file=sys.stderr)
        return 1
    except MkDocsException as error:
        print(f"Build failed: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
