"""The files readers download: the infographic (SVG, PNG) and the comparison data (JSON, CSV).

Their URLs are published (in slides, in other sites' links), so the file names never
change: one set per language, below ``downloads/`` of that language's site.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bpokpo.exports import comparison_csv, comparison_json, glossary_csv, sources_csv
from bpokpo.infographic import infographic_for, render_svg
from bpokpo.links import relative_href
from bpokpo.model import Content
from bpokpo.raster import svg_to_png

DOWNLOADS_DIR = "downloads"


def infographic_svg_file(content: Content, language: str) -> str:
    return render_svg(infographic_for(content, language, "", "landscape"), standalone=True)


@dataclass(frozen=True)
class Download:
    name: str  # file name before the language, e.g. "bpo-kpo-infographic"
    extension: str
    media_type: str
    label_key: str  # the UI string that names the file on the pages
    make: Callable[[Content, str], str | bytes]

    def path(self, language: str) -> str:
        """Where the file is, relative to the language's site root."""
        return f"{DOWNLOADS_DIR}/{self.name}.{language}.{self.extension}"


DOWNLOADS: tuple[Download, ...] = (
    Download("bpo-kpo-infographic", "svg", "image/svg+xml", "download_svg", infographic_svg_file),
    Download(
        "bpo-kpo-infographic",
        "png",
        "image/png",
        "download_png",
        lambda content, language: svg_to_png(infographic_svg_file(content, language)),
    ),
    Download("bpo-kpo-comparison", "json", "application/json", "download_json", comparison_json),
    Download("bpo-kpo-comparison", "csv", "text/csv", "download_csv", comparison_csv),
    Download("bpo-kpo-glossary", "csv", "text/csv", "download_glossary_csv", glossary_csv),
    Download("bpo-kpo-sources", "csv", "text/csv", "download_sources_csv", sources_csv),
)
INFOGRAPHIC_DOWNLOADS = DOWNLOADS[:4]  # the infographic page: the graphic and the comparison
DATA_DOWNLOADS = tuple(d for d in DOWNLOADS if d.name == "bpo-kpo-comparison")  # the comparison page, its data
# the glossary page: its own file, the sources, and the JSON file that holds both
GLOSSARY_DOWNLOADS = tuple(d for d in DOWNLOADS if d.name != "bpo-kpo-infographic" and d.label_key != "download_csv")


def download_files(content: Content, language: str) -> dict[str, bytes]:
    """Every download of one language: path below the language root -> file content."""
    files: dict[str, bytes] = {}
    for download in DOWNLOADS:
        made = download.make(content, language)
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
