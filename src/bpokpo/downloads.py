"""The files readers download: the infographic (SVG, PNG, slide) and the comparison data (JSON, CSV).

Their URLs are published (in slides, in other sites' links), so the file names never
change: one set per language, below ``downloads/`` of that language's site.

Two PNGs, for two uses. The slide is the infographic on a 16:9 canvas at 1920 by 1080
pixels, with its title and source line: it fills a presentation slide edge to edge without
cropping or bars, and its type is set as large as its content allows. The document PNG is
the landscape infographic at its full height, 1920 pixels wide, for reports and handouts;
it keeps the address and shape it has always had, so documents that link it stay right.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bpokpo.exports import comparison_csv, comparison_json, glossary_csv, sources_csv
from bpokpo.infographic import infographic_for, render_svg
from bpokpo.infographic_table import LANDSCAPE
from bpokpo.links import relative_href
from bpokpo.model import Content
from bpokpo.raster import svg_to_png

DOWNLOADS_DIR = "downloads"
PNG_WIDTH = 1920  # pixels, of both PNGs: the width of a full-HD screen or projector


def infographic_svg_file(content: Content, language: str, site_url: str = "") -> str:
    return render_svg(infographic_for(content, language, "", "landscape", site_url=site_url), standalone=True)


def slide_svg(content: Content, language: str, site_url: str = "") -> str:
    return render_svg(infographic_for(content, language, "", "slide", site_url=site_url), standalone=True)


@dataclass(frozen=True)
class Download:
    name: str  # file name before the language, e.g. "bpo-kpo-infographic"
    extension: str
    media_type: str
    label_key: str  # the UI string that names the file on the pages
    make: Callable[[Content, str, str], str | bytes]  # (content, language, site_url)

    def path(self, language: str) -> str:
        """Where the file is, relative to the language's site root."""
        return f"{DOWNLOADS_DIR}/{self.name}.{language}.{self.extension}"


DOWNLOADS: tuple[Download, ...] = (
    Download(
        "bpo-kpo-slide",
        "png",
        "image/png",
        "download_slide",
        lambda content, language, site_url: svg_to_png(
            slide_svg(content, language, site_url),
            1,  # the slide is drawn in pixels
        ),
    ),
    Download("bpo-kpo-infographic", "svg", "image/svg+xml", "download_svg", infographic_svg_file),
    Download(
        "bpo-kpo-infographic",
        "png",
        "image/png",
        "download_png",
        lambda content, language, site_url: svg_to_png(
            infographic_svg_file(content, language, site_url), PNG_WIDTH / LANDSCAPE.width
        ),
    ),
    Download(
        "bpo-kpo-comparison", "json", "application/json", "download_json", lambda c, lang, _: comparison_json(c, lang)
    ),
    Download("bpo-kpo-comparison", "csv", "text/csv", "download_csv", lambda c, lang, _: comparison_csv(c, lang)),
    Download("bpo-kpo-glossary", "csv", "text/csv", "download_glossary_csv", lambda c, lang, _: glossary_csv(c, lang)),
    Download("bpo-kpo-sources", "csv", "text/csv", "download_sources_csv", lambda c, lang, _: sources_csv(c, lang)),
)
GRAPHIC_FILES = ("bpo-kpo-slide", "bpo-kpo-infographic")
# the infographic page: the graphic and the comparison
INFOGRAPHIC_DOWNLOADS = tuple(d for d in DOWNLOADS if d.name in (*GRAPHIC_FILES, "bpo-kpo-comparison"))
SLIDE_DOWNLOAD = next(d for d in DOWNLOADS if d.name == "bpo-kpo-slide")  # offered on the home page too
DATA_DOWNLOADS = tuple(d for d in DOWNLOADS if d.name == "bpo-kpo-comparison")  # the comparison page, its data
# the glossary page: its own file, the sources, and the JSON file that holds both
GLOSSARY_DOWNLOADS = tuple(d for d in DOWNLOADS if d.name not in GRAPHIC_FILES and d.label_key != "download_csv")


def download_files(content: Content, language: str, site_url: str = "") -> dict[str, bytes]:
    """Every download of one language: path below the language root -> file content.

    ``site_url`` (the language's root as configured) gives the infographic's source line its address.
    """
    files: dict[str, bytes] = {}
    for download in DOWNLOADS:
        made = download.make(content, language, site_url)
        files[download.path(language)] = made.encode("utf-8") if isinstance(made, str) else made
    return files


@dataclass(frozen=True)
class DownloadLink:
    text: str
    href: str


def download_links(
    content: Content, language: str, page_url: str, downloads: tuple[Download, ...]
) -> tuple[DownloadLink, ...]:
    return tuple(
        DownloadLink(
            content.ui[download.label_key](language),
            relative_href(page_url, download.path(language)),
        )
        for download in downloads
    )
