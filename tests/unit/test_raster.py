"""The PNG downloads: the document PNG 1920 px wide, the slide 1920 by 1080, text included, no system library."""

from __future__ import annotations

import math
import re
import struct
from pathlib import Path

import pytest
from datafactory import REPO

from bpokpo import load_content, raster
from bpokpo.build_cache import CACHE_ENV
from bpokpo.downloads import DOWNLOADS, PNG_WIDTH, infographic_svg_file
from bpokpo.infographic import infographic_for
from bpokpo.infographic_table import LANDSCAPE
from bpokpo.raster import svg_to_png

CONTENT = load_content(str(REPO / "data"))


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def made(name: str, language: str) -> bytes:
    download = next(d for d in DOWNLOADS if d.name == name and d.extension == "png")
    result = download.make(CONTENT, language, "")
    assert isinstance(result, bytes)
    return result


def test_the_document_png_is_the_landscape_infographic_1920_px_wide() -> None:
    ig = infographic_for(CONTENT, "sv", "", "landscape")
    width, height = png_size(made("bpo-kpo-infographic", "sv"))
    assert width == PNG_WIDTH
    assert abs(height - math.ceil(ig.height * PNG_WIDTH / LANDSCAPE.width)) <= 1


def test_the_slide_is_16_by_9_full_hd_in_every_language() -> None:
    for language in CONTENT.languages:
        assert png_size(made("bpo-kpo-slide", language)) == (1920, 1080)


def test_png_renders_the_text() -> None:
    """Without a usable font the renderer would silently drop every text; the words add detail."""
    svg = infographic_svg_file(CONTENT, "en")
    without_text = re.sub(r"<text.*?</text>", "", svg, flags=re.S)
    assert without_text.count("<text") == 0 < svg.count("<text")
    with_words, blank = svg_to_png(svg, 1), svg_to_png(without_text, 1)
    assert len(with_words) > 2 * len(blank)


SQUARE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="{side}"/></svg>'


def test_the_png_cache_renders_each_picture_once_and_a_changed_one_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[str] = []
    render = raster._render
    monkeypatch.setattr(raster, "_render", lambda svg, zoom: rendered.append(svg) or render(svg, zoom))
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    first = svg_to_png(SQUARE.format(side=5), 2)
    assert svg_to_png(SQUARE.format(side=5), 2) == first  # from the cache
    assert len(rendered) == 1
    changed = svg_to_png(SQUARE.format(side=7), 2)
    bigger = svg_to_png(SQUARE.format(side=5), 3)
    assert len(rendered) == 3 and changed != first and png_size(bigger) == (30, 30)
    assert sorted(path.suffix for path in (tmp_path / "png").iterdir()) == [".png"] * 3  # no partial files left


def test_without_the_cache_every_picture_is_rendered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rendered: list[str] = []
    render = raster._render
    monkeypatch.setattr(raster, "_render", lambda svg, zoom: rendered.append(svg) or render(svg, zoom))
    monkeypatch.delenv(CACHE_ENV, raising=False)
    svg_to_png(SQUARE.format(side=5), 2)
    svg_to_png(SQUARE.format(side=5), 2)
    assert len(rendered) == 2
