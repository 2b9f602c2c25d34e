"""MkDocs hooks: the site name from the data, one definition page per term file in data/terms/,
and the downloads (infographic and comparison data) of the page language."""

from __future__ import annotations

import os
from typing import Any

from mkdocs.structure.files import Files

from bpokpo.mkdocs_site import add_download_files, add_term_pages, content_for, page_language


def on_files(files: Files, config: Any) -> Files:
    data_dir = os.path.join(os.path.dirname(config["config_file_path"]), "data")
    content = content_for(data_dir)
    return add_download_files(add_term_pages(files, config, content), config, content)


def on_config(config: Any) -> Any:
    """The site's name, in the page language, comes from data/site.yml like every other text."""
    data_dir = os.path.join(os.path.dirname(config["config_file_path"]), "data")
    config["site_name"] = content_for(data_dir).title(page_language(config))
    return config
