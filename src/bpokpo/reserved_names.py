"""The names a term id or a moved page's old path may not take: those the build itself writes.

A term's page is written to ``<id>/`` of each language's root and a moved page's old path
gets ``<path>/index.html``. When the build writes something of the same name as well, one of
the two is lost without a word: a term with the id ``comparison`` never got its page, and
the comparison page took the term's title. The names are read from what the build is made
of, so a page added to the site map or a folder added to ``docs/`` is covered at once:

- every fixed page of the site map (``site_map.FIXED_PAGES``; the home page's source is index.md);
- every entry of ``docs/`` (a page ``x.md`` becomes ``x/``; a folder is copied as it is);
- every folder of static files of the theme (Material's ``assets/``) and of ``overrides/``;
- the downloads folder (``downloads.DOWNLOADS_DIR``), the link-preview images
  (``preview_image.PREVIEWS_DIR``) and the search index (``SEARCH_INDEX_DIR``).

``tests/site/test_build_outputs.py`` builds the site and checks that every name the build
really wrote is refused, so an output this list misses fails a test.
"""

from __future__ import annotations

import os
from importlib import resources

from bpokpo.downloads import DOWNLOADS_DIR
from bpokpo.preview_image import PREVIEWS_DIR
from bpokpo.site_map import FIXED_PAGES

SEARCH_INDEX_DIR = "search"  # written by the theme's search plugin (search/search_index.json)
THEME_PACKAGE = "material.templates"  # mkdocs.yml: theme.name material
# Files a theme holds that MkDocs renders or ignores rather than copying into the site.
_NOT_COPIED = (".html", ".py", ".pyc", ".yml", ".md")


def reserved_names(project_dir: str) -> dict[str, str]:
    """Each name the build writes at the top of a language's root, other than term pages: what writes it."""
    names = {source.removesuffix(".md"): f"the {key} page" for key, source in FIXED_PAGES}
    docs = os.path.join(project_dir, "docs")
    for entry in sorted(os.listdir(docs)) if os.path.isdir(docs) else []:
        names.setdefault(entry.removesuffix(".md"), f"docs/{entry}")
    for theme_dir in (str(resources.files(THEME_PACKAGE)), os.path.join(project_dir, "overrides")):
        for folder in _static_folders(theme_dir):
            names.setdefault(folder, f"the theme's {folder}/ folder")
    names.setdefault(DOWNLOADS_DIR, "the downloads")
    names.setdefault(PREVIEWS_DIR, "the link-preview images")
    names.setdefault(SEARCH_INDEX_DIR, "the search index")
    return names


def _static_folders(theme_dir: str) -> list[str]:
    """Top-level folders of a theme that hold at least one file MkDocs copies into the site."""
    folders = []
    for entry in sorted(os.listdir(theme_dir)) if os.path.isdir(theme_dir) else []:
        path = os.path.join(theme_dir, entry)
        if entry.startswith((".", "_")) or not os.path.isdir(path):
            continue
        if any(
            not name.startswith(".") and not name.endswith(_NOT_COPIED)
            for _, _, files in os.walk(path)
            for name in files
        ):
            folders.append(entry)
    return folders
