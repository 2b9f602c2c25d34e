"""MkDocs hooks: the site name from the data, one definition page per term file in data/terms/,
a redirect page at the old path of every moved page (data/redirects.yml), and each page's link preview."""

from __future__ import annotations

import os
from typing import Any

from mkdocs.structure.files import Files

from bpokpo.mkdocs_site import (
    add_link_preview,
    add_redirect_pages,
    add_term_pages,
    content_for,
    page_language,
    redirects_for,
)


def on_files(files: Files, config: Any) -> Files:
    data_dir = os.path.join(os.path.dirname(config["config_file_path"]), "data")
    return add_term_pages(files, config, content_for(data_dir))


def on_config(config: Any) -> Any:
    """The site's name, in the page language, comes from data/site.yml like every other text."""
    data_dir = os.path.join(os.path.dirname(config["config_file_path"]), "data")
    config["site_name"] = content_for(data_dir).title(page_language(config))
    return config


def _data_dir(config: Any) -> str:
    return os.path.join(os.path.dirname(config["config_file_path"]), "data")


def on_pre_build(config: Any) -> None:
    """A mistake in data/redirects.yml stops the build before any page is written."""
    data_dir = _data_dir(config)
    redirects_for(data_dir, content_for(data_dir))


def on_post_build(config: Any) -> None:
    data_dir = _data_dir(config)
    add_redirect_pages(config, content_for(data_dir), data_dir)


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    data_dir = _data_dir(config)
    return add_link_preview(context, page.file.src_uri, config, content_for(data_dir))
