"""``bpokpo validate`` checks the data files as CI does (content, layout, link anchors);
``bpokpo anchors`` registers new link anchors;
``bpokpo changes`` summarises what a change to the data adds, removes or changes."""

from __future__ import annotations

import argparse
import os
import sys

from bpokpo.anchor_advice import anchor_problems, id_places
from bpokpo.anchor_registry import REGISTRY_DIR, add_new_anchors, read_registry
from bpokpo.change_base import BaseNotFound, base_side, folder_side
from bpokpo.change_markdown import summary_markdown
from bpokpo.change_summary import compare
from bpokpo.errors import DataErrors
from bpokpo.validation import load_site_data, validate_data


def _report(failure: DataErrors) -> int:
    print(failure.report(), file=sys.stderr)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for error in failure.errors:
            print(error.github_annotation())
    return 1


def validate(data_dir: str, registry_dir: str | None = None) -> int:
    """Everything CI fails a data change for: the data, its layout (yamllint) and its link anchors."""
    result = validate_data(data_dir, registry_dir)
    if result.problems or result.content is None:
        return _report(DataErrors(result.problems))
    content, redirects = result.content, result.redirects
    summary = f"{len(content.terms)} terms, {len(content.dimensions)} dimensions, {', '.join(content.languages)}"
    moved = f", {len(redirects)} moved page{'s' if len(redirects) != 1 else ''}" if redirects else ""
    print(f"{data_dir}: valid ({summary}{moved}); link anchors registered and resolving")
    return 0


def register_anchors(data_dir: str, registry_dir: str) -> int:
    """Append the site's new anchors to the registry, then check every registered one still resolves."""
    try:
        content, redirects = load_site_data(data_dir)
        added = add_new_anchors(registry_dir, content)
        problems = anchor_problems(content, read_registry(registry_dir), redirects, id_places(data_dir), registry_dir)
    except DataErrors as failure:
        return _report(failure)
    for file, anchor_id in added:
        print(f"{file}: registered #{anchor_id}")
    print(f"{len(added)} new anchors registered" if added else "No new anchors: the registry is up to date.")
    return _report(DataErrors(problems)) if problems else 0


def print_changes(base: str, head: str) -> int:
    try:
        head_side = folder_side(head)
        with base_side(base) as base_data:
            print(summary_markdown(compare(base_data, head_side)), end="")
    except BaseNotFound as problem:
        print(f"bpokpo changes: {problem}", file=sys.stderr)
        return 2
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bpokpo", description="Tools for the BPO vs KPO site's data.")
    commands = parser.add_subparsers(dest="command", required=True)
    validate_command = commands.add_parser("validate", help="check data/ and list every problem")
    validate_command.add_argument("data_dir", nargs="?", default="data", help="the data folder (default: data)")
    validate_command.add_argument(
        "--registry", help=f"the anchor registry folder (default: {REGISTRY_DIR}/ beside the data folder)"
    )
    anchors_command = commands.add_parser(
        "anchors", help=f"add the site's new link anchors to {REGISTRY_DIR}/ and check that none is broken"
    )
    anchors_command.add_argument("--data", default="data", help="the data folder (default: data)")
    anchors_command.add_argument(
        "--registry", default=REGISTRY_DIR, help=f"the anchor registry folder (default: {REGISTRY_DIR})"
    )
    changes = commands.add_parser(
        "changes", help="every text, term, dimension and link anchor a change touches, as Markdown for a reviewer"
    )
    changes.add_argument(
        "base", nargs="?", default="main", help="a commit, branch or tag, or a folder with the data (default: main)"
    )
    changes.add_argument("head", nargs="?", default=".", help="the project or data folder after it (default: .)")
    arguments = parser.parse_args(argv)
    if arguments.command == "changes":
        return print_changes(arguments.base, arguments.head)
    if arguments.command == "anchors":
        return register_anchors(arguments.data, arguments.registry)
    return validate(arguments.data_dir, arguments.registry)


if __name__ == "__main__":
    sys.exit(main())
