"""``bpokpo validate`` checks the data files; ``bpokpo anchors`` registers new link anchors;
``bpokpo changes`` summarises what a change to the data adds, removes or changes."""

from __future__ import annotations

import argparse
import os
import sys

from bpokpo.anchor_registry import REGISTRY_DIR, add_new_anchors, read_registry, unreachable_anchors
from bpokpo.change_summary import compare, summary_markdown
from bpokpo.errors import DataErrors
from bpokpo.loader import load_content
from bpokpo.model import Content
from bpokpo.page_redirects import PageRedirect, load_redirects
from bpokpo.site_map import site_pages


def _load(data_dir: str) -> tuple[Content, tuple[PageRedirect, ...]]:
    content = load_content(data_dir)
    redirects = load_redirects(data_dir, tuple(page.url for page in site_pages(content)))
    return content, redirects


def _report(failure: DataErrors) -> int:
    print(failure.report(), file=sys.stderr)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for error in failure.errors:
            print(error.github_annotation())
    return 1


def validate(data_dir: str) -> int:
    try:
        content, redirects = _load(data_dir)
    except DataErrors as failure:
        return _report(failure)
    summary = f"{len(content.terms)} terms, {len(content.dimensions)} dimensions, {', '.join(content.languages)}"
    moved = f", {len(redirects)} moved pages" if redirects else ""
    print(f"{data_dir}: valid ({summary}{moved})")
    return 0


def register_anchors(data_dir: str, registry_dir: str) -> int:
    """Append the site's new anchors to the registry, then check every registered one still resolves."""
    try:
        content, redirects = _load(data_dir)
        added = add_new_anchors(registry_dir, content)
        problems = unreachable_anchors(content, read_registry(registry_dir), redirects)
    except DataErrors as failure:
        return _report(failure)
    for file, anchor_id in added:
        print(f"{file}: registered #{anchor_id}")
    print(f"{len(added)} new anchors registered" if added else "No new anchors: the registry is up to date.")
    if problems:
        print(f"{len(problems)} registered anchors no longer resolve:", file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bpokpo", description="Tools for the BPO vs KPO site's data.")
    commands = parser.add_subparsers(dest="command", required=True)
    validate_command = commands.add_parser("validate", help="check data/ and list every problem")
    validate_command.add_argument("data_dir", nargs="?", default="data", help="the data folder (default: data)")
    anchors_command = commands.add_parser(
        "anchors", help=f"add the site's new link anchors to {REGISTRY_DIR}/ and check that none is broken"
    )
    anchors_command.add_argument("--data", default="data", help="the data folder (default: data)")
    anchors_command.add_argument(
        "--registry", default=REGISTRY_DIR, help=f"the anchor registry folder (default: {REGISTRY_DIR})"
    )
    changes = commands.add_parser("changes", help="list terms and dimensions added, removed or changed (Markdown)")
    changes.add_argument("base_dir", help="the data folder before the change")
    changes.add_argument("head_dir", nargs="?", default="data", help="the data folder after it (default: data)")
    arguments = parser.parse_args(argv)
    if arguments.command == "changes":
        print(summary_markdown(compare(arguments.base_dir, arguments.head_dir)), end="")
        return 0
    if arguments.command == "anchors":
        return register_anchors(arguments.data, arguments.registry)
    return validate(arguments.data_dir)


if __name__ == "__main__":
    sys.exit(main())
