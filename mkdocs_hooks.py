"""MkDocs hooks: site name and navigation from the data, one definition page per term file, the
downloads (infographic and comparison data), each page's link-preview image, a redirect page at
the old path of every moved page (data/redirects.yml), the glossary markup of each page, each
page's edit link and link preview tags, soft hyphens in long words, and the site's stylesheets
and scripts each joined into one file."""

from __future__ import annotations

import os
from typing import Any

from mkdocs.structure.files import Files

from bpokpo.mkdocs_site import (
    add_download_files,
    add_glossary_markup,
    add_link_preview,
    add_preview_images,
    add_redirect_pages,
    add_term_pages,
    content_for,
    data_edit_url,
    join_scripts,
    join_stylesheets,
    navigation,
    page_language,
    redirects_for,
    refuse_symlinks,
    theme_text,
    with_template_cache,
)
from bpokpo.soft_hyphens import hyphenate_html


def _data_dir(config: Any) -> str:
    return os.path.join(os.path.dirname(config["config_file_path"]), "data")


def on_config(config: Any) -> Any:
    """The site's name, description and navigation come from data/ like every other text; no input is a
    symbolic link. The description is the meta description of a page with none of its own (the 404 page)."""
    refuse_symlinks(config)
    content = content_for(_data_dir(config))
    config["site_name"] = theme_text(content.title(page_language(config)))
    config["site_description"] = content.description(page_language(config))  # escaped in overrides/main.html
    config["nav"] = navigation(content)
    return config


def on_files(files: Files, config: Any) -> Files:
    content = content_for(_data_dir(config))
    files = add_download_files(add_term_pages(files, config, content), config, content)
    return join_scripts(join_stylesheets(add_preview_images(files, config, content), config), config)


def on_env(env: Any, config: Any, files: Files) -> Any:
    return with_template_cache(env)


def on_pre_build(config: Any) -> None:
    """A mistake in data/redirects.yml stops the build before any page is written."""
    data_dir = _data_dir(config)
    redirects_for(data_dir, content_for(data_dir))


def on_post_build(config: Any) -> None:
    data_dir = _data_dir(config)
    add_redirect_pages(config, content_for(data_dir), data_dir)


def on_page_content(html: str, page: Any, config: Any, files: Files) -> str:
    """Abbreviations get their expansion and glossary entries a link where the page first uses them."""
    return add_glossary_markup(html, page.file.src_uri, config, content_for(_data_dir(config)))


def on_page_context(context: Any, page: Any, config: Any, nav: Any) -> Any:
    """The edit button opens the YAML file that holds the page's facts; the head gets its link preview."""
    content = content_for(_data_dir(config))
    page.edit_url = data_edit_url(content, page.file.src_uri)
    page.meta["edit_title"] = content.ui["edit_data"](page_language(config))
    return add_link_preview(context, page.file.src_uri, config, content)


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Long words may break, with a hyphen, where the language's hyphenation patterns allow."""
    return hyphenate_html(output, page_language(config))
