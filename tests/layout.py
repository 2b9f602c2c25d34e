"""The layout harness: every page of a built site at six widths, measured in the page.

``layout_checks.js`` measures one page at one size in a single evaluate; this module says
which pages (from each language's sitemap.xml, so a new page is covered without touching
the tests) and which sizes, and where the full-page screenshots go (CI keeps them).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Page

REPO = Path(__file__).resolve().parents[1]
CHECKS = (Path(__file__).parent / "layout_checks.js").read_text(encoding="utf-8")
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Where the screenshots go; CI uploads this folder as an artifact.
SCREENSHOTS = Path(os.environ.get("BPOKPO_SCREENSHOTS", REPO / "test-results" / "screenshots"))


@dataclass(frozen=True)
class Screen:
    width: int
    height: int
    phone: bool  # a touch screen without hover, as phones are

    @property
    def name(self) -> str:
        return f"{self.width}px"


# Small, common and large phones, a tablet held upright, a small laptop, a desktop.
SCREENS = (
    Screen(320, 568, phone=True),
    Screen(360, 740, phone=True),
    Screen(414, 896, phone=True),
    Screen(768, 1024, phone=False),
    Screen(1024, 768, phone=False),
    Screen(1440, 900, phone=False),
)


def sitemap_pages(site: Path, language: str) -> list[str]:
    """Every page of one language, as paths below the site root (``sv/comparison/``), and its 404 page."""
    tree = ElementTree.parse(site / language / "sitemap.xml")
    paths = [urlsplit(loc.text or "").path.lstrip("/") for loc in tree.iter(f"{SITEMAP}loc")]
    if (site / language / "404.html").exists():
        paths.append(f"{language}/404.html")
    return paths


def check_layout(page: Page, *, deep_links: bool) -> list[str]:
    """The problems ``layout_checks.js`` finds on the page as it is now."""
    problems: list[str] = page.evaluate(CHECKS, {"deepLinks": deep_links})
    return problems


def screenshot_path(site: str, scheme: str, path: str, screen: Screen) -> Path:
    name = re.sub(r"[^a-z0-9]+", "-", path.removesuffix(".html").lower()).strip("-")
    return SCREENSHOTS / site / scheme / f"{name}-{screen.name}.png"
