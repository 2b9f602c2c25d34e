"""The layout harness: every page of a built site at six widths, measured in the page.

``layout_checks.js`` measures one page at one size in a single evaluate; this module says
which pages (from each language's sitemap.xml, so a new page is covered without touching
the tests) and which sizes, and where the full-page screenshots go (CI keeps them).
"""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, Page

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


def check_layout(page: Page, *, whole_page: bool = True, deep_links: bool = False) -> list[str]:
    """The problems ``layout_checks.js`` finds: on the page as it is now, and in following its deep links."""
    problems: list[str] = page.evaluate(CHECKS, {"page": whole_page, "deepLinks": deep_links})
    return problems


def screenshot_path(folder: Path, path: str, screen: Screen) -> Path:
    name = re.sub(r"[^a-z0-9]+", "-", path.removesuffix(".html").lower()).strip("-")
    return folder / f"{name}-{screen.name}.png"


# Two frames for Material's resize handlers, then until every transition they started has
# finished (the search box, for one, animates its width when the window is resized).
SETTLE = """async () => {
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  const finite = document.getAnimations()
    .filter(animation => animation.effect?.getComputedTiming().endTime !== Infinity);
  await Promise.all(finite.map(animation => animation.finished.catch(() => null)));
}"""


def _settle(page: Page) -> None:
    page.evaluate(SETTLE)


def walk_site(
    browser: Browser, site_url: str, paths: list[str], scheme: str, screenshots: Path | None, *, deep_links: bool
) -> list[str]:
    """Every page at every screen size: its problems, one line each, and a full-page screenshot (if asked).

    One browser context per kind of screen (phones touch, the rest have a mouse); each page
    is loaded once per kind and resized through its widths, as a window is, which keeps the
    page loads few. Deep links are followed after the screenshots, which show each page as
    it opens.
    """
    if screenshots:
        shutil.rmtree(screenshots, ignore_errors=True)
        screenshots.mkdir(parents=True)
    failures: list[str] = []
    for phone in (True, False):
        screens = [screen for screen in SCREENS if screen.phone == phone]
        context = browser.new_context(
            viewport={"width": screens[0].width, "height": screens[0].height},
            is_mobile=phone,
            has_touch=phone,
            color_scheme=scheme,  # type: ignore[arg-type]
        )
        page = context.new_page()
        for path in paths:
            page.set_viewport_size({"width": screens[0].width, "height": screens[0].height})
            page.goto(f"{site_url}/{path}")
            for screen in screens:
                page.set_viewport_size({"width": screen.width, "height": screen.height})
                _settle(page)
                failures += [f"{path} at {screen.name}, {scheme}: {problem}" for problem in check_layout(page)]
                if screenshots:
                    page.screenshot(path=screenshot_path(screenshots, path, screen), full_page=True)
            if deep_links:
                for screen in screens:
                    page.set_viewport_size({"width": screen.width, "height": screen.height})
                    _settle(page)
                    failures += [
                        f"{path} at {screen.name}, {scheme}: {problem}"
                        for problem in check_layout(page, whole_page=False, deep_links=True)
                    ]
        context.close()
    return failures
