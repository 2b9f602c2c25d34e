"""MkDocs hooks: the site name from the data, and one definition page per term file in data/terms/."""

from __future__ import annotations

import os
from typing import Any

from mkdocs.structure.files import Files

from bpokpo.mkdocs_site import add_term_pages, content_for, data_edit_url, page_language


def on_files(files: Files, config: Any) -> Files:
    data_dir = os.path.join(os.path.dirname(config["config_file_path"]), "data")
    return add_term_pages(files, config, content_for(data_dir))


def on_config(config: Any) -> Any:
    """The site's name, in the page language, comes from data/site.yml like every other text."""
    data_dir = os.path.join(os.path.dirname(config["config_file_path"]), "data")
    config["site_name"] = content_for(data_dir).title(page_language(config))
    return config


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """The edit button opens the YAML file that holds the page's facts (pages are generated from data/)."""
    data_dir = os.path.join(os.path.dirname(config["config_file_path"]), "data")
    page.edit_url = data_edit_url(content_for(data_dir), page.file.src_uri)
    return context
