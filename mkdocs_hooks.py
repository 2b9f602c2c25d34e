"""MkDocs hooks: site name and navigation from the data, and one definition page per term file."""

from __future__ import annotations

import os
from typing import Any

from mkdocs.structure.files import Files

from bpokpo.mkdocs_site import add_term_pages, content_for, navigation, page_language


def _data_dir(config: Any) -> str:
    return os.path.join(os.path.dirname(config["config_file_path"]), "data")


def on_config(config: Any) -> Any:
    """The site's name and navigation come from data/ like every other text."""
    content = content_for(_data_dir(config))
    config["site_name"] = content.title(page_language(config))
    config["nav"] = navigation(content)
    return config


def on_files(files: Files, config: Any) -> Files:
    return add_term_pages(files, config, content_for(_data_dir(config)))
