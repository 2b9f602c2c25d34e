"""MkDocs hooks: site name and navigation from the data, one definition page per term file, and edit links."""

from __future__ import annotations

import os
from typing import Any

from mkdocs.structure.files import Files

from bpokpo.mkdocs_site import add_term_pages, content_for, data_edit_url, navigation, page_language


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


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """The edit button opens the YAML file that holds the page's facts (pages are generated from data/)."""
    page.edit_url = data_edit_url(content_for(_data_dir(config)), page.file.src_uri)
    return context
