"""The adapter between the package and MkDocs; the only module that imports MkDocs.

Keeping it this thin means a move to another site engine touches this file, macros.py
and mkdocs_hooks.py, and nothing else.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar, cast

from jinja2 import Environment, FileSystemBytecodeCache
from markupsafe import Markup, escape
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

from bpokpo.build_cache import cache_folder
from bpokpo.data_history import DataHistory
from bpokpo.downloads import download_files
from bpokpo.errors import DataErrors
from bpokpo.glossary_markup import mark_glossary_terms
from bpokpo.joined_assets import SCRIPT, STYLESHEET, AssetSource, joined_asset, joined_asset_path
from bpokpo.link_preview import link_preview, link_preview_tags
from bpokpo.loader import load_content
from bpokpo.model import Content
from bpokpo.page_redirects import PageRedirect, load_redirects, write_redirect_pages
from bpokpo.preview_image import preview_files
from bpokpo.repository import edit_url
from bpokpo.site_map import page_for_source, site_pages, term_source
from bpokpo.symlinks import symlink_errors

T = TypeVar("T")
Fingerprint = tuple[tuple[str, float], ...]
# What is read from data/ once per change of its files, shared by both language builds.
_cache: dict[tuple[str, str], tuple[Fingerprint, object]] = {}


def _fingerprint(data_dir: str) -> Fingerprint:
    stamps = []
    for folder, _, names in os.walk(data_dir):
        for name in names:
            path = os.path.join(folder, name)
            stamps.append((path, os.stat(path).st_mtime))
    return tuple(sorted(stamps))


def _once_per_change(what: str, data_dir: str, read: Callable[[], T]) -> T:
    """``read()`` again only when a file in ``data_dir`` changed; a data problem aborts cleanly.

    The abort carries the validator's report and no traceback.
    """
    fingerprint = _fingerprint(data_dir)
    cached = _cache.get((what, data_dir))
    if cached and cached[0] == fingerprint:
        return cast(T, cached[1])
    try:
        value = read()
    except DataErrors as failure:
        raise Abort(failure.report() + "\nFix these in data/ and build again.") from None
    _cache[(what, data_dir)] = (fingerprint, value)
    return value


def theme_text(text: str) -> Markup:
    """A text from the data for a slot of Material's templates, which do not autoescape.

    Escaped here, once, and marked as markup: Material prints it as it is where it does not
    escape (``aria-label="{{ config.site_name }}"``), and its ``| e`` leaves it alone where it does.
    """
    return escape(text)


def refuse_symlinks(config: Any) -> None:
    """Stop before MkDocs copies a link's target into the site: no link in docs/ or the theme overrides."""
    folders = [str(config["docs_dir"]), *([str(config["theme"].custom_dir)] if config["theme"].custom_dir else [])]
    links = [error for folder in folders for error in symlink_errors(folder)]
    if links:
        raise Abort(DataErrors(links).report())


def content_for(data_dir: str) -> Content:
    """The validated content."""
    return _once_per_change("content", data_dir, lambda: load_content(data_dir))


def history_for(data_dir: str) -> DataHistory:
    """When each data file last changed."""
    return _once_per_change("history", data_dir, lambda: DataHistory(data_dir))


def data_edit_url(content: Content, source: str) -> str | None:
    """The edit button's target: the data file holding the page's facts, not the page stub."""
    page = page_for_source(content, source)
    return edit_url(page.data_files[0]) if page else None


def page_language(config: Any) -> str:
    return str(config["theme"]["language"])


def add_term_pages(files: Files, config: Any, content: Content) -> Files:
    """One generated definition page per term file, so a new term needs no new page stub."""
    for term in content.terms:
        source = term_source(term.id)
        if files.get_file_from_path(source) is None:
            files.append(File.generated(config, source, content=f'{{{{ term_page("{term.id}") }}}}\n'))
    return files


