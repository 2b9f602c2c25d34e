"""Files in data/ that the site never reads, such as a term's file saved one folder too high.

The loader reads the files in DATA_FILES and the YAML files in terms/.
Anything else would be ignored without a word, and the contributor's change would be
missing from the site; so validation names it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from bpokpo.errors import DataError, display_path

DATA_FILES = frozenset({"site.yml", "dimensions.yml", "redirects.yml", "sources.yml", "glossary.yml", "buying.yml"})
TERMS_DIR = "terms"
YAML_ENDINGS = (".yml", ".yaml")


def stray_files(data_dir: str) -> Iterator[DataError]:
    for name in sorted(os.listdir(data_dir)) if os.path.isdir(data_dir) else []:
        path = os.path.join(data_dir, name)
        if _ignored(name) or name in DATA_FILES or (name == TERMS_DIR and os.path.isdir(path)):
            continue
        if os.path.isdir(path):
            fix = f"move the term files it holds to data/{TERMS_DIR}/, and remove the folder"
        elif name.endswith(YAML_ENDINGS):
            fix = f"if it is a term's file, move it to data/{TERMS_DIR}/{name}; otherwise remove it"
        else:
            fix = "remove it; the site reads only its YAML files"
        yield DataError(display_path(path), 1, 1, "", "the site does not read this file", fix)
    terms = os.path.join(data_dir, TERMS_DIR)
    for name in sorted(os.listdir(terms)) if os.path.isdir(terms) else []:
        if _ignored(name) or name.endswith(YAML_ENDINGS):
            continue
        stem = name.split(".")[0]
        yield DataError(
            display_path(os.path.join(terms, name)),
            1,
            1,
            "",
            "the site reads only the .yml files in this folder",
            f"if it is a term's file, name it {stem}.yml; otherwise remove it",
        )


def _ignored(name: str) -> bool:
    """Hidden files and editors' backups, which are no one's content."""
    return name.startswith(".") or name.endswith("~")
