"""Every page of the built site, in every language, has its link-preview image: a 1200 x 630 PNG,
linked with an absolute address, its size and an alt text that names the page."""

from __future__ import annotations

import struct
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from datafactory import REPO
from htmlpage import HtmlPage

from bpokpo import load_content
from bpokpo.site_map import SitePage, site_pages

CONTENT = load_content(str(REPO / "data"))
PAGES = site_pages(CONTENT)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("language", CONTENT.languages)
@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.url or "home")
def test_every_page_has_its_preview_image(built_site: Path, site_port: int, language: str, page: SitePage) -> None:
    head = HtmlPage.read(built_site / language / page.url / "index.html")
    image = head.meta("og:image")
    assert image is not None
    address = urlsplit(image)
    # absolute, on the language's own site: a link preview is fetched from elsewhere
    assert (address.scheme, address.netloc) == ("http", f"127.0.0.1:{site_port}")
    assert address.path.startswith(f"/{language}/") and address.path.endswith(".png")
    file = built_site / address.path.lstrip("/")
    assert file.is_file(), f"{image} is not in the build"
    assert png_size(file) == (1200, 630)
    assert (head.meta("og:image:width"), head.meta("og:image:height")) == ("1200", "630")
    assert head.meta("og:image:type") == "image/png"
    alt = head.meta("og:image:alt")
    assert alt and alt.startswith(f"{CONTENT.title(language)}: {page.title(language)}")
    assert head.meta("twitter:card") == "summary_large_image"
    assert head.meta("twitter:image") == image and head.meta("twitter:image:alt") == alt


@pytest.mark.parametrize("language", CONTENT.languages)
def test_each_page_has_an_image_of_its_own(built_site: Path, language: str) -> None:
    images = [HtmlPage.read(built_site / language / page.url / "index.html").meta("og:image") for page in PAGES]
    assert len(set(images)) == len(PAGES)