def navigation(content: Content) -> list[str]:
    """The navigation: home, one page per term in term order, then the comparison pages."""
    return [page.source for page in site_pages(content)]


def redirects_for(data_dir: str, content: Content) -> tuple[PageRedirect, ...]:
    """The checked redirects (they are asked for twice per language)."""
    page_urls = tuple(page.url for page in site_pages(content))
    return _once_per_change("redirects", data_dir, lambda: load_redirects(data_dir, page_urls))


def add_redirect_pages(config: Any, content: Content, data_dir: str) -> None:
    """A page at each moved page's old path, sending readers on to the new one."""
    write_redirect_pages(
        str(config["site_dir"]), redirects_for(data_dir, content), page_language(config), str(config["site_url"] or "")
    )


def add_link_preview(context: Any, src_uri: str, config: Any, content: Content) -> Any:
    """The link preview tags and language versions of a site page, for overrides/main.html."""
    page = page_for_source(content, src_uri)
    if page is not None:
        site_urls = {str(language): str(url) for language, url in config["extra"]["site_urls"].items()}
        language = page_language(config)
        if site_urls.get(language, "").rstrip("/") != str(config["site_url"] or "").rstrip("/"):
            raise Abort(
                f"extra.site_urls.{language} ({site_urls.get(language)}) differs from site_url "
                f"({config['site_url']}): set both from the same SITE_URL_{language.upper()}"
            )
        context["link_preview_tags"] = link_preview_tags(link_preview(content, page, language, site_urls))
    return context


def add_download_files(files: Files, config: Any, content: Content) -> Files:
    """The infographic and data downloads of the page language, made from the data at each build."""
    for path, data in download_files(content, page_language(config), str(config["site_url"] or "")).items():
        files.append(File.generated(config, path, content=data))
    return files


def add_glossary_markup(html: str, src_uri: str, config: Any, content: Content) -> str:
    """A site page's HTML with its abbreviations marked up and glossary entries linked on first use."""
    page = page_for_source(content, src_uri)
    if page is None:
        return html
    glossary = next(p for p in site_pages(content) if p.kind == "glossary")
    link_to = None if page.kind == "glossary" else glossary.url
    return mark_glossary_terms(html, content, page_language(config), page.url, link_to)


def add_preview_images(files: Files, config: Any, content: Content) -> Files:
    """Each page's link-preview image in the page language, made from the data at each build."""
    for path, data in preview_files(content, page_language(config)).items():
        files.append(File.generated(config, path, content=data))
    return files


def _join(files: Files, config: Any, key: str, kind: tuple[str, str]) -> str | None:
    """The files ``config[key]`` lists, as one generated file; its path, or None when already joined."""
    sources = [files.get_file_from_path(str(path)) for path in config[key]]
    present = [file for file in sources if file is not None]
    if not present:
        return None
    text = joined_asset([AssetSource(file.src_uri, file.content_string) for file in present])
    path = joined_asset_path(kind, text)
    for file in present:
        files.remove(file)
    files.append(File.generated(config, path, content=text))
    return path


def join_stylesheets(files: Files, config: Any) -> Files:
    """The stylesheets in ``extra_css`` as one file, which pages then link instead of them."""
    path = _join(files, config, "extra_css", STYLESHEET)
    if path is not None:
        config["extra_css"] = [path]
    return files


def join_scripts(files: Files, config: Any) -> Files:
    """The scripts in ``extra_javascript`` as one file. Pages run it before Material's bundle
    (overrides/main.html finds it as ``config.extra.site_script``), so the list is emptied: Material
    would put it after the bundle."""
    path = _join(files, config, "extra_javascript", SCRIPT)
    if path is not None:
        config["extra_javascript"] = []
        config["extra"]["site_script"] = path
    return files


def with_template_cache(env: Environment) -> Environment:
    """Under `make serve`, the theme's templates compiled once for all rebuilds (build_cache)."""
    folder = cache_folder("templates")
    if folder is not None:
        env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
