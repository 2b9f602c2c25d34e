"""``bpokpo validate``: check the data files and report every problem in one run."""

from __future__ import annotations

import argparse
import os
import sys

from bpokpo.change_summary import compare, summary_markdown
from bpokpo.errors import DataErrors
from bpokpo.loader import load_content


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bpokpo", description="Tools for the BPO vs KPO site's data.")
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check data/ and list every problem")
    validate.add_argument("data_dir", nargs="?", default="data", help="the data folder (default: data)")
    changes = commands.add_parser("changes", help="list terms and dimensions added, removed or changed (Markdown)")
    changes.add_argument("base_dir", help="the data folder before the change")
    changes.add_argument("head_dir", nargs="?", default="data", help="the data folder after it (default: data)")
    arguments = parser.parse_args(argv)

    if arguments.command == "changes":
        print(summary_markdown(compare(arguments.base_dir, arguments.head_dir)), end="")
        return 0

    try:
        content = load_content(arguments.data_dir)
    except DataErrors as failure:
        print(failure.report(), file=sys.stderr)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            for error in failure.errors:
                print(error.github_annotation())
        return 1
    summary = f"{len(content.terms)} terms, {len(content.dimensions)} dimensions, {', '.join(content.languages)}"
    print(f"{arguments.data_dir}: valid ({summary})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
