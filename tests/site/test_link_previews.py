"""Every page of the built site, in every language, has its link-preview image: a 1200 x 630 PNG,
linked with an absolute address, its size and an alt text that names the page."""

from __future__ import annotations

import struct
from pathlib import Path
from urllib.parse import urlsplit

from site_under_test import SiteUnderTest


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_page_has_its_preview_image(site: SiteUnderTest) -> None:
    for language in site.languages:
        for page in site.pages:
            head = site.html(language, page.url)
            where = f"/{language}/{page.url}"
            image = head.meta("og:image")
            assert image is not None, where
            address = urlsplit(image)
            # absolute, on the language's own site: a link preview is fetched from elsewhere
            assert f"{address.scheme}://{address.netloc}" == site.url, where
            assert address.path.startswith(f"/{language}/") and address.path.endswith(".png"), where
            file = site.out / address.path.lstrip("/")
            assert file.is_file(), f"{image} is not in the build"
            assert png_size(file) == (1200, 630), where
            assert (head.meta("og:image:width"), head.meta("og:image:height")) == ("1200", "630")
            assert head.meta("og:image:type") == "image/png"
            alt = head.meta("og:image:alt")
            assert alt and alt.startswith(f"{site.content.title(language)}: {page.title(language)}"), where
            assert head.meta("twitter:card") == "summary_large_image"
            assert head.meta("twitter:image") == image and head.meta("twitter:image:alt") == alt


def test_each_page_has_an_image_of_its_own(site: SiteUnderTest) -> None:
    for language in site.languages:
        images = [site.html(language, page.url).meta("og:image") for page in site.pages]
        assert len(set(images)) == len(site.pages), language
