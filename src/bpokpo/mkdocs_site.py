"""The adapter between the package and MkDocs; the only module that imports MkDocs.

Keeping it this thin means a move to another site engine touches this file, macros.py
and mkdocs_hooks.py, and nothing else.
"""

from __future__ import annotations

import os
from typing import Any

from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

from bpokpo.downloads import download_files
from bpokpo.errors import DataErrors
from bpokpo.loader import load_content
from bpokpo.model import Content
from bpokpo.site_map import site_pages, term_source

_cache: dict[str, tuple[tuple[tuple[str, float], ...], Content]] = {}


def _fingerprint(data_dir: str) -> tuple[tuple[str, float], ...]:
    stamps = []
    for folder, _, names in os.walk(data_dir):
        for name in names:
            path = os.path.join(folder, name)
            stamps.append((path, os.stat(path).st_mtime))
    return tuple(sorted(stamps))


def content_for(data_dir: str) -> Content:
    """The validated content, loaded once per change of data/ (both languages share it).

    A data problem aborts the build with the validator's report and no traceback.
    """
    fingerprint = _fingerprint(data_dir)
    cached = _cache.get(data_dir)
    if cached and cached[0] == fingerprint:
        return cached[1]
    try:
        content = load_content(data_dir)
    except DataErrors as failure:
        raise Abort(failure.report() + "\nFix these in data/ and build again.") from None
    _cache[data_dir] = (fingerprint, content)
    return content


def page_language(config: Any) -> str:
    return str(config["theme"]["language"])


def add_term_pages(files: Files, config: Any, content: Content) -> Files:
    """One generated definition page per term, and every page in navigation order."""
    for term in content.terms:
        source = term_source(term.id)
        if files.get_file_from_path(source) is None:
            files.append(File.generated(config, source, content=f'{{{{ term_page("{term.id}") }}}}\n'))
    order = {page.source: index for index, page in enumerate(site_pages(content))}
    ordered = sorted(files, key=lambda file: (order.get(file.src_uri, len(order)), file.src_uri))
    return Files(ordered)


def add_download_files(files: Files, config: Any, content: Content) -> Files:
    """The infographic and data downloads of the page language, made from the data at each build."""
    for path, data in download_files(content, page_language(config)).items():
        files.append(File.generated(config, path, content=data))
    return files
