"""The infographic as a PNG, for slides and documents that take no SVG.

resvg renders it in-process from its wheel: no system library and no network. It finds
fonts among the system's own, as a browser would; the generic family falls back to the
first sans-serif font installed (CI installs DejaVu Sans).
"""

from __future__ import annotations

import resvg_py

PNG_SCALE = 2  # pixels per SVG user unit: sharp on high-density screens and projectors
PNG_BACKGROUND = "#ffffff"  # slides and documents are light; the SVG paints its own paper too


def svg_to_png(svg: str) -> bytes:
    return bytes(resvg_py.svg_to_bytes(svg_string=svg, zoom=PNG_SCALE, background=PNG_BACKGROUND))
