"""Everything CI fails a data change for, checked in one run without building the site.

The content (schemas, text rules, rules between files, see ``loader``), files the site
would not read (``stray_files``), the files' layout
(yamllint with the project's .yamllint.yml, see ``style_check``), and the link anchors
(every published one registered in anchors/ and still resolving, see ``anchor_advice``).
The anchors are checked from the content model and the site map, which the built-site
tests hold to the built pages, so no build is needed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from bpokpo.anchor_advice import anchor_problems, id_places
from bpokpo.anchor_registry import REGISTRY_DIR, read_registry
from bpokpo.errors import DataError, DataErrors
from bpokpo.loader import load_content
from bpokpo.model import Content
from bpokpo.page_redirects import PageRedirect, load_redirects
from bpokpo.site_map import site_pages
from bpokpo.stray_files import stray_files
from bpokpo.style_check import lint_config, style_problems


@dataclass(frozen=True)
class Validation:
    problems: list[DataError]
    content: Content | None = None  # when the content itself is valid
    redirects: tuple[PageRedirect, ...] = ()


def load_site_data(data_dir: str) -> tuple[Content, tuple[PageRedirect, ...]]:
    """The content and the moved pages; raise ``DataErrors`` listing every problem."""
    content = load_content(data_dir)
    redirects = load_redirects(data_dir, tuple(page.url for page in site_pages(content)))
    return content, redirects


def validate_data(data_dir: str, registry_dir: str | None = None) -> Validation:
    """Every problem of ``data_dir``, its layout and the anchor registry (default: anchors/ beside it)."""
    project = os.path.dirname(os.path.abspath(data_dir))
    registry = registry_dir or os.path.join(project, REGISTRY_DIR)
    problems = [*stray_files(data_dir), *style_problems(data_dir, lint_config(project))]
    try:
        content, redirects = load_site_data(data_dir)
        problems += anchor_problems(content, read_registry(registry), redirects, id_places(data_dir), registry)
    except DataErrors as failure:
        return Validation(problems + failure.errors)
    return Validation(problems, content, redirects)
