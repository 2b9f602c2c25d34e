"""The PNG download: the SVG rendered at twice its size, text included, with no system library."""

from __future__ import annotations

import math
import re
import struct

from datafactory import REPO

from bpokpo import load_content
from bpokpo.downloads import infographic_svg_file
from bpokpo.infographic import infographic_for
from bpokpo.raster import PNG_SCALE, svg_to_png

CONTENT = load_content(str(REPO / "data"))


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_png_is_the_landscape_infographic_at_twice_its_size() -> None:
    ig = infographic_for(CONTENT, "sv", "", "landscape")
    width, height = png_size(svg_to_png(infographic_svg_file(CONTENT, "sv")))
    assert width == ig.width * PNG_SCALE
    assert abs(height - math.ceil(ig.height * PNG_SCALE)) <= 1


def test_png_renders_the_text() -> None:
    """Without a usable font the renderer would silently drop every text; the words add detail."""
    svg = infographic_svg_file(CONTENT, "en")
    without_text = re.sub(r"<text.*?</text>", "", svg, flags=re.S)
    assert without_text.count("<text") == 0 < svg.count("<text")
    with_words, blank = svg_to_png(svg), svg_to_png(without_text)
    assert len(with_words) > 2 * len(blank)
