"""SVG as PNG: the infographic for slides and documents that take no SVG, and the link previews.

resvg renders it in-process from its wheel: no system library and no network. It uses the
DejaVu Sans files shipped in ``fonts/`` and never the system's fonts, so the PNG looks the
same on every machine, and its text is the font whose widths ``text_metrics`` wraps lines by.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import resvg_py

from bpokpo.build_cache import cache_folder

PNG_BACKGROUND = "#ffffff"  # slides and documents are light; the SVG paints its own paper too
FONT_DIR = Path(__file__).parent / "fonts"
FONT_FAMILY = "DejaVu Sans"  # every family the SVG names falls back to it


def svg_to_png(svg: str, zoom: float) -> bytes:
    """``svg`` at ``zoom`` pixels per user unit."""
    cache = cache_folder("png")  # set by `make serve`: only the images a change touches are rendered
    if cache is None:
        return _render(svg, zoom)
    key = hashlib.sha256(f"{zoom}\n{svg}".encode()).hexdigest()
    path = cache / f"{key}.png"
    if path.is_file():
        return path.read_bytes()
    png = _render(svg, zoom)
    partial = path.with_suffix(f".{os.getpid()}.part")
    partial.write_bytes(png)
    partial.replace(path)  # whole or absent: a build that stops halfway leaves no broken image
    return png


def _render(svg: str, zoom: float) -> bytes:
    return bytes(
        resvg_py.svg_to_bytes(
            svg_string=svg,
            zoom=zoom,
            background=PNG_BACKGROUND,
            skip_system_fonts=True,
            font_files=sorted(str(path) for path in FONT_DIR.glob("*.ttf")),
            font_family=FONT_FAMILY,
            sans_serif_family=FONT_FAMILY,
        )
    )
